/// When a kiosk left alone is wiped: the arithmetic on clock readings, kept apart so it can be
/// checked for every value without a terminal. Nothing here can overflow, whatever the limit.
enum IdleTimeout {
    /// Whether `seconds` have passed from `start` to `now` (monotonic milliseconds).
    /// A limit of 0 or less never passes; one too large for the clock never does either.
    static func hasPassed(seconds: Int, from start: Int64, to now: Int64) -> Bool {
        guard seconds > 0 else { return false }
        let (limit, limitOverflows) = Int64(clamping: seconds).multipliedReportingOverflow(by: 1000)
        if limitOverflows { return false }
        let (elapsed, elapsedOverflows) = now.subtractingReportingOverflow(start)
        // Readings this far apart only come from a clock gone wrong: count it as a long wait
        // forward, and as none backward.
        if elapsedOverflows { return now > start }
        return elapsed >= limit
    }

    /// Whole seconds left, rounded up, before `seconds` have passed from `start` to `now`; nil
    /// when they never will (no limit, or one too large for the clock).
    static func secondsLeft(seconds: Int, from start: Int64, to now: Int64) -> Int? {
        millisecondsLeft(seconds: seconds, from: start, to: now).map { Int(($0 + 999) / 1000) }
    }

    /// Milliseconds left before `seconds` have passed from `start` to `now`, 0 once they have;
    /// nil when they never will (no limit, or one too large for the clock).
    static func millisecondsLeft(seconds: Int, from start: Int64, to now: Int64) -> Int64? {
        guard seconds > 0 else { return nil }
        let (limit, limitOverflows) = Int64(clamping: seconds).multipliedReportingOverflow(by: 1000)
        if limitOverflows { return nil }
        let (elapsed, elapsedOverflows) = now.subtractingReportingOverflow(start)
        if elapsedOverflows { return now > start ? 0 : limit }
        return max(0, limit - max(0, elapsed))  // both within 0...limit: no overflow
    }

    /// How long before the wipe the countdown shows: the last 15 seconds, or the last half of a
    /// shorter limit (at least one second), so a short limit still leaves time without it.
    static func warningSeconds(for limit: Int) -> Int { min(15, max(1, limit / 2)) }

    /// The countdown to show at `now`, once the wipe is that near.
    static func warning(seconds limit: Int, from start: Int64, to now: Int64) -> Notice? {
        guard let left = secondsLeft(seconds: limit, from: start, to: now), left > 0, left <= warningSeconds(for: limit) else {
            return nil
        }
        return .idleWarning(seconds: left)
    }
}
