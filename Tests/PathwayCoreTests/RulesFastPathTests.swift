import Testing
@testable import PathwayCore

/// The rules without arrays or copies per call give exactly what the straightforward reading of
/// the pathway gives: the reference below is the rules as they were written before (a path as
/// an array, each criterion judged on a copy of the answers cut down with `keeping(only:)`).
@Suite("Allocation-light rules decide as the reference does")
struct RulesFastPathTests {
    @Test("question positions are the order of allCases")
    func positions() {
        #expect(QuestionKey.count == QuestionKey.allCases.count)
        for (index, key) in QuestionKey.allCases.enumerated() { #expect(key.position == index) }
        for (index, flag) in RedFlag.allCases.enumerated() { #expect(flag.bitPosition == index) }
        for (index, therapy) in Therapy.allCases.enumerated() { #expect(therapy.bitPosition == index) }
        #expect(RedFlag.allCases.count <= 16 && Therapy.allCases.count <= 16)
    }

    @Test("checklists as bits hold exactly the sets written, in the source's order")
    func caseBits() {
        for bits in 0..<(1 << RedFlag.allCases.count) {
            let set = Set(RedFlag.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
            let stored = CaseBits(set)
            #expect(stored.set == set)
            #expect(stored.elements == RedFlag.allCases.filter(set.contains))
            #expect(stored.isEmpty == set.isEmpty)
            #expect(RedFlag.allCases.allSatisfy { stored.contains($0) == set.contains($0) })
            var answers = Answers(redFlags: set)
            #expect(answers.redFlags == set)
            answers.redFlags = nil
            #expect(answers.redFlags == nil && !answers.has(.redFlags))
        }
        for set in therapyChoices {
            let answers = Answers(therapiesTried: set)
            #expect(answers.therapiesTried == set)
            #expect(answers == Answers(therapiesTried: Set(Array(set).reversed())))
        }
    }

    @Test("route and decision match the reference over complete answers", arguments: [Set<RedFlag>(), [.unsure], [.saddleAnesthesia, .unsure]])
    func completeAnswersMatch(redFlags: Set<RedFlag>) throws {
        let rules = try builtIn().rules
        for answers in completeAnswers(redFlags: redFlags) {
            let route = rules.route(for: answers)
            #expect(route == referenceRoute(rules, answers))
            #expect(route.answered == referenceAnswered(rules, answers))
            let decision = try rules.decide(answers)
            #expect(decision.reasons == referenceReasons(rules, answers, tier: decision.tier))
            #expect(decision.criteria == referenceCriteria(rules, answers))
            #expect(decision.path == route.answered)
        }
    }

    @Test("route matches the reference when answers are missing, whichever are")
    func partialAnswersMatch() throws {
        let rules = try builtIn().rules
        var random = SeededGenerator(seed: 21)
        for _ in 0..<20_000 {
            var answers = Answers(
                redFlags: Bool.random(using: &random) ? [] : redFlagChoices.randomElement(using: &random),
                severeRadicularPain: YesNoUnsure.allCases.randomElement(using: &random),
                weeksOfConservativeCare: weekChoices.randomElement(using: &random),
                symptomsPersist: YesNoUnsure.allCases.randomElement(using: &random),
                therapiesTried: therapyChoices.randomElement(using: &random),
                mri: MRIFinding.allCases.randomElement(using: &random),
                correlation: Correlation.allCases.randomElement(using: &random),
                willingToConsiderSurgery: YesNoUnsure.allCases.randomElement(using: &random))
            for key in QuestionKey.allCases where Int.random(in: 0..<4, using: &random) == 0 {
                answers = answers.removing(key)
            }
            let route = rules.route(for: answers)
            #expect(route.answered == referenceAnswered(rules, answers), "\(answers)")
            #expect(route.end == referenceRoute(rules, answers).end, "\(answers)")
            if case .ask = route.end { #expect(throws: MissingAnswer.self) { try rules.decide(answers) } }
        }
    }
}

// MARK: - The reference: the rules as first written.

private func referenceWalk(_ rules: PathwayRules, _ answers: Answers) -> (answered: [QuestionKey], end: RouteEnd) {
    var answered: [QuestionKey] = []
    guard let redFlags = answers.redFlags else { return (answered, .ask(.redFlags)) }
    answered.append(.redFlags)
    if !redFlags.isEmpty { return (answered, .decided(.immediateSpineSurgeon)) }
    guard let severe = answers.severeRadicularPain else { return (answered, .ask(.severeRadicularPain)) }
    answered.append(.severeRadicularPain)
    if severe == .yes { return (answered, .decided(.specialistWithin2Weeks)) }
    guard let weeks = answers.weeksOfConservativeCare else { return (answered, .ask(.weeksOfConservativeCare)) }
    answered.append(.weeksOfConservativeCare)
    if weeks < rules.thresholds.primaryCareWeeks { return (answered, .decided(.primaryCareConservative)) }
    guard let persist = answers.symptomsPersist else { return (answered, .ask(.symptomsPersist)) }
    answered.append(.symptomsPersist)
    if persist == .no { return (answered, .decided(.primaryCareConservative)) }
    if weeks < rules.thresholds.surgeonMinimumWeeks { return (answered, .decided(.interventionalPain)) }
    for key in [QuestionKey.therapiesTried, .mri, .correlation, .willingToConsiderSurgery] {
        guard answers.has(key) else { return (answered, .ask(key)) }
        answered.append(key)
        let reached = answers.keeping(only: answered)
        // The source's criteria end the intake; the inferred one never does.
        if CriterionID.allCases.filter({ $0.question == key && $0 != .painSpecialistFirst })
            .contains(where: { rules.status(of: $0, in: reached) != .met }) {
            return (answered, .decided(.interventionalPain))
        }
    }
    if rules.status(of: .painSpecialistFirst, in: answers.keeping(only: answered)) != .met {
        return (answered, .decided(.interventionalPain))
    }
    return (answered, .decided(.spineSurgeon))
}

private func referenceAnswered(_ rules: PathwayRules, _ answers: Answers) -> [QuestionKey] { referenceWalk(rules, answers).answered }

private func referenceRoute(_ rules: PathwayRules, _ answers: Answers) -> Route {
    let walk = referenceWalk(rules, answers)
    return Route(answeredCount: walk.answered.count, end: walk.end)
}

/// Each criterion's status, and "not sure" or "not known" where that answer leaves it unmet.
private func referenceCriteria(_ rules: PathwayRules, _ answers: Answers) -> [CriterionResult] {
    CriterionID.allCases.map { id in
        let status = rules.status(of: id, in: answers)
        var uncertainty: CriterionUncertainty?
        if status == .unmet {
            if id == .mriRootCompression, answers.mri == .unknown, answers.correlation != .noRadicularSymptoms { uncertainty = .notKnown }
            if id == .clinicalCorrelation, answers.correlation == .unsure { uncertainty = .notSure }
            if id == .willingSurgery, answers.willingToConsiderSurgery == .unsure { uncertainty = .notSure }
        }
        return CriterionResult(id: id, status: status, uncertainty: uncertainty)
    }
}

private func referenceReasons(_ rules: PathwayRules, _ answers: Answers, tier: TierID) -> [Reason] {
    let criteria = CriterionID.allCases.map { CriterionResult(id: $0, status: rules.status(of: $0, in: answers)) }
    let unmet = criteria.filter { $0.status == .unmet }.map(\.id)
    let severity = [Reason(id: .noRedFlags), Reason(id: answers.severeRadicularPain == .unsure ? .severityNotSure : .notSevere)]
    var reasons: [Reason] = []
    switch tier {
    case .immediateSpineSurgeon:
        let flags = answers.redFlags ?? []
        let findings = RedFlag.allCases.filter { $0 != .unsure && flags.contains($0) }
        if !findings.isEmpty { reasons.append(Reason(id: .redFlagPresent, findings: findings)) }
        if flags.contains(.unsure), findings.isEmpty { reasons.append(Reason(id: .redFlagNotRuledOut)) }
        if !findings.isEmpty { reasons.append(Reason(id: .urgentMRIAndSurgicalEvaluation)) }
    case .specialistWithin2Weeks:
        reasons += [Reason(id: .noRedFlags), Reason(id: .severeRadicularPain)]
    case .primaryCareConservative:
        if let weeks = answers.weeksOfConservativeCare, weeks >= rules.thresholds.primaryCareWeeks {
            reasons += severity + [Reason(id: .symptomsImproving, weeks: weeks)]
        } else {
            reasons += severity + [Reason(id: .under6Weeks, weeks: answers.weeksOfConservativeCare),
                                   Reason(id: .noMRIBefore6Weeks), Reason(id: .herniationsRegressBy8Weeks)]
        }
    case .interventionalPain:
        reasons += severity + [Reason(id: .failed6Weeks, weeks: answers.weeksOfConservativeCare)]
        if let weeks = answers.weeksOfConservativeCare, weeks < rules.thresholds.surgeonMinimumWeeks {
            reasons.append(Reason(id: .surgeonAfter2To3Months))
        }
        let sourceCriteriaMet = criteria.allSatisfy { $0.id == .painSpecialistFirst || $0.status == .met }
        if unmet == [.painSpecialistFirst], sourceCriteriaMet {
            reasons.append(Reason(id: .sourceCriteriaMetInferenceHolds))
        } else {
            reasons.append(Reason(id: .surgicalCriteriaNotAllMet, criteria: unmet.filter { !$0.isInference }))
        }
        if answers.mri == .rootCompression, let correlation = answers.correlation, correlation != .matches {
            reasons.append(Reason(id: .imagingAloneInsufficient))
        }
    case .spineSurgeon:
        reasons += severity + [Reason(id: .surgicalCriteriaAllMet)]
    }
    if rules.isReferralOverdue(answers, tier: tier) {
        reasons.append(Reason(id: .referralOverdue, weeks: answers.weeksOfConservativeCare))
    }
    return reasons
}
