import PathwayCore

/// A finished session: the answers, the decision and the wording they were shown in, for the
/// report, the chart note and the saved answers.
public struct SessionResult: Sendable, Equatable {
    public let audience: Audience
    public let answers: Answers
    public let decision: Decision
}
