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
}
