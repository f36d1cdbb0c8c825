import Testing
@testable import IntakeUI
import PathwayCore

/// A screen reached by keys from a fresh start.
struct ScreenCase: CustomTestStringConvertible, Sendable {
    let name: String
    var audience: Audience? = .clinician
    var ascii = false
    let keys: [KeyPress]
    var testDescription: String { name }
}

let noRedFlags: [KeyPress] = Array(repeating: .down, count: 8) + [.space, .enter]

let screenCases: [ScreenCase] = [
    ScreenCase(name: "audience", audience: nil, keys: []),
    ScreenCase(name: "red-flags", keys: []),
    ScreenCase(name: "red-flags-two-ticked", keys: [.space, .down, .down, .space, .down]),
    ScreenCase(name: "red-flags-nothing-chosen", keys: [.enter]),
    ScreenCase(name: "red-flags-ascii", ascii: true, keys: [.space]),
    ScreenCase(name: "red-flags-patient", audience: .patient, keys: []),
    ScreenCase(name: "severity", keys: noRedFlags),
    ScreenCase(name: "weeks-empty", keys: noRedFlags + [.down, .enter]),
    ScreenCase(name: "weeks-too-many", keys: noRedFlags + [.down, .enter] + typing("600")),
    ScreenCase(name: "weeks-not-a-digit", keys: noRedFlags + [.down, .enter] + typing("1x")),
    ScreenCase(name: "therapies", keys: noRedFlags + [.down, .enter] + typing("12") + [.enter]),
    ScreenCase(name: "mri", keys: Array(keysToSurgeonReview.prefix(25))),
    ScreenCase(name: "correlation", keys: Array(keysToSurgeonReview.prefix(28))),
    ScreenCase(name: "willingness", keys: Array(keysToSurgeonReview.prefix(29))),
    ScreenCase(name: "review", keys: keysToSurgeonReview),
    ScreenCase(name: "result-spine-surgeon", keys: keysToSurgeonReview + [.enter]),
    ScreenCase(name: "result-spine-surgeon-end", keys: keysToSurgeonReview + [.enter, .end]),
    ScreenCase(name: "result-immediate", keys: [.space, .enter, .enter]),
    ScreenCase(name: "result-immediate-patient", audience: .patient, keys: [.space, .enter, .enter]),
    ScreenCase(name: "result-within-2-weeks", keys: noRedFlags + [.enter, .enter]),
    ScreenCase(name: "result-primary-care", keys: noRedFlags + [.down, .enter] + typing("3") + [.enter, .enter]),
    ScreenCase(name: "result-interventional", keys: noRedFlags + [.down, .enter] + typing("14") + [.enter, .space, .enter, .enter]),
    ScreenCase(name: "help-red-flags", keys: [.character("?")]),
    ScreenCase(name: "confirm-quit", keys: [.character("q")]),
]

@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    @Test("every screen at 80x24", arguments: screenCases)
    func wide(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: 80, height: 24, ascii: c.ascii)
        script.press(c.keys)
        assertSnapshot(script.screen, named: "\(c.name).80x24")
    }

    @Test("every screen at 40x12", arguments: screenCases)
    func narrow(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: 40, height: 12, ascii: c.ascii)
        script.press(c.keys)
        assertSnapshot(script.screen, named: "\(c.name).40x12")
    }

    @Test("below the minimum size it asks for a larger window")
    func tooSmall() throws {
        let script = try Script(width: 20, height: 6)
        assertSnapshot(script.screen, named: "too-small.20x6")
        #expect(script.screen.contains("Enlarge"))
    }
}
