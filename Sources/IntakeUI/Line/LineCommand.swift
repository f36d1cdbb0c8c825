/// What a line typed in line mode asks for.
public enum LineCommand: Sendable, Equatable {
    /// Keys to send to the session, as if typed on the screen.
    case keys([KeyPress])
    /// Show this screen's help.
    case help
    /// Leave: before a tier, quit; on the result, finish.
    case quit
    /// The line cannot be read here; the reason, to say before asking again.
    case invalid(String)
}
