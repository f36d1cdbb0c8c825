import PathwayCore

/// Every answer on the path, each one a row that can be changed, then the way on to the result.
public struct ReviewScreen: ScreenType {
    /// A row: an answer, or (one past the last) "show the result".
    var cursor: Int

    var keyContext: KeyContext { .review }

    var position: Session.Position { .review }

    var countsAsStep: Bool { true }

    var listCursor: Int? { cursor }

    func canGoBack(_ env: ScreenEnvironment) -> Bool { true }

    func title(_ env: ScreenEnvironment) -> String { env.audience == .patient ? "Check your answers" : "Review" }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.review, env.intake, stepsBefore: env.stepsBefore, env.pathway.rules, predicting: env.rehearsal)
    }

    func prompt(_ env: ScreenEnvironment) -> String? {
        env.audience == .patient ? "Check your answers. Choose one to change it." : "Review the answers. Choose one to change it."
    }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let keys = env.intake.answeredPath(env.pathway.rules)
        var rows = keys.map { key in
            ListRow(label: "\(env.pathway.question(key)?.title.text(env.audience) ?? key.rawValue): "
                    + ScreenContent.answerText(key, env.intake.answers, env.pathway, env.audience))
        }
        rows.append(ListRow(label: env.audience == .patient ? "See my result" : "Show the result", goesOn: true))
        return .list(ListModel(kind: .review, rows: rows, cursor: min(cursor, keys.count)))
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        if env.audience == .patient {
            return [.paragraph("These are your answers. To change one, move to it and press Enter. "
                               + "To see your result, choose the last line.")]
        }
        return [.paragraph("Every answer on the path is listed; choose one to change it. The questions that follow are "
                    + "asked again only where the change needs them.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        let keys = env.intake.answeredPath(env.pathway.rules)
        switch intent {
        case .confirm:
            return keys.indices.contains(cursor) ? .changeAnswer(keys[cursor]) : .showResult
        case .back:
            return .back
        default:
            cursor = movedCursor(cursor, intent, count: keys.count + 1, env) ?? cursor
        }
        return .none
    }
}

extension Session.Position {
    public static let review = Session.Position("review")
}
