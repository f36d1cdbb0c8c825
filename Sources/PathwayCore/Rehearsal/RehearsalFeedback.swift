/// What a trainee is told after a case: their prediction against the case's tier and against
/// the tier their own answers reach, and where their answers differ from the case's.
public struct RehearsalFeedback: Sendable, Equatable {
    public let caseID: String
    /// The tier the trainee predicted before it was shown.
    public let predicted: TierID
    /// The case's tier: what the pathway gives for the case's answers.
    public let caseTier: TierID
    /// What the pathway gives for the trainee's answers (the result they are shown); nil when
    /// their answers do not reach a tier.
    public let pathwayTier: TierID?
    /// In the intake's order; empty when the trainee answered as the case does.
    public let differences: [AnswerDifference]

    /// The prediction is the case's tier: what the score counts.
    public var predictionIsCaseTier: Bool { predicted == caseTier }
    /// The prediction is what the pathway gave for the trainee's own answers.
    public var predictionAgreesWithPathway: Bool { predicted == pathwayTier }
    /// The trainee's answers reach the case's tier (perhaps by other answers).
    public var answersReachCaseTier: Bool { pathwayTier == caseTier }
    /// The case goes on the replay list: a wrong prediction, or answers that reach another tier.
    public var isMissed: Bool { !predictionIsCaseTier || !answersReachCaseTier }
}

extension PracticeCase {
    /// Compares the trainee's answers and prediction with the case. Only the answers on the path
    /// the trainee's answers lay out count, as in the intake: an answer left from a detour is not
    /// theirs.
    public func feedback(answers given: Answers, predicted: TierID, rules: PathwayRules) -> RehearsalFeedback {
        let route = rules.route(for: given)
        let counted = given.keeping(only: route.answered)
        var pathwayTier: TierID?
        if case .decided(let tier) = route.end { pathwayTier = tier }
        let differences = QuestionKey.allCases.compactMap { key -> AnswerDifference? in
            let theirs = counted.value(for: key), expected = answers.value(for: key)
            guard theirs != expected else { return nil }
            return AnswerDifference(question: key, traineeAnswer: theirs, caseAnswer: expected, why: why[key])
        }
        return RehearsalFeedback(caseID: id, predicted: predicted, caseTier: tier, pathwayTier: pathwayTier,
                                 differences: differences)
    }
}
