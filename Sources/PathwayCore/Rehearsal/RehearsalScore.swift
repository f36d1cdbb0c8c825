/// The score over a run of cases: how many predictions were the case's tier, how many times the
/// trainee's answers reached it, and the cases to offer for replay.
public struct RehearsalScore: Sendable, Equatable {
    public private(set) var attempted = 0
    public private(set) var correctPredictions = 0
    public private(set) var answersReachingCaseTier = 0
    /// The cases whose latest attempt was missed (see `RehearsalFeedback.isMissed`), in the
    /// order of those attempts: the replay list.
    public private(set) var missedCaseIDs: [String] = []

    public init() {}

    public mutating func record(_ feedback: RehearsalFeedback) {
        attempted += 1
        if feedback.predictionIsRight { correctPredictions += 1 }
        if feedback.answersReachCaseTier { answersReachingCaseTier += 1 }
        missedCaseIDs.removeAll { $0 == feedback.caseID }
        if feedback.isMissed { missedCaseIDs.append(feedback.caseID) }
    }

    public func recording(_ feedback: RehearsalFeedback) -> RehearsalScore {
        var copy = self
        copy.record(feedback)
        return copy
    }

    /// The cases to replay, in the book's terms, in the order they were missed.
    public func casesToReplay(from book: CaseBook) -> [PracticeCase] {
        missedCaseIDs.compactMap(book.practiceCase)
    }
}
