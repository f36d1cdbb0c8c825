import PathwayCore

/// Rehearsal: the trainee predicts the tier from the story alone, before the case's questions.
public struct PredictionScreen: ScreenType {
    var choice = SingleChoice(chosen: nil)

    var keyContext: KeyContext { .list }

    var position: Session.Position { .prediction }

    var countsAsStep: Bool { true }

    var listCursor: Int? { choice.pointer }

    var listChosen: Int? { choice.chosen }

    func canGoBack(_ env: ScreenEnvironment) -> Bool { true }

    func title(_ env: ScreenEnvironment) -> String { "Your prediction" }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.prediction, env.intake, stepsBefore: env.stepsBefore, env.pathway.rules, predicting: true)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { "From the story alone: which referral tier do you expect for this case?" }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let rows = TierID.allCases.map { ListRow(label: env.pathway.tier($0)?.title.text(env.audience) ?? $0.rawValue) }
        return .list(choice.model(rows))
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph("Choose the tier you expect from the story, then Enter. Every question of the pathway follows, "
                    + "whatever the case, so their order does not give the tier away; then the case's tier and why.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        if intent == .back { return .toStory }
        guard case .confirmed(let row) = choice.handle(intent, count: TierID.allCases.count, env) else { return .none }
        return .predicted(TierID.allCases[row])
    }
}

extension Session.Position {
    public static let prediction = Session.Position("prediction")
}
