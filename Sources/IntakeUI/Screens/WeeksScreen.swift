import PathwayCore

/// The weeks of conservative care: a number of weeks, or of months with an m, checked as typed.
public struct WeeksScreen: QuestionScreen {
    let key: QuestionKey
    /// What is typed and not yet confirmed.
    var text: String

    var keyContext: KeyContext { .weeks }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let maximum = env.pathway.thresholds.maximumWeeks
        return .weeks(WeeksFieldModel(text: text, maximumLength: WeeksField.maximumLength, maximum: maximum,
                                      validation: WeeksField.validate(text, maximum: maximum),
                                      conversion: WeeksField.conversion(text, maximum: maximum)))
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch intent {
        case .typeDigit(let digit):
            guard text.count < WeeksField.maximumLength else { return .notice(.atMostCharacters(WeeksField.maximumLength)) }
            text = text == "0" ? String(digit) : text + String(digit)
        case .typeCharacter(let c):
            // A unit after the number: "3m", "3 months", "10 weeks".
            guard text.count < WeeksField.maximumLength else { return .notice(.atMostCharacters(WeeksField.maximumLength)) }
            guard c == " " || (c.isASCII && c.isLetter) else { return .notice(.weeksOrMonths(c)) }
            if c == " ", text.isEmpty || text.hasSuffix(" ") { return .none }
            text.append(c)
        case .deleteDigit:
            // An empty field stays: a held Backspace must not walk back through the screens.
            guard !text.isEmpty else { return .notice(.nothingToDelete) }
            text.removeLast()
        case .rejectCharacter(let c):
            return .notice(.weeksOrMonths(c))
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
