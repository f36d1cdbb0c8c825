extension Pathway {
    /// The surgical questions, in the order `PathwayRules.route(for:)` asks them.
    static let surgicalQuestions: [QuestionKey] = [.therapiesTried, .mri, .correlation, .willingToConsiderSurgery]

    /// When the intake asks `key`, as FHIR enableWhen conditions: the guard of
    /// `PathwayRules.route(for:)` that lets the path go on past the question before it.
    ///
    /// Only that last guard is needed. FHIR treats the answer to a disabled item as absent
    /// ("If enableWhen logic depends on an item that is disabled, the logic should proceed as
    /// though the item is not valued"), and `=` and `>=` never hold for an absent answer, so a
    /// question is enabled only when the one before it is, and so on back to the first. The
    /// thresholds come from the content; the tests check the result against the state machine
    /// over the whole answer space.
    ///
    /// "None of these" is exclusive without the optionExclusive extension, which renderers such
    /// as LHC-Forms ignore: a condition that needs a checklist's none also needs each of its
    /// other options unticked, and one that needs another option also needs none unticked, so
    /// a response that ticks none with a red flag (or with a treatment) enables nothing after
    /// it. The state machine never sees such a response (none is the empty set), so the
    /// conditions added change nothing for the answers it reads.
    public func enableWhen(for key: QuestionKey) -> (conditions: [FHIRQuestionnaire.EnableWhen], behavior: FHIRQuestionnaire.EnableBehavior?) {
        let (conditions, behavior) = reachedWhen(key)
        guard behavior != .any else { return (conditions, behavior) }  // only ORed answers of one single choice
        var all: [FHIRQuestionnaire.EnableWhen] = []
        for condition in conditions.flatMap(exclusive) where !all.contains(condition) { all.append(condition) }
        return (all, all.count > 1 ? .all : nil)
    }

    /// `condition` with what makes a checklist's none exclusive: nothing else ticked beside
    /// none, or none not ticked beside the option it asks for.
    private func exclusive(_ condition: FHIRQuestionnaire.EnableWhen) -> [FHIRQuestionnaire.EnableWhen] {
        guard condition.operator == .equal, let coding = condition.answerCoding,
              let key = QuestionKey(rawValue: condition.question), key.kind == .multiSelect else { return [condition] }
        let none = noneValue(key)
        let others = coding.code == none
            ? fhirOptions(key).map(\.value).filter { $0 != none } : [none]
        var seen: Set<String> = []
        return [condition] + others.filter { seen.insert($0).inserted }.map {
            .coding(key, .notEqual, FHIRCoding(system: FHIRCanonical.answers(key), code: $0))
        }
    }

    /// The conditions of the state machine's guard alone (see `enableWhen(for:)`).
    private func reachedWhen(_ key: QuestionKey) -> (conditions: [FHIRQuestionnaire.EnableWhen], behavior: FHIRQuestionnaire.EnableBehavior?) {
        typealias EnableWhen = FHIRQuestionnaire.EnableWhen
        func answer(_ question: QuestionKey, _ value: String) -> EnableWhen {
            .coding(question, .equal, FHIRCoding(system: FHIRCanonical.answers(question), code: value))
        }
        func one(_ condition: EnableWhen) -> ([EnableWhen], FHIRQuestionnaire.EnableBehavior?) { ([condition], nil) }
        switch key {
        case .redFlags:
            return ([], nil)
        case .severeRadicularPain:
            // Any red flag, an unsure one included, ends the path: only the explicit none goes on.
            return one(answer(.redFlags, noneValue(.redFlags)))
        case .weeksOfConservativeCare:
            // Severe pain ends the path; every other answer goes on. "!=" would not do: it
            // holds when severity is unanswered or disabled.
            let goOn = YesNoUnsure.allCases.filter { $0 != .yes }.map { answer(.severeRadicularPain, $0.rawValue) }
            return (goOn, goOn.count > 1 ? .any : nil)
        case .symptomsPersist:
            // Under the primary-care threshold the tier is decided.
            return one(.integer(.weeksOfConservativeCare, .greaterOrEqual, thresholds.primaryCareWeeks))
        case .therapiesTried, .mri, .correlation, .willingToConsiderSurgery:
            guard let index = Self.surgicalQuestions.firstIndex(of: key) else { return ([], nil) }
            guard index > 0 else {
                // Under the surgeon minimum the tier is decided, and so it is when the symptoms
                // improve: persisting or unsure goes on. "!=" alone would hold for an unanswered
                // question, so the answer must also exist.
                let weeks = EnableWhen.integer(.weeksOfConservativeCare, .greaterOrEqual,
                                               max(thresholds.primaryCareWeeks, thresholds.surgeonMinimumWeeks))
                return ([weeks, .exists(.symptomsPersist),
                         .coding(.symptomsPersist, .notEqual, FHIRCoding(system: FHIRCanonical.answers(.symptomsPersist),
                                                                         code: YesNoUnsure.no.rawValue))], .all)
            }
            // The previous question's criteria must all be met, judged on the answers so far;
            // this program's inferred criterion never ends the intake, so it is not among them.
            let previous = Self.surgicalQuestions[index - 1]
            let met = CriterionID.allCases.filter { $0.question == previous && !$0.isInference }.map { metWhen($0) }
            return (met, met.count > 1 ? .all : nil)
        }
    }

    /// The answer that meets `criterion`, as an enableWhen condition. The MRI criterion is also
    /// unmet when the correlation rules radicular symptoms out, but that answer comes after it:
    /// at the MRI question only the finding counts, as in the state machine.
    private func metWhen(_ criterion: CriterionID) -> FHIRQuestionnaire.EnableWhen {
        func answer(_ question: QuestionKey, _ value: String) -> FHIRQuestionnaire.EnableWhen {
            .coding(question, .equal, FHIRCoding(system: FHIRCanonical.answers(question), code: value))
        }
        switch criterion {
        case .duration: return .integer(.weeksOfConservativeCare, .greaterOrEqual, thresholds.surgeonMinimumWeeks)
        case .physicalTherapy: return answer(.therapiesTried, Therapy.physicalTherapy.rawValue)
        case .painSpecialistFirst: return answer(.therapiesTried, Therapy.painSpecialist.rawValue)
        case .mriRootCompression: return answer(.mri, MRIFinding.rootCompression.rawValue)
        case .clinicalCorrelation: return answer(.correlation, Correlation.matches.rawValue)
        case .willingSurgery: return answer(.willingToConsiderSurgery, YesNoUnsure.yes.rawValue)
        }
    }

    /// The value of a checklist's "None of these" option, which stands for the empty set.
    public func noneValue(_ key: QuestionKey) -> String {
        question(key)?.options?.first { $0.meansNone == true }?.value ?? "none"
    }
}
