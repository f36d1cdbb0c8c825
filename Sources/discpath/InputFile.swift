#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files, or standard input for "-".
enum InputFile {
    /// The bytes of `path`; `what` names the file in errors ("answers file").
    static func read(_ path: String, what: String) throws(CLIError) -> [UInt8] {
        if path == "-" {
            if isatty(STDIN_FILENO) == 1 {
                printError("discpath: reading \(what) from standard input; end with Ctrl-D")
            }
            return try readAll(fd: STDIN_FILENO, name: "standard input", what: what)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw unreadable(path, what, errno) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path, what: what)
    }

    private static func readAll(fd: Int32, name: String, what: String) throws(CLIError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(name, what, errno)
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    private static func unreadable(_ name: String, _ what: String, _ code: Int32) -> CLIError {
        CLIError(status: ExitStatus.noInput, message: "cannot read \(what) '\(name)': \(String(cString: strerror(code)))")
    }
}
