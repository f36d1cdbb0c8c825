import Glibc

/// A system call that failed: its error number, and the system's words for it.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32

    public init(_ code: Int32) { self.code = code }

    /// The error number the last failed call left.
    public static var last: SystemError { SystemError(errno) }

    /// "No such file or directory", as `strerror` says it.
    public var description: String { String(cString: strerror(code)) }
}
