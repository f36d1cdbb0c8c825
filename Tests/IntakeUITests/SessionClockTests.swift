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
}
