/// What a key means on the screen it was pressed on.
public enum Intent: Sendable, Equatable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Tick or untick a checklist item.
    case toggle
    /// Choose the item under the cursor of a single-choice list.
    case choose
    /// A digit on a list: choose (on a checklist, tick or untick) the row of that index (from 0).
    case pickRow(Int)
    /// `y`, `n` or `u` on a Yes / No / Not sure question: choose that answer.
    case pickAnswer(Character)
    case confirm, back, help, repaint
    /// On to the screen after this one in the flow (the kiosk's finish screen after the result).
    case goOn
    /// Ask before quitting.
    case quit
    /// Quit without asking: from the result, or where there is no room to ask.
    case quitNow
    case yes, no
    case startOver, toReview
    /// On the result: the other audience's wording (clinician or trainee, and patient).
    case switchWording
    case typeDigit(Int)
    case deleteDigit
    case rejectCharacter(Character)
    /// Save the result as a chart note, or the answers as JSON (each asks for a file name).
    case saveNote, saveAnswers
    /// In a text field: type a character, delete the one before the cursor, move the cursor.
    case typeCharacter(Character)
    case deleteCharacter
    case cursorLeft, cursorRight
    /// In a text field: clear it (Ctrl-U).
    case clearField
    /// On the result: copy the chart note to the terminal's clipboard (OSC 52).
    case copyNote
}
