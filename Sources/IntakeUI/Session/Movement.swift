/// A move of the cursor or of the scroll offset.
enum Movement {
    case up, down, pageUp, pageDown, top, bottom

    init?(_ intent: Intent) {
        switch intent {
        case .moveUp: self = .up
        case .moveDown: self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .top: self = .top
        case .bottom: self = .bottom
        case .toggle, .choose, .pickRow, .pickAnswer, .confirm, .back, .help, .goOn, .repaint, .quit, .quitNow, .yes, .no, .startOver, .toReview, .switchWording,
             .typeDigit, .deleteDigit, .rejectCharacter, .saveNote, .saveAnswers, .typeCharacter, .deleteCharacter,
             .cursorLeft, .cursorRight, .clearField, .copyNote:
            return nil
        }
    }

    /// A scroll offset after this move, before it is kept within the text.
    func scrolled(_ offset: Int, page: Int) -> Int {
        switch self {
        case .up: return max(0, offset - 1)
        case .down: return offset + 1
        case .pageUp: return max(0, offset - page)
        case .pageDown: return offset + page
        case .top: return 0
        case .bottom: return Int.max / 2
        }
    }
}
