import PathwayCore

/// Who is using the program: it sets the wording, never the decision. Shown before the first
/// question unless `--audience` chose.
public struct AudienceScreen: FlowScreen {
    /// The pointer starts on the audience chosen before, else on the first row.
    var choice: SingleChoice

    init(chosen: Audience?) { choice = SingleChoice(chosen: chosen.flatMap { Audience.allCases.firstIndex(of: $0) }) }

    /// Coming back to it, the cursor is on the audience chosen.
    init(entering session: Session) { self.init(chosen: session.audience) }

    static func isShown(in configuration: Session.Configuration) -> Bool { configuration.audience == nil }

    static let isStep = true

    var keyContext: KeyContext { .list }

    var position: Session.Position { .audience }

    var listCursor: Int? { choice.pointer }

    var listChosen: Int? { choice.chosen }

    func title(_ env: ScreenEnvironment) -> String { env.pathway.document.audienceQuestion.title.text(env.audience) }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.before(env.flowStep), env.intake, stepsBefore: env.stepsBefore, env.pathway.rules)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { env.pathway.document.audienceQuestion.prompt.text(env.audience) }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let rows = env.pathway.document.audiences.map {
            ListRow(label: "\($0.label.text(env.audience)): \($0.description.text(env.audience))")
        }
        return .list(choice.model(rows))
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] { [.paragraph(env.pathway.document.audienceQuestion.help.text(env.audience))] }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        if intent == .back { return .back }
        guard case .confirmed(let row) = choice.handle(intent, count: Audience.allCases.count, env) else { return .none }
        return .choseAudience(Audience.allCases[row])
    }
}

extension Session.Position {
    public static let audience = Session.Position("audience")
}
