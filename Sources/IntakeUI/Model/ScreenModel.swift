import PathwayCore

/// What the current screen says, independent of layout: the grid views draw it, the line mode
/// reads it out.
public struct ScreenModel: Sendable, Equatable {
    /// The body of the screen.
    public enum Content: Sendable, Equatable {
        /// A single choice, a checklist, or the review's answers.
        case list(ListModel)
        /// The weeks field.
        case weeks(WeeksFieldModel)
        /// The result, scrolled to a line or a section.
        case document(ReportDocument, scroll: ResultScroll)
        /// Paragraphs to read, then what Enter does (a case's story, the score).
        case text(paragraphs: [String], enter: String)
        /// The kiosk's welcome.
        case welcome(WelcomeModel)
    }

    /// The short title for the title bar.
    public let title: String
    /// How far along; nil on a screen outside the intake (the kiosk's welcome).
    public let step: StepCount?
    /// The question, or what to do on this screen.
    public let prompt: String?
    public let content: Content
    public let notice: Notice?
    /// Whose wording it is in.
    public let audience: Audience
    /// Which keys work on the screen itself (under any overlay).
    public let keyContext: KeyContext
    /// Whether "back" has somewhere to go.
    public let canGoBack: Bool
    /// Whether a screen follows in the flow (Enter on a kiosk's result goes on to finish).
    public let canGoOn: Bool
    /// The help for this screen, from the content (the keys are added by each front end).
    public let help: [HelpBlock]
    /// Which keys the mode lets through: the hint line and the help list only those.
    public var mode: Mode = .standard
    /// A rehearsal's case is on: leaving stops the practice (the cases done are kept).
    public var practising = false
}
