import IntakeUI
import PathwayCore

/// The line mode as a session's front end: each screen read out once as numbered lines, each
/// typed line turned into the keys the screens take; help and lines it cannot read are answered
/// here, without the session. No clock: nothing times out.
struct LineIO: SessionIO {
    let pathway: Pathway
    let readLine: () -> LineInput
    let say: ([String]) -> Void
    let files: LineFiles?
    /// Where the session stood when its screen was last read out.
    private var shown: Session.Position?
    /// Where the keys just sent were typed: the screen, and whether the save box was open.
    private var pressed: (position: Session.Position, saving: Bool)?

    init(pathway: Pathway, readLine: @escaping () -> LineInput, say: @escaping ([String]) -> Void, files: LineFiles?) {
        self.pathway = pathway
        self.readLine = readLine
        self.say = say
        self.files = files
    }

    /// The result and the review say how to save, where files can be written.
    var saving: Bool { files != nil }

    /// The size only sets how the result is wrapped and how far a page goes.
    func viewContext() -> ViewContext { ViewContext(pathway: pathway, width: 80, height: 24, ascii: true) }

    func monotonicMilliseconds() -> Int64? { nil }

    func localTime() -> LocalTime? { files?.clock() }

    func write(_ request: FileRequest) -> FileWriteResult {
        files?.write(request) ?? .failed(reason: "files cannot be saved here")
    }

    func ringBell() {}

    mutating func present(_ session: Session, _ context: ViewContext, repaint: Bool) {
        let model = session.model(context)
        let pressed = self.pressed
        self.pressed = nil
        if case .save(let prompt)? = session.overlay {
            say(LineFrontEnd.savePrompt(prompt))
            return
        }
        if case .confirmLeave? = session.overlay {
            say(["The result was neither saved nor copied. Type y to drop it, or n to stay."])
            return
        }
        if let pressed, pressed.saving {
            // The save box closed: what it did, and what the screen takes (not the whole result again).
            if let notice = session.notice { say([notice.text(ascii: true)]) }
            say(LineFrontEnd.afterSave(model))
            return
        }
        if let pressed {
            if let notice = model.notice { say([notice.text(ascii: true)]) }
            if session.position == pressed.position {
                if model.notice == nil, case .weeks(let field) = model.content, case .invalid(let reason) = field.validation {
                    say([reason])
                }
                say(LineFrontEnd.prompt(model, saving: saving) + [""])
                return
            }
        }
        if session.position != shown {
            say(LineFrontEnd.prompt(model, saving: saving) + [""])
            shown = session.position
        }
    }

    mutating func next(_ session: Session, _ context: ViewContext) -> SessionInput {
        if case .save(let prompt)? = session.overlay {
            pressed = (session.position, true)
            switch readLine() {
            case .line(let text): return .keys(LineFrontEnd.saveKeys(text, prompt))
            case .tooLong(let limit):
                say(["That line is longer than \(limit) characters."])
                return .keys([])
            case .end: return .keys(prompt.stage == .naming ? [.escape] : [.character("n"), .escape])
            }
        }
        if case .confirmLeave? = session.overlay {
            guard case .line(let text) = readLine() else { return .keys([.character("n")]) }
            pressed = (session.position, false)
            return .keys([.character(text.filter { !$0.isWhitespace }.lowercased() == "y" ? "y" : "n")])
        }
        let model = session.model(context, help: true)  // `?` reads it out
        while true {
            let command: LineCommand
            switch readLine() {
            case .line(let text): command = LineFrontEnd.interpret(text, model, saving: saving)
            case .tooLong(let limit): command = .invalid("That line is longer than \(limit) characters.")
            case .end: command = .quit
            }
            switch command {
            case .help:
                say(LineFrontEnd.help(model) + [""])
                say(LineFrontEnd.prompt(model, saving: saving) + [""])
            case .invalid(let reason):
                say([reason])
                say(LineFrontEnd.prompt(model, saving: saving) + [""])
            case .quit:
                // As q does on the result (finished), and q then y elsewhere (quit before a tier).
                return .leave
            case .keys(let keys), .announcedKeys(_, let keys):
                if case .announcedKeys(let said, _) = command { say([said]) }
                pressed = (session.position, false)
                return .keys(keys)
            }
        }
    }
}
