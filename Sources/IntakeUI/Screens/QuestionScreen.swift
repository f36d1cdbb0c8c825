import PathwayCore

/// A screen that asks one of the pathway's questions: its title, step, prompt, help and place
/// come from the question itself.
protocol QuestionScreen: ScreenType {
    var key: QuestionKey { get }
}

extension QuestionScreen {
    var position: Session.Position { .question(key) }

    /// Back along the path, or to the audience screen from the first question.
    func canGoBack(intake: IntakeState, rules: PathwayRules, audienceScreen: Bool) -> Bool {
        intake.canGoBack(rules) || audienceScreen
    }

    func title(_ env: ScreenEnvironment) -> String { env.pathway.question(key)?.title.text(env.audience) ?? key.rawValue }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.question(key), env.intake, audienceScreen: env.audienceScreen, env.pathway.rules, predicting: env.rehearsal)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { env.pathway.question(key)?.prompt.text(env.audience) ?? key.rawValue }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] { ScreenContent.help(key, env.pathway, env.audience) }
}
