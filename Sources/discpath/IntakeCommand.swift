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
        // The key list is made from the key table, so help and the manual page list what is bound.
        discussion: """
            Every screen's keys are on its bottom line; ? or F1 lists them all, with help for the \
            screen. Right and Tab do nothing.

            \(KeyReference.text())

            After the screen is restored, the tier id is printed on stderr; the exit status is 0 when \
            a tier was reached and 1 when the intake was quit before.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Skip the first screen and word everything for: clinician, patient or trainee.")
    var audience: Audience?

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("Wipe the session back to the first screen after this many seconds without a key (for kiosks).", valueName: "seconds"))
    var idleTimeout: Int?

    func validate() throws {
        if let idleTimeout, idleTimeout < 1 { throw ValidationError("--idle-timeout must be a whole number of seconds, 1 or more") }
    }

    func run() throws {
        let pathway = try global.loadPathway()
        var environment: [String: String] = [:]
        for name in ["TERM", "NO_COLOR"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        let options = IntakeOptions(audience: audience, ascii: ascii, idleTimeout: idleTimeout)
        switch CursesIntake.run(pathway: pathway, options: options, environment: environment) {
        case .success(.finished(let tier)):
            printError(tier.rawValue)
        case .success(.quitBeforeTier):
            throw ExitCode(ExitStatus.quit)
        case .failure(let unavailable):
            throw CLIError(status: ExitStatus.unavailable, message: unavailable.description)
        }
    }
}
