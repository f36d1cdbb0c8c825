/// The ids of the reasons a decision can give, as the content file names them.
public enum ReasonID: String, CaseIterable, Sendable, Codable {
    case redFlagPresent = "red-flag-present"
    case redFlagNotRuledOut = "red-flag-not-ruled-out"
    case urgentMRIAndSurgicalEvaluation = "urgent-mri-and-surgical-evaluation"
    case noRedFlags = "no-red-flags"
    case severeRadicularPain = "severe-radicular-pain"
    case notSevere = "not-severe"
    case severityNotSure = "severity-not-sure"
    case under6Weeks = "under-6-weeks"
    case noMRIBefore6Weeks = "no-mri-before-6-weeks"
    case herniationsRegressBy8Weeks = "herniations-regress-by-8-weeks"
    case failed6Weeks = "failed-6-weeks"
    /// From 6 weeks, the symptoms answered as improving: conservative care goes on.
    case symptomsImproving = "symptoms-improving"
    case surgeonAfter2To3Months = "surgeon-after-2-3-months"
    case surgicalCriteriaNotAllMet = "surgical-criteria-not-all-met"
    case surgicalCriteriaAllMet = "surgical-criteria-all-met"
    /// The source's five criteria are met; only this program's inferred one holds the referral back.
    case sourceCriteriaMetInferenceHolds = "source-criteria-met-inference-holds"
    case imagingAloneInsufficient = "imaging-alone-insufficient"
    case referralOverdue = "referral-overdue"

    /// The placeholders this reason's text may use.
    public var placeholders: Set<String> {
        switch self {
        case .redFlagPresent: return ["findings"]
        case .under6Weeks, .failed6Weeks, .symptomsImproving, .referralOverdue: return ["weeks"]
        case .surgicalCriteriaNotAllMet: return ["criteria"]
        default: return []
        }
    }
}

/// One step of the reasoning: the rule that fired, with what fills its text.
public struct Reason: Sendable, Equatable {
    public let id: ReasonID
    public var weeks: Int? = nil
    public var findings: [RedFlag] = []
    public var criteria: [CriterionID] = []
}

/// The outcome of the pathway for one complete set of answers, independent of wording.
public struct Decision: Sendable, Equatable {
    public let tier: TierID
    public let reasons: [Reason]
    /// Every surgical criterion with its status, in the content's order.
    public let criteria: [CriterionResult]
    /// How many questions the path reached: the first that many, in order (see `Route`).
    public let pathCount: Int
    /// The answers decided on: criteria, warnings and what to do follow every answer given.
    public let answers: Answers

    /// The questions the path reached, in order.
    public var path: [QuestionKey] { Array(QuestionKey.allCases.prefix(pathCount)) }

    public func criteria(_ status: CriterionStatus) -> [CriterionID] {
        criteria.filter { $0.status == status }.map(\.id)
    }

    public var reasonIDs: [ReasonID] { reasons.map(\.id) }
}

extension PathwayRules {
    /// The decision for `answers`, or the first question the path needs that has no answer.
    /// Criteria and warnings use every answer given, reached or not; the tier depends only on
    /// the answers the path reaches. Called once per answer set in a batch: it makes the
    /// decision's own arrays and nothing else.
    public func decide(_ answers: Answers) throws(MissingAnswer) -> Decision {
        let route = route(for: answers)
        let tier: TierID
        switch route.end {
        case .decided(let decided): tier = decided
        case .ask(let key): throw MissingAnswer(key: key)
        }
        var criteria: [CriterionResult] = []
        criteria.reserveCapacity(Self.criteria.count)
        var sourceCriteriaMet = true  // every one of the source's criteria assessed and met
        var anyUnmet = false
        for id in Self.criteria {
            let status = status(of: id, in: answers)
            criteria.append(CriterionResult(id: id, status: status, uncertainty: status == .unmet ? uncertainty(of: id, in: answers) : nil))
            if status == .unmet { anyUnmet = true }
            if !id.isInference, status != .met { sourceCriteriaMet = false }
        }
        var reasons: [Reason] = []
        reasons.reserveCapacity(6)

        switch tier {
        case .immediateSpineSurgeon:
            let flags = answers.redFlagBits ?? CaseBits()
            let findings = RedFlag.allCases.filter { $0 != .unsure && flags.contains($0) }
            if !findings.isEmpty { reasons.append(Reason(id: .redFlagPresent, findings: findings)) }
            // "None found, none ruled out" only when none was found: beside a finding it would
            // contradict the answers, and the finding already decides.
            if flags.contains(.unsure), findings.isEmpty { reasons.append(Reason(id: .redFlagNotRuledOut)) }
            // With only an unsure answer, what to do already says this, as the first step.
            if !findings.isEmpty { reasons.append(Reason(id: .urgentMRIAndSurgicalEvaluation)) }
        case .specialistWithin2Weeks:
            reasons.append(Reason(id: .noRedFlags))
            reasons.append(Reason(id: .severeRadicularPain))
        case .primaryCareConservative:
            appendNoRedFlagsAndSeverity(answers, to: &reasons)
            if let weeks = answers.weeksOfConservativeCare, weeks >= thresholds.primaryCareWeeks {
                // Past the first weeks, only improving symptoms keep care in primary care.
                reasons.append(Reason(id: .symptomsImproving, weeks: weeks))
            } else {
                reasons.append(Reason(id: .under6Weeks, weeks: answers.weeksOfConservativeCare))
                reasons.append(Reason(id: .noMRIBefore6Weeks))
                reasons.append(Reason(id: .herniationsRegressBy8Weeks))
            }
        case .interventionalPain:
            appendNoRedFlagsAndSeverity(answers, to: &reasons)
            reasons.append(Reason(id: .failed6Weeks, weeks: answers.weeksOfConservativeCare))
            if let weeks = answers.weeksOfConservativeCare, weeks < thresholds.surgeonMinimumWeeks {
                reasons.append(Reason(id: .surgeonAfter2To3Months))
            }
            // Only when every one of the source's criteria was assessed and met (none "not
            // assessed") and the inferred one is what is unmet.
            if sourceCriteriaMet, anyUnmet {
                reasons.append(Reason(id: .sourceCriteriaMetInferenceHolds))
            } else {
                // The source's criteria only: its sentence carries the source's citation. This
                // program's inferred criterion, when unmet too, is the reason's reading.
                let unmet = criteria.filter { $0.status == .unmet && !$0.id.isInference }.map(\.id)
                reasons.append(Reason(id: .surgicalCriteriaNotAllMet, criteria: unmet))
            }
            if answers.mri == .rootCompression, let correlation = answers.correlation, correlation != .matches {
                reasons.append(Reason(id: .imagingAloneInsufficient))
            }
        case .spineSurgeon:
            appendNoRedFlagsAndSeverity(answers, to: &reasons)
            reasons.append(Reason(id: .surgicalCriteriaAllMet))
        }
        if isReferralOverdue(answers, tier: tier) {
            reasons.append(Reason(id: .referralOverdue, weeks: answers.weeksOfConservativeCare))
        }
        return Decision(tier: tier, reasons: reasons, criteria: criteria, pathCount: route.answeredCount,
                                 answers: answers)
    }

    /// Whether an unmet criterion rests on an answer of "not sure" or "not known".
    func uncertainty(of criterion: CriterionID, in answers: Answers) -> CriterionUncertainty? {
        switch criterion {
        case .mriRootCompression:
            return answers.mri == .unknown && answers.correlation != .noRadicularSymptoms ? .notKnown : nil
        case .clinicalCorrelation: return answers.correlation == .unsure ? .notSure : nil
        case .willingSurgery: return answers.willingToConsiderSurgery == .unsure ? .notSure : nil
        case .duration, .physicalTherapy, .painSpecialistFirst: return nil
        }
    }

    private func appendNoRedFlagsAndSeverity(_ answers: Answers, to reasons: inout [Reason]) {
        reasons.append(Reason(id: .noRedFlags))
        reasons.append(Reason(id: answers.severeRadicularPain == .unsure ? .severityNotSure : .notSevere))
    }
}

/// One surgical criterion and whether it holds.
public struct CriterionResult: Sendable, Equatable {
    public let id: CriterionID
    public let status: CriterionStatus
    /// Unmet because its answer was "not sure" or "not known" (never shown as "no").
    public var uncertainty: CriterionUncertainty? = nil
}

/// Why a criterion is unmet when it is not for a "no": the answer was unsure, or not known.
public enum CriterionUncertainty: String, Sendable, Equatable, Codable {
    case notSure = "not-sure"
    case notKnown = "not-known"
}

/// A question the path reaches that has no answer.
public struct MissingAnswer: Error, Sendable, Equatable {
    public let key: QuestionKey
}

extension MissingAnswer {
    /// As an answers file's error: the key, after `prefix` (its place in a batch, "[3]."), is
    /// missing. The one wording of it, for the parser and the decision alike.
    public func diagnostic(at prefix: String = "") -> Diagnostic {
        Diagnostic(location: prefix + key.rawValue, message: "missing; this answer set's path needs it")
    }
}
