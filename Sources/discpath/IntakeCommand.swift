import ArgumentParser
import IntakeUI
import PathwayCore
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Walk through the pathway screen by screen (the default).",
        discussion: """
            Keys: Up/Down or k/j move, PgUp/PgDn and Home/End jump, Space ticks a checklist item \
            or chooses on a list, Enter continues, Left (or Backspace outside the weeks field) goes \
            back, ? or F1 shows help with every key of the screen, Ctrl-L repaints, q or Esc asks \
            before quitting. On the result: Up/Down, PgUp/PgDn, Space and Home/End scroll, Left, \
            Backspace or b go back to the review, r starts over, q quits at once, Esc asks. \
            After the screen is restored, the tier id is printed on stderr; the exit status is 0 when \
            a tier was reached and 1 when the intake was quit before.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Skip the first screen and word everything for: clinician, patient or trainee.")
    var audience: Audience?

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("Wipe the session back to the first screen after this many seconds without a key, from 1 to \(IntakeOptions.maximumIdleTimeout) (one day; for kiosks).", valueName: "seconds"))
    var idleTimeout: Int?

    func validate() throws {
        if let idleTimeout, !(1...IntakeOptions.maximumIdleTimeout).contains(idleTimeout) {
            throw ValidationError("--idle-timeout must be a whole number of seconds from 1 to \(IntakeOptions.maximumIdleTimeout) (one day), got \(idleTimeout)")
        }
    }

    func run() throws {
        let pathway = try global.loadPathway()
        var environment: [String: String] = [:]
        for name in ["TERM", "NO_COLOR"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        let options = IntakeOptions(audience: audience, ascii: ascii, idleTimeout: idleTimeout)
        switch CursesIntake.run(pathway: pathway, options: options, environment: environment) {
        case .success(.finished(let result)):
            printError(result.decision.tier.rawValue)
        case .success(.quitBeforeTier):
            throw ExitCode(ExitStatus.quit)
        case .failure(let unavailable):
            throw CLIError(status: ExitStatus.unavailable, message: unavailable.description)
        }
    }
}
