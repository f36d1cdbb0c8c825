import Foundation
import Testing
@testable import PathwayCore

@Suite("The intake's answer space, from its own routing and the content's answers")
struct AnswerSpaceTests {
    @Test("every answer set it gives, entered answer by answer, completes the intake at the same tier, with no answer left over")
    func leavesAreWholeIntakes() throws {
        let pathway = try builtIn()
        let rules = pathway.rules
        var leaves = 0
        AnswerSpace([pathway.document], weekClasses: true).forEach { leaf in
            leaves += 1
            var state = IntakeState(rules: rules)
            var entered: [QuestionKey] = []
            while case .question(let key) = state.step, let value = leaf.answers.value(for: key) {
                state = state.after(.answered(value), rules: rules)
                entered.append(key)
            }
            guard case .decided(let tier) = rules.route(for: leaf.answers).end else {
                Issue.record("the rules have not decided \(leaf.answers)")
                return
            }
            #expect(state.step == .complete(tier))
            #expect(entered == QuestionKey.allCases.filter(leaf.answers.has), "\(leaf.answers)")
        }
        #expect(leaves > 500)
    }

    @Test("the week classes stand for every week: the same results, weighted, as walking each week", arguments: [false, true])
    func weekClassesStandForEveryWeek(otherThresholds: Bool) throws {
        // Every threshold's edge lies well within 60 weeks; past the last one, the weeks up to the
        // maximum are one class, whatever the maximum.
        var tree = try builtInJSON()
        edit(&tree, "thresholds") { (t: inout [String: Any]) in
            t["maximumWeeks"] = 60
            if otherThresholds { t["primaryCareWeeks"] = 7; t["surgeonMinimumWeeks"] = 11; t["overdueWeeks"] = 17 }
        }
        let pathway = try load(tree).get()
        struct Result: Hashable {
            let outcome: IntakeOutcome
            let asked: Int
        }
        func histogram(_ weekClasses: Bool) -> [Result: Int] {
            var counts: [Result: Int] = [:]
            AnswerSpace([pathway.document], weekClasses: weekClasses).forEach { leaf in
                guard let decision = pathway.intakeDecision(leaf.answers) else { return }
                counts[Result(outcome: pathway.outcome(of: decision), asked: decision.pathCount), default: 0] += leaf.weight
            }
            return counts
        }
        let classes = histogram(true)
        #expect(!classes.isEmpty)
        #expect(classes == histogram(false))
    }

    @Test("its answers are the content's: a question the content offers no answer to leaves the path dangling")
    func answersComeFromTheContent() throws {
        var tree = try builtInJSON()
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in
            for i in questions.indices where questions[i]["key"] as? String == "mri" { questions[i]["options"] = [[String: Any]]() }
        }
        let data = try JSONSerialization.data(withJSONObject: tree)
        let pathway = try Pathway.load(json: Array(data), lint: false)
        #expect(AnswerSpace([pathway.document], weekClasses: true).forEach { _ in } > 0)
        guard case .failure(.invalid(let problems)) = try load(tree) else {
            Issue.record("content with no answer to the MRI question passed lint")
            return
        }
        #expect(problems.contains { $0.message.contains("no possible answer") })
    }
}
