/// What happened to a session: a key, or the clock moving on. Time is an event, so the idle wipe
/// and the kiosk countdown are pure transitions, tested without a terminal.
public enum SessionEvent: Sendable, Equatable {
    case key(KeyPress)
    /// The monotonic clock's reading, in milliseconds; front ends send it regularly and before
    /// each key.
    case tick(milliseconds: Int64)
    /// The local wall clock, read and formatted by the front end: what a saved note is dated
    /// with and default file names are stamped with.
    case localTime(LocalTime)
    /// How writing the session's `pendingRequest` went.
    case fileWritten(FileWriteResult)
}
