#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output through one buffer of about 64 KiB, written with write(2) as it fills: a
/// long batch of reports goes out as it is made, never held whole.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    /// Set once a write fails (a closed pipe, a full disk): the rest is dropped, as `print` does.
    private var failed = false

    init() { buffer.reserveCapacity(Self.flushAt + 4096) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { flush() }
    }

    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { failed = true; return }
            offset += written
        }
    }
}
