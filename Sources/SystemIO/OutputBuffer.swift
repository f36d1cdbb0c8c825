import Glibc

/// Output to a file descriptor (standard output, for every command) through one buffer of
/// about 64 KiB, written as it fills (a long batch goes out as it is made, never held whole),
/// every write checked. After a failed write the rest is dropped and `end()` reports it.
public struct OutputBuffer {
    public let fd: Int32
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    /// The first write that failed.
    public private(set) var failure: SystemError?

    public init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    public var failed: Bool { failure != nil }

    public mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { flush() }
    }

    /// Writes `text` and sends it at once (line mode: a screen reader reads lines as they come).
    public mutating func writeNow(_ text: String) {
        write(text)
        flush()
    }

    /// Lines, each with its line break, sent at once.
    public mutating func writeLines(_ lines: [String]) {
        writeNow(lines.map { $0 + "\n" }.joined())
    }

    public mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        do { try Descriptor.writeAll(buffer, to: fd) } catch { failure = error }
    }

    /// Sends what is left; throws the first failed write. A reader that went away (EPIPE)
    /// ends the program by SIGPIPE, the quiet end a pipeline expects, even where SIGPIPE was
    /// ignored (a parent can leave it so).
    public mutating func end() throws(SystemError) {
        flush()
        guard let failure else { return }
        if failure.code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        throw failure
    }
}
