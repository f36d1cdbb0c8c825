#if canImport(Glibc)
import Glibc
#endif

/// The one loop that writes bytes to a file descriptor: every byte, across short writes and
/// interrupted calls. Callers decide what a failure means.
public enum Descriptor {
    /// Writes all of `bytes` to `fd`; the error number of the write that failed, or nil.
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }
}
