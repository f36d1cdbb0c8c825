import PathwayCore

/// A rehearsal run: the cases in order, which one is on, the tier predicted for it, the score.
public struct Rehearsal: Sendable, Equatable {
    public private(set) var cases: [PracticeCase]
    public private(set) var index = 0
    public private(set) var score = RehearsalScore()
    /// The score of the last run that reached it: once reached, leaving (even during a replay of
    /// the missed cases) ends the rehearsal as practised.
    public private(set) var reachedScore: RehearsalScore?

    public init(cases: [PracticeCase]) { self.cases = cases }

    public var current: PracticeCase? { cases.indices.contains(index) ? cases[index] : nil }

    var story: StoryScreen? { current.map { StoryScreen(practiceCase: $0, number: index + 1, count: cases.count) } }

    /// Records the feedback on the case on screen.
    mutating func record(_ feedback: RehearsalFeedback) { score.record(feedback) }

    /// On to the next case; false after the last.
    mutating func advance() -> Bool {
        index += 1
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
        return replay
    }
}
