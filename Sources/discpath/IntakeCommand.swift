import ArgumentParser
import IntakeUI
import LineMode
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
            screen. Right and Tab do nothing, except that Right moves the cursor in a file name.

            \(KeyReference.text())

            Nothing is written to disk unless asked for. On the result, s saves a chart note (the \
            local date and time, the content version, every answer as asked, the tier, what to do, the \
            reasoning with its citations and labelled readings, the references); on the review or the \
            result, a saves the answers as the JSON evaluate reads, to open again with --answers. A box \
            asks for the file name (discpath-YYYYMMDD-HHMM.txt or discpath-answers-YYYYMMDD-HHMM.json \
            in the current folder); a file that is there is replaced only after y.

            After the screen is restored, the tier id is printed on stderr; the exit status is 0 when \
            a tier was reached and 1 when the intake was quit before.

            Line mode (--plain, and automatically when TERM is dumb or unset or standard input or \
            output is not a terminal) asks the same questions as numbered plain lines, for screen \
            readers, braille displays and pipes: type the number of an answer (a checklist takes \
            several, separated by spaces or commas; "None of these" has its own number), a number of \
            weeks, or on the review Enter for the result or a number to change that answer; ? shows \
            the help, back goes back, q quits. Input that ends before a tier exits 1. For example: \
            printf '9\\n2\\n3\\n\\n' | discpath --plain --audience clinician
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Skip the first screen and word everything for: clinician, patient or trainee.")
    var audience: Audience?

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin (for screen readers and pipes).")
    var plain = false

    @Option(name: .long, help: ArgumentHelp("Wipe the session back to the first screen after this many seconds without a key, from 1 to \(IntakeOptions.maximumIdleTimeout) (one day; for kiosks).", valueName: "seconds"))
    var idleTimeout: Int?

    @Option(name: .long, help: ArgumentHelp("Open at the review with these answers: one JSON object as 'discpath evaluate' reads (a on the review or the result saves one).", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var answers: String?

    @Option(name: .long, help: ArgumentHelp("On leaving with a result, write its chart note to this file (never replacing one), or to standard output for -.", valueName: "file"),
            completion: .file())
    var note: String?

    func validate() throws {
        if let idleTimeout, !(1...IntakeOptions.maximumIdleTimeout).contains(idleTimeout) {
            throw ValidationError("--idle-timeout must be a whole number of seconds from 1 to \(IntakeOptions.maximumIdleTimeout) (one day), got \(idleTimeout)")
        }
    }

    func run() throws {
        let pathway = try global.loadPathway()
        let startingAnswers = try answers.map { path throws(CLIError) in try StartingAnswers.read(path, pathway: pathway) } ?? Answers()
        let noteDestination = try note.map { argument throws(CLIError) in try NoteDestination(argument) }
        var environment: [String: String] = [:]
        for name in ["TERM", "NO_COLOR"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        if LineIntake.isNeeded(plain: plain, term: environment["TERM"], stdinIsTerminal: isatty(STDIN_FILENO) == 1,
                               stdoutIsTerminal: isatty(STDOUT_FILENO) == 1) {
            var input = StandardInput()
            let outcome = LineIntake.run(pathway: pathway, configuration: Session.Configuration(audience: audience, answers: startingAnswers),
                                         readLine: { input.next() }, write: writeLines,
                                         files: LineFiles(clock: LocalClock.now, write: FileWriter.perform))
            guard case .finished(let result) = outcome else { throw ExitCode(ExitStatus.quit) }
            try noteDestination?.write(result, pathway: pathway)
            return
        }
        var options = IntakeOptions(audience: audience, ascii: ascii, idleTimeout: idleTimeout)
        options.answers = startingAnswers
        switch CursesIntake.run(pathway: pathway, options: options, environment: environment) {
        case .success(.finished(let result)):
            printError(result.decision.tier.rawValue)
            try noteDestination?.write(result, pathway: pathway)
        case .success(.quitBeforeTier):
            throw ExitCode(ExitStatus.quit)
        case .failure(let unavailable):
            throw CLIError(status: ExitStatus.unavailable, message: unavailable.description)
        }
    }
}
