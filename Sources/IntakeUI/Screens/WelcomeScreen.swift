import PathwayCore

/// The kiosk's first screen, in the patient's words, and where every wipe returns: what the
/// tool does, that the answers are not kept, and Enter to start.
public struct WelcomeScreen: FlowScreen {
    /// Seconds without a key before the answers are cleared, to say so.
    let idleTimeout: Int?

    init(idleTimeout: Int?) { self.idleTimeout = idleTimeout }

    init(entering session: Session) { self.init(idleTimeout: session.configuration.idleTimeout) }

    static let isStep = false

    var keyContext: KeyContext { .welcome }

    var position: Session.Position { .welcome }

    func title(_ env: ScreenEnvironment) -> String { "Welcome" }

    /// Not a step of the intake: the title bar shows no count.
    func step(_ env: ScreenEnvironment) -> StepCount? { nil }

    func prompt(_ env: ScreenEnvironment) -> String? { nil }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .welcome(WelcomeModel(heading: "Questions about your back and leg pain",
                              paragraphs: [Self.about, cleared, Self.keys],
                              action: "Press Enter to start.",
                              disclaimer: env.pathway.meta.banner.text(.patient)))
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph(Self.about), .blank, .paragraph(cleared), .blank, .paragraph(Self.keys), .blank,
         .paragraph(env.pathway.meta.banner.text(.patient))]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        intent == .confirm ? .goOn : .none
    }

    static let about = "This tool asks a few short questions about your low back and leg pain. "
        + "Then it shows the usual next step in plain words, for you to talk over with your clinician."

    static let keys = "Use the arrow keys to move, Space to choose, and Enter to go on. Press ? for help at any time."

    /// That nothing is kept, and when the answers are cleared.
    var cleared: String {
        guard let idleTimeout else { return "Your answers are not saved." }
        return "Your answers are not saved. If no key is pressed for \(Self.duration(idleTimeout)), they are cleared."
    }

    /// "2 minutes", "1 minute", "90 seconds".
    static func duration(_ seconds: Int) -> String {
        if seconds % 60 == 0 {
            let minutes = seconds / 60
            return minutes == 1 ? "1 minute" : "\(minutes) minutes"
        }
        return seconds == 1 ? "1 second" : "\(seconds) seconds"
    }
}

extension Session.Position {
    public static let welcome = Session.Position("welcome")
}
