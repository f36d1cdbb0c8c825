import PathwayCore

/// What the screens show, read from the content for the current audience.
enum ScreenContent {
    struct Option {
        let value: String
        let label: Wording
        let meansNone: Bool
        let help: [PathwayDocument.Statement]
    }

    /// The options of a choice question in the content's order ("None of these" last).
    static func options(_ key: QuestionKey, _ pathway: Pathway) -> [Option] {
        (pathway.question(key)?.options ?? []).map {
            Option(value: $0.value, label: $0.label, meansNone: $0.meansNone ?? false, help: $0.help ?? [])
        }
    }

    /// The answers the review lists: every one on the current path.
    static func reviewKeys(_ intake: IntakeState, _ pathway: Pathway) -> [QuestionKey] {
        pathway.rules.route(for: intake.answers).answered
    }

    /// The review's last row: the result, when the answers reach one; otherwise the question the
    /// path still needs (the intake does not enter the review then, but Enter must never be idle).
    static func reviewEnd(_ state: ScreenState, _ pathway: Pathway) -> String {
        switch pathway.rules.route(for: state.intake.answers).end {
        case .decided: return state.audience == .patient ? "See my result" : "Show the result"
        case .ask(let key): return "Continue: " + (pathway.question(key)?.title.text(state.audience) ?? key.rawValue)
        }
    }

    /// An answer as the review shows it.
    static func answerText(_ key: QuestionKey, _ answers: Answers, _ pathway: Pathway, _ audience: Audience) -> String {
        guard let values = answers.values(for: key) else { return "-" }
        if key == .weeksOfConservativeCare {
            return answers.weeksOfConservativeCare.map { $0 == 1 ? "1 week" : "\($0) weeks" } ?? "-"
        }
        if values.isEmpty {
            return options(key, pathway).first(where: \.meansNone)?.label.text(audience) ?? "None"
        }
        return values.map { pathway.optionLabel(key, $0, audience) }.joined(separator: "; ")
    }

    /// The screen's short title for the title bar.
    static func title(_ state: ScreenState, _ pathway: Pathway) -> String {
        let audience = state.audience
        switch state.intake.step {
        case .audience: return pathway.document.audienceQuestion.title.text(audience)
        case .question(let key): return pathway.question(key)?.title.text(audience) ?? key.rawValue
        case .review: return audience == .patient ? "Check your answers" : "Review"
        case .result: return audience == .patient ? "Your result" : "Result"
        }
    }

    /// "Step i of n": screens on the path so far, and as many as it can still take.
    static func step(_ intake: IntakeState, _ rules: PathwayRules) -> (index: Int, total: Int) {
        let before = intake.audienceIsFixed ? 0 : 1
        let route = rules.route(for: intake.answers)
        let remaining: Int
        switch route.end {
        case .decided: remaining = 0
        case .ask(let key): remaining = QuestionKey.allCases.filter { $0 > key }.count
        }
        let total = before + route.reached.count + remaining + 2
        let index: Int
        switch intake.step {
        case .audience: index = 1
        case .question(let key): index = before + (route.reached.firstIndex(of: key).map { $0 + 1 } ?? 1)
        case .review: index = total - 1
        case .result: index = total
        }
        return (index, total)
    }
}
