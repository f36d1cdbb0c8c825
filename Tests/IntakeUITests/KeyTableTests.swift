import Testing
@testable import IntakeUI

@Suite("The key table")
struct KeyTableTests {
    @Test("dialog's conventions: Enter continues, Space ticks, arrows and j/k move, Left and Backspace go back")
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
        }
        #expect(KeyTable.intent(for: .space, in: .checklist) == .toggle)
        #expect(KeyTable.intent(for: .space, in: .list) == nil)
        for context in KeyContext.allCases { #expect(KeyTable.intent(for: .ctrlL, in: context) == .repaint) }
    }

    @Test("the weeks field takes digits; Backspace deletes; anything else is refused with a reason")
    func weeksField() {
        for digit in 0...9 { #expect(KeyTable.intent(for: .character(Character(String(digit))), in: .weeks) == .typeDigit(digit)) }
        #expect(KeyTable.intent(for: .backspace, in: .weeks) == .deleteDigit)
        #expect(KeyTable.intent(for: .character("x"), in: .weeks) == .rejectCharacter("x"))
        #expect(KeyTable.intent(for: .character("-"), in: .weeks) == .rejectCharacter("-"))
        #expect(KeyTable.intent(for: .character("5"), in: .list) == nil)
    }

    @Test("on the result: r starts over, b returns to the review, q quits, arrows and pages scroll")
    func result() {
        #expect(KeyTable.intent(for: .character("r"), in: .result) == .startOver)
        #expect(KeyTable.intent(for: .character("b"), in: .result) == .toReview)
        #expect(KeyTable.intent(for: .character("q"), in: .result) == .quit)
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
                        #expect(earlier == binding.intent || (key == .space && context != .checklist),
                                "\(key) in \(context): \(earlier) and \(binding.intent)")
                    } else {
                        seen[key] = binding.intent
                    }
                }
            }
        }
    }

    @Test("every screen's hint line names its keys, and fits a narrow window by dropping whole hints")
    func hints() {
        #expect(KeyTable.hints(for: .checklist, ascii: false) == "↑↓ move  Space select  Enter next  ← back  ? help  q quit")
        #expect(KeyTable.hints(for: .checklist, ascii: true) == "Up/Dn move  Space select  Enter next  Left back  ? help  q quit")
        #expect(KeyTable.hints(for: .list, ascii: false, canGoBack: false) == "↑↓ move  Enter next  ? help  q quit")
        let narrow = KeyTable.hints(for: .checklist, ascii: false, width: 38)
        #expect(narrow == "Space select  Enter next  q quit")
        for context in KeyContext.allCases { #expect(!KeyTable.hints(for: context, ascii: false).isEmpty) }
    }
}
