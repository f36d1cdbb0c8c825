import Foundation
import Testing
@testable import PathwayCore

/// The exported Questionnaire's enableWhen, evaluated with FHIR's rules, enables exactly the
/// questions the state machine reaches, for every combination of answers, unanswered included.
@Suite("FHIR enableWhen agrees with the state machine")
struct FHIREnableWhenTests {
    /// Red flags: unanswered, none, each finding alone, unsure alone, two together, all.
    static let redFlagAnswers: [Set<RedFlag>?] =
        [nil, []] + RedFlag.allCases.map { [$0] } + [[.saddleAnesthesia, .unsure], Set(RedFlag.allCases)]

    /// Weeks on both sides of every threshold, 0 and the maximum, and unanswered.
    static func weekAnswers(_ t: PathwayDocument.Thresholds) -> [Int?] {
        let edges = [0, 1, t.maximumWeeks - 1, t.maximumWeeks]
            + [t.primaryCareWeeks, t.surgeonMinimumWeeks, t.overdueWeeks].flatMap { [$0 - 1, $0, $0 + 1] }
        return [nil] + Set(edges.filter { (0...t.maximumWeeks).contains($0) }).sorted()
    }

    /// Every set of treatments, and unanswered.
    static let therapyAnswers: [Set<Therapy>?] = [nil] + (0..<32).map { bits in
        Set(Therapy.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
    }

    static func all<T: CaseIterable>(_: T.Type) -> [T?] { [nil] + T.allCases.map { $0 } }

    /// Checks one answer set; returns whether it agreed, recording the first disagreements.
    @discardableResult
    static func agree(_ answers: Answers, _ rules: PathwayRules, _ logic: FHIREnableWhenLogic, failures: inout Int) -> Bool {
        let asked = rules.route(for: answers).reached.map(\.rawValue)
        let enabled = logic.enabled(logic.responseAnswers(answers))
        guard asked != enabled else { return true }
        failures += 1
        if failures <= 5 { Issue.record("for \(answers): the intake asks \(asked), enableWhen enables \(enabled)") }
        return false
    }

    /// Every combination: all of the answer space after "no red flags"; after any other red-flag
    /// answer, where the path has ended, a sample that still tries each later question both ways.
    static func checkAnswerSpace(_ pathway: Pathway) throws -> Int {
        let logic = try FHIREnableWhenLogic(json: pathway.fhirQuestionnaireJSON())
        #expect(logic.questions.map(\.linkId) == QuestionKey.allCases.map(\.rawValue))
        let weeks = weekAnswers(pathway.thresholds)
        var failures = 0, checked = 0
        for redFlags in redFlagAnswers {
            let full = redFlags == []
            let therapies: [Set<Therapy>?] = full ? therapyAnswers : [nil, [], [.physicalTherapy, .painSpecialist]]
            let mris: [MRIFinding?] = full ? all(MRIFinding.self) : [nil, .rootCompression]
            let correlations: [Correlation?] = full ? all(Correlation.self) : [nil, .matches]
            let willing: [YesNoUnsure?] = full ? all(YesNoUnsure.self) : [nil, .yes]
            let persists: [YesNoUnsure?] = full ? all(YesNoUnsure.self) : [nil, .yes]
            for severe in all(YesNoUnsure.self) {
                for week in weeks {
                    for persist in persists {
                        for therapy in therapies {
                            for mri in mris {
                                for correlation in correlations {
                                    for willing in willing {
                                        let answers = Answers(
                                            redFlags: redFlags, severeRadicularPain: severe, weeksOfConservativeCare: week,
                                            symptomsPersist: persist, therapiesTried: therapy, mri: mri, correlation: correlation,
                                            willingToConsiderSurgery: willing)
                                        agree(answers, pathway.rules, logic, failures: &failures)
                                        checked += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(failures == 0, "\(failures) of \(checked) answer sets disagree")
        return checked
    }

    @Test("built-in content: every combination of answers, unanswered included")
    func builtInAnswerSpace() throws {
        let checked = try Self.checkAnswerSpace(try builtIn())
        #expect(checked > 100_000)
    }

    @Test("built-in content: every number of weeks from 0 to the maximum")
    func everyWeek() throws {
        let pathway = try builtIn()
        let logic = try FHIREnableWhenLogic(json: pathway.fhirQuestionnaireJSON())
        var failures = 0
        for severe in Self.all(YesNoUnsure.self) {
            for week in 0...pathway.thresholds.maximumWeeks {
                for persist in Self.all(YesNoUnsure.self) {
                    for therapies in [nil, [], Set([Therapy.physicalTherapy])] as [Set<Therapy>?] {
                        for tail in [(nil, nil, nil), (MRIFinding.rootCompression, Correlation.matches, YesNoUnsure.yes)] {
                            Self.agree(Answers(redFlags: [], severeRadicularPain: severe, weeksOfConservativeCare: week,
                                               symptomsPersist: persist, therapiesTried: therapies, mri: tail.0, correlation: tail.1,
                                               willingToConsiderSurgery: tail.2),
                                       pathway.rules, logic, failures: &failures)
                        }
                    }
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("thresholds come from the content: other thresholds, other enableWhen, still in agreement")
    func otherThresholds() throws {
        var tree = try builtInJSON()
        var thresholds = try #require(tree["thresholds"] as? [String: Any])
        thresholds["primaryCareWeeks"] = 7
        thresholds["surgeonMinimumWeeks"] = 11
        thresholds["overdueWeeks"] = 17
        thresholds["maximumWeeks"] = 300
        tree["thresholds"] = thresholds
        let pathway = try load(tree).get()
        let json = pathway.fhirQuestionnaireJSON()
        #expect(json.contains("\"answerInteger\" : 11"))
        #expect(json.contains("\"valueInteger\" : 300"))
        let checked = try Self.checkAnswerSpace(pathway)
        #expect(checked > 100_000)
    }

    @Test("'None of these' ticked with another option enables nothing after the checklist, without the optionExclusive extension")
    func exclusiveWithoutTheExtension() throws {
        let pathway = try builtIn()
        let logic = try FHIREnableWhenLogic(json: pathway.fhirQuestionnaireJSON())
        // The answers that lead furthest: every question is enabled.
        let furthest = logic.responseAnswers(Answers(
            redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
            therapiesTried: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
            willingToConsiderSurgery: .yes))
        #expect(logic.enabled(furthest) == QuestionKey.allCases.map(\.rawValue))
        var tried = 0
        for key in QuestionKey.allCases where key.kind == .multiSelect {
            let question = try #require(logic.questions.first { $0.linkId == key.rawValue })
            let none = try #require(question.exclusiveOption)
            let asked = Array(QuestionKey.allCases.prefix { $0 != key }.map(\.rawValue)) + [key.rawValue]
            for other in question.options where other != none {
                var answers = furthest
                answers[key.rawValue] = [none, other]
                #expect(logic.enabled(answers) == asked, "\(key): none with \(other)")
                tried += 1
            }
        }
        #expect(tried == pathway.fhirOptions(.redFlags).count - 1 + pathway.fhirOptions(.therapiesTried).count - 1)
    }

    @Test("a wrong threshold in the enableWhen is caught")
    func disagreementIsCaught() throws {
        let pathway = try builtIn()
        let wrong = pathway.fhirQuestionnaireJSON().replacingOccurrences(
            of: "\"answerInteger\" : \(pathway.thresholds.surgeonMinimumWeeks)",
            with: "\"answerInteger\" : \(pathway.thresholds.surgeonMinimumWeeks - 1)")
        let logic = try FHIREnableWhenLogic(json: wrong)
        var failures = 0, agreed = true
        withKnownIssue("the test reports the disagreement") {
            agreed = Self.agree(
                Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: pathway.thresholds.surgeonMinimumWeeks - 1,
                        symptomsPersist: .yes),
                pathway.rules, logic, failures: &failures)
        }
        #expect(!agreed && failures == 1)
    }
}
