import Testing
@testable import PathwayCore

/// PATHWAY.md's invariants over the entire answer space, one red-flag choice per test case.
@Suite("Invariants over every combination of answers")
struct InvariantTests {
    @Test("invariants 1-10 hold on every complete answer set, and on it cut to the keys the intake asks",
          arguments: redFlagChoices)
    func invariants(redFlags: Set<RedFlag>) throws {
        let pathway = try builtIn()
        let rules = pathway.rules
        for (index, answers) in completeAnswers(redFlags: redFlags).enumerated() {
            // The result in words is the slow part: every answer set's decision is checked, and
            // one in 29 (a stride prime to every dimension's size) also through its rendered report.
            let rendered = index % 29 == 0
            let asked = rules.route(for: answers).answered
            // 10. (and the order of screens) The intake asks exactly what PATHWAY.md says it asks.
            #expect(asked == keysThePathwayAsks(answers))
            let full = try rules.decide(answers)
            let cut = try rules.decide(answers.keeping(only: asked))
            // The same answers cut down to the keys the intake asks give the same tier.
            #expect(cut.tier == full.tier)
            try Self.check(full, answers: answers, pathway, rendered: rendered)
            try Self.check(cut, answers: answers.keeping(only: asked), pathway, rendered: rendered)
        }
    }

    /// PATHWAY.md's invariants 1-6, 8 and 9 for one decision on `answers` (whole, or cut to the
    /// keys the intake asks: then an unasked key is nil); `rendered`: also through the report.
    static func check(_ decision: Decision, answers: Answers, _ pathway: Pathway, rendered: Bool) throws {
        let rules = pathway.rules
        let references = Set(pathway.document.references.map(\.number))
        let tier = decision.tier
        let redFlags = answers.redFlags ?? []
        let weeks = answers.weeksOfConservativeCare ?? -1
        let therapies = answers.therapiesTried ?? []

        // 1. Any red flag, unsure included, gives immediate-spine-surgeon.
        if !redFlags.isEmpty {
            #expect(tier == .immediateSpineSurgeon)
        } else if answers.severeRadicularPain == .yes {
            // 2. Else severe radicular pain gives specialist-within-2-weeks.
            #expect(tier == .specialistWithin2Weeks)
        } else if weeks < 6 {
            // 3. Else under 6 weeks: primary care, advising against MRI.
            #expect(tier == .primaryCareConservative)
            #expect(decision.reasonIDs.contains(.noMRIBefore6Weeks))
            #expect(!decision.reasonIDs.contains(.symptomsImproving))
        } else if answers.symptomsPersist == .no {
            // 3. Else improving symptoms: primary care, with symptoms-improving and no "no MRI
            // before 6 weeks".
            #expect(tier == .primaryCareConservative)
            #expect(decision.reasonIDs.contains(.symptomsImproving))
            #expect(!decision.reasonIDs.contains(.noMRIBefore6Weeks))
        } else {
            // 4. Else spine-surgeon exactly when every criterion holds, never under 9 weeks.
            let allMet = weeks >= 9 && therapies.contains(.physicalTherapy) && therapies.contains(.painSpecialist)
                && answers.mri == .rootCompression && answers.correlation == .matches
                && answers.willingToConsiderSurgery == .yes
            #expect(tier == (allMet ? .spineSurgeon : .interventionalPain))
            if tier == .interventionalPain {
                let expectedUnmet = CriterionID.allCases.filter { rules.status(of: $0, in: answers) == .unmet }
                #expect(decision.criteria(.unmet) == expectedUnmet)
                #expect(!expectedUnmet.isEmpty)
                if rendered { #expect(JSONReport(pathway.explain(decision, for: .clinician)).unmetCriteria == expectedUnmet.map(\.rawValue)) }
                // Only the inference unmet, and the source's every one met: the reasoning says so.
                let onlyInference = expectedUnmet == [.painSpecialistFirst]
                    && CriterionID.allCases.filter { !$0.isInference }.allSatisfy { rules.status(of: $0, in: answers) == .met }
                #expect(decision.reasonIDs.contains(.sourceCriteriaMetInferenceHolds) == onlyInference)
            }
        }
        if tier != .primaryCareConservative { #expect(!decision.reasonIDs.contains(.noMRIBefore6Weeks)) }

        // 5. Every reason carries a citation, and every citation resolves.
        for reason in decision.reasons {
            let citations = pathway.reason(reason.id)?.citations ?? []
            #expect(!citations.isEmpty)
            #expect(citations.allSatisfy(references.contains))
        }

        // 6. referral-overdue exactly at 13 weeks (3 months) or more, no pain specialist yet,
        // symptoms not improving, radicular symptoms not ruled out, never on the urgent tiers.
        let urgent = tier == .immediateSpineSurgeon || tier == .specialistWithin2Weeks
        let overdue = !urgent && weeks >= 13 && answers.therapiesTried != nil && !therapies.contains(.painSpecialist)
            && answers.symptomsPersist != .no && answers.correlation != .noRadicularSymptoms
        #expect(decision.reasonIDs.contains(.referralOverdue) == overdue)

        // 8. What to do fits the answers, and says so where its premise was not asked.
        // What every audience is shown; the patient-only actions are checked below.
        let actions = pathway.actions(for: decision).filter { $0.audiences == nil }.map(\.id)
        #expect(!actions.isEmpty)
        if answers.mri == .rootCompression || answers.mri == .noRootCompression {
            #expect(!actions.contains { $0.hasPrefix("mri-") })
        }
        if answers.mri == nil || answers.mri == .unknown { #expect(!actions.contains("mri-to-document-compression")) }
        if answers.therapiesTried == nil {
            #expect(!actions.contains("refer-pain-specialist"))
            if tier == .interventionalPain { #expect(actions.contains("refer-pain-specialist-unless-involved")) }
        }
        if therapies.contains(.physicalTherapy) { #expect(!actions.contains("formal-physical-therapy")) }
        if answers.therapiesTried != nil, !therapies.contains(.physicalTherapy) {
            #expect(!actions.contains("advanced-physical-therapy"))
        }
        if answers.correlation == .noRadicularSymptoms {
            #expect(!actions.contains { $0.contains("epidural") })
        }
        if therapies.contains(.painSpecialist) { #expect(!actions.contains { $0.hasPrefix("refer-pain-specialist") }) }
        if !urgent, answers.severeRadicularPain == .unsure { #expect(actions.first == "check-severity") }
        if redFlags == [.unsure] { #expect(actions.first == "assess-red-flags-urgently") }
        // "None was found" is never said beside a finding.
        if redFlags.contains(where: { $0 != .unsure }) { #expect(!decision.reasonIDs.contains(.redFlagNotRuledOut)) }
        if tier == .immediateSpineSurgeon, redFlags != [.unsure] { #expect(actions.contains("refer-immediately")) }
        if tier == .primaryCareConservative {
            #expect(actions.contains("reassess-improving-symptoms") == (answers.symptomsPersist == .no))
            #expect(actions.contains("refer-if-symptoms-persist") == (answers.symptomsPersist != .no))
        }

        // 9. Every non-urgent result carries the safety net; the urgent one starts, for a
        // patient, with where to go.
        #expect(actions.contains("safety-net") == (tier != .immediateSpineSurgeon))
        if tier == .immediateSpineSurgeon, rendered {
            #expect(pathway.explain(decision, for: .patient).actions.first?.id == "get-help-now")
            #expect(!pathway.explain(decision, for: .clinician).actions.contains { $0.id == "get-help-now" })
        }
    }

    @Test("the MRI criterion is never met once radicular symptoms are ruled out", arguments: [Set<RedFlag>()])
    func mriCriterionNeedsRadiculopathy(redFlags: Set<RedFlag>) throws {
        let rules = try builtIn().rules
        for answers in completeAnswers(redFlags: redFlags) where answers.correlation == .noRadicularSymptoms {
            #expect(rules.status(of: .mriRootCompression, in: answers) == .unmet)
        }
    }

    @Test("readings never carry a citation mark, and every cited text resolves", arguments: Audience.allCases)
    func readingsUncited(audience: Audience) throws {
        let pathway = try builtIn()
        for redFlags in [Set<RedFlag>(), [.unsure], [.saddleAnesthesia]] {
            // One in 5 (prime to every dimension's size, so every value of each is reached).
            for (index, answers) in completeAnswers(redFlags: redFlags).enumerated()
            where index % 5 == 0 && answers.willingToConsiderSurgery != .unsure {
                let explanation = pathway.explain(try pathway.rules.decide(answers), for: audience)
                let items = explanation.actions + explanation.reasons + explanation.pitfalls + explanation.evidence
                let readings = items.compactMap(\.reading) + explanation.criteria.compactMap(\.reading)
                for reading in readings {
                    #expect(!reading.contains("["), "a reading with a citation mark: \(reading)")
                    #expect(!reading.contains("{"), "a reading with an unfilled placeholder: \(reading)")
                }
                // The source's sentences are cited; this program's own advice never is.
                #expect(items.allSatisfy { $0.ownAdvice ? $0.citations.isEmpty && $0.reading == nil : !$0.citations.isEmpty })
                if answers.mri == .noRootCompression {
                    #expect(!explanation.actions.contains { $0.text.contains("pinched nerve") },
                            "a pinched nerve after an MRI that showed none")
                }
            }
        }
    }

    @Test("the overdue warning comes right after what to do, and the inferred criterion apart from the source's")
    func documentOrder() throws {
        let pathway = try builtIn()
        let answers = Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes,
                              therapiesTried: [.nsaids])
        for audience in Audience.allCases {
            let document = ReportDocument(pathway.explain(try pathway.rules.decide(answers), for: audience))
            #expect(document.sections.map(\.kind).prefix(3) == [.whatToDo, .overdue, .reasoning])
            let reasoning = document.sections.first { $0.kind == .reasoning }?.entries ?? []
            #expect(!reasoning.contains { $0.text == document.sections[1].entries.first?.text })
            #expect(document.sections.first { $0.kind == .sourceCriteria }?.entries.count == 5)
            #expect(document.sections.first { $0.kind == .inferredCriteria }?.entries.count == 1)
        }
    }

    @Test("the cut-down answers list the criterion that ended the intake as unmet, the rest as met or not assessed")
    func cutDownCriteria() throws {
        let pathway = try builtIn()
        let rules = pathway.rules
        for answers in completeAnswers(redFlags: []) {
            let cut = answers.keeping(only: rules.route(for: answers).answered)
            let decision = try rules.decide(cut)
            guard decision.tier == .interventionalPain else { continue }
            let unmet = decision.criteria(.unmet)
            #expect(!unmet.isEmpty)
            for result in decision.criteria where result.status == .notAssessed {
                #expect(!cut.has(result.id.question))
            }
        }
    }

    @Test("this program's added criterion is never in a cited sentence: where it is unmet beside the source's, the reading says so (fresh-eyes trial)",
          arguments: Audience.allCases)
    func inferenceNotCited(audience: Audience) throws {
        let pathway = try builtIn()
        let inferred = try #require(pathway.document.criteria.first { $0.inference == true }).label.text(audience)
        var both = 0
        for answers in completeAnswers(redFlags: []) {
            for given in [answers, answers.keeping(only: pathway.rules.route(for: answers).answered)] {
                let decision = try pathway.rules.decide(given)
                guard let reason = pathway.explain(decision, for: audience).reasons.first(where: { $0.id == "surgical-criteria-not-all-met" }) else {
                    continue
                }
                #expect(!reason.text.contains(inferred), "\(reason.text)")
                #expect(!reason.text.hasSuffix("Not met: ."), "the source's criteria unmet are never none here")
                let inferenceUnmet = decision.criteria.contains { $0.id.isInference && $0.status == .unmet }
                #expect((reason.reading != nil) == inferenceUnmet, "\(reason.text) / \(reason.reading ?? "no reading")")
                if inferenceUnmet { both += 1 }
            }
        }
        #expect(both > 0, "the case is reached")
    }

    @Test("every citation anywhere in the result resolves to a reference the result lists",
          arguments: Audience.allCases)
    func citationsResolve(audience: Audience) throws {
        let pathway = try builtIn()
        for redFlags in [Set<RedFlag>(), [.unsure]] {
            for (index, answers) in completeAnswers(redFlags: redFlags).enumerated() where index % 5 == 0 && answers.mri != .unknown {
                let decision = try pathway.rules.decide(answers)
                let explanation = pathway.explain(decision, for: audience)
                let listed = Set(explanation.references.map(\.number))
                let cited = explanation.actions.flatMap(\.citations) + explanation.reasons.flatMap(\.citations)
                    + explanation.pitfalls.flatMap(\.citations) + explanation.evidence.flatMap(\.citations)
                #expect(cited.allSatisfy(listed.contains))
                #expect(explanation.reasons.allSatisfy { !$0.text.isEmpty && !$0.text.contains("{") })
            }
        }
    }

    @Test("invariant 7: the same answers give the same result however the user moved to enter them",
          arguments: 0..<8)
    func sameResultHoweverEntered(seed: Int) throws {
        let rules = try builtIn().rules
        var random = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 1)
        for _ in 0..<300 {
            var state = IntakeState(rules: rules)
            var steps = 0
            while steps < 200 {
                steps += 1
                // A whole path is where the user may stop; sometimes they change more first.
                if case .complete = state.step, Int.random(in: 0..<3, using: &random) == 0 { break }
                state = state.after(randomEvent(for: state, rules: rules, using: &random), rules: rules)
            }
            guard case .complete(let tier) = state.step else { continue }
            let direct = try rules.decide(state.effectiveAnswers(rules))
            #expect(direct.tier == tier)
            #expect(state.decision(rules) == direct)
            // Entering just those answers in order, with no detours, ends on the same decision.
            var straight = IntakeState(rules: rules)
            for key in rules.route(for: state.answers).answered {
                if let value = value(of: key, in: state.answers) { straight = straight.after(.answered(value), rules: rules) }
            }
            #expect(straight.step == .complete(tier))
            #expect(straight.decision(rules) == direct)
        }
    }
}

/// A random plausible user action for the current step.
func randomEvent(for state: IntakeState, rules: PathwayRules, using random: inout SeededGenerator) -> IntakeEvent {
    switch state.step {
    case .question(let key):
        if Int.random(in: 0..<5, using: &random) == 0 { return .wentBack }
        return .answered(randomValue(for: key, using: &random))
    case .complete:
        if Int.random(in: 0..<3, using: &random) == 0 { return .wentBack }
        return .choseToChange(state.answeredPath(rules).randomElement(using: &random) ?? .redFlags)
    }
}

/// A random answer to `key`, weighted towards the paths that go deep.
func randomValue(for key: QuestionKey, using random: inout SeededGenerator) -> AnswerValue {
    switch key {
    case .redFlags:
        return .redFlags(Int.random(in: 0..<4, using: &random) == 0 ? [RedFlag.allCases.randomElement(using: &random) ?? .unsure] : [])
    case .severeRadicularPain:
        return .severeRadicularPain(Int.random(in: 0..<4, using: &random) == 0 ? .yes : [.no, .unsure].randomElement(using: &random) ?? .no)
    case .weeksOfConservativeCare:
        return .weeksOfConservativeCare(weekChoices.randomElement(using: &random) ?? 0)
    case .symptomsPersist:
        return .symptomsPersist(Int.random(in: 0..<4, using: &random) == 0 ? .no : [.yes, .unsure].randomElement(using: &random) ?? .yes)
    case .therapiesTried:
        return .therapiesTried(therapyChoices.randomElement(using: &random) ?? [])
    case .mri:
        return .mri(MRIFinding.allCases.randomElement(using: &random) ?? .notDone)
    case .correlation:
        return .correlation(Correlation.allCases.randomElement(using: &random) ?? .matches)
    case .willingToConsiderSurgery:
        return .willingToConsiderSurgery(YesNoUnsure.allCases.randomElement(using: &random) ?? .yes)
    }
}

func value(of key: QuestionKey, in answers: Answers) -> AnswerValue? {
    answers.values(for: key).flatMap { AnswerValue(key: key, values: $0) }
}
