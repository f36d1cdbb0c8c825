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

    public init(id: String, title: String, story: String, tier: TierID, answers: Answers, why: [QuestionKey: CaseWhy]) {
        self.id = id
        self.title = title
        self.story = story
        self.tier = tier
        self.answers = answers
        self.why = why
    }

    /// The questions the case answers, in the intake's order.
    public var questions: [QuestionKey] { QuestionKey.allCases.filter(answers.has) }
}
