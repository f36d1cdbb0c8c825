import Testing
@testable import IntakeUI
import PathwayCore

@Suite("Turning the result to the patient")
struct ResultWordingTests {
    func document(_ s: Script) -> ReportDocument? {
        s.state.screen.as(ResultScreen.self)?.document
    }

    @Test("p switches a clinician's result to the patient's wording and back", arguments: [Audience.clinician, .trainee])
    func switchesAndBack(audience: Audience) throws {
        var s = try Script(audience: audience)
        s.press(keysToSurgeonReview + [.enter])
        #expect(document(s)?.audience == audience)
        s.press(.character("p"))
        #expect(document(s)?.audience == .patient)
        #expect(s.screen.contains("See a spine surgeon"))
        #expect(s.screen.contains("Code for your clinician: spine-surgeon"))
        s.press(.character("p"))
        #expect(document(s)?.audience == audience, "and back to the wording the session started in")
    }

    @Test("a patient's result turns to the clinician's wording")
    func patientToClinician() throws {
        var s = try Script(audience: .patient)
        s.press([.space, .enter, .enter])
        #expect(document(s)?.audience == .patient)
        s.press(.character("p"))
        #expect(document(s)?.audience == .clinician)
    }

    @Test("the scroll stays at the same section", arguments: [ReportDocument.SectionKind.reasoning, .sourceCriteria, .references])
    func keepsTheSection(kind: ReportDocument.SectionKind) throws {
        var s = try Script(audience: .clinician)
        s.press(keysToSurgeonReview + [.enter])
        let before = try #require(document(s))
        let line = try #require(ResultView.firstLine(of: kind, in: before, s.context))
        s.press(Array(repeating: .down, count: line))
        #expect(ResultView.section(atLine: s.scroll, of: before, s.context) == kind)
        s.press(.character("p"))
        let after = try #require(document(s))
        #expect(ResultView.section(atLine: s.scroll, of: after, s.context) == kind)
        #expect(s.scroll == ResultView.firstLine(of: kind, in: after, s.context)
                || s.scroll == max(0, ResultView.lines(after, s.context).count - s.context.bodyHeight),
                "at the section's first line, or as far as the result scrolls")
    }

    @Test("a red-flag case still takes three keys for a clinician: Space, Enter, Enter")
    func clinicianSpeed() throws {
        var s = try Script(audience: .clinician)
        s.press([.space, .enter, .enter])
        #expect(s.state.position == .result(.immediateSpineSurgeon))
    }
}
