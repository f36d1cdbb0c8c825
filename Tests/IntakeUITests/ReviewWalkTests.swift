import Testing
@testable import IntakeUI
import PathwayCore

/// Finding 4 as a property: however the user wanders (answers, back, changes from the review,
/// result and back, start over), every review the front end shows is a whole path, offers the
/// result, and Enter on its last row leads to a result (or, were the path incomplete, to the
/// question it lacks): never a dead end.
@Suite("No dead end on the review")
struct ReviewWalkTests {
    /// Keys that end the session are left out, so a walk goes on.
    static let leaving: Set<Intent> = [.quit, .quitNow, .yes]
    /// Keys that do nothing on most screens, pressed now and then.
    static let stray: [KeyPress] = [.right, .tab, .character("x"), .escape, .backspace, .space]

    @Test("random walks of keys from the key table, each replayable from its seed", arguments: 0..<6)
    func randomWalks(seed: Int) throws {
        let pathway = try builtIn()
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        var random = SeededGenerator(seed: UInt64(seed) &* 104_729 &+ 17)
        var reviewsSeen = 0, changesBackedOut = 0
        for walk in 0..<20 {
            let audience: Audience? = walk.isMultiple(of: 2) ? nil : .patient
            var state = Session(audience: audience, pathway: pathway)
            var keys: [KeyPress] = []
            for _ in 0..<200 {
                let key = randomKey(for: state, using: &random)
                keys.append(key)
                let before = state
                #expect(state.sending(.key(key), context).outcome == nil, "seed \(seed), walk \(walk): quit by \(keys)")
                if before.intake.changingFromReview, state.position == .review, !state.intake.changingFromReview,
                   case .question = before.intake.step, key == .left || key == .backspace {
                    changesBackedOut += 1
                }
                guard state.position == .review, state.overlay == nil else { continue }
                reviewsSeen += 1
                let route = pathway.rules.route(for: state.intake.answers)
                guard case .decided(let tier) = route.end else {
                    Issue.record("seed \(seed), walk \(walk): a review on an incomplete path after \(keys)")
                    break
                }
                let screen = ScreenView.render(state, context).text()
                #expect(screen.contains(state.audience == .patient ? "See my result" : "Show the result"),
                        "seed \(seed), walk \(walk): \(keys)")
                let enter = state.after([.end, .enter], context: context)
                #expect(enter.position == .result(tier), "seed \(seed), walk \(walk): Enter on the last row after \(keys)")
            }
        }
        #expect(reviewsSeen > 50, "the walks reach the review often")
        #expect(changesBackedOut > 0, "and back out of changes from it")
    }

    /// A key that works on the current screen, from the key table, or now and then a stray one.
    func randomKey(for state: Session, using random: inout SeededGenerator) -> KeyPress {
        if Int.random(in: 0..<10, using: &random) == 0, let key = Self.stray.randomElement(using: &random) {
            return key == .escape ? .left : key  // Esc would open the quit box; its n is covered elsewhere
        }
        let bindings = KeyTable.bindings(for: state.keyContext).filter { !Self.leaving.contains($0.intent) }
        // Enter and the moves are pressed most, as a user does.
        let weighted = bindings + bindings.filter { $0.intent == .confirm || $0.intent == .moveDown || $0.intent == .back }
        guard let binding = weighted.randomElement(using: &random), let key = binding.keys.randomElement(using: &random) else {
            return .enter
        }
        return key
    }
}
