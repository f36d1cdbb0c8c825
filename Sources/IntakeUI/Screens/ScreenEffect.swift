import PathwayCore

/// What a screen asks of the session after a key.
enum ScreenEffect: Equatable {
    case none
    /// On to the next screen of the flow: after a screen before the intake, the next one or the
    /// first question; after the result, the next screen there (the kiosk's finish).
    case goOn
    case notice(Notice)
    case choseAudience(Audience)
    case answered(AnswerValue)
    /// Back one screen: along the intake's path, or to the screen before in the flow.
    case back
    case changeAnswer(QuestionKey)
    case showResult
    case toReview
    case startOver
    /// On the result: show it in another audience's wording, at the section that was at the top.
    case switchWording(at: ReportDocument.SectionKind?)
    /// Rehearsal: start the case on screen, predict a tier, go on to the next case, replay.
    case startCase
    /// Rehearsal: back from the prediction to the case's story.
    case toStory
    case predicted(TierID)
    case nextCase
    case replayMissed
}
