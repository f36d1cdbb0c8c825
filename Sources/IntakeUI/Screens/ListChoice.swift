/// How a row is chosen on a single-choice list, the same on every one (the questions, the
/// audience, the prediction): the pointer is on a row from the first frame (the answer given,
/// else the first); moving it chooses the row under it, as a browser's radio group does; Enter
/// with nothing chosen yet chooses the row under the pointer, as dialog's menus do; a digit
/// chooses the row of that number, and `y` / `n` / `u` the Yes, No or Not sure row where those
/// are the answers. Nothing is answered until Enter.
struct SingleChoice: Sendable, Equatable {
    /// The row under the pointer.
    private(set) var pointer: Int
    /// The row chosen; nil until a move, a digit, a letter or Enter chooses one.
    private(set) var chosen: Int?

    init(chosen: Int?) {
        self.chosen = chosen
        pointer = chosen ?? 0
    }

    /// What a key did to the list.
    enum Outcome: Equatable {
        /// Moved or chose (or nothing to do).
        case none
        /// Enter: the row to answer with.
        case confirmed(Int)
    }

    /// `letters`: the row each of `y`, `n` and `u` chooses on this list (none where the answers
    /// are not yes, no and not sure).
    mutating func handle(_ intent: Intent, count: Int, letters: [Character: Int] = [:], _ env: ScreenEnvironment) -> Outcome {
        guard count > 0 else { return .none }
        switch intent {
        case .choose:
            chosen = pointer
        case .confirm:
            let row = min(max(0, chosen ?? pointer), count - 1)
            chosen = row
            pointer = row
            return .confirmed(row)
        case .pickRow(let index):
            if index < count { choose(index) }
        case .pickAnswer(let letter):
            if let row = letters[letter], row < count { choose(row) }
        default:
            // A move that cannot move (Up on the first row) chooses nothing.
            if let moved = movedCursor(pointer, intent, count: count, env), moved != pointer { choose(moved) }
        }
        return .none
    }

    private mutating func choose(_ row: Int) {
        pointer = row
        chosen = row
    }

    /// The list as shown: its rows, the pointer and the row chosen.
    func model(_ rows: [ListRow]) -> ListModel {
        ListModel(kind: .single, rows: rows, cursor: min(pointer, max(0, rows.count - 1)), chosen: chosen)
    }
}

/// The rows `y`, `n` and `u` choose on a list whose answers are yes, no and not sure (the values
/// `yes`, `no` and `unsure`); none on any other list.
func yesNoLetters(_ values: [String]) -> [Character: Int] {
    guard Set(values) == ["yes", "no", "unsure"] else { return [:] }
    var letters: [Character: Int] = [:]
    for (row, value) in values.enumerated() {
        switch value {
        case "yes": letters["y"] = row
        case "no": letters["n"] = row
        default: letters["u"] = row
        }
    }
    return letters
}
