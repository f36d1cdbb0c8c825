import Testing
@testable import IntakeUI
import PathwayCore

@Suite("The session's clock")
struct SessionClockTests {
    @Test("a tick moves the clock but shows the same screen, so nothing is laid out again; a key that moves does not")
    func ticksChangeNothingShown() throws {
        let s = try Script(audience: .clinician)
        let ticked = s.state.after(.tick(milliseconds: 5_000), context: s.context)
        #expect(ticked != s.state, "the clock is part of the session")
        #expect(ticked.showsTheSame(as: s.state, s.context))
        #expect(!ticked.after(.key(.down), context: s.context).showsTheSame(as: ticked, s.context))
    }

    @Test("the idle wipe is a pure transition on ticks: after the timeout without a key, a fresh session")
    func idleWipe() throws {
        let pathway = try Pathway.builtIn()
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        var session = Session(Session.Configuration(audience: .patient, idleTimeout: 60), pathway: pathway)
        session = session.after(.tick(milliseconds: 1_000), context: context)
        session = session.after([.space, .enter], context: context)
        #expect(session.position == .review)
        session = session.after(.tick(milliseconds: 60_999), context: context)
        #expect(session.position == .review, "59.999 s after the last key: kept")
        session = session.after(.tick(milliseconds: 61_000), context: context)
        #expect(session.position == .question(.redFlags), "60 s: wiped")
        #expect(session.intake.answers == Answers())
    }

    @Test("the idle wipe forgets the answers loaded with --answers too, and starts at the first screen (trial 2, finding 4)",
          arguments: [Audience.clinician, nil])
    func idleWipeForgetsLoadedAnswers(audience: Audience?) throws {
        let pathway = try Pathway.builtIn()
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        let loaded = try #require(try? AnswerParser(rules: pathway.rules)
            .parse(json: Array(#"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 3}"#.utf8)))
        guard case .single(let answers) = loaded else { Issue.record("not one answer set"); return }
        var session = Session(Session.Configuration(audience: audience, idleTimeout: 60, answers: answers), pathway: pathway)
        session = session.after(.tick(milliseconds: 1_000), context: context)
        if audience == nil { session = session.after([.space, .enter], context: context) }
        #expect(session.position == .review, "opened at the review of the loaded answers")
        session = session.after(.tick(milliseconds: 61_000), context: context)
        #expect(session.position == (audience == nil ? .audience : .question(.redFlags)), "wiped to the first screen")
        #expect(session.intake.answers == Answers(), "nothing of the loaded answers is left")
        if audience == nil { session = session.after([.space, .enter], context: context) }
        #expect(session.position == .question(.redFlags), "whoever comes next starts an empty intake")
        #expect(session.intake.answers == Answers())
        // Nothing is left, so nothing more counts down or is wiped.
        session = session.after(.tick(milliseconds: 200_000), context: context)
        #expect(session.notice == nil)
    }
}
