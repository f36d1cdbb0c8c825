/// A screen the configuration places outside the intake's questions: before the first one (the
/// kiosk's welcome, the audience), or after the result (the kiosk's finish). Its type is one line
/// in a list (`Flow.screens`); everything else about it is in its own file: its state, its keys
/// (and their context, when it has its own), its place, its help, where Enter and back lead.
/// Its keys return `.goOn` to go on to the next screen of the flow (or the first question), and
/// `.back` to go back to the one before.
protocol FlowScreen: ScreenType {
    /// The screen as the session comes to it (forwards or back).
    init(entering session: Session)
    /// Whether a session of this configuration shows it (the audience screen only when no
    /// audience was given).
    static func isShown(in configuration: Session.Configuration) -> Bool
    /// Whether the title bar counts it as a step of the intake.
    static var isStep: Bool { get }
    /// Bindings of its own, for the key table; none when it uses the keys of a context the
    /// table has.
    static var keys: [KeyBinding] { get }
}

extension FlowScreen {
    /// The screen as the session comes to it.
    static func entered(_ session: Session) -> Screen { Screen(Self(entering: session)) }

    static func isShown(in configuration: Session.Configuration) -> Bool { true }
    static var keys: [KeyBinding] { [] }
    var countsAsStep: Bool { Self.isStep }
    /// Back to the screen before it in the flow, where there is one.
    func canGoBack(_ env: ScreenEnvironment) -> Bool { env.hasScreenBefore }
}
