import PathwayCore

/// One screen: its own state, its keys, its place, what it says, its help and what its keys do.
protocol ScreenType: Sendable, Equatable {
    /// Which keys work on it.
    var keyContext: KeyContext { get }
    /// Where the session stands while this screen shows.
    var position: Session.Position { get }
    func title(_ env: ScreenEnvironment) -> String
    /// How far along, where the screen counts as a step (`countsAsStep`); nil otherwise.
    func step(_ env: ScreenEnvironment) -> StepCount?
    /// Whether the title bar counts it as a step of the intake ("Step 1 of 10").
    var countsAsStep: Bool { get }
    func prompt(_ env: ScreenEnvironment) -> String?
    func content(_ env: ScreenEnvironment) -> ScreenModel.Content
    func help(_ env: ScreenEnvironment) -> [HelpBlock]
    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect
    /// Whether "back" has somewhere to go from here.
    func canGoBack(_ env: ScreenEnvironment) -> Bool
    /// The row under a list's cursor; nil for a screen without a list (or nothing chosen yet).
    var listCursor: Int? { get }
    /// A single choice's chosen row; nil elsewhere, or before one is chosen.
    var listChosen: Int? { get }
}

extension ScreenType {
    /// Most screens have nothing before them to go back to.
    func canGoBack(_ env: ScreenEnvironment) -> Bool { false }

    var listCursor: Int? { nil }

    var listChosen: Int? { nil }

    /// The screen after `intent`, and what it asks of the session.
    func handled(_ intent: Intent, _ env: ScreenEnvironment) -> (Screen, ScreenEffect) {
        var screen = self
        let effect = screen.handle(intent, env)
        return (Screen(screen), effect)
    }

    /// Whether `other` is this same screen, in the same state.
    func isSame(as other: any ScreenType) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
