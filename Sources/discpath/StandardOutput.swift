import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, for every command: through one buffer of about 64 KiB, written as it fills
/// (a long batch goes out as it is made, never held whole), every write checked. After a failed
/// write the rest is dropped and `finish()` reports it: one line and exit 74 (a full disk, a
/// closed stdout), or, for a reader that went away (EPIPE), the quiet end by SIGPIPE that a
/// pipeline expects.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    /// The error number of the first write that failed.
    private(set) var failure: Int32?

    init() { buffer.reserveCapacity(Self.flushAt + 4096) }

    var failed: Bool { failure != nil }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { flush() }
    }

    /// Writes `text` and sends it at once (line mode: a screen reader reads lines as they come).
    mutating func writeNow(_ text: String) {
        write(text)
        flush()
    }

    /// Lines, each with its line break, sent at once.
    mutating func writeLines(_ lines: [String]) {
        writeNow(lines.map { $0 + "\n" }.joined())
    }

    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        failure = Descriptor.writeAll(buffer, to: STDOUT_FILENO)
    }

    /// Sends what is left; a failed write anywhere is an error (74), or the quiet SIGPIPE end.
    mutating func finish() throws(CLIError) {
        flush()
        guard let failure else { return }
        if failure == EPIPE {
            // SIGPIPE was ignored (a parent can leave it so): end as it would have.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        throw CLIError(status: ExitStatus.ioError, message: "cannot write to standard output: \(Self.reason(failure))")
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EBADF: return "it is closed"
        case ENOSPC, EDQUOT: return "the disk is full"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
