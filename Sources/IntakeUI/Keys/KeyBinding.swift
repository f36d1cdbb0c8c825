/// One row of the key table: keys, the screens where they work, their meaning, what the help
/// says they do, and how the hint line names them (nil: only in the help).
public struct KeyBinding: Sendable {
    public let keys: [KeyPress]
    public let contexts: Set<KeyContext>
    public let intent: Intent
    public let meaning: String
    public let hint: KeyHint?

    /// Which hints stay when the line is too narrow for all: lower numbers first. Moving comes
    /// right after continuing: without it the user cannot reach anything else.
    public var priority: Int {
        switch intent {
        case .confirm, .yes, .no, .goOn: return 0
        case .moveUp, .cursorLeft: return 1
        case .toggle, .typeDigit, .deleteDigit, .startOver, .deleteCharacter: return 2
        case .quit, .quitNow, .toReview: return 3
        case .help: return 4
        case .back: return 5
        case .switchWording: return 4
        // Shortcuts: what moving and Enter already do, in fewer keys.
        case .pickRow, .pickAnswer: return 4
        case .moveDown, .pageUp, .pageDown, .top, .bottom, .choose, .repaint, .rejectCharacter: return 6
        // Saving is listed in help on a narrow window rather than crowd out the keys that move on.
        // Taking the result away: the note (saved or copied) before the answers.
        case .saveNote, .copyNote: return 5
        case .saveAnswers, .typeCharacter, .cursorRight, .clearField: return 6
        }
    }

    /// The keys as the help lists them: "↑, k"; the digits as "0-9".
    public func keyNames(ascii: Bool) -> String {
        if case .typeDigit = intent { return "0-9" }
        if case .pickRow = intent { return "1-9" }
        if case .typeCharacter = intent {
            return keys.isEmpty ? "any character" : keys.map { $0.name(ascii: ascii) }.joined(separator: ", ") + ", letters"
        }
        return keys.map { $0.name(ascii: ascii) }.joined(separator: ", ")
    }
}
