/// A practice case for trainees: a short clinical story written from the pathway (no real
/// patient), the answers a trainee should give from it, the tier those answers reach, and why
/// each answer is what it is. Loaded cases have passed lint: the answers are valid, answer
/// exactly the questions the intake asks on their path, and reach `tier`.
public struct PracticeCase: Sendable, Equatable, Identifiable {
    /// Stable and kebab-case: `--case` names it, and a replay list keeps it.
    public let id: String
    public let title: String
    public let story: String
    /// The tier the pathway gives for `answers`.
    public let tier: TierID
    public let answers: Answers
    /// One per answer given.
    public let why: [QuestionKey: CaseWhy]
    /// Where `tier` rests on this program's reading of a vague phrase in the source (9 weeks for
    /// "2-3 months"), the other tier the source supports: a prediction of it counts as right.
    public let alsoRight: AlsoRightTier?

    public init(id: String, title: String, story: String, tier: TierID, answers: Answers, why: [QuestionKey: CaseWhy],
                alsoRight: AlsoRightTier? = nil) {
        self.id = id
        self.title = title
        self.story = story
        self.tier = tier
        self.answers = answers
        self.why = why
        self.alsoRight = alsoRight
    }

    /// The tiers a prediction may name and count as right: the case's, and the one its reading leaves open.
    public var rightTiers: [TierID] { [tier] + (alsoRight.map { [$0.tier] } ?? []) }

    /// The questions the case answers, in the intake's order.
    public var questions: [QuestionKey] { QuestionKey.allCases.filter(answers.has) }
}
