#if canImport(Glibc)
import Glibc
#endif

/// Names the fuzz case running now, so a trap (which ends the test process before any
/// expectation can report) still says which seed to replay: a signal handler writes the name
/// to stderr, puts the previous handler back and returns, and the trap happens again there.
enum FuzzCase {
    private static let capacity = 256
    nonisolated(unsafe) private static let message = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var length = 0
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]
    private static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// Runs `body` with `name` as the case to report if it traps.
    static func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let bytes = Array("\nfuzz: trapped in \(name)\n".utf8.prefix(capacity))
        for (index, byte) in bytes.enumerated() { message[index] = byte }
        length = bytes.count
        installOnce()
        defer { length = 0 }
        return try body()
    }

    nonisolated(unsafe) private static var installed = false

    private static func installOnce() {
        guard !installed else { return }
        installed = true
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if FuzzCase.length > 0 { _ = write(STDERR_FILENO, FuzzCase.message, FuzzCase.length) }
                if var old = FuzzCase.previous[signal] { sigaction(signal, &old, nil) } else { Glibc.signal(signal, SIG_DFL) }
            }
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
    }
}
