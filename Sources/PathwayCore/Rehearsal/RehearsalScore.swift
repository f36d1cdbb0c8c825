/// The score of a rehearsal: this round (a run of cases, or a replay of the missed ones) and the
/// whole session, replays included, with every attempt kept for the breakdown by rule and for
/// the progress file.
public struct RehearsalScore: Sendable, Equatable {
    public private(set) var attempted = 0
    public private(set) var correctPredictions = 0
    public private(set) var answersReachingCaseTier = 0
    /// The cases whose latest attempt was missed (see `RehearsalFeedback.isMissed`), in the
    /// order of those attempts: the replay list.
    public private(set) var missedCaseIDs: [String] = []
    /// Every attempt of the session, this round's and the rounds before it, in order.
    public private(set) var attempts: [RehearsalFeedback] = []

    public init() {}

    public mutating func record(_ feedback: RehearsalFeedback) {
        attempted += 1
        if feedback.predictionIsRight { correctPredictions += 1 }
        if feedback.answersReachCaseTier { answersReachingCaseTier += 1 }
        missedCaseIDs.removeAll { $0 == feedback.caseID }
        if feedback.isMissed { missedCaseIDs.append(feedback.caseID) }
        attempts.append(feedback)
    }

    public func recording(_ feedback: RehearsalFeedback) -> RehearsalScore {
        var copy = self
        copy.record(feedback)
        return copy
    }

    /// A new round (the replay of the missed cases): its own counts, the session's attempts kept.
    public func startingRound() -> RehearsalScore {
        var next = RehearsalScore()
        next.attempts = attempts
        return next
    }

    /// The session's totals, replays included.
    public var sessionAttempted: Int { attempts.count }
    public var sessionCorrectPredictions: Int { attempts.filter(\.predictionIsRight).count }
    public var sessionAnswersReachingCaseTier: Int { attempts.filter(\.answersReachCaseTier).count }
    public var sessionSafetyMisses: Int { attempts.filter(\.isSafetyMiss).count }
    /// Whether the session has more than this round in it.
    public var hasEarlierRounds: Bool { sessionAttempted > attempted }

    /// Per rule (each question of the pathway, for the cases whose path asks it): how many
    /// answers were given, and how many were the case's, over the session.
    public var byRule: [RuleTally] { RuleTally.tally(attempts) }

    /// The cases to replay, in the book's terms, in the order they were missed.
    public func casesToReplay(from book: CaseBook) -> [PracticeCase] {
        missedCaseIDs.compactMap(book.practiceCase)
    }
}

/// One rule's record: the question it rests on, answers judged on it and how many were right.
public struct RuleTally: Sendable, Equatable {
    public let question: QuestionKey
    public var answered: Int
    public var right: Int

    public init(question: QuestionKey, answered: Int, right: Int) {
        self.question = question
        self.answered = answered
        self.right = right
    }

    /// The tallies of `attempts`, in the intake's order, for the questions some case asked.
    static func tally(_ attempts: [RehearsalFeedback]) -> [RuleTally] {
        QuestionKey.allCases.compactMap { key in
            let judged = attempts.flatMap(\.answers).filter { $0.question == key }
            return judged.isEmpty ? nil : RuleTally(question: key, answered: judged.count, right: judged.filter(\.isRight).count)
        }
    }
}
