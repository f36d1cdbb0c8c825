import Glibc
import SystemIO

/// Standard output, for every command: SystemIO's buffer on file descriptor 1.
typealias StandardOutput = OutputBuffer

extension OutputBuffer {
    /// Sends what is left, as a command ends: a write that failed anywhere is one line and exit 74
    /// (a full disk, a closed stdout), or, for a reader that went away, the quiet end by SIGPIPE.
    mutating func finish() throws(CLIError) {
        do {
            try end()
        } catch {
            throw CLIError(status: ExitStatus.ioError, message: "cannot write to standard output: \(Self.reason(error))")
        }
    }

    static func reason(_ failure: SystemError) -> String {
        switch failure.code {
        case EBADF: return "it is closed"
        case ENOSPC, EDQUOT: return "the disk is full"
        default: return failure.description.lowercased()
        }
    }
}
