import Glibc
import SystemIO

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
            if TerminalEnvironment.isTerminal(STDIN_FILENO) {
                printError("discpath: reading \(kind.name) from standard input; end with Ctrl-D")
            }
            return try body(STDIN_FILENO, "standard input")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw unreadable(path, kind, .last) }
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
            var reader = LineReader(fd: fd, limit: kind.limit)
            var number = 0
            while true {
                number += 1
                let next: ArraySlice<UInt8>?
                switch reader.next(beforeRead: beforeWaiting) {
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
        do {
            return try Descriptor.readAll(fd, limit: kind.limit)
        } catch {
            switch error {
            case .tooLarge: throw .data("\(kind.name) '\(name)' is larger than \(kind.limit >> 20) MiB, the most discpath reads")
            case .failed(let failure): throw unreadable(name, kind, failure)
            }
        }
    }

    private static func unreadable(_ name: String, _ kind: Kind, _ failure: SystemError) -> CLIError {
        CLIError(status: ExitStatus.noInput, message: "cannot read \(kind.name) '\(name)': \(failure)")
    }
}
