/// Wrong PINs and the wait they impose: each one doubles the wait before the next try (1 s,
/// 2 s, 4 s ...), up to `longestWait`. Kept across wipes and new intakes, so leaving the kiosk
/// idle does not buy more tries.
public struct PINLockout: Sendable, Equatable {
    /// The longest wait between two tries, in seconds (reached after the tenth wrong PIN).
    public static let longestWait = 512

    public private(set) var failures = 0
    /// The clock's reading at the last wrong PIN.
    public private(set) var lastFailure: Int64?

    public init() {}

    /// Seconds to wait after `failures` wrong PINs: none before the first, then 1, 2, 4 ...
    public static func wait(afterFailures failures: Int) -> Int {
        guard failures > 0 else { return 0 }
        let doublings = min(failures - 1, 9)  // 2^9 = 512: never shifts far enough to overflow
        return min(longestWait, 1 << doublings)
    }

    /// Whole seconds left before the next try may be made at `now` (rounded up), 0 when it may.
    public func secondsLeft(at now: Int64) -> Int {
        guard let lastFailure else { return 0 }
        let waitMilliseconds = Int64(Self.wait(afterFailures: failures)) * 1000
        let (elapsed, overflow) = now.subtractingReportingOverflow(lastFailure)
        // A clock gone wrong: far forward has waited long enough; backward waits the whole wait.
        if overflow { return now > lastFailure ? 0 : Self.wait(afterFailures: failures) }
        if elapsed < 0 { return Self.wait(afterFailures: failures) }
        let left = waitMilliseconds - elapsed
        return left <= 0 ? 0 : Int((left + 999) / 1000)
    }

    mutating func recordFailure(at now: Int64) {
        failures = failures == Int.max ? failures : failures + 1
        lastFailure = now
    }
}
