import IntakeUI
import PathwayCore
import SystemIO

/// The intake in line mode: the same session as the curses front end, run by the same driver,
/// read out as plain lines and answered one line at a time. Reading and writing are passed in,
/// so tests run it without a process.
public enum LineIntake {
    /// Whether the intake must run in line mode: asked for, or no terminal to draw screens on.
    public static func isNeeded(plain: Bool, _ terminal: TerminalEnvironment) -> Bool {
        plain || terminal.term == nil || terminal.term == "" || terminal.term == "dumb" || !terminal.stdinIsTerminal
            || !terminal.stdoutIsTerminal
    }

    /// Runs a session to its end. Returns how it ended; input that ends before a tier is a quit.
    /// With `files`, the result and the review offer to save a chart note or the answers.
    public static func run(pathway: Pathway, configuration: Session.Configuration,
                           readLine: @escaping () -> LineInput, write: @escaping ([String]) -> Void, files: LineFiles? = nil) -> Outcome {
        var driver = SessionDriver(Session(configuration, pathway: pathway),
                                   io: LineIO(pathway: pathway, readLine: readLine, say: write, files: files))
        return driver.run()
    }
}

/// One line read, or why there is none.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// A line longer than the reader takes; the rest of it was skipped.
    case tooLong(limit: Int)
    case end
}
