import PathwayCore

/// What a screen needs to know besides its own state.
struct ScreenEnvironment {
    let pathway: Pathway
    let audience: Audience
    let intake: IntakeState
    let ascii: Bool
    /// Whether the audience screen comes first (no `--audience`).
    let audienceScreen: Bool
    /// How far PgUp and PgDn scroll text.
    let pageHeight: Int
    /// The row PgDn (true) or PgUp (false) lands on from a row, at the current size.
    let pageTarget: (_ down: Bool, _ from: Int?) -> Int
}

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

/// One screen: its own state, its keys, its title, what it says and what its keys do.
protocol ScreenType: Sendable, Equatable {
    var keyContext: KeyContext { get }
    func title(_ env: ScreenEnvironment) -> String
    func step(_ env: ScreenEnvironment) -> StepCount
    func prompt(_ env: ScreenEnvironment) -> String?
    func content(_ env: ScreenEnvironment) -> ScreenModel.Content
    func help(_ env: ScreenEnvironment) -> [HelpBlock]
    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect
}

/// A list cursor after a move; nil (nothing chosen yet) moves onto the list.
func movedCursor(_ cursor: Int?, _ intent: Intent, count: Int, _ env: ScreenEnvironment) -> Int? {
    guard count > 0 else { return cursor }
    let at = cursor ?? -1
    switch intent {
    case .moveUp: return max(0, at - 1)
    case .moveDown: return min(count - 1, max(0, at + 1))
    case .pageUp: return env.pageTarget(false, cursor)
    case .pageDown: return env.pageTarget(true, cursor)
    case .top: return 0
    case .bottom: return count - 1
    default: return cursor
    }
}
