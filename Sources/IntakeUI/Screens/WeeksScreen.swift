import PathwayCore

/// The weeks of conservative care: digits only, checked as they are typed.
public struct WeeksScreen: ScreenType {
    let key: QuestionKey
    /// What is typed and not yet confirmed.
    var text: String

    var keyContext: KeyContext { .weeks }

    var position: Session.Position { .question(key) }

    /// Back along the path, or to the audience screen from the first question.
    func canGoBack(intake: IntakeState, rules: PathwayRules, audienceScreen: Bool) -> Bool {
        intake.canGoBack(rules) || audienceScreen
    }

    func title(_ env: ScreenEnvironment) -> String { env.pathway.question(key)?.title.text(env.audience) ?? key.rawValue }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.question(key), env.intake, audienceScreen: env.audienceScreen, env.pathway.rules)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { env.pathway.question(key)?.prompt.text(env.audience) ?? key.rawValue }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .weeks(WeeksFieldModel(text: text, maximumDigits: WeeksField.maximumDigits,
                               validation: WeeksField.validate(text, maximum: env.pathway.thresholds.maximumWeeks)))
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] { ScreenContent.help(key, env.pathway, env.audience) }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch intent {
        case .typeDigit(let digit):
            guard text.count < WeeksField.maximumDigits else { return .notice(.atMostDigits(WeeksField.maximumDigits)) }
            text = text == "0" ? String(digit) : text + String(digit)
        case .deleteDigit:
            // An empty field stays: a held Backspace must not walk back through the screens.
            guard !text.isEmpty else { return .notice(.nothingToDelete) }
            text.removeLast()
        case .rejectCharacter(let c):
            return .notice(.digitsOnly(c))
        case .confirm:
            switch WeeksField.validate(text, maximum: env.pathway.thresholds.maximumWeeks) {
            case .valid(let weeks): return .answered(.weeksOfConservativeCare(weeks))
            case .invalid(let reason): if text.isEmpty { return .notice(.typeWeeks(reason)) }  // else shown beside the field
            }
        case .back:
            return .back
        default:
            break
        }
        return .none
    }
}
