#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files, or standard input for "-", up to a size cap: reading stops once
/// the cap is passed, so an endless stream (`/dev/zero`, `yes |`) is refused, never exhausted.
enum InputFile {
    /// What is read, named in errors, with its cap.
    enum Kind {
        case answers, pathway, cases
        /// Answers one set a line (NDJSON), read a line at a time: the cap is per line.
        case answerLines

        var name: String {
            switch self {
            case .answers, .answerLines: return "answers file"
            case .pathway: return "pathway file"
            case .cases: return "cases file"
            }
        }

        /// Answer sets are a few hundred bytes each: 64 MiB holds about 200,000 of them.
        /// The built-in pathway is about 50 KB, the built-in cases about 30 KB. An NDJSON file may be
        /// of any length, but one line holds one answer set: 1 MiB leaves room for any white space.
        var limit: Int {
            switch self {
            case .answers: return 64 << 20
            case .pathway, .cases: return 4 << 20
            case .answerLines: return 1 << 20
            }
        }
    }

    /// The bytes of `path` (standard input for "-").
    static func read(_ path: String, _ kind: Kind) throws(CLIError) -> [UInt8] {
        try withOpened(path, kind) { fd, name throws(CLIError) in try readAll(fd: fd, name: name, kind) }
    }

    /// Calls `body` with the open file (standard input for "-") and its name for messages.
    static func withOpened<T>(
        _ path: String, _ kind: Kind, _ body: (Int32, String) throws(CLIError) -> T
    ) throws(CLIError) -> T {
        if path == "-" {
            if isatty(STDIN_FILENO) == 1 {
                printError("discpath: reading \(kind.name) from standard input; end with Ctrl-D")
            }
            return try body(STDIN_FILENO, "standard input")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw unreadable(path, kind, errno) }
        defer { close(fd) }
        return try body(fd, path)
    }

    /// Calls `line` with each line of `path` (standard input for "-"), numbered from 1, without
    /// its line break, as it is read: memory holds one line, up to the per-line cap.
    /// `beforeWaiting` runs before each read from the file, which may wait for a writer: the
    /// caller flushes its output there, so a pipeline answers each line as it comes.
    static func forEachLine(
        _ path: String, _ kind: Kind, beforeWaiting: () -> Void,
        _ line: (ArraySlice<UInt8>, Int) throws(CLIError) -> Void
    ) throws(CLIError) {
        try withOpened(path, kind) { fd, name throws(CLIError) in
            var reader = LineReader(fd: fd)
            var number = 0
            while true {
                number += 1
                let next: ArraySlice<UInt8>?
                switch reader.next(limit: kind.limit, beforeRead: beforeWaiting) {
                case .line(let bytes): next = bytes
                case .end: next = nil
                case .tooLong:
                    throw CLIError.data("\(kind.name) '\(name)': line \(number) is longer than \(kind.limit >> 20) MiB, the most discpath reads in one line")
                case .failed(let code): throw unreadable(name, kind, code)
                }
                guard let bytes = next else { return }
                try line(bytes, number)
            }
        }
    }

    private static func readAll(fd: Int32, name: String, _ kind: Kind) throws(CLIError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(name, kind, errno)
            }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > kind.limit {
                throw CLIError.data("\(kind.name) '\(name)' is larger than \(kind.limit >> 20) MiB, the most discpath reads")
            }
        }
    }

    private static func unreadable(_ name: String, _ kind: Kind, _ code: Int32) -> CLIError {
        CLIError(status: ExitStatus.noInput, message: "cannot read \(kind.name) '\(name)': \(String(cString: strerror(code)))")
    }
}

/// Reads a file descriptor a line at a time through one buffer.
struct LineReader {
    enum Next {
        case line(ArraySlice<UInt8>)
        case end
        /// The line is longer than the limit; nothing more is read.
        case tooLong
        case failed(Int32)
    }

    let fd: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var atEnd = false

    init(fd: Int32) { self.fd = fd }

    /// The next line without its "\n"; the last line may lack one. `beforeRead` runs before
    /// each read(2), which may wait.
    mutating func next(limit: Int, beforeRead: () -> Void) -> Next {
        var searched = start  // bytes before this hold no line break
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                guard newline - start <= limit else { return .tooLong }
                defer { start = newline + 1 }
                return .line(buffer[start..<newline])
            }
            guard buffer.count - start <= limit else { return .tooLong }
            if atEnd {
                guard start < buffer.count else { return .end }
                defer { start = buffer.count }
                return .line(buffer[start...])
            }
            // Keep only the unread part, then read more after it.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searched = buffer.count
            beforeRead()
            let chunk = 65536
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress.map { $0 + old }, chunk) }
            buffer.removeSubrange((old + max(count, 0))...)
            if count == 0 { atEnd = true }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
        }
    }
}
