import PathwayCore

/// A single-choice question: Yes / No / Not sure, the MRI finding, the correlation.
public struct ChoiceScreen: QuestionScreen {
    let key: QuestionKey
    /// The row under the cursor, which is the one chosen; nil before a choice, so a stray
    /// Enter records nothing.
    var cursor: Int?

    init(key: QuestionKey, answers: Answers, pathway: Pathway) {
        self.key = key
        let stored = answers.values(for: key)?.first
        cursor = ScreenContent.options(key, pathway).firstIndex { $0.value == stored }
    }

    var keyContext: KeyContext { .list }

    var listCursor: Int? { cursor }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let rows = ScreenContent.options(key, env.pathway, env.audience).map { ListRow(label: $0.label.text(env.audience)) }
        return .list(ListModel(kind: .single, rows: rows, cursor: cursor))
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        let options = ScreenContent.options(key, env.pathway, env.audience)
        switch intent {
        case .choose:
            if cursor == nil { cursor = 0 }
        case .confirm:
            guard let cursor, options.indices.contains(cursor),
                  let answer = AnswerValue(key: key, values: [options[cursor].answerValue]) else { return .notice(.chooseOne) }
            return .answered(answer)
        case .back:
            return .back
        default:
            cursor = movedCursor(cursor, intent, count: options.count, env)
        }
        return .none
    }
}
