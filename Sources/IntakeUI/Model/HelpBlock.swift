/// One paragraph of a screen's help.
public enum HelpBlock: Sendable, Equatable {
    case prompt(String)
    case heading(String)
    case paragraph(String)
    case bullet(String)
    case blank
}
