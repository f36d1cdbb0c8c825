import PathwayCore

/// The screen a session shows: any screen type, each its own file. The session and the views
/// only ask it what the `ScreenType` protocol says; a type is looked for by name where one
/// screen's own state matters (`screen.as(ResultScreen.self)`).
public struct Screen: Sendable, Equatable {
    let current: any ScreenType

    init(_ screen: some ScreenType) { current = screen }

    /// The screen as `type`, if it is one.
    func `as`<S: ScreenType>(_ type: S.Type) -> S? { current as? S }

    /// Whether it is a screen of `type`.
    func `is`<S: ScreenType>(_ type: S.Type) -> Bool { current is S }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        let (next, effect) = current.handled(intent, env)
        self = next
        return effect
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool { lhs.current.isSame(as: rhs.current) }

    /// The screen that asks `key`, filled in from the stored answer (or typed draft, or the
    /// options last ticked for it).
    static func question(_ key: QuestionKey, answers: Answers, draft: String?, ticks: Set<String>? = nil,
                         pathway: Pathway) -> Screen {
        switch key.kind {
        case .singleSelect: return Screen(ChoiceScreen(key: key, answers: answers, pathway: pathway))
        case .multiSelect: return Screen(ChecklistScreen(key: key, answers: answers, pathway: pathway, ticks: ticks))
        case .weeks: return Screen(WeeksScreen(key: key, text: draft ?? answers.values(for: key)?.first ?? ""))
        }
    }
}
