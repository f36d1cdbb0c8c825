import Testing
@testable import IntakeUI

@Suite("The key table")
struct KeyTableTests {
    @Test("dialog's conventions: Enter continues, Space ticks or chooses, arrows, j/k and pages move, Left goes back")
    func conventions() {
        for context in [KeyContext.list, .checklist, .weeks, .review] {
            #expect(KeyTable.intent(for: .enter, in: context) == .confirm)
            #expect(KeyTable.intent(for: .character("?"), in: context) == .help)
            #expect(KeyTable.intent(for: .f1, in: context) == .help)
            #expect(KeyTable.intent(for: .character("q"), in: context) == .quit)
            #expect(KeyTable.intent(for: .escape, in: context) == .quit)
            #expect(KeyTable.intent(for: .left, in: context) == .back)
        }
        for context in [KeyContext.list, .checklist, .review] {
            #expect(KeyTable.intent(for: .up, in: context) == .moveUp)
            #expect(KeyTable.intent(for: .character("k"), in: context) == .moveUp)
            #expect(KeyTable.intent(for: .down, in: context) == .moveDown)
            #expect(KeyTable.intent(for: .character("j"), in: context) == .moveDown)
            #expect(KeyTable.intent(for: .backspace, in: context) == .back)
            #expect(KeyTable.intent(for: .pageDown, in: context) == .pageDown)
            #expect(KeyTable.intent(for: .pageUp, in: context) == .pageUp)
            #expect(KeyTable.intent(for: .home, in: context) == .top)
            #expect(KeyTable.intent(for: .end, in: context) == .bottom)
        }
        #expect(KeyTable.intent(for: .space, in: .checklist) == .toggle)
        #expect(KeyTable.intent(for: .space, in: .list) == .choose, "as in whiptail's radiolists")
        for context in KeyContext.allCases {
            // Right moves the cursor in a file name, and nowhere else does anything.
            #expect(KeyTable.intent(for: .right, in: context) == (context == .fileName ? .cursorRight : nil))
            #expect(KeyTable.intent(for: .tab, in: context) == nil)
        }
        for context in KeyContext.allCases { #expect(KeyTable.intent(for: .ctrlL, in: context) == .repaint) }
    }

    @Test("the weeks field takes digits, letters and Space for a unit (3m, 3 months); Backspace only deletes; Left goes back; anything else is refused with a reason")
    func weeksField() {
        for digit in 0...9 { #expect(KeyTable.intent(for: .character(Character(String(digit))), in: .weeks) == .typeDigit(digit)) }
        #expect(KeyTable.intent(for: .backspace, in: .weeks) == .deleteDigit)
        #expect(KeyTable.intent(for: .left, in: .weeks) == .back)
        for letter in ["m", "w", "o", "n", "t", "h", "s", "x", "M"] {
            #expect(KeyTable.intent(for: .character(Character(letter)), in: .weeks) == .typeCharacter(Character(letter)))
        }
        #expect(KeyTable.intent(for: .space, in: .weeks) == .typeCharacter(" "))
        #expect(KeyTable.intent(for: .character("q"), in: .weeks) == .quit, "q still asks to quit")
        #expect(KeyTable.intent(for: .character("-"), in: .weeks) == .rejectCharacter("-"))
        #expect(KeyTable.intent(for: .character("é"), in: .weeks) == .rejectCharacter("é"))
        #expect(KeyTable.intent(for: .character("5"), in: .list) == .pickRow(4), "a digit on a list chooses its row")
        #expect(KeyTable.intent(for: .character("0"), in: .list) == .pickRow(9), "0 the tenth row")
        #expect(KeyTable.intent(for: .character("n"), in: .yesNo) == .pickAnswer("n"))
        #expect(KeyTable.intent(for: .character("n"), in: .list) == nil, "letters only where the answers are yes, no, not sure")
    }

    @Test("on the result: r starts over, b, Left and Backspace return to the review, q quits, Esc asks, the rest scroll")
    func result() {
        #expect(KeyTable.intent(for: .character("r"), in: .result) == .startOver)
        for key in [KeyPress.character("b"), .left, .backspace] { #expect(KeyTable.intent(for: key, in: .result) == .toReview) }
        #expect(KeyTable.intent(for: .character("q"), in: .result) == .quitNow)
        #expect(KeyTable.intent(for: .escape, in: .result) == .quit)
        #expect(KeyTable.intent(for: .up, in: .result) == .moveUp)
        #expect(KeyTable.intent(for: .down, in: .result) == .moveDown)
        #expect(KeyTable.intent(for: .space, in: .result) == .pageDown)
        #expect(KeyTable.intent(for: .pageDown, in: .result) == .pageDown)
        #expect(KeyTable.intent(for: .pageUp, in: .result) == .pageUp)
        #expect(KeyTable.intent(for: .home, in: .result) == .top)
        #expect(KeyTable.intent(for: .end, in: .result) == .bottom)
    }

    @Test("the quit question takes y or n; Esc and Enter mean stay")
    func confirmQuit() {
        #expect(KeyTable.intent(for: .character("y"), in: .confirmQuit) == .yes)
        #expect(KeyTable.intent(for: .character("q"), in: .confirmQuit) == .yes)
        #expect(KeyTable.intent(for: .character("n"), in: .confirmQuit) == .no)
        #expect(KeyTable.intent(for: .escape, in: .confirmQuit) == .no)
        #expect(KeyTable.intent(for: .enter, in: .confirmQuit) == .no)
        #expect(KeyTable.intent(for: .space, in: .confirmQuit) == nil)
    }

    @Test("no key means two things on one screen")
    func unambiguous() {
        for context in KeyContext.allCases {
            var seen: [KeyPress: Intent] = [:]
            for binding in KeyTable.bindings where binding.contexts.contains(context) {
                for key in binding.keys {
                    if let earlier = seen[key] {
                        Issue.record("\(key) in \(context): \(earlier) and \(binding.intent)")
                    } else {
                        seen[key] = binding.intent
                    }
                }
            }
        }
    }

    @Test("every screen's hint line names its keys, and fits a narrow window by dropping whole hints")
    func hints() {
        #expect(KeyTable.hints(for: .checklist, ascii: false) == "↑↓ move  Space select  1-9 choose  Enter next  ← back  ? help  q quit")
        #expect(KeyTable.hints(for: .checklist, ascii: true) == "Up/Dn move  Space select  1-9 choose  Enter next  Left back  ? help  q quit")
        #expect(KeyTable.hints(for: .list, ascii: false, canGoBack: false) == "↑↓ move  1-9 choose  Enter next  ? help  q quit")
        #expect(KeyTable.hints(for: .yesNo, ascii: false) == "↑↓ move  1-9 choose  y/n/u answer  Enter next  ← back  ? help  q quit")
        let narrow = KeyTable.hints(for: .checklist, ascii: false, width: 38)
        #expect(narrow == "↑↓ move  Space select  Enter next")
        for context in KeyContext.allCases { #expect(!KeyTable.hints(for: context, ascii: false).isEmpty) }
        #expect(KeyTable.hints(for: .weeks, ascii: false) == "0-9 type  m months  Bksp delete  Enter next  ← back  ? help  q quit")
        #expect(KeyTable.hints(for: .result, ascii: true)
                == "Up/Dn scroll  PgUp/PgDn page  Left review  r new  p wording  s note  c copy  a answers  ? help  q quit")
    }

    @Test("the move keys are the last hint to go on a narrow window, after the one that continues")
    func moveHintStays() {
        let others = ["select", "back", "help", "quit", "new", "review", "page"]
        for context in [KeyContext.list, .checklist, .review, .result, .help] {
            for width in (ViewContext.minimumWidth - 2)...80 {  // the hint line at every window width
                let line = KeyTable.hints(for: context, ascii: false, width: width)
                if others.contains(where: line.contains) { #expect(line.contains("↑↓"), "\(context) at \(width): \(line)") }
            }
        }
    }

    @Test("the help lists every key of the screen with what it does, and back only where there is a screen to go back to")
    func helpEntries() {
        let list = KeyTable.helpEntries(for: .list, ascii: false).map(\.keys)
        #expect(list == ["↑, k", "↓, j", "PgUp", "PgDn", "Home", "End", "Space", "1-9", "Enter", "←, Backspace", "?, F1", "q, Esc", "Ctrl-L"])
        let first = KeyTable.helpEntries(for: .list, ascii: false, canGoBack: false)
        #expect(!first.contains { $0.meaning.contains("back") })
        let weeks = KeyTable.helpEntries(for: .weeks, ascii: true)
        #expect(weeks.map(\.keys) == ["0-9", "m, w, letters", "Backspace", "Enter", "Left", "?, F1", "q, Esc", "Ctrl-L"])
        let result = KeyTable.helpEntries(for: .result, ascii: true).map(\.keys)
        #expect(result == ["Up, k", "Down, j", "PgUp", "PgDn, Space", "Home", "End", "Left, Backspace, b", "r", "p", "s", "c", "a", "?, F1", "q", "Esc", "Ctrl-L"])
        // Every key that has a meaning on a screen is in that screen's help.
        for context in KeyContext.allCases {
            let listed = KeyTable.helpEntries(for: context, ascii: true, canGoOn: true).map(\.keys).joined(separator: ", ")
            for binding in KeyTable.bindings where binding.contexts.contains(context) {
                #expect(listed.contains(binding.keyNames(ascii: true)), "\(context): \(binding.keyNames(ascii: true))")
            }
        }
    }
}

@Suite("The hint line on a narrow window")
struct NarrowHintTests {
    @Test("at 30 columns a checklist still says Space selects: the move keys give up their word first")
    func spaceStaysOnAChecklist() {
        let hints = KeyTable.hints(for: .checklist, ascii: false, width: 28)
        #expect(hints == "↑↓  Space select  Enter next")
        #expect(KeyTable.hints(for: .checklist, ascii: false, width: 78).hasPrefix("↑↓ move  Space select"))
    }
}

@Suite("Hint lines kept by a front end")
struct HintLinesTests {
    @Test("a kept line is the line the table makes, for every screen, width, symbol set and mode, however many are kept")
    func sameAsTheTable() {
        var kept = HintLines()
        for round in 0..<2 {
            for context in KeyContext.allCases {
                for width in [10, 28, 38, 78] {
                    for (ascii, mode) in [(false, Mode.standard), (true, .kiosk)] {
                        for canGoBack in [false, true] {
                            let line = kept.line(for: context, ascii: ascii, canGoBack: canGoBack, canGoOn: round == 1, width: width, mode: mode)
                            let made = KeyTable.hints(for: context, ascii: ascii, canGoBack: canGoBack, canGoOn: round == 1, width: width, mode: mode)
                            #expect(line == made, "\(context) at \(width), ascii \(ascii), \(mode), back \(canGoBack)")
                        }
                    }
                }
            }
        }
    }

    @Test("the hint line on screen after moving is the table's")
    func drawnLine() throws {
        var s = try Script(audience: .clinician)
        s.press(.down)
        let grid = ScreenView.render(s.state, s.context)
        let hintRow = grid.text().split(separator: "\n", omittingEmptySubsequences: false)[s.context.height - 1]
        let model = s.state.model(s.context)
        #expect(model.keyContext == .checklist)
        #expect(hintRow == " " + KeyTable.hints(for: .checklist, ascii: false, canGoBack: model.canGoBack, canGoOn: model.canGoOn,
                                               width: s.context.width - 2))
    }
}
