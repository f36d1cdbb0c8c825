import IntakeUI
import PathwayCore

/// The intake in line mode: the same session as the curses front end, read out as plain lines
/// and answered one line at a time. Reading and writing are passed in, so tests run it without a
/// process.
public enum LineIntake {
    /// Whether the intake must run in line mode: asked for, or no terminal to draw screens on.
    public static func isNeeded(plain: Bool, term: String?, stdinIsTerminal: Bool, stdoutIsTerminal: Bool) -> Bool {
        plain || term == nil || term == "" || term == "dumb" || !stdinIsTerminal || !stdoutIsTerminal
    }

    /// Runs a session to its end. Returns how it ended; input that ends before a tier is a quit.
    public static func run(pathway: Pathway, configuration: Session.Configuration,
                           readLine: () -> LineInput, write: ([String]) -> Void) -> Outcome {
        // The size only sets how the result is wrapped and how far a page goes.
        let context = ViewContext(pathway: pathway, width: 80, height: 24, ascii: true)
        var session = Session(configuration, pathway: pathway)
        var shown: Session.Position?
        while true {
            let model = session.model(context)
            if session.position != shown {
                write(LineFrontEnd.prompt(model) + [""])
                shown = session.position
            }
            let command: LineCommand
            switch readLine() {
            case .line(let text): command = LineFrontEnd.interpret(text, model)
            case .tooLong(let limit): command = .invalid("That line is longer than \(limit) characters.")
            case .end: command = .quit
            }
            switch command {
            case .help:
                write(LineFrontEnd.help(model) + [""])
                write(LineFrontEnd.prompt(model) + [""])
            case .invalid(let reason):
                write([reason])
                write(LineFrontEnd.prompt(model) + [""])
            case .quit:
                // Through the session's own keys: q on the result finishes, elsewhere q then y quits.
                for key in [KeyPress.character("q"), .character("y")] where session.outcome == nil {
                    session = session.after(.key(key), context: context)
                }
                return session.outcome ?? .quitBeforeTier
            case .keys(let keys):
                let before = session.position
                for key in keys { session = session.after(.key(key), context: context) }
                if let outcome = session.outcome { return outcome }
                let now = session.model(context)
                if let notice = now.notice { write([notice.text(ascii: true)]) }
                if session.position == before, now.notice == nil, case .weeks(let field) = now.content,
                   case .invalid(let reason) = field.validation {
                    write([reason])
                }
                if session.position == before { write(LineFrontEnd.prompt(now) + [""]) }
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
