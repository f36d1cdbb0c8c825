import PathwayCore

/// A rehearsal run: the cases in order, which one is on, the tier predicted for it, the score.
public struct Rehearsal: Sendable, Equatable {
    public private(set) var cases: [PracticeCase]
    public private(set) var index = 0
    public internal(set) var score = RehearsalScore()
    /// The score of the last run that reached it: once reached, leaving (even during a replay of
    /// the missed cases) ends the rehearsal as practised.
    public private(set) var reachedScore: RehearsalScore?
    /// The tier predicted from the current case's story, before its questions.
    public internal(set) var prediction: TierID?
    /// The current case's first feedback is in the score: showing the result again (after a
    /// change on the review) does not count the case twice.
    private(set) var recordedCurrent = false

    public init(cases: [PracticeCase]) { self.cases = cases }

    public var current: PracticeCase? { cases.indices.contains(index) ? cases[index] : nil }

    var story: StoryScreen? { current.map { StoryScreen(practiceCase: $0, number: index + 1, count: cases.count) } }

    /// Records the feedback on the case on screen, once: true when it was the case's first.
    @discardableResult
    mutating func record(_ feedback: RehearsalFeedback) -> Bool {
        guard !recordedCurrent else { return false }
        score.record(feedback)
        recordedCurrent = true
        return true
    }

    /// On to the next case; false after the last.
    mutating func advance() -> Bool {
        index += 1
        prediction = nil
        recordedCurrent = false
        return current != nil
    }

    /// The run is at its score.
    mutating func reachScore() { reachedScore = score }

    /// A run of the cases missed, with a fresh score.
    func replaying() -> Rehearsal? {
        let missed = cases.filter { score.missedCaseIDs.contains($0.id) }
        guard !missed.isEmpty else { return nil }
        var replay = Rehearsal(cases: missed)
        replay.reachedScore = reachedScore
        replay.score = score.startingRound()
        return replay
    }
}
