import Testing
@testable import IntakeUI
import PathwayCore

/// Trial 2, findings 20 and 21: a rehearsal's steps and its quit box.
@Suite("Rehearsal steps and leaving")
struct RehearsalStepTests {
    func run() throws -> (pathway: Pathway, context: ViewContext, session: Session) {
        let pathway = try builtIn()
        let cases = try CaseBook.builtIn(for: pathway).cases.filter { $0.id == "red-flag-cannot-be-excluded" }
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        return (pathway, context, Session(.rehearsal(cases), pathway: pathway))
    }

    /// Every question after the red flags, answered with its first option (6 weeks).
    static let restOfTheQuestions: [KeyPress] = [.down, .enter] + typing("6") + [.enter] + [.down, .enter] + [.end, .space, .enter]
        + [.down, .enter] + [.down, .enter] + [.down, .enter]

    @Test("the prediction, each question, the review and the result each have a step of their own, out of a total that never changes; the story and the score none")
    func distinctSteps() throws {
        var (_, context, session) = try run()
        #expect(session.position == .story)
        #expect(session.model(context).step == nil)
        session = session.after(.key(.enter), context: context)
        #expect(session.position == .prediction)
        let prediction = try #require(session.model(context).step)
        session = session.after([.space, .enter], context: context)
        // The case: a red flag that cannot be ruled out ("Not sure", the eighth item); every question follows.
        session = session.after(Array(repeating: .down, count: 7) + [.space, .enter] + Self.restOfTheQuestions, context: context)
        #expect(session.position == .review)
        let review = try #require(session.model(context).step)
        session = session.after(.key(.enter), context: context)
        let result = try #require(session.model(context).step)
        #expect([prediction.index, review.index, result.index] == [1, result.total - 1, result.total])
        #expect(result.total == 11 && review.total == result.total && prediction.total == result.total)
        session = session.after(.key(.enter), context: context)
        #expect(session.position == .score)
        #expect(session.model(context).step == nil, "the score is not a step of a case")
        #expect(!ScreenView.render(session, context).text().contains("Step 1 of 1"))
    }

    @Test("the quit box on a case's story speaks of the practice, not of answers to discard")
    func storyQuitBox() throws {
        var (_, context, session) = try run()
        session = session.after(.key(.character("q")), context: context)
        let screen = ScreenView.render(session, context).text()
        #expect(screen.contains("Stop practising?"))
        #expect(!screen.contains("answers will be discarded"))
    }

    @Test("once the score is reached, leaving a replay of the missed cases ends the rehearsal as practised")
    func leavingAfterTheScore() throws {
        var (pathway, context, session) = try run()
        // Predict a wrong tier (the last one listed), so the case is missed and can be replayed.
        session = session.after([.enter, .end, .space, .enter] + Array(repeating: .down, count: 7) + [.space, .enter]
                                + Self.restOfTheQuestions + [.enter, .enter], context: context)
        #expect(session.position == .score)
        #expect(session.outcomeOnLeaving(pathway) != .quitBeforeTier)
        session = session.after(.key(.enter), context: context)
        #expect(session.position == .story, "the replay starts")
        let left = [KeyPress.character("q"), .character("y")].flatMap { session.sending(.key($0), context) }
        guard case .practiced? = left.outcome else {
            Issue.record("leaving the replay after the score did not end as practised")
            return
        }
    }
}
