/// What a trainee is told after a case: their prediction (made from the story, before the
/// questions) against the case's tier, each answer on the case's path against the case's, the
/// tier their own answers reach, and any safety miss.
public struct RehearsalFeedback: Sendable, Equatable {
    public let caseID: String
    /// The tier the trainee predicted from the story.
    public let predicted: TierID
    /// The case's tier: what the pathway gives for the case's answers.
    public let caseTier: TierID
    /// The other tier that counts as right where the case rests on a labelled reading.
    public let alsoRight: TierID?
    /// What the pathway gives for the trainee's answers; nil when they do not reach a tier.
    public let pathwayTier: TierID?
    /// Every question on the case's path, in the intake's order, right or not.
    public let answers: [AnswerDifference]
    /// Questions the trainee was asked (rehearsal asks every one) that the case's tier does not need.
    public let notNeeded: [QuestionKey]

    /// The answers that differ from the case's, in the intake's order.
    public var differences: [AnswerDifference] { answers.filter { !$0.isRight } }
    /// The prediction counts: the case's tier, or the other one its reading leaves open.
    public var predictionIsRight: Bool { predicted == caseTier || predicted == alsoRight }
    /// The prediction is exactly the case's tier.
    public var predictionIsCaseTier: Bool { predicted == caseTier }
    /// The prediction is what the pathway gave for the trainee's own answers.
    public var predictionAgreesWithPathway: Bool { predicted == pathwayTier }
    /// The trainee's answers reach the case's tier (perhaps by other answers).
    public var answersReachCaseTier: Bool { pathwayTier == caseTier }
    /// The case goes on the replay list: a wrong prediction, or answers that reach another tier.
    public var isMissed: Bool { !predictionIsRight || !answersReachCaseTier }

    /// A miss that would delay urgent care: a red flag the answers left out, or the immediate
    /// tier neither predicted nor reached.
    public enum SafetyMiss: Sendable, Equatable {
        case redFlagMissed
        case urgentTierNotPredicted
        case urgentTierNotReached
    }

    public var safetyMisses: [SafetyMiss] {
        guard caseTier == .immediateSpineSurgeon else { return [] }
        var misses: [SafetyMiss] = []
        if let flags = answers.first(where: { $0.question == .redFlags }),
           case .redFlags(let given)? = flags.traineeAnswer, given.isEmpty {
            misses.append(.redFlagMissed)
        }
        if predicted != .immediateSpineSurgeon { misses.append(.urgentTierNotPredicted) }
        if pathwayTier != .immediateSpineSurgeon { misses.append(.urgentTierNotReached) }
        return misses
    }

    public var isSafetyMiss: Bool { !safetyMisses.isEmpty }
}

extension PracticeCase {
    /// Compares the trainee's answers and prediction with the case. Rehearsal asks every
    /// question, so each answer on the case's path is judged as given, whatever the trainee's own
    /// path; the tier their answers reach comes from their path alone, as in the intake.
    public func feedback(answers given: Answers, predicted: TierID, rules: PathwayRules) -> RehearsalFeedback {
        let route = rules.route(for: given)
        var pathwayTier: TierID?
        if case .decided(let tier) = route.end { pathwayTier = tier }
        let onPath = questions
        let verdicts = onPath.map { key in
            AnswerDifference(question: key, traineeAnswer: given.value(for: key), caseAnswer: answers.value(for: key), why: why[key])
        }
        let notNeeded = QuestionKey.allCases.filter { !onPath.contains($0) && given.has($0) }
        return RehearsalFeedback(caseID: id, predicted: predicted, caseTier: tier, alsoRight: alsoRight?.tier, pathwayTier: pathwayTier,
                                 answers: verdicts, notNeeded: notNeeded)
    }
}
