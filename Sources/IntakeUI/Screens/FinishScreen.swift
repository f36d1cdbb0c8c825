import PathwayCore

/// The kiosk's last screen, after the result: the patient has finished, and Enter clears every
/// answer for the next person and starts again at the welcome. Enter on every kiosk result
/// leads here ("Enter finish" on its hint line), so no one has to wait out the idle wipe, and a
/// stray Enter wipes nothing: this screen asks first. Left goes back to the result as it was.
public struct FinishScreen: FlowScreen {
    init(entering session: Session) {}

    static let isStep = false

    static let context = KeyContext("finish", place: "on the kiosk's finish screen",
                                    group: KeyGroup("finish", heading: "On the kiosk's finish screen (--kiosk):"))

    static let keys: [KeyBinding] = [
        KeyBinding(keys: [.enter], contexts: [context], intent: .confirm, meaning: "clear every answer and start again at the welcome",
                   hint: KeyHint("Enter", "Enter", "clear")),
        KeyBinding(keys: [.left, .backspace], contexts: [context], intent: .back, meaning: "back to the result",
                   hint: KeyHint("←", "Left", "result")),
        KeyBinding(keys: [.character("?"), .f1], contexts: [context], intent: .help, meaning: "help for this screen, and its keys",
                   hint: KeyHint("?", "?", "help")),
    ]

    var keyContext: KeyContext { Self.context }

    var position: Session.Position { .finish }

    func title(_ env: ScreenEnvironment) -> String { "Finish" }

    /// After the result: not a step of the intake.
    func step(_ env: ScreenEnvironment) -> StepCount? { nil }

    func prompt(_ env: ScreenEnvironment) -> String? { "Have you finished with your result?" }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .text(paragraphs: [Self.clearing], enter: "Press Enter to clear them and start again, or Left to go back to your result.")
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph(Self.clearing), .blank, .paragraph("If you do nothing, your answers are cleared anyway after a short time."), .blank,
         .paragraph(Self.talk)]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch intent {
        case .confirm: return .startOver
        case .back: return .back
        default: return .none
        }
    }

    static let clearing = "Clearing takes your answers off this screen, so the next person cannot see them. Nothing was saved."

    static let talk = "Talk about your result with your clinician."
}

extension Session.Position {
    public static let finish = Session.Position("finish")
}
