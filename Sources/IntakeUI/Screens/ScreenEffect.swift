import PathwayCore

/// What a screen asks of the session after a key.
enum ScreenEffect: Equatable {
    case none
    /// From the kiosk's welcome to the first question.
    case begin
    case notice(Notice)
    case choseAudience(Audience)
    case answered(AnswerValue)
    case back
    case changeAnswer(QuestionKey)
    case showResult
    case toReview
    case startOver
    /// On the result: show it in another audience's wording.
    case switchWording
    /// Rehearsal: start the case on screen, predict a tier, go on to the next case, replay.
    case startCase
    case predicted(TierID)
    case nextCase
    case replayMissed
}
