import Glibc

/// The loops that read and write a file descriptor whole: every byte, across short reads and
/// writes and interrupted calls. Callers decide what a failure means.
public enum Descriptor {
    /// Writes all of `bytes` to `fd`.
    public static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32) throws(SystemError) {
        let bytes = Array(bytes)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .last
            }
            if written == 0 { throw SystemError(EIO) }
            offset += written
        }
    }

    /// Why a whole read stopped.
    public enum ReadFailure: Error, Sendable, Equatable {
        /// More than the limit was there: reading stopped once it was passed, so an endless
        /// stream (`/dev/zero`, `yes |`) is refused, never exhausted.
        case tooLarge
        case failed(SystemError)
    }

    /// Every byte of `fd` to its end, at most `limit` of them.
    public static func readAll(_ fd: Int32, limit: Int) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: min(65536, limit + 1))
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .failed(.last)
            }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge }
        }
    }
}
