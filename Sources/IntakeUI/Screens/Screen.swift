import PathwayCore

/// The screens of a session. A new screen is a file of its own and one case here.
public enum Screen: Sendable, Equatable {
    case welcome(WelcomeScreen)
    case audience(AudienceScreen)
    case choice(ChoiceScreen)
    case checklist(ChecklistScreen)
    case weeks(WeeksScreen)
    case review(ReviewScreen)
    case result(ResultScreen)
    case story(StoryScreen)
    case prediction(PredictionScreen)
    case score(ScoreScreen)

    var current: any ScreenType {
        switch self {
        case .welcome(let screen): return screen
        case .audience(let screen): return screen
        case .choice(let screen): return screen
        case .checklist(let screen): return screen
        case .weeks(let screen): return screen
        case .review(let screen): return screen
        case .result(let screen): return screen
        case .story(let screen): return screen
        case .prediction(let screen): return screen
        case .score(let screen): return screen
        }
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch self {
        case .welcome(var screen): defer { self = .welcome(screen) }; return screen.handle(intent, env)
        case .audience(var screen): defer { self = .audience(screen) }; return screen.handle(intent, env)
        case .choice(var screen): defer { self = .choice(screen) }; return screen.handle(intent, env)
        case .checklist(var screen): defer { self = .checklist(screen) }; return screen.handle(intent, env)
        case .weeks(var screen): defer { self = .weeks(screen) }; return screen.handle(intent, env)
        case .review(var screen): defer { self = .review(screen) }; return screen.handle(intent, env)
        case .result(var screen): defer { self = .result(screen) }; return screen.handle(intent, env)
        case .story(var screen): defer { self = .story(screen) }; return screen.handle(intent, env)
        case .prediction(var screen): defer { self = .prediction(screen) }; return screen.handle(intent, env)
        case .score(var screen): defer { self = .score(screen) }; return screen.handle(intent, env)
        }
    }

    /// The screen that asks `key`, filled in from the stored answer (or typed draft, or the
    /// options last ticked for it).
    static func question(_ key: QuestionKey, answers: Answers, draft: String?, ticks: Set<String>? = nil,
                         pathway: Pathway) -> Screen {
        switch key.kind {
        case .singleSelect: return .choice(ChoiceScreen(key: key, answers: answers, pathway: pathway))
        case .multiSelect: return .checklist(ChecklistScreen(key: key, answers: answers, pathway: pathway, ticks: ticks))
        case .weeks: return .weeks(WeeksScreen(key: key, text: draft ?? answers.values(for: key)?.first ?? ""))
        }
    }
}
