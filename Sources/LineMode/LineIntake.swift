import IntakeUI
import PathwayCore
import SystemIO

/// The intake in line mode: the same session as the curses front end, read out as plain lines
/// and answered one line at a time. Reading and writing are passed in, so tests run it without a
/// process.
public enum LineIntake {
    /// Whether the intake must run in line mode: asked for, or no terminal to draw screens on.
    public static func isNeeded(plain: Bool, _ terminal: TerminalEnvironment) -> Bool {
        plain || terminal.term == nil || terminal.term == "" || terminal.term == "dumb" || !terminal.stdinIsTerminal
            || !terminal.stdoutIsTerminal
    }

    /// Runs a session to its end. Returns how it ended; input that ends before a tier is a quit.
    /// With `files`, the result and the review offer to save a chart note or the answers.
    public static func run(pathway: Pathway, configuration: Session.Configuration,
                           readLine: () -> LineInput, write: ([String]) -> Void, files: LineFiles? = nil) -> Outcome {
        // The size only sets how the result is wrapped and how far a page goes.
        let context = ViewContext(pathway: pathway, width: 80, height: 24, ascii: true)
        var session = Session(configuration, pathway: pathway)
        var shown: Session.Position?
        let saving = files != nil
        /// The keys in turn, with the clock read before them and any file they ask for written.
        func press(_ keys: [KeyPress]) {
            if let files { session = session.after(.localTime(files.clock()), context: context) }
            for key in keys {
                session = session.after(.key(key), context: context)
                if let request = session.pendingRequest, let files {
                    session = session.after(.fileWritten(files.write(request)), context: context)
                }
            }
        }
        while true {
            if case .save(let prompt)? = session.overlay {
                write(LineFrontEnd.savePrompt(prompt))
                switch readLine() {
                case .line(let text): press(LineFrontEnd.saveKeys(text, prompt))
                case .tooLong(let limit): write(["That line is longer than \(limit) characters."])
                case .end: press(prompt.stage == .naming ? [.escape] : [.character("n"), .escape])
                }
                if session.overlay == nil {
                    if let notice = session.notice { write([notice.text(ascii: true)]) }
                    write(LineFrontEnd.afterSave(session.model(context)))
                }
                continue
            }
            let model = session.model(context)
            if session.position != shown {
                write(LineFrontEnd.prompt(model, saving: saving) + [""])
                shown = session.position
            }
            let command: LineCommand
            switch readLine() {
            case .line(let text): command = LineFrontEnd.interpret(text, model, saving: saving)
            case .tooLong(let limit): command = .invalid("That line is longer than \(limit) characters.")
            case .end: command = .quit
            }
            switch command {
            case .help:
                write(LineFrontEnd.help(model) + [""])
                write(LineFrontEnd.prompt(model, saving: saving) + [""])
            case .invalid(let reason):
                write([reason])
                write(LineFrontEnd.prompt(model, saving: saving) + [""])
            case .quit:
                // Through the session's own keys: q on the result finishes, elsewhere q then y quits.
                for key in [KeyPress.character("q"), .character("y")] where session.outcome == nil {
                    session = session.after(.key(key), context: context)
                }
                return session.outcome ?? .quitBeforeTier
            case .keys(let keys), .announcedKeys(_, let keys):
                if case .announcedKeys(let said, _) = command { write([said]) }
                let before = session.position
                press(keys)
                if let outcome = session.outcome { return outcome }
                if case .save? = session.overlay { continue }
                let now = session.model(context)
                if let notice = now.notice { write([notice.text(ascii: true)]) }
                if session.position == before, now.notice == nil, case .weeks(let field) = now.content,
                   case .invalid(let reason) = field.validation {
                    write([reason])
                }
                if session.position == before { write(LineFrontEnd.prompt(now, saving: saving) + [""]) }
            }
        }
    }
}

/// One line read, or why there is none.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// A line longer than the reader takes; the rest of it was skipped.
    case tooLong(limit: Int)
    case end
}
