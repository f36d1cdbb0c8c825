/// What one pathway's result decides for one answer set, as its intake asks it: the parts a
/// clinician acts on (the tier, the criteria it names unmet, the warnings, what to do), without
/// their wording.
public struct IntakeOutcome: Sendable, Hashable {
    public let tier: TierID
    /// The criteria the result names unmet, as `evaluate`'s JSON lists them (`interventional-pain` only).
    public let unmetCriteria: [CriterionID]
    /// The reasons the result shows as warnings, near its top (`referral-overdue`).
    public let warnings: [ReasonID]
    /// What to do, by action id, in the result's order.
    public let actions: [String]
}

extension IntakeOutcome {
    /// The reasons a result shows as warnings rather than among its reasons (see
    /// `Explanation.overdueWarning`).
    public static let warningReasons: [ReasonID] = [.referralOverdue]
}

extension Pathway {
    /// The decision the intake reaches for `answers`: on the answers its path reaches only, as the
    /// intake counts them (`IntakeState.decision`). Nil when the path is not whole, or when the
    /// intake refuses an answer (weeks beyond this content's maximum).
    public func intakeDecision(_ answers: Answers) -> Decision? {
        if let weeks = answers.weeksOfConservativeCare, !(0...thresholds.maximumWeeks).contains(weeks) { return nil }
        return IntakeState(answers: answers, rules: rules).decision(rules)
    }

    /// What the result decides for `decision`.
    public func outcome(of decision: Decision) -> IntakeOutcome {
        IntakeOutcome(
            tier: decision.tier,
            unmetCriteria: decision.tier == .interventionalPain ? decision.criteria(.unmet) : [],
            warnings: decision.reasonIDs.filter(IntakeOutcome.warningReasons.contains),
            actions: actions(for: decision).map(\.id))
    }
}
