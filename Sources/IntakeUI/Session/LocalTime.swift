/// A reading of the local wall clock, formatted by the front end that read it (the session
/// never reads a clock): a stamp for default file names and the words a note is dated with.
public struct LocalTime: Sendable, Equatable {
    /// "20260305-140709": local year, month, day, hour, minute and second, for file names.
    public let stamp: String
    /// "2026-03-05 14:07 CET (UTC+0100)": the date and time as a note states it.
    public let text: String

    public init(stamp: String, text: String) {
        self.stamp = stamp
        self.text = text
    }
}
