/// Where the intake stands for a set of answers: the next question to ask, or the tier reached.
public enum RouteEnd: Sendable, Equatable, Hashable {
    case ask(QuestionKey)
    case decided(TierID)
}

/// The questions a set of answers reaches, in order, and where it ends.
public struct Route: Sendable, Equatable {
    /// How many questions the path reaches with an answer. The path always asks the questions
    /// in `QuestionKey` order, so they are that many of them from the first: a count, not an
    /// array, keeps `route(for:)` free of allocations.
    public let answeredCount: Int
    public let end: RouteEnd

    /// Every question the path reaches and that has an answer, in order.
    public var answered: [QuestionKey] { Array(QuestionKey.allCases.prefix(answeredCount)) }

    /// Every question the path reaches, the unanswered one it stops at included.
    public var reached: [QuestionKey] {
        if case .ask(let key) = end { return answered + [key] }
        return answered
    }
}

/// The pathway's decision rules. Guards are checked in order and the first that fires ends the
/// intake: a question is asked only while its answer can still change the tier.
public struct PathwayRules: Sendable, Equatable {
    public let thresholds: PathwayDocument.Thresholds

    public init(thresholds: PathwayDocument.Thresholds) { self.thresholds = thresholds }

    /// Walks the questions in order against `answers`.
    public func route(for answers: Answers) -> Route {
        var answeredCount = 0
        func stop(_ end: RouteEnd) -> Route { Route(answeredCount: answeredCount, end: end) }

        guard let redFlags = answers.redFlagBits else { return stop(.ask(.redFlags)) }
        answeredCount += 1
        if !redFlags.isEmpty { return stop(.decided(.immediateSpineSurgeon)) }

        guard let severe = answers.severeRadicularPain else { return stop(.ask(.severeRadicularPain)) }
        answeredCount += 1
        if severe == .yes { return stop(.decided(.specialistWithin2Weeks)) }

        guard let weeks = answers.weeksOfConservativeCare else { return stop(.ask(.weeksOfConservativeCare)) }
        answeredCount += 1
        if weeks < thresholds.primaryCareWeeks { return stop(.decided(.primaryCareConservative)) }

        // "If symptoms persist after 6 weeks" [1]: improving symptoms stay in primary care; an
        // unsure answer counts as persisting.
        guard let persist = answers.symptomsPersist else { return stop(.ask(.symptomsPersist)) }
        answeredCount += 1
        if persist == .no { return stop(.decided(.primaryCareConservative)) }
        // From 6 weeks until a surgeon is possible, no surgical answer can change the tier.
        if weeks < thresholds.surgeonMinimumWeeks { return stop(.decided(.interventionalPain)) }

        // The source's surgical criteria, one question at a time: the first unmet one ends the
        // intake. This program's own inferred criterion never does: the questions after it are
        // still asked, so the result can say whether only the inference holds the referral back.
        for key in Self.surgicalQuestions {
            guard answers.has(key) else { return stop(.ask(key)) }
            answeredCount += 1
            // Judged on the answers reached so far only: an answer further on (kept from a detour,
            // or given to evaluate) must not end the path early.
            for criterion in Self.sourceCriteria where criterion.question == key {
                if status(of: criterion, in: answers, reaching: answeredCount) != .met {
                    return stop(.decided(.interventionalPain))
                }
            }
        }
        if status(of: .painSpecialistFirst, in: answers, reaching: answeredCount) != .met {
            return stop(.decided(.interventionalPain))
        }
        return stop(.decided(.spineSurgeon))
    }

    /// The questions of the surgical criteria, in the order the intake asks them.
    private static let surgicalQuestions: [QuestionKey] = [.therapiesTried, .mri, .correlation, .willingToConsiderSurgery]
    /// Every criterion, made once rather than by `allCases` on every call.
    static let criteria: [CriterionID] = CriterionID.allCases
    /// The source's own criteria: every one but this program's inference.
    static let sourceCriteria: [CriterionID] = CriterionID.allCases.filter { !$0.isInference }

    /// A criterion's status from the one answer it depends on.
    public func status(of criterion: CriterionID, in answers: Answers) -> CriterionStatus {
        status(of: criterion, in: answers, reaching: QuestionKey.count)
    }

    /// A criterion's status judged as if only the first `reached` questions had answers: what
    /// `answers.keeping(only:)` those questions would give, without making the copy.
    func status(of criterion: CriterionID, in answers: Answers, reaching reached: Int) -> CriterionStatus {
        func judged(_ value: Bool?) -> CriterionStatus {
            guard let value else { return .notAssessed }
            return value ? .met : .unmet
        }
        func visible<Value>(_ key: QuestionKey, _ value: Value?) -> Value? { key.position < reached ? value : nil }
        let therapies = visible(.therapiesTried, answers.therapyBits)
        switch criterion {
        case .duration:
            return judged(visible(.weeksOfConservativeCare, answers.weeksOfConservativeCare).map { $0 >= thresholds.surgeonMinimumWeeks })
        case .physicalTherapy: return judged(therapies.map { $0.contains(.physicalTherapy) })
        case .painSpecialistFirst: return judged(therapies.map { $0.contains(.painSpecialist) })
        case .mriRootCompression:
            // "Persistent radiculopathy with nerve root compression documented on MRI": unmet once
            // radicular symptoms are ruled out, whatever the MRI shows; an unanswered correlation
            // does not unmeet it.
            if visible(.correlation, answers.correlation) == .noRadicularSymptoms { return .unmet }
            return judged(visible(.mri, answers.mri).map { $0 == .rootCompression })
        case .clinicalCorrelation: return judged(visible(.correlation, answers.correlation).map { $0 == .matches })
        case .willingSurgery:
            return judged(visible(.willingToConsiderSurgery, answers.willingToConsiderSurgery).map { $0 == .yes })
        }
    }

    /// "Do not delay specialist referral beyond 3 months for patients with persistent radicular
    /// pain" [1]: at the overdue threshold or later, with no PM&R or pain specialist involved yet,
    /// symptoms not improving and radicular symptoms not ruled out; never on the two urgent tiers,
    /// which refer sooner.
    public func isReferralOverdue(_ answers: Answers, tier: TierID) -> Bool {
        guard tier != .immediateSpineSurgeon, tier != .specialistWithin2Weeks, answers.symptomsPersist != .no else { return false }
        guard let weeks = answers.weeksOfConservativeCare, weeks >= thresholds.overdueWeeks,
              let therapies = answers.therapyBits, !therapies.contains(.painSpecialist)
        else { return false }
        return answers.correlation != .noRadicularSymptoms
    }
}

/// Whether one surgical criterion holds.
public enum CriterionStatus: String, Sendable, Equatable, Codable {
    case met, unmet
    case notAssessed = "not-assessed"
}
