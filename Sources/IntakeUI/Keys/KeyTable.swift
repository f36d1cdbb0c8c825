import TextLayout

/// Every key the intake understands, in one table, after dialog's conventions: Enter
/// continues, Space ticks or chooses, arrows and j/k move, Left goes back, ?/F1 help, Ctrl-L
/// repaints, q/Esc ask before quitting. The hint line and the help overlay are made from it.
public enum KeyTable {
    static let singleChoice: Set<KeyContext> = [.list, .yesNo]
    static let lists: Set<KeyContext> = singleChoice.union([.checklist, .review])
    static let questions: Set<KeyContext> = lists.union([.weeks])
    static let results: Set<KeyContext> = [.result, .practiceResult]
    static let scrolling: Set<KeyContext> = results.union([.help, .urgentHeld])

    /// The intake's bindings, then those the flow's screens declare in their own files, then the
    /// ones that work on every screen.
    public static let bindings: [KeyBinding] = intake + Flow.screens.flatMap { $0.keys } + everywhere

    static let intake: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], contexts: lists, intent: .moveUp, meaning: "move up",
                   hint: KeyHint("↑↓", "Up/Dn", "move")),
        KeyBinding(keys: [.down, .character("j")], contexts: lists, intent: .moveDown, meaning: "move down", hint: nil),
        KeyBinding(keys: [.pageUp], contexts: lists, intent: .pageUp, meaning: "move up a page", hint: nil),
        KeyBinding(keys: [.pageDown], contexts: lists, intent: .pageDown, meaning: "move down a page", hint: nil),
        KeyBinding(keys: [.home], contexts: lists, intent: .top, meaning: "to the first item", hint: nil),
        KeyBinding(keys: [.end], contexts: lists, intent: .bottom, meaning: "to the last item", hint: nil),
        KeyBinding(keys: [.up, .character("k")], contexts: scrolling, intent: .moveUp, meaning: "scroll up a line",
                   hint: KeyHint("↑↓", "Up/Dn", "scroll")),
        KeyBinding(keys: [.down, .character("j")], contexts: scrolling, intent: .moveDown, meaning: "scroll down a line", hint: nil),
        KeyBinding(keys: [.pageUp], contexts: scrolling, intent: .pageUp, meaning: "scroll up a page",
                   hint: KeyHint("PgUp/PgDn", "PgUp/PgDn", "page")),
        KeyBinding(keys: [.pageDown, .space], contexts: scrolling, intent: .pageDown, meaning: "scroll down a page", hint: nil),
        KeyBinding(keys: [.home], contexts: scrolling, intent: .top, meaning: "to the top", hint: nil),
        KeyBinding(keys: [.end], contexts: scrolling, intent: .bottom, meaning: "to the end", hint: nil),
        KeyBinding(keys: [.space], contexts: [.checklist], intent: .toggle, meaning: "tick or untick the item under the cursor",
                   hint: KeyHint("Space", "Space", "select")),
        KeyBinding(keys: [.space], contexts: singleChoice, intent: .choose, meaning: "choose the item under the cursor (moving chooses too)",
                   hint: nil),
        // The digits 1-9 (see `intent(for:in:)`): the row of that number, as the line mode takes it;
        // 0 the tenth: the patient's warning signs have ten, and "1 0" must not leave the first ticked.
        KeyBinding(keys: (0...9).map { .character(Character(String($0))) }, contexts: singleChoice.union([.checklist]),
                   intent: .pickRow(0), meaning: "choose (on a checklist: tick) the item of that number, 0 the tenth",
                   hint: KeyHint("1-9", "1-9", "choose")),
        KeyBinding(keys: [.character("y"), .character("n"), .character("u")], contexts: [.yesNo], intent: .pickAnswer("y"),
                   meaning: "choose Yes, No or Not sure", hint: KeyHint("y/n/u", "y/n/u", "answer")),
        KeyBinding(keys: (0...9).map { .character(Character(String($0))) }, contexts: [.weeks], intent: .typeDigit(0),
                   meaning: "type a digit", hint: KeyHint("0-9", "0-9", "type")),
        // Any other letter, and Space, types too: "3 months", "10 weeks" (see `intent(for:in:)`).
        KeyBinding(keys: [.character("m"), .character("w")], contexts: [.weeks], intent: .typeCharacter("m"),
                   meaning: "the unit after the number: m months (3m), w weeks",
                   hint: KeyHint("m", "m", "months")),
        KeyBinding(keys: [.backspace], contexts: [.weeks], intent: .deleteDigit, meaning: "delete the last character",
                   hint: KeyHint("Bksp", "Bksp", "delete")),
        KeyBinding(keys: [.enter], contexts: singleChoice, intent: .confirm,
                   meaning: "continue with the item chosen, or the one under the cursor",
                   hint: KeyHint("Enter", "Enter", "next")),
        KeyBinding(keys: [.enter], contexts: [.checklist], intent: .confirm,
                   meaning: "continue (nothing ticked: the \"None of these\" under the cursor)",
                   hint: KeyHint("Enter", "Enter", "next")),
        KeyBinding(keys: [.enter], contexts: [.weeks], intent: .confirm, meaning: "continue with this answer",
                   hint: KeyHint("Enter", "Enter", "next")),
        KeyBinding(keys: [.enter], contexts: [.welcome], intent: .confirm, meaning: "start", hint: KeyHint("Enter", "Enter", "start")),
        KeyBinding(keys: [.enter], contexts: [.review], intent: .confirm,
                   meaning: "change the answer under the cursor, or show the result", hint: KeyHint("Enter", "Enter", "change/result")),
        KeyBinding(keys: [.left, .backspace], contexts: lists, intent: .back, meaning: "back one screen, keeping the answers",
                   hint: KeyHint("←", "Left", "back")),
        // In the field Backspace only deletes: held down, it must not walk back through the screens.
        KeyBinding(keys: [.left], contexts: [.weeks], intent: .back, meaning: "back one screen, keeping the answers",
                   hint: KeyHint("←", "Left", "back")),
        KeyBinding(keys: [.left, .backspace, .character("b")], contexts: [.result], intent: .toReview, meaning: "back to the review",
                   hint: KeyHint("←", "Left", "review")),
        // Held for the staff, the keys that would leave say so instead (`Notice.staffWillClear`).
        KeyBinding(keys: [.left, .backspace, .character("b")], contexts: [.urgentHeld], intent: .goOn,
                   meaning: "nothing: the staff clear this screen (F10 or Ctrl-X and the PIN)", hint: nil),
        KeyBinding(keys: [.character("r"), .enter], contexts: [.urgentHeld], intent: .goOn,
                   meaning: "nothing: the staff clear this screen (F10 or Ctrl-X and the PIN)", hint: nil),
        KeyBinding(keys: [.character("r")], contexts: [.result], intent: .startOver, meaning: "a new intake with every answer cleared",
                   hint: KeyHint("r", "r", "new")),
        // Only where a screen follows the result (`Flow`): the kiosk's finish and clear.
        KeyBinding(keys: [.enter], contexts: [.result], intent: .goOn, meaning: "finish, then clear the answers (in a kiosk)",
                   hint: KeyHint("Enter", "Enter", "finish and clear")),
        KeyBinding(keys: [.character("p")], contexts: results, intent: .switchWording,
                   meaning: "the patient's wording, or back",
                   hint: KeyHint("p", "p", "wording")),
        KeyBinding(keys: [.enter], contexts: [.story], intent: .confirm, meaning: "start the case",
                   hint: KeyHint("Enter", "Enter", "start")),
        KeyBinding(keys: [.enter], contexts: [.practiceResult], intent: .confirm, meaning: "the next case, or the score after the last",
                   hint: KeyHint("Enter", "Enter", "next")),
        KeyBinding(keys: [.enter], contexts: [.score], intent: .confirm, meaning: "practise again the cases missed",
                   hint: KeyHint("Enter", "Enter", "replay missed")),
        KeyBinding(keys: [.character("s")], contexts: [.result], intent: .saveNote,
                   meaning: "save a chart note of the result to a file", hint: KeyHint("s", "s", "note")),
        KeyBinding(keys: [.character("c")], contexts: [.result], intent: .copyNote,
                   meaning: "copy the chart note to the clipboard (OSC 52)",
                   hint: KeyHint("c", "c", "copy")),
        KeyBinding(keys: [.character("a")], contexts: [.review, .result], intent: .saveAnswers,
                   meaning: "save the answers to a file, to reopen with --answers", hint: KeyHint("a", "a", "answers")),
        KeyBinding(keys: [.character("?"), .f1], contexts: questions.union(results).union([.story, .welcome, .urgentHeld]), intent: .help,
                   meaning: "help for this screen, and its keys", hint: KeyHint("?", "?", "help")),
        KeyBinding(keys: [.character("q"), .escape], contexts: questions, intent: .quit, meaning: "quit (asks first)",
                   hint: KeyHint("q", "q", "quit")),
        KeyBinding(keys: [.character("q")], contexts: [.result, .score], intent: .quitNow,
                   meaning: "quit at once (a result neither saved nor copied: asks once first)",
                   hint: KeyHint("q", "q", "quit")),
        KeyBinding(keys: [.escape], contexts: [.result], intent: .quit, meaning: "quit (asks first)", hint: nil),
        KeyBinding(keys: [.character("q"), .escape], contexts: [.story, .practiceResult], intent: .quit,
                   meaning: "quit the rehearsal (asks first)", hint: KeyHint("q", "q", "quit")),
        KeyBinding(keys: [.character("q")], contexts: [.tooSmall], intent: .quitNow, meaning: "quit at once",
                   hint: KeyHint("q", "q", "quit")),
        KeyBinding(keys: [.escape, .enter, .character("q"), .character("?"), .f1], contexts: [.help], intent: .no,
                   meaning: "close the help", hint: KeyHint("Esc", "Esc", "close")),
        KeyBinding(keys: [.character("y"), .character("Y"), .character("q")], contexts: [.confirmQuit], intent: .yes,
                   meaning: "quit", hint: KeyHint("y", "y", "quit")),
        KeyBinding(keys: [.character("n"), .character("N"), .escape, .enter], contexts: [.confirmQuit], intent: .no,
                   meaning: "stay", hint: KeyHint("n", "n", "stay")),
        KeyBinding(keys: [.character("y"), .character("Y"), .character("q"), .character("r")], contexts: [.confirmLeave], intent: .yes,
                   meaning: "drop the result unsaved (quit, or the new intake)", hint: KeyHint("y", "y", "drop it")),
        KeyBinding(keys: [.character("n"), .character("N"), .escape, .enter], contexts: [.confirmLeave], intent: .no,
                   meaning: "stay on the result, to save (s) or copy (c) it", hint: KeyHint("n", "n", "stay")),
        KeyBinding(keys: [.enter], contexts: [.fileName], intent: .confirm, meaning: "save under this name",
                   hint: KeyHint("Enter", "Enter", "save")),
        KeyBinding(keys: [.escape], contexts: [.fileName], intent: .no, meaning: "cancel: save nothing",
                   hint: KeyHint("Esc", "Esc", "cancel")),
        KeyBinding(keys: [.left], contexts: [.fileName], intent: .cursorLeft, meaning: "move the cursor left",
                   hint: KeyHint("←→", "Left/Right", "move")),
        KeyBinding(keys: [.right], contexts: [.fileName], intent: .cursorRight, meaning: "move the cursor right", hint: nil),
        KeyBinding(keys: [.home], contexts: [.fileName], intent: .top, meaning: "to the start of the name", hint: nil),
        KeyBinding(keys: [.end], contexts: [.fileName], intent: .bottom, meaning: "to the end of the name", hint: nil),
        KeyBinding(keys: [.ctrlU], contexts: [.fileName], intent: .clearField, meaning: "clear the name", hint: nil),
        KeyBinding(keys: [.backspace], contexts: [.fileName], intent: .deleteCharacter,
                   meaning: "delete the character before the cursor", hint: KeyHint("Bksp", "Bksp", "delete")),
        // Any other character is typed into the name (see `intent(for:in:)`).
        KeyBinding(keys: [], contexts: [.fileName], intent: .typeCharacter(" "), meaning: "type it into the name", hint: nil),
        KeyBinding(keys: [.character("y"), .character("Y")], contexts: [.confirmOverwrite], intent: .yes,
                   meaning: "replace the file that is there", hint: KeyHint("y", "y", "replace")),
        KeyBinding(keys: [.character("n"), .character("N"), .escape, .enter], contexts: [.confirmOverwrite], intent: .no,
                   meaning: "keep it, and change the name", hint: KeyHint("n", "n", "keep")),
    ]

    static let everywhere: [KeyBinding] = [
        KeyBinding(keys: [.ctrlL], contexts: Set(KeyContext.allCases), intent: .repaint, meaning: "repaint the screen", hint: nil),
    ]

    /// The meaning of `key` on a screen of kind `context`, if it has one there.
    public static func intent(for key: KeyPress, in context: KeyContext) -> Intent? {
        for binding in bindings where binding.contexts.contains(context) && binding.keys.contains(key) {
            if case .typeDigit = binding.intent, case .character(let c) = key, let digit = c.wholeNumberValue {
                return .typeDigit(digit)
            }
            if case .typeCharacter = binding.intent, case .character(let c) = key { return .typeCharacter(c) }
            if case .pickRow = binding.intent, case .character(let c) = key, let digit = c.wholeNumberValue {
                return .pickRow(digit == 0 ? 9 : digit - 1)
            }
            if case .pickAnswer = binding.intent, case .character(let c) = key { return .pickAnswer(c) }
            return binding.intent
        }
        if context == .weeks {
            // The unit after the number ("3 months"); anything else is named and refused.
            if key == .space { return .typeCharacter(" ") }
            if case .character(let c) = key, c.isASCII, c.isLetter { return .typeCharacter(c) }
            if case .character(let c) = key, !c.isWhitespace { return .rejectCharacter(c) }
        }
        if context == .fileName {
            if key == .space { return .typeCharacter(" ") }
            if case .character(let c) = key { return .typeCharacter(c) }
        }
        return nil
    }

    /// The kiosk's words for the keys whose usual words are a professional's: the hint (nil: the
    /// usual one) and what the help says.
    static func kioskWords(_ binding: KeyBinding) -> (hint: String?, meaning: String)? {
        switch binding.intent {
        case .toReview: return ("your answers", "back to your answers")
        case .startOver: return ("start again", "clear your answers and start again")
        case .confirm where binding.contexts.contains(.review): return ("choose", "change the answer chosen, or see your result")
        case .toggle: return ("tick", "put an x in the box, or take it out")
        case .pickRow: return ("choose", "choose the answer of that number")
        case .pickAnswer: return ("answer", "answer Yes, No or Not sure")
        case .goOn where binding.contexts.contains(.result): return (nil, "finish, then clear your answers for the next person")
        case .repaint: return (nil, "draw the screen again")
        case .help: return (nil, "help for this screen")
        default: return nil
        }
    }

    /// A binding's hint words and meaning in the mode's words.
    static func words(_ binding: KeyBinding, _ mode: Mode) -> (hint: String?, meaning: String) {
        let kiosk = mode == .kiosk ? kioskWords(binding) : nil
        return (kiosk?.hint ?? binding.hint?.meaning, kiosk?.meaning ?? binding.meaning)
    }

    /// The bindings that work on a screen of kind `context`, in the table's order: "back" only
    /// where there is a screen to go back to, "finish" only where one follows, and only what the
    /// mode lets through (no quitting in a kiosk).
    public static func bindings(for context: KeyContext, canGoBack: Bool = true, canGoOn: Bool = false,
                                mode: Mode = .standard) -> [KeyBinding] {
        bindings.filter {
            $0.contexts.contains(context) && (canGoBack || $0.intent != .back) && (canGoOn || $0.intent != .goOn)
                && mode.filter($0.intent) != nil
        }
    }

    /// The hint line for a screen: "↑↓ move  Space select  Enter next ...", at most `width`
    /// columns: when not all fit, whole hints are dropped, the least needed first.
    public static func hints(for context: KeyContext, ascii: Bool, canGoBack: Bool = true, canGoOn: Bool = false,
                             width: Int = .max, mode: Mode = .standard) -> String {
        // Each hint's text and width made once: the line is their join, two spaces apart, so
        // whether one more fits is a sum (a key redraws the line, and this runs on every key).
        struct Piece {
            let order: Int, priority: Int
            let full: String, fullWidth: Int
            /// The move keys without their word ("↑↓"), which every user reads without it.
            let terse: String, terseWidth: Int
        }
        var pieces: [Piece] = []
        for (order, binding) in bindings(for: context, canGoBack: canGoBack, canGoOn: canGoOn, mode: mode).enumerated() {
            guard let hint = binding.hint else { continue }
            let keys = ascii ? hint.asciiKeys : hint.keys
            let full = "\(keys) \(words(binding, mode).hint ?? hint.meaning)"
            let terse = binding.intent == .moveUp ? keys : full
            pieces.append(Piece(order: order, priority: binding.priority, full: full, fullWidth: DisplayWidth.of(full),
                                terse: terse, terseWidth: DisplayWidth.of(terse)))
        }
        let byNeed = pieces.sorted { ($0.priority, $0.order) < ($1.priority, $1.order) }
        func fitted(terse: Bool) -> [Piece] {
            var kept: [Piece] = []
            var used = 0
            for piece in byNeed {
                let added = (kept.isEmpty ? 0 : used + 2) + (terse ? piece.terseWidth : piece.fullWidth)
                if added <= width {
                    kept.append(piece)
                    used = added
                }
            }
            return kept
        }
        func text(_ kept: [Piece], terse: Bool) -> String {
            kept.sorted { $0.order < $1.order }.map { terse ? $0.terse : $0.full }.joined(separator: "  ")
        }
        // On a narrow line, the keys that answer the screen come before the move keys' word.
        let full = fitted(terse: false)
        let essential = pieces.filter { $0.priority <= 2 }.count
        if full.filter({ $0.priority <= 2 }).count < essential {
            let terse = fitted(terse: true)
            if terse.filter({ $0.priority <= 2 }).count > full.filter({ $0.priority <= 2 }).count {
                return text(terse, terse: true)
            }
        }
        return text(full, terse: false)
    }

    /// Every key that works on a screen, for the help overlay: ("↑, k", "move up"), ...
    public static func helpEntries(for context: KeyContext, ascii: Bool, canGoBack: Bool = true, canGoOn: Bool = false,
                                   mode: Mode = .standard) -> [(keys: String, meaning: String)] {
        bindings(for: context, canGoBack: canGoBack, canGoOn: canGoOn, mode: mode).map { ($0.keyNames(ascii: ascii), words($0, mode).meaning) }
    }
}
