import TextLayout

/// A key as the terminal reported it.
public enum KeyPress: Sendable, Equatable, Hashable {
    case up, down, left, right, enter, space, backspace, escape, tab
    case pageUp, pageDown, home, end, f1, ctrlL, resize
    case character(Character)
}

/// What a key means on the screen it was pressed on.
public enum Intent: Sendable, Equatable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case toggle, confirm, back, help, repaint, quit
    case yes, no
    case startOver, toReview
    case typeDigit(Int)
    case deleteDigit
    case rejectCharacter(Character)
}

/// The kinds of screen, each with its own keys.
public enum KeyContext: Sendable, Equatable, CaseIterable {
    case list, checklist, weeks, review, result, help, confirmQuit
}

/// One row of the key table: keys, the screens where they work, their meaning, and how the
/// hint line names them (nil: not shown in the hint line).
public struct KeyBinding: Sendable {
    public let keys: [KeyPress]
    public let contexts: Set<KeyContext>
    public let intent: Intent
    public let hint: (keys: String, asciiKeys: String, meaning: String)?
    /// Which hints stay when the line is too narrow for all: lower numbers first.
    public var priority: Int {
        switch intent {
        case .confirm, .yes, .no: return 0
        case .toggle, .typeDigit, .deleteDigit, .startOver: return 1
        case .quit, .toReview: return 2
        case .help: return 3
        case .back: return 4
        default: return 5
        }
    }
}

/// Every key the intake understands, in one table, after dialog's conventions: Enter
/// continues, Space toggles, arrows and j/k move, Left/Backspace go back, ?/F1 help, Ctrl-L
/// repaints, q/Esc ask before quitting.
public enum KeyTable {
    static let questions: Set<KeyContext> = [.list, .checklist, .weeks, .review]
    static let scrolling: Set<KeyContext> = [.result, .help]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], contexts: [.list, .checklist, .review, .result, .help], intent: .moveUp,
                   hint: ("↑↓", "Up/Dn", "move")),
        KeyBinding(keys: [.down, .character("j")], contexts: [.list, .checklist, .review, .result, .help], intent: .moveDown, hint: nil),
        KeyBinding(keys: [.pageUp], contexts: scrolling, intent: .pageUp, hint: ("PgUp/PgDn", "PgUp/PgDn", "page")),
        KeyBinding(keys: [.pageDown, .space], contexts: scrolling, intent: .pageDown, hint: nil),
        KeyBinding(keys: [.home], contexts: scrolling.union([.list, .checklist, .review]), intent: .top, hint: nil),
        KeyBinding(keys: [.end], contexts: scrolling.union([.list, .checklist, .review]), intent: .bottom, hint: nil),
        KeyBinding(keys: [.space], contexts: [.checklist], intent: .toggle, hint: ("Space", "Space", "select")),
        KeyBinding(keys: (0...9).map { .character(Character(String($0))) }, contexts: [.weeks], intent: .typeDigit(0),
                   hint: ("0-9", "0-9", "type")),
        KeyBinding(keys: [.enter], contexts: [.list, .checklist, .weeks], intent: .confirm, hint: ("Enter", "Enter", "next")),
        KeyBinding(keys: [.enter], contexts: [.review], intent: .confirm, hint: ("Enter", "Enter", "change/result")),
        KeyBinding(keys: [.backspace], contexts: [.weeks], intent: .deleteDigit, hint: ("Bksp", "Bksp", "delete/back")),
        KeyBinding(keys: [.left, .backspace], contexts: [.list, .checklist, .review], intent: .back, hint: ("←", "Left", "back")),
        KeyBinding(keys: [.left], contexts: [.weeks], intent: .back, hint: nil),
        KeyBinding(keys: [.character("r")], contexts: [.result], intent: .startOver, hint: ("r", "r", "new")),
        KeyBinding(keys: [.character("b"), .left, .backspace], contexts: [.result], intent: .toReview, hint: ("b", "b", "review")),
        KeyBinding(keys: [.character("?"), .f1], contexts: questions.union([.result]), intent: .help, hint: ("?", "?", "help")),
        KeyBinding(keys: [.character("q"), .escape], contexts: questions.union([.result]), intent: .quit, hint: ("q", "q", "quit")),
        KeyBinding(keys: [.escape, .enter, .character("q"), .character("?"), .f1], contexts: [.help], intent: .no,
                   hint: ("Esc", "Esc", "close")),
        KeyBinding(keys: [.character("y"), .character("Y"), .character("q")], contexts: [.confirmQuit], intent: .yes,
                   hint: ("y", "y", "quit")),
        KeyBinding(keys: [.character("n"), .character("N"), .escape, .enter], contexts: [.confirmQuit], intent: .no,
                   hint: ("n", "n", "stay")),
        KeyBinding(keys: [.ctrlL], contexts: Set(KeyContext.allCases), intent: .repaint, hint: nil),
    ]

    /// The meaning of `key` on a screen of kind `context`, if it has one there.
    public static func intent(for key: KeyPress, in context: KeyContext) -> Intent? {
        for binding in bindings where binding.contexts.contains(context) && binding.keys.contains(key) {
            if case .typeDigit = binding.intent, case .character(let c) = key, let digit = c.wholeNumberValue {
                return .typeDigit(digit)
            }
            return binding.intent
        }
        if context == .weeks, case .character(let c) = key, !c.isWhitespace { return .rejectCharacter(c) }
        return nil
    }

    /// The hint line for a screen: "↑↓ move  Space select  Enter next ...", at most `width`
    /// columns: when not all fit, whole hints are dropped, the least needed first.
    public static func hints(for context: KeyContext, ascii: Bool, canGoBack: Bool = true, width: Int = .max) -> String {
        let shown = bindings.enumerated().filter { _, binding in
            binding.contexts.contains(context) && binding.hint != nil && (canGoBack || binding.intent != .back)
        }
        func text(_ items: [(offset: Int, element: KeyBinding)]) -> String {
            items.sorted { $0.offset < $1.offset }.compactMap { _, binding in
                binding.hint.map { "\(ascii ? $0.asciiKeys : $0.keys) \($0.meaning)" }
            }.joined(separator: "  ")
        }
        var kept: [(offset: Int, element: KeyBinding)] = []
        for item in shown.sorted(by: { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }) {
            if DisplayWidth.of(text(kept + [item])) <= width { kept.append(item) }
        }
        return text(kept)
    }
}
