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
    /// Action ids that must (and must not) be in what to do.
    var actions: [String] = []
    var absentActions: [String] = []
    var testDescription: String { name }
}

private let allMet = Answers(
    redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
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
             absentReasons: [.redFlagNotRuledOut], actions: ["refer-immediately", "urgent-mri-and-surgical-evaluation"],
             absentActions: ["assess-red-flags-urgently"]),
    // Review 4, 22, 28: an unsure red flag keeps its tier, says what it is, and puts assessment first.
    TierCase(name: "red flag not ruled out", answers: Answers(redFlags: [.unsure]),
             tier: .immediateSpineSurgeon, reasons: [.redFlagNotRuledOut],
             absentReasons: [.redFlagPresent, .urgentMRIAndSurgicalEvaluation],
             actions: ["assess-red-flags-urgently"], absentActions: ["refer-immediately"]),
    // Trial: a finding ticked beside "not sure" is a finding; "none was found" would contradict it.
    TierCase(name: "a red flag and not sure together", answers: Answers(redFlags: [.unsure, .saddleAnesthesia]),
             tier: .immediateSpineSurgeon, reasons: [.redFlagPresent, .urgentMRIAndSurgicalEvaluation],
             absentReasons: [.redFlagNotRuledOut], actions: ["refer-immediately"], absentActions: ["assess-red-flags-urgently"]),
    TierCase(name: "red flag overrides every other answer", answers: with { $0.redFlags = [.suspectedInfection] },
             tier: .immediateSpineSurgeon, absentReasons: [.referralOverdue]),
    // Review 11: never overdue on the two urgent tiers, however late and whatever else is given.
    TierCase(name: "red flag at 52 weeks with no pain specialist: not overdue",
             answers: with { $0.redFlags = [.unsure]; $0.weeksOfConservativeCare = 52; $0.therapiesTried = [] },
             tier: .immediateSpineSurgeon, absentReasons: [.referralOverdue]),
    TierCase(name: "severe radicular pain", answers: Answers(redFlags: [], severeRadicularPain: .yes),
             tier: .specialistWithin2Weeks, reasons: [.severeRadicularPain],
             actions: ["refer-within-2-weeks", "injection-or-surgery-by-choice", "biopsychosocial-assessment"]),
    // Review 17, 31: no "surgeon appropriate" inference under severe pain.
    TierCase(name: "severe pain with every surgical criterion met stays the 2-week referral",
             answers: with { $0.severeRadicularPain = .yes }, tier: .specialistWithin2Weeks, reasons: [.severeRadicularPain]),
    TierCase(name: "severe pain at 52 weeks with no pain specialist: not overdue",
             answers: with { $0.severeRadicularPain = .yes; $0.weeksOfConservativeCare = 52; $0.therapiesTried = [] },
             tier: .specialistWithin2Weeks, absentReasons: [.referralOverdue]),
    TierCase(name: "0 weeks", answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 0),
             tier: .primaryCareConservative, reasons: [.under6Weeks, .noMRIBefore6Weeks, .herniationsRegressBy8Weeks],
             actions: ["conservative-therapy", "refer-if-symptoms-persist"], absentActions: ["check-severity"]),
    // Review 16: unsure severity puts checking it first in what to do.
    TierCase(name: "5 weeks, severity not sure", answers: Answers(redFlags: [], severeRadicularPain: .unsure, weeksOfConservativeCare: 5),
             tier: .primaryCareConservative, reasons: [.severityNotSure, .noMRIBefore6Weeks], actions: ["check-severity"]),
    TierCase(name: "6 weeks", answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 6, symptomsPersist: .yes),
             tier: .interventionalPain, unmet: [.duration],
             notAssessed: [.physicalTherapy, .mriRootCompression, .clinicalCorrelation, .willingSurgery, .painSpecialistFirst],
             reasons: [.failed6Weeks, .surgeonAfter2To3Months, .surgicalCriteriaNotAllMet],
             // Review 2 #3, #4, #2: what was not asked is worded conditionally; the safety net.
             actions: ["refer-pain-specialist-unless-involved", "mri-if-not-already-done", "consider-epidural-injection",
                       "formal-physical-therapy", "optimize-pain-management", "safety-net"],
             absentActions: ["advanced-physical-therapy", "continue-pain-specialist", "refer-pain-specialist",
                             "mri-to-document-compression"]),
    // Review 2 #13: improving symptoms from 6 weeks stay in primary care, with no "no MRI before 6 weeks".
    TierCase(name: "10 weeks, symptoms improving",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 10, symptomsPersist: .no),
             tier: .primaryCareConservative, reasons: [.symptomsImproving],
             absentReasons: [.under6Weeks, .noMRIBefore6Weeks, .failed6Weeks, .referralOverdue],
             actions: ["conservative-therapy", "reassess-improving-symptoms", "safety-net"],
             absentActions: ["refer-if-symptoms-persist"]),
    TierCase(name: "7 weeks, persistence not sure: counted as persisting",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 7, symptomsPersist: .unsure),
             tier: .interventionalPain, unmet: [.duration],
             notAssessed: [.physicalTherapy, .mriRootCompression, .clinicalCorrelation, .willingSurgery, .painSpecialistFirst],
             reasons: [.failed6Weeks]),
    TierCase(name: "8 weeks with every other criterion met", answers: with { $0.weeksOfConservativeCare = 8 },
             tier: .interventionalPain, unmet: [.duration], reasons: [.surgeonAfter2To3Months]),
    TierCase(name: "every criterion met at 9 weeks", answers: with { $0.weeksOfConservativeCare = 9 },
             tier: .spineSurgeon, reasons: [.surgicalCriteriaAllMet], absentReasons: [.referralOverdue],
             actions: ["refer-spine-surgeon"], absentActions: ["check-severity"]),
    TierCase(name: "every criterion met", answers: allMet, tier: .spineSurgeon),
    TierCase(name: "every criterion met, severity not sure", answers: with { $0.severeRadicularPain = .unsure },
             tier: .spineSurgeon, actions: ["check-severity", "refer-spine-surgeon"]),
    // Review 27: formal physical therapy is the action when it was never had.
    TierCase(name: "no formal physical therapy", answers: with { $0.therapiesTried = [.painSpecialist] },
             tier: .interventionalPain, unmet: [.physicalTherapy],
             actions: ["formal-physical-therapy", "continue-pain-specialist"],
             absentActions: ["advanced-physical-therapy", "refer-pain-specialist"]),
    // Review 14: the inferred criterion alone holds the referral back, and the reasoning says so.
    TierCase(name: "only the inferred criterion unmet",
             answers: with { $0.therapiesTried = [.physicalTherapy, .epiduralSteroidInjection]; $0.weeksOfConservativeCare = 10 },
             tier: .interventionalPain, unmet: [.painSpecialistFirst], reasons: [.sourceCriteriaMetInferenceHolds],
             absentReasons: [.surgicalCriteriaNotAllMet, .referralOverdue],
             actions: ["refer-pain-specialist", "consider-further-epidural-injection", "advanced-physical-therapy"],
             absentActions: ["consider-epidural-injection", "mri-to-document-compression", "mri-if-not-already-done"]),
    // Review 2 #5: the inferred criterion never ends the intake, so the MRI is still needed.
    TierCase(name: "only the inferred criterion unmet so far, the MRI not done",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes,
                              therapiesTried: [.physicalTherapy], mri: .notDone),
             tier: .interventionalPain, unmet: [.mriRootCompression, .painSpecialistFirst],
             notAssessed: [.clinicalCorrelation, .willingSurgery],
             reasons: [.surgicalCriteriaNotAllMet, .referralOverdue], absentReasons: [.sourceCriteriaMetInferenceHolds],
             actions: ["refer-pain-specialist", "mri-to-document-compression"]),
    // Review 8: overdue from 13 weeks (3 months), not 12.
    TierCase(name: "no pain specialist yet, 13 weeks: overdue", answers: with { $0.therapiesTried = [.physicalTherapy]; $0.weeksOfConservativeCare = 13 },
             tier: .interventionalPain, unmet: [.painSpecialistFirst], reasons: [.referralOverdue]),
    TierCase(name: "no pain specialist yet, 12 weeks: not overdue",
             answers: with { $0.therapiesTried = [.physicalTherapy]; $0.weeksOfConservativeCare = 12 },
             tier: .interventionalPain, unmet: [.painSpecialistFirst], absentReasons: [.referralOverdue]),
    TierCase(name: "no pain specialist, 52 weeks, no radicular symptoms: not overdue",
             answers: with { $0.therapiesTried = [.physicalTherapy]; $0.weeksOfConservativeCare = 52; $0.correlation = .noRadicularSymptoms },
             tier: .interventionalPain, unmet: [.mriRootCompression, .clinicalCorrelation, .painSpecialistFirst],
             absentReasons: [.referralOverdue]),
    TierCase(name: "overdue when only the intake's keys are given",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 13, symptomsPersist: .yes, therapiesTried: [.nsaids]),
             tier: .interventionalPain, unmet: [.physicalTherapy, .painSpecialistFirst],
             notAssessed: [.mriRootCompression, .clinicalCorrelation, .willingSurgery], reasons: [.referralOverdue],
             actions: ["refer-pain-specialist", "mri-if-not-already-done", "formal-physical-therapy"]),
    // Review 2 #23: an injection without a specialist ticked: the overdue warning asks who gave it.
    TierCase(name: "overdue with an injection and no specialist ticked",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes,
                              therapiesTried: [.epiduralSteroidInjection]),
             tier: .interventionalPain, unmet: [.physicalTherapy, .painSpecialistFirst],
             notAssessed: [.mriRootCompression, .clinicalCorrelation, .willingSurgery], reasons: [.referralOverdue],
             actions: ["consider-further-epidural-injection"]),
    TierCase(name: "improving symptoms are never overdue",
             answers: Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 20, symptomsPersist: .no,
                              therapiesTried: [.nsaids]),
             tier: .primaryCareConservative, absentReasons: [.referralOverdue]),
    TierCase(name: "MRI not done", answers: with { $0.mri = .notDone }, tier: .interventionalPain, unmet: [.mriRootCompression],
             actions: ["mri-to-document-compression"]),
    // Review 2: no MRI is advised once one is done.
    TierCase(name: "MRI without root compression", answers: with { $0.mri = .noRootCompression }, tier: .interventionalPain,
             unmet: [.mriRootCompression], absentActions: ["mri-to-document-compression"]),
    TierCase(name: "MRI result not known", answers: with { $0.mri = .unknown }, tier: .interventionalPain, unmet: [.mriRootCompression],
             actions: ["mri-if-not-already-done"], absentActions: ["mri-to-document-compression"]),
    TierCase(name: "imaging does not match symptoms", answers: with { $0.correlation = .doesNotMatch },
             tier: .interventionalPain, unmet: [.clinicalCorrelation], reasons: [.imagingAloneInsufficient],
             absentActions: ["mri-to-document-compression"]),
    // Review 1 and 3: with no radicular symptoms the MRI criterion is unmet and no injection for radicular pain is advised.
    TierCase(name: "root compression on MRI but no radicular symptoms", answers: with { $0.correlation = .noRadicularSymptoms },
             tier: .interventionalPain, unmet: [.mriRootCompression, .clinicalCorrelation],
             absentActions: ["consider-epidural-injection", "consider-further-epidural-injection", "mri-to-document-compression"]),
    TierCase(name: "correlation not sure", answers: with { $0.correlation = .unsure }, tier: .interventionalPain, unmet: [.clinicalCorrelation]),
    TierCase(name: "not willing", answers: with { $0.willingToConsiderSurgery = .no }, tier: .interventionalPain, unmet: [.willingSurgery]),
    TierCase(name: "willingness not sure", answers: with { $0.willingToConsiderSurgery = .unsure }, tier: .interventionalPain, unmet: [.willingSurgery]),
]

@Suite("Each tier, each unmet criterion, referral-overdue on and off")
struct TierTableTests {
    @Test(arguments: tierCases)
    func tier(_ c: TierCase) throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(c.answers)
        #expect(decision.tier == c.tier)
        let report = JSONReport(pathway.explain(decision, for: .clinician))
        #expect(report.tier == c.tier.rawValue)
        #expect(report.unmetCriteria == c.unmet.map(\.rawValue))
        #expect(report.notAssessedCriteria == c.notAssessed.map(\.rawValue))
        for id in c.reasons { #expect(decision.reasonIDs.contains(id), "expected reason \(id.rawValue)") }
        for id in c.absentReasons { #expect(!decision.reasonIDs.contains(id), "unexpected reason \(id.rawValue)") }
        let actions = report.actions.map(\.id)
        #expect(!actions.isEmpty)
        for id in c.actions { #expect(actions.contains(id), "expected action \(id), got \(actions)") }
        for id in c.absentActions { #expect(!actions.contains(id), "unexpected action \(id)") }
        // Checking the severity, or the red flags, comes first where it applies.
        if c.actions.first == "check-severity" || c.actions.first == "assess-red-flags-urgently" {
            #expect(actions.first == c.actions.first)
        }
    }

    @Test("spine-surgeon shows every criterion as met; other tiers list no criteria")
    func criteriaLists() throws {
        let pathway = try builtIn()
        let surgeon = JSONReport(pathway.explain(try pathway.rules.decide(allMet), for: .clinician))
        #expect(surgeon.metCriteria == CriterionID.allCases.map(\.rawValue))
        #expect(surgeon.unmetCriteria.isEmpty && surgeon.notAssessedCriteria.isEmpty)
        let immediate = JSONReport(pathway.explain(try pathway.rules.decide(Answers(redFlags: [.unsure])), for: .clinician))
        #expect(immediate.metCriteria.isEmpty && immediate.unmetCriteria.isEmpty && immediate.notAssessedCriteria.isEmpty)
    }

    @Test("a missing answer the path needs is named")
    func missingAnswer() throws {
        let rules = try builtIn().rules
        #expect(throws: MissingAnswer(key: .redFlags)) { try rules.decide(Answers()) }
        #expect(throws: MissingAnswer(key: .weeksOfConservativeCare)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .unsure))
        }
        #expect(throws: MissingAnswer(key: .symptomsPersist)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 6))
        }
        #expect(throws: MissingAnswer(key: .therapiesTried)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 9, symptomsPersist: .yes))
        }
        #expect(throws: MissingAnswer(key: .mri)) {
            try rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 9, symptomsPersist: .unsure,
                                     therapiesTried: [.physicalTherapy]))
        }
    }

    @Test("red-flag findings are named in the source's order, in the audience's words")
    func findingsNamed() throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(Answers(redFlags: [.suspectedFracture, .bilateralLegWeakness]))
        let text = pathway.explain(decision, for: .clinician).reasons.first?.text ?? ""
        #expect(text.contains("Bilateral lower extremity weakness (cauda equina syndrome); Suspected fracture"))
    }

    @Test("the references of a result are those it cites, [3] and [4] marked as not listed")
    func references() throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 2))
        let report = JSONReport(pathway.explain(decision, for: .clinician))
        #expect(report.references.map(\.number) == [1, 2, 3, 4])
        #expect(report.references.map(\.listed) == [true, true, false, false])
        #expect(report.references[2].text == "Cited by the source, not listed in its bibliography.")
        let immediate = JSONReport(pathway.explain(try pathway.rules.decide(Answers(redFlags: [.unsure])), for: .clinician))
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
