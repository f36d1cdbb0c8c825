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
        /// The result, scrolled to a line.
        case document(ReportDocument, scroll: Int)
        /// Paragraphs to read, then what Enter does (a case's story, the score).
        case text(paragraphs: [String], enter: String)
        /// The kiosk's welcome.
        case welcome(WelcomeModel)
    }

    /// The short title for the title bar.
    public let title: String
    public let step: StepCount
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
    /// The help for this screen, from the content (the keys are added by each front end).
    public let help: [HelpBlock]
    /// Which keys the mode lets through: the hint line and the help list only those.
    public var mode: Mode = .standard
}

/// "Step 3 of 9": screens on the path so far, and as many as it can still take.
public struct StepCount: Sendable, Equatable {
    public let index: Int
    public let total: Int
}

public struct ListModel: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One answer; the chosen row is the cursor's.
        case single
        /// Any number of ticks.
        case checklist
        /// Answers to change, then a last row that goes on (to the result).
        case review
    }

    public let kind: Kind
    public let rows: [ListRow]
    /// The row under the cursor; nil before a single choice is made.
    public let cursor: Int?
}

public struct ListRow: Sendable, Equatable {
    public let label: String
    /// Ticked, on a checklist.
    public let ticked: Bool
    /// The review's last row: not an answer but the way on.
    public let goesOn: Bool
    /// A checklist's "None of these": chosen alone.
    public let meansNone: Bool

    public init(label: String, ticked: Bool = false, goesOn: Bool = false, meansNone: Bool = false) {
        self.label = label
        self.ticked = ticked
        self.goesOn = goesOn
        self.meansNone = meansNone
    }
}

public struct WeeksFieldModel: Sendable, Equatable {
    public let text: String
    public let maximumDigits: Int
    public let validation: WeeksField.Validation
}

/// One paragraph of a screen's help.
public enum HelpBlock: Sendable, Equatable {
    case prompt(String)
    case heading(String)
    case paragraph(String)
    case bullet(String)
    case blank
}
