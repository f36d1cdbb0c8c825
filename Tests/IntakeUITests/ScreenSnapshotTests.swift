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
    ScreenCase(name: "severity-down", keys: noRedFlags + [.down]),
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
    ScreenCase(name: "result-within-2-weeks", keys: noRedFlags + [.enter, .enter]),
    ScreenCase(name: "result-primary-care", keys: noRedFlags + notSevere + typing("3") + [.enter, .enter]),
    ScreenCase(name: "result-primary-care-patient", audience: .patient, keys: noRedFlags + notSevere + typing("3") + [.enter, .enter]),
    ScreenCase(name: "result-primary-care-improving", keys: noRedFlags + notSevere + typing("10") + [.enter, .down, .enter, .enter]),
    ScreenCase(name: "result-interventional", keys: noRedFlags + notSevere + typing("14") + [.enter] + persisting + [.space, .enter, .enter]),
    ScreenCase(name: "result-interventional-trainee", audience: .trainee,
               keys: noRedFlags + notSevere + typing("14") + [.enter] + persisting + [.space, .enter, .enter]),
    ScreenCase(name: "result-interventional-inference-only",
               keys: noRedFlags + notSevere + twelveWeeks + persisting + [.down, .down, .space, .enter]
                   + rootCompression + symptomsMatch + willing + [.enter] + Array(repeating: .down, count: 22)),
    ScreenCase(name: "result-interventional-patient-not-sure", audience: .patient,
               keys: keysToWillingness + [.down, .down, .enter, .enter] + Array(repeating: .down, count: 44)),
    ScreenCase(name: "result-immediate-patient-not-sure", audience: .patient, keys: [.end, .up, .space, .enter, .enter]),
    ScreenCase(name: "result-within-2-weeks-patient", audience: .patient, keys: noRedFlags + [.enter, .enter]),
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
        assertSnapshot(script.styledScreen, named: "\(c.name).80x24")
    }

    @Test("every screen at 40x12", arguments: screenCases)
    func narrow(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: 40, height: 12, ascii: c.ascii)
        script.press(c.keys)
        assertSnapshot(script.styledScreen, named: "\(c.name).40x12")
    }

    @Test("the tight screens at the minimum size, 30x8", arguments: minimumSizeCases)
    func minimum(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: ViewContext.minimumWidth, height: ViewContext.minimumHeight,
                                ascii: c.ascii)
        script.press(c.keys)
        assertSnapshot(script.styledScreen, named: "\(c.name).30x8")
    }

    @Test("below the minimum size it asks for a larger window")
    func tooSmall() throws {
        let script = try Script(width: 20, height: 6)
        assertSnapshot(script.styledScreen, named: "too-small.20x6")
        #expect(script.screen.contains("Enlarge"))
    }
}

/// The screens where a look carries meaning (the urgent tier, the cursor, a warning, the field,
/// the bars), recorded as the terminal draws them: with colour, and without (NO_COLOR, or a
/// terminal without colours).
let lookCases: [ScreenCase] = [
    ScreenCase(name: "result-immediate", keys: [.space, .enter, .enter]),
    ScreenCase(name: "result-spine-surgeon", keys: keysToSurgeonReview + [.enter]),
    ScreenCase(name: "red-flags-two-ticked", keys: [.space, .down, .down, .space, .down]),
    ScreenCase(name: "weeks-too-many", keys: noRedFlags + notSevere + typing("600") + [.enter]),
]

@Suite("Looks: the styles as the terminal draws them, with colour and under NO_COLOR")
struct LookSnapshotTests {
    @Test("with colour and without, at 80x24", arguments: lookCases)
    func looks(_ c: ScreenCase) throws {
        var script = try Script(audience: c.audience, width: 80, height: 24)
        script.press(c.keys)
        let grid = ScreenView.render(script.state, script.context)
        assertSnapshot(grid.styledText { Theme.look($0, colour: true).description }, named: "looks-colour.\(c.name).80x24")
        assertSnapshot(grid.styledText { Theme.look($0, colour: false).description }, named: "looks-no-colour.\(c.name).80x24")
    }

    @Test("without colour, attributes alone tell apart the bars, the cursor, the banners, headings, warnings and the field")
    func noColourStillShows() {
        for style in Style.allCases {
            let look = Theme.look(style, colour: false)
            #expect(look.foreground == nil && look.background == nil, "\(style) has no colour under NO_COLOR")
        }
        for style in [Style.titleBar, .hintBar, .selected, .banner, .urgent] {
            #expect(Theme.look(style, colour: false).attributes.contains(.reverse), "\(style)")
        }
        for style in [Style.heading, .prompt, .warning, .field] {
            #expect(Theme.look(style, colour: false).attributes.contains(.bold), "\(style)")
        }
        #expect(Theme.look(.urgent, colour: true) != Theme.look(.banner, colour: true), "in colour the urgent tier is red, not the banner's blue")
        #expect(Theme.look(.urgent, colour: true).background == .red)
        // The cursor's pointer: bold, no colour, so a move costs one cell and the shortest reset (issue 31, E2).
        #expect(Theme.look(.pointer, colour: true) == Look([.bold]) && Theme.look(.pointer, colour: false) == Look([.bold]))
    }

    @Test("a styled snapshot is the plain text with markers where a style's run starts")
    func markers() {
        var grid = Grid(width: 12, height: 2)
        grid.put("ab", row: 0, column: 0, style: .urgent)
        grid.put("cd", row: 0, column: 2)
        grid.fill(row: 1, column: 4, count: 3, style: .selected)
        #expect(grid.styledText() == "⟦urgent⟧ab⟦⟧cd\n\n", "a run of spaces at the end is trimmed with its marker")
        #expect(grid.text() == "abcd\n\n")
    }
}
