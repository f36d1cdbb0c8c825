import PathwayCore

/// A checklist: red flags, treatments tried. "None of these" is an explicit choice: ticked, or
/// Enter with nothing ticked and the cursor on it. A digit ticks or unticks the row of that
/// number, as Space does under the cursor.
public struct ChecklistScreen: QuestionScreen {
    let key: QuestionKey
    var cursor: Int = 0
    /// The options' values ticked; the "None of these" option's value when that is ticked. An
    /// option that counts as another is ticked by its own value, and records the other's.
    var ticked: Set<String>

    /// `ticks`: the options ticked when this question was last answered, kept while they still
    /// record the answer stored (which the answer alone cannot tell apart).
    init(key: QuestionKey, answers: Answers, pathway: Pathway, ticks: Set<String>? = nil) {
        self.key = key
        let options = ScreenContent.options(key, pathway)
        let stored = answers.values(for: key)
        ticked = stored.map { $0.isEmpty ? Set(options.filter(\.meansNone).map(\.value)) : Set($0) } ?? []
        if let ticks, let stored {
            let recorded = Set(options.filter { ticks.contains($0.value) && !$0.meansNone }.map(\.answerValue))
            if recorded == Set(stored) { ticked = ticks }
        }
    }

    var keyContext: KeyContext { .checklist }

    var listCursor: Int? { cursor }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let rows = ScreenContent.options(key, env.pathway, env.audience).map {
            ListRow(label: $0.label.text(env.audience), ticked: ticked.contains($0.value), meansNone: $0.meansNone)
        }
        return .list(ListModel(kind: .checklist, rows: rows, cursor: cursor))
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        let options = ScreenContent.options(key, env.pathway, env.audience)
        let noneValues = Set(options.filter(\.meansNone).map(\.value))
        switch intent {
        case .pickRow(let row):
            guard options.indices.contains(row) else { return .none }
            cursor = row
            return handle(.toggle, env)
        case .toggle:
            guard options.indices.contains(cursor) else { return .none }
            let option = options[cursor]
            if ticked.contains(option.value) {
                ticked.remove(option.value)
            } else if option.meansNone {
                let cleared = options.filter { !$0.meansNone && ticked.contains($0.value) }
                ticked = [option.value]
                if !cleared.isEmpty {
                    return .notice(.cleared(none: option.label.text(env.audience), items: cleared.map { $0.label.text(env.audience) }))
                }
            } else {
                ticked.subtract(noneValues)
                ticked.insert(option.value)
            }
        case .confirm:
            // Enter on "None of these", nothing ticked: that is the answer.
            if ticked.isEmpty, options.indices.contains(cursor), options[cursor].meansNone { ticked = [options[cursor].value] }
            guard !ticked.isEmpty else {
                return .notice(.chooseAtLeastOne(none: options.first(where: \.meansNone)?.label.text(env.audience) ?? "None of these"))
            }
            // Only what this audience is offered counts; two options may record the same value.
            let recorded = Set(options.filter { ticked.contains($0.value) && !$0.meansNone }.map(\.answerValue))
            guard !recorded.isEmpty || options.contains(where: { $0.meansNone && ticked.contains($0.value) }) else {
                return .notice(.chooseAtLeastOne(none: options.first(where: \.meansNone)?.label.text(env.audience) ?? "None of these"))
            }
            if let answer = AnswerValue(key: key, values: Array(recorded)) { return .answered(answer) }
        case .back:
            return .back
        default:
            cursor = movedCursor(cursor, intent, count: options.count, env) ?? 0
        }
        return .none
    }
}
