/// How a session runs: the same screens, with what keys may do filtered by policy.
public enum Mode: Sendable, Equatable {
    /// A clinician or trainee at a workstation: every key as the table says.
    case standard
    /// A patient-education kiosk: nothing leads out of the program, and the result stays in the
    /// patient's words.
    case kiosk

    /// The intent as this mode lets it through, or nil when the mode drops it.
    func filter(_ intent: Intent) -> Intent? {
        switch self {
        case .standard: return intent
        case .kiosk:
            switch intent {
            case .quit, .quitNow, .yes, .switchWording: return nil
            // Nothing a patient types is left behind on a shared machine.
            case .saveNote, .saveAnswers, .copyNote: return nil
            case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .toggle, .choose, .pickRow, .pickAnswer, .confirm, .back, .help, .goOn,
                 .repaint, .no, .startOver, .toReview, .typeDigit, .deleteDigit, .rejectCharacter,
                 .typeCharacter, .deleteCharacter, .cursorLeft, .cursorRight, .clearField:
                return intent
            }
        }
    }
}
