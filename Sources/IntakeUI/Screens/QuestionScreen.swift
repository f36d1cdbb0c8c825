import PathwayCore

/// A screen that asks one of the pathway's questions: its title, step, prompt, help and place
/// come from the question itself.
protocol QuestionScreen: ScreenType {
    var key: QuestionKey { get }
}

extension QuestionScreen {
    var position: Session.Position { .question(key) }

    var countsAsStep: Bool { true }

    /// Back along the path, or from the first question to the screen before it (the audience
    /// screen, the kiosk's welcome).
    func canGoBack(_ env: ScreenEnvironment) -> Bool {
        env.intake.canGoBack(env.pathway.rules) || env.hasScreenBefore
    }

    func title(_ env: ScreenEnvironment) -> String { env.pathway.question(key)?.title.text(env.audience) ?? key.rawValue }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.question(key), env.intake, stepsBefore: env.stepsBefore, env.pathway.rules, predicting: env.rehearsal)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { env.pathway.question(key)?.prompt.text(env.audience) ?? key.rawValue }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] { ScreenContent.help(key, env.pathway, env.audience) }
}

extension Session.Position {
    /// The question that asks `key`.
    public static func question(_ key: QuestionKey) -> Session.Position { Session.Position("question", key.rawValue) }

    /// The question's key, at a question.
    public var questionKey: QuestionKey? { name == "question" ? detail.flatMap(QuestionKey.init(rawValue:)) : nil }
}
