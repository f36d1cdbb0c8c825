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

        var name: String {
            switch self {
            case .answers: return "answers file"
            case .pathway: return "pathway file"
            case .cases: return "cases file"
            }
        }

        /// Answer sets are a few hundred bytes each: 64 MiB holds about 200,000 of them.
        /// The built-in pathway is about 50 KB, the built-in cases about 30 KB.
        var limit: Int {
            switch self {
            case .answers: return 64 << 20
            case .pathway, .cases: return 4 << 20
            }
        }
    }

    /// The bytes of `path` (standard input for "-").
    static func read(_ path: String, _ kind: Kind) throws(CLIError) -> [UInt8] {
        if path == "-" {
            if isatty(STDIN_FILENO) == 1 {
                printError("discpath: reading \(kind.name) from standard input; end with Ctrl-D")
            }
            return try readAll(fd: STDIN_FILENO, name: "standard input", kind)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw unreadable(path, kind, errno) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path, kind)
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
