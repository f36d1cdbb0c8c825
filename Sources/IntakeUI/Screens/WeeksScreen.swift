import PathwayCore

/// The weeks of conservative care: digits only, checked as they are typed.
public struct WeeksScreen: QuestionScreen {
    let key: QuestionKey
    /// What is typed and not yet confirmed.
    var text: String

    var keyContext: KeyContext { .weeks }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .weeks(WeeksFieldModel(text: text, maximumDigits: WeeksField.maximumDigits, maximum: env.pathway.thresholds.maximumWeeks,
                               validation: WeeksField.validate(text, maximum: env.pathway.thresholds.maximumWeeks)))
    }

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
