import PathwayCore

/// What a session ends with.
public enum Outcome: Sendable, Equatable {
    /// Left on the result screen: the tier was reached, with everything that led to it.
    case finished(SessionResult)
    /// Left before a tier was reached.
    case quitBeforeTier
    /// A rehearsal run to its score.
    case practiced(RehearsalScore)
    /// A rehearsal left before its score: the cases done so far, for the progress file.
    case leftPractice(RehearsalScore)
    /// A kiosk ended by its attendant with the PIN: nothing to report.
    case endedByAttendant

    /// The tier reached, if any.
    public var tier: TierID? {
        if case .finished(let result) = self { return result.decision.tier }
        return nil
    }
}
