/// What a line typed in line mode asks for.
public enum LineCommand: Sendable, Equatable {
    /// Keys to send to the session, as if typed on the screen.
    case keys([KeyPress])
    /// Keys to send, after saying what they mean ("3 months = 13 weeks.").
    case announcedKeys(String, [KeyPress])
    /// Show this screen's help.
    case help
    /// Leave: before a tier, quit; on the result, finish.
    case quit
    /// The line cannot be read here; the reason, to say before asking again.
    case invalid(String)
}
