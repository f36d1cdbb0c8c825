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

let screenCases: [ScreenCase] = [
    ScreenCase(name: "audience", audience: nil, keys: []),
    ScreenCase(name: "red-flags", keys: []),
    ScreenCase(name: "red-flags-two-ticked", keys: [.space, .down, .down, .space, .down]),
    ScreenCase(name: "red-flags-nothing-chosen", keys: [.enter]),
    ScreenCase(name: "red-flags-ascii", ascii: true, keys: [.space]),
    ScreenCase(name: "red-flags-patient", audience: .patient, keys: []),
    ScreenCase(name: "severity", keys: noRedFlags),
    ScreenCase(name: "severity-nothing-chosen", keys: noRedFlags + [.enter]),
    ScreenCase(name: "red-flags-none-clears-ticks", keys: [.space, .down, .space, .end, .space]),
    ScreenCase(name: "weeks-empty", keys: noRedFlags + notSevere),
    ScreenCase(name: "weeks-too-many", keys: noRedFlags + notSevere + typing("600") + [.enter]),
    ScreenCase(name: "weeks-not-a-digit", keys: noRedFlags + notSevere + typing("1!")),
    ScreenCase(name: "weeks-not-a-unit", keys: noRedFlags + notSevere + typing("1x")),
    ScreenCase(name: "weeks-months", keys: noRedFlags + notSevere + typing("3") + [.space] + typing("months")),
    ScreenCase(name: "weeks-months-patient", audience: .patient, keys: noRedFlags + notSevere + typing("2m")),
    ScreenCase(name: "persistence", keys: noRedFlags + notSevere + twelveWeeks),
    ScreenCase(name: "persistence-patient", audience: .patient, keys: noRedFlags + notSevere + twelveWeeks),
    ScreenCase(name: "therapies", keys: noRedFlags + notSevere + twelveWeeks + persisting),
    ScreenCase(name: "mri", keys: keysToMRI),
    ScreenCase(name: "correlation", keys: keysToCorrelation),
    ScreenCase(name: "willingness", keys: keysToWillingness),
    ScreenCase(name: "review", keys: keysToSurgeonReview),
    ScreenCase(name: "result-spine-surgeon", keys: keysToSurgeonReview + [.enter]),
    ScreenCase(name: "result-spine-surgeon-end", keys: keysToSurgeonReview + [.enter, .end]),
    ScreenCase(name: "result-immediate", keys: [.space, .enter, .enter]),
    ScreenCase(name: "result-immediate-patient", audience: .patient, keys: [.space, .enter, .enter]),
    ScreenCase(name: "result-within-2-weeks", keys: noRedFlags + [.down, .enter, .enter]),
    ScreenCase(name: "result-primary-care", keys: noRedFlags + notSevere + typing("3") + [.enter, .enter]),
    ScreenCase(name: "result-primary-care-patient", audience: .patient, keys: noRedFlags + notSevere + typing("3") + [.enter, .enter]),
    ScreenCase(name: "result-primary-care-improving", keys: noRedFlags + notSevere + typing("10") + [.enter, .down, .down, .enter, .enter]),
    ScreenCase(name: "result-interventional", keys: noRedFlags + notSevere + typing("14") + [.enter] + persisting + [.space, .enter, .enter]),
    ScreenCase(name: "result-interventional-trainee", audience: .trainee,
               keys: noRedFlags + notSevere + typing("14") + [.enter] + persisting + [.space, .enter, .enter]),
    ScreenCase(name: "result-interventional-inference-only",
               keys: noRedFlags + notSevere + twelveWeeks + persisting + [.down, .down, .space, .enter]
                   + rootCompression + symptomsMatch + willing + [.enter] + Array(repeating: .down, count: 22)),
    ScreenCase(name: "result-interventional-patient-not-sure", audience: .patient,
               keys: keysToWillingness + [.down, .down, .down, .enter, .enter] + Array(repeating: .down, count: 44)),
    ScreenCase(name: "result-immediate-patient-not-sure", audience: .patient, keys: [.end, .up, .space, .enter, .enter]),
    ScreenCase(name: "result-within-2-weeks-patient", audience: .patient, keys: noRedFlags + [.down, .enter, .enter]),
    ScreenCase(name: "help-weeks-trainee", audience: .trainee, keys: noRedFlags + notSevere + [.f1]),
    ScreenCase(name: "help-red-flags", keys: [.character("?")]),
    ScreenCase(name: "confirm-quit", keys: [.character("q")]),
]

/// The screens that are tight at the minimum size: the weeks field under a long prompt, the
/// quit box, a list under its question with the cursor far down.
let minimumSizeCases: [ScreenCase] = [
    ScreenCase(name: "weeks-clinician", keys: noRedFlags + notSevere + typing("15")),
    ScreenCase(name: "weeks-patient", audience: .patient, keys: noRedFlags + notSevere + typing("15")),
    ScreenCase(name: "weeks-trainee", audience: .trainee, keys: noRedFlags + notSevere + typing("15")),
    ScreenCase(name: "weeks-patient-too-many", audience: .patient, keys: noRedFlags + notSevere + typing("600")),
    ScreenCase(name: "weeks-trainee-message", audience: .trainee, keys: noRedFlags + notSevere + [.enter]),
    ScreenCase(name: "confirm-quit", keys: [.character("q")]),
    ScreenCase(name: "confirm-quit-patient", audience: .patient, keys: [.escape]),
    ScreenCase(name: "audience", audience: nil, keys: []),
    ScreenCase(name: "audience-last", audience: nil, keys: [.end]),
    ScreenCase(name: "therapies-trainee-last", audience: .trainee, keys: noRedFlags + notSevere + twelveWeeks + persisting + [.end]),
    ScreenCase(name: "weeks-months-patient", audience: .patient, keys: noRedFlags + notSevere + typing("3m")),
    ScreenCase(name: "red-flags-patient-last", audience: .patient, keys: [.end, .up]),
    ScreenCase(name: "review", keys: keysToSurgeonReview + [.up]),
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

    @Test("the tight screens at the minimum size, 30x8", arguments: minimumSizeCases)
    func minimum(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: ViewContext.minimumWidth, height: ViewContext.minimumHeight,
                                ascii: c.ascii)
        script.press(c.keys)
        assertSnapshot(script.screen, named: "\(c.name).30x8")
    }

    @Test("below the minimum size it asks for a larger window")
    func tooSmall() throws {
        let script = try Script(width: 20, height: 6)
        assertSnapshot(script.screen, named: "too-small.20x6")
        #expect(script.screen.contains("Enlarge"))
    }
}
