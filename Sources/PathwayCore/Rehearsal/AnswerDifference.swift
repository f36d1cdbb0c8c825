/// One question of a case's path: the trainee's answer against the case's.
public struct AnswerDifference: Sendable, Equatable {
    public let question: QuestionKey
    /// nil: the trainee gave no answer to this question.
    public let traineeAnswer: AnswerValue?
    /// nil: the case's path does not reach this question.
    public let caseAnswer: AnswerValue?
    /// Why the case's answer is what it is; nil where the case gives none.
    public let why: CaseWhy?

    /// The trainee answered as the case does.
    public var isRight: Bool { traineeAnswer == caseAnswer }
}
