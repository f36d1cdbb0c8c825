/// What happened to a session: a key, the clock moving on, or the front end's answer to an
/// effect. Time is an event, so the idle wipe and the kiosk countdown are pure transitions,
/// tested without a terminal.
public enum SessionEvent: Sendable, Equatable {
    case key(KeyPress)
    /// The monotonic clock's reading, in milliseconds; front ends send it regularly and before
    /// each key.
    case tick(milliseconds: Int64)
    /// The local wall clock, read and formatted by the front end when the session asked
    /// (`.readLocalTime`): what a saved note is dated with and default file names are stamped with.
    case localTime(LocalTime)
    /// How writing the file the session asked for (`.writeFile`) went.
    case fileWritten(FileWriteResult)
    /// Whether the front end could send the text the session asked to copy (`.copyToClipboard`)
    /// to the terminal's clipboard.
    case copied(Bool)
}
