import PathwayCore

/// One screen: its own state, its keys, its title, what it says and what its keys do.
protocol ScreenType: Sendable, Equatable {
    var keyContext: KeyContext { get }
    func title(_ env: ScreenEnvironment) -> String
    /// How far along, where the screen is part of the intake; nil on a screen outside it.
    func step(_ env: ScreenEnvironment) -> StepCount?
    func prompt(_ env: ScreenEnvironment) -> String?
    func content(_ env: ScreenEnvironment) -> ScreenModel.Content
    func help(_ env: ScreenEnvironment) -> [HelpBlock]
    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect
    /// Where the session stands while this screen shows.
    var position: Session.Position { get }
    /// Whether "back" has somewhere to go from here.
    func canGoBack(intake: IntakeState, rules: PathwayRules, audienceScreen: Bool) -> Bool
}

extension ScreenType {
    /// Most screens have nothing before them to go back to.
    func canGoBack(intake: IntakeState, rules: PathwayRules, audienceScreen: Bool) -> Bool { false }
}
