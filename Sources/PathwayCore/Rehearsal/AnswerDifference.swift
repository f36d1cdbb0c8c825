/// One question where a trainee's answer differs from the case's.
public struct AnswerDifference: Sendable, Equatable {
    public let question: QuestionKey
    /// nil: the trainee's answers did not reach this question.
    public let traineeAnswer: AnswerValue?
    /// nil: the case's path does not reach this question (the trainee's path went further).
    public let caseAnswer: AnswerValue?
    /// Why the case's answer is what it is; nil where the case gives none.
    public let why: CaseWhy?
}
