import Testing
@testable import PathwayCore

/// One case of the table: answers, and what the result must say.
struct TierCase: CustomTestStringConvertible, Sendable {
    let name: String
    let answers: Answers
    let tier: TierID
    var unmet: [CriterionID] = []
    var notAssessed: [CriterionID] = []
    var reasons: [ReasonID] = []
    var absentReasons: [ReasonID] = []
    var testDescription: String { name }
}

private let allMet = Answers(
    redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12,
    therapiesTried: [.nsaids, .physicalTherapy, .painSpecialist, .epiduralSteroidInjection],
    mri: .rootCompression, correlation: .matches, willingToConsiderSurgery: .yes)

private func with(_ change: (inout Answers) -> Void) -> Answers {
    var answers = allMet
    change(&answers)
    return answers
}

let tierCases: [TierCase] = [
    TierCase(name: "cauda equina finding", answers: Answers(redFlags: [.saddleAnesthesia]),
             tier: .immediateSpineSurgeon, reasons: [.redFlagPresent, .urgentMRIAndSurgicalEvaluation],
             absentReasons: [.redFlagNotRuledOut]),
    TierCase(name: "red flag not ruled out", answers: Answers(redFlags: [.unsure]),
             tier: .immediateSpineSurgeon, reasons: [.redFlagNotRuledOut, .urgentMRIAndSurgicalEvaluation],
             absentReasons: [.redFlagPresent]),
    TierCase(name: "red flag overrides every other answer", answers: with { $0.redFlags = [.suspectedInfection] },
             tier: .immediateSpineSurgeon),
    TierCase(name: "severe radicular pain", answers: Answers(redFlags: [], severeRadicularPain: .yes),
             tier: .specialistWithin2Weeks, reasons: [.severeRadicularPain]),
    TierCase(name: "severe pain with every surgical criterion met stays the 2-week tier",
             answers: with { $0.severeRadicularPain = .yes }, tier: .specialistWithin2Weeks,
             reasons: [.severeRadicularPain]),
    TierCase(name: "0 weeks", answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 0),
             tier: .primaryCareConservative, reasons: [.under6Weeks, .noMRIBefore6Weeks, .herniationsRegressBy8Weeks]),
    TierCase(name: "5 weeks, severity not sure", answers: Answers(redFlags: [], severeRadicularPain: .unsure, weeksOfConservativeCare: 5),
             tier: .primaryCareConservative, reasons: [.severityNotSure, .noMRIBefore6Weeks]),
    TierCase(name: "6 weeks", answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 6),
             tier: .interventionalPain, unmet: [.duration],
             notAssessed: [.physicalTherapy, .mriRootCompression, .clinicalCorrelation, .willingSurgery, .painSpecialistFirst],
             reasons: [.failed6Weeks, .surgeonAfter2To3Months, .surgicalCriteriaNotAllMet]),
    TierCase(name: "8 weeks with every other criterion met", answers: with { $0.weeksOfConservativeCare = 8 },
             tier: .interventionalPain, unmet: [.duration], reasons: [.surgeonAfter2To3Months]),
    TierCase(name: "every criterion met at 9 weeks", answers: with { $0.weeksOfConservativeCare = 9 },
             tier: .spineSurgeon, reasons: [.surgicalCriteriaAllMet], absentReasons: [.referralOverdue]),
    TierCase(name: "every criterion met", answers: allMet, tier: .spineSurgeon),
    TierCase(name: "no formal physical therapy", answers: with { $0.therapiesTried = [.painSpecialist] },
             tier: .interventionalPain, unmet: [.physicalTherapy]),
    TierCase(name: "no pain specialist yet, 12 weeks: overdue", answers: with { $0.therapiesTried = [.physicalTherapy, .epiduralSteroidInjection] },
             tier: .interventionalPain, unmet: [.painSpecialistFirst], reasons: [.referralOverdue]),
    TierCase(name: "no pain specialist yet, 11 weeks: not overdue",
             answers: with { $0.therapiesTried = [.physicalTherapy]; $0.weeksOfConservativeCare = 11 },
             tier: .interventionalPain, unmet: [.painSpecialistFirst], absentReasons: [.referralOverdue]),
    TierCase(name: "no pain specialist, 52 weeks, no radicular symptoms: not overdue",
             answers: with { $0.therapiesTried = [.physicalTherapy]; $0.weeksOfConservativeCare = 52; $0.correlation = .noRadicularSymptoms },
             tier: .interventionalPain, unmet: [.clinicalCorrelation, .painSpecialistFirst], absentReasons: [.referralOverdue]),
    TierCase(name: "overdue when only the intake's keys are given",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 13, therapiesTried: [.nsaids]),
             tier: .interventionalPain, unmet: [.physicalTherapy, .painSpecialistFirst],
             notAssessed: [.mriRootCompression, .clinicalCorrelation, .willingSurgery], reasons: [.referralOverdue]),
    TierCase(name: "MRI not done", answers: with { $0.mri = .notDone }, tier: .interventionalPain, unmet: [.mriRootCompression]),
    TierCase(name: "MRI without root compression", answers: with { $0.mri = .noRootCompression }, tier: .interventionalPain, unmet: [.mriRootCompression]),
    TierCase(name: "MRI result not known", answers: with { $0.mri = .unknown }, tier: .interventionalPain, unmet: [.mriRootCompression]),
    TierCase(name: "imaging does not match symptoms", answers: with { $0.correlation = .doesNotMatch },
             tier: .interventionalPain, unmet: [.clinicalCorrelation], reasons: [.imagingAloneInsufficient]),
    TierCase(name: "correlation not sure", answers: with { $0.correlation = .unsure }, tier: .interventionalPain, unmet: [.clinicalCorrelation]),
    TierCase(name: "not willing", answers: with { $0.willingToConsiderSurgery = .no }, tier: .interventionalPain, unmet: [.willingSurgery]),
    TierCase(name: "willingness not sure", answers: with { $0.willingToConsiderSurgery = .unsure }, tier: .interventionalPain, unmet: [.willingSurgery]),
]

@Suite("Each tier, each unmet criterion, referral-overdue on and off")
struct TierTableTests {
    @Test(arguments: tierCases)
    func tier(_ c: TierCase) throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(c.answers).get()
        #expect(decision.tier == c.tier)
        let report = JSONReport(pathway.explain(decision, for: .clinician))
        #expect(report.tier == c.tier.rawValue)
        #expect(report.unmetCriteria == c.unmet.map(\.rawValue))
        #expect(report.notAssessedCriteria == c.notAssessed.map(\.rawValue))
        for id in c.reasons { #expect(decision.reasonIDs.contains(id), "expected reason \(id.rawValue)") }
        for id in c.absentReasons { #expect(!decision.reasonIDs.contains(id), "unexpected reason \(id.rawValue)") }
    }

    @Test("spine-surgeon shows every criterion as met; other tiers list no criteria")
    func criteriaLists() throws {
        let pathway = try builtIn()
        let surgeon = JSONReport(pathway.explain(try pathway.rules.decide(allMet).get(), for: .clinician))
        #expect(surgeon.metCriteria == CriterionID.allCases.map(\.rawValue))
        #expect(surgeon.unmetCriteria.isEmpty && surgeon.notAssessedCriteria.isEmpty)
        let immediate = JSONReport(pathway.explain(try pathway.rules.decide(Answers(redFlags: [.unsure])).get(), for: .clinician))
        #expect(immediate.metCriteria.isEmpty && immediate.unmetCriteria.isEmpty && immediate.notAssessedCriteria.isEmpty)
    }

    @Test("a missing answer the path needs is named")
    func missingAnswer() throws {
        let rules = try builtIn().rules
        #expect(throws: MissingAnswer(key: .redFlags)) { try rules.decide(Answers()).get() }
        #expect(throws: MissingAnswer(key: .weeksOfConservativeCare)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .unsure)).get()
        }
        #expect(throws: MissingAnswer(key: .therapiesTried)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 9)).get()
        }
    }

    @Test("red-flag findings are named in the source's order, in the audience's words")
    func findingsNamed() throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(Answers(redFlags: [.suspectedFracture, .bilateralLegWeakness])).get()
        let text = pathway.explain(decision, for: .clinician).reasons.first?.text ?? ""
        #expect(text.contains("Bilateral lower extremity weakness (cauda equina syndrome); Suspected fracture"))
    }

    @Test("the references of a result are those it cites, [3] and [4] marked as not listed")
    func references() throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 2)).get()
        let report = JSONReport(pathway.explain(decision, for: .clinician))
        #expect(report.references.map(\.number) == [1, 2, 3, 4])
        #expect(report.references.map(\.listed) == [true, true, false, false])
        #expect(report.references[2].text == "Cited by the source, not listed in its bibliography.")
        let immediate = JSONReport(pathway.explain(try pathway.rules.decide(Answers(redFlags: [.unsure])).get(), for: .clinician))
        #expect(immediate.references.map(\.number) == [1])
    }
}

@Suite("JSON output")
struct JSONOutputTests {
    @Test("empty arrays print as [], and brackets inside strings are left alone")
    func emptyArrays() {
        let json = "{\n  \"a\" : [\n\n  ],\n  \"b\" : \"x [ ] \\\" [\n\n ] y\",\n  \"c\" : [\n    1\n  ]\n}"
        #expect(JSONReport.collapsingEmptyArrays(json) == "{\n  \"a\" : [],\n  \"b\" : \"x [ ] \\\" [\n\n ] y\",\n  \"c\" : [\n    1\n  ]\n}")
    }
}
