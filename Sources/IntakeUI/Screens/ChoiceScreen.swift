import PathwayCore

/// A single-choice question: Yes / No / Not sure, the MRI finding, the correlation. Choosing on
/// it follows the rules every single-choice list shares (`SingleChoice`).
public struct ChoiceScreen: QuestionScreen {
    let key: QuestionKey
    var choice: SingleChoice
    /// The row each of `y`, `n` and `u` chooses, where the answers are Yes, No and Not sure.
    let letters: [Character: Int]

    init(key: QuestionKey, answers: Answers, pathway: Pathway) {
        self.key = key
        let stored = answers.values(for: key)?.first
        let options = ScreenContent.options(key, pathway)
        choice = SingleChoice(chosen: options.firstIndex { $0.value == stored })
        letters = yesNoLetters(options.map(\.value))
    }

    var keyContext: KeyContext { letters.isEmpty ? .list : .yesNo }

    var listCursor: Int? { choice.pointer }

    var listChosen: Int? { choice.chosen }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .list(choice.model(ScreenContent.options(key, env.pathway, env.audience).map { ListRow(label: $0.label.text(env.audience)) }))
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        let options = ScreenContent.options(key, env.pathway, env.audience)
        if intent == .back { return .back }
        guard case .confirmed(let row) = choice.handle(intent, count: options.count, letters: letters, env) else { return .none }
        guard let answer = AnswerValue(key: key, values: [options[row].answerValue]) else { return .notice(.chooseOne) }
        return .answered(answer)
    }
}
