/// Where the intake stands for a set of answers: the next question to ask, or the tier reached.
public enum RouteEnd: Sendable, Equatable, Hashable {
    case ask(QuestionKey)
    case decided(TierID)
}

/// The questions a set of answers reaches, in order, and where it ends.
public struct Route: Sendable, Equatable {
    /// Every question the path reaches and that has an answer, in order.
    public let answered: [QuestionKey]
    public let end: RouteEnd

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
        var answered: [QuestionKey] = []
        func stop(_ end: RouteEnd) -> Route { Route(answered: answered, end: end) }

        guard let redFlags = answers.redFlags else { return stop(.ask(.redFlags)) }
        answered.append(.redFlags)
        if !redFlags.isEmpty { return stop(.decided(.immediateSpineSurgeon)) }

        guard let severe = answers.severeRadicularPain else { return stop(.ask(.severeRadicularPain)) }
        answered.append(.severeRadicularPain)
        if severe == .yes { return stop(.decided(.specialistWithin2Weeks)) }

        guard let weeks = answers.weeksOfConservativeCare else { return stop(.ask(.weeksOfConservativeCare)) }
        answered.append(.weeksOfConservativeCare)
        if weeks < thresholds.primaryCareWeeks { return stop(.decided(.primaryCareConservative)) }
        // From 6 weeks until a surgeon is possible, no surgical answer can change the tier.
        if weeks < thresholds.surgeonMinimumWeeks { return stop(.decided(.interventionalPain)) }

        // The surgical criteria, one question at a time: the first unmet one ends the intake.
        for key in [QuestionKey.therapiesTried, .mri, .correlation, .willingToConsiderSurgery] {
            guard answers.has(key) else { return stop(.ask(key)) }
            answered.append(key)
            // Judged on the answers reached so far only: an answer further on (kept from a detour,
            // or given to evaluate) must not end the path early.
            let reached = answers.keeping(only: answered)
            let criteria = CriterionID.allCases.filter { $0.question == key }
            if criteria.contains(where: { status(of: $0, in: reached) != .met }) {
                return stop(.decided(.interventionalPain))
            }
        }
        return stop(.decided(.spineSurgeon))
    }

    /// A criterion's status from the one answer it depends on.
    public func status(of criterion: CriterionID, in answers: Answers) -> CriterionStatus {
        func judged(_ value: Bool?) -> CriterionStatus {
            guard let value else { return .notAssessed }
            return value ? .met : .unmet
        }
        switch criterion {
        case .duration: return judged(answers.weeksOfConservativeCare.map { $0 >= thresholds.surgeonMinimumWeeks })
        case .physicalTherapy: return judged(answers.therapiesTried.map { $0.contains(.physicalTherapy) })
        case .painSpecialistFirst: return judged(answers.therapiesTried.map { $0.contains(.painSpecialist) })
        case .mriRootCompression:
            // "Persistent radiculopathy with nerve root compression documented on MRI": unmet once
            // radicular symptoms are ruled out, whatever the MRI shows; an unanswered correlation
            // does not unmeet it.
            if answers.correlation == .noRadicularSymptoms { return .unmet }
            return judged(answers.mri.map { $0 == .rootCompression })
        case .clinicalCorrelation: return judged(answers.correlation.map { $0 == .matches })
        case .willingSurgery: return judged(answers.willingToConsiderSurgery.map { $0 == .yes })
        }
    }

    /// "Do not delay specialist referral beyond 3 months for patients with persistent radicular
    /// pain" [1]: at the overdue threshold or later, with no PM&R or pain specialist involved yet
    /// and radicular symptoms not ruled out; never on the two urgent tiers, which refer sooner.
    public func isReferralOverdue(_ answers: Answers, tier: TierID) -> Bool {
        guard tier != .immediateSpineSurgeon, tier != .specialistWithin2Weeks else { return false }
        guard let weeks = answers.weeksOfConservativeCare, weeks >= thresholds.overdueWeeks,
              let therapies = answers.therapiesTried, !therapies.contains(.painSpecialist)
        else { return false }
        return answers.correlation != .noRadicularSymptoms
    }
}

/// Whether one surgical criterion holds.
public enum CriterionStatus: String, Sendable, Equatable, Codable {
    case met, unmet
    case notAssessed = "not-assessed"
}
