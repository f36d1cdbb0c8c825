import ArgumentParser
import IntakeUI
import PathwayCore

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
            asks for the file name (discpath-YYYYMMDD-HHMMSS.txt or discpath-answers-YYYYMMDD-HHMMSS.json \
            in the --save-dir folder, else the current one; Ctrl-U clears it); a file that is there \
            is replaced only after y. c on the result copies the chart note to the terminal's \
            clipboard (OSC 52) and writes nothing. q or r on a result neither saved nor copied asks \
            once first.

            After the screen is restored, the tier id is printed on stderr (not with --quiet); the exit \
            status is 0 when a tier was reached and 1 when the intake was quit before. Files saved are \
            the user's alone (0600), written whole or not at all, never through a link or into a pipe. \
            A signal (SIGTERM, SIGHUP, Ctrl-C, a closed window...) restores the terminal and, with a \
            result on screen, writes the --note FILE note first; then the exit status is 128 + the \
            signal's number.

            Line mode (--plain, and automatically when TERM is dumb or unset or standard input or \
            output is not a terminal) asks the same questions as numbered plain lines, for screen \
            readers, braille displays and pipes: type the number of an answer (a checklist takes \
            several, separated by spaces or commas; "None of these" has its own number), a number of \
            weeks (or of months with an m: 3m), or on the review Enter for the result or a number to change that answer; ? shows \
            the help, back goes back, q quits. Input that ends before a tier exits 1. For example: \
            printf '9\\n2\\n3\\n\\n' | discpath --plain --audience clinician

            Kiosk mode (--kiosk) is for a patient-education kiosk on the Linux console: the \
            patient's wording, a welcome screen, and every answer wiped after --idle-timeout \
            seconds without a key (120 unless given), after a visible countdown. An \
            immediate-spine-surgeon result is held for the staff: no key leaves or wipes it, the \
            bell rings at once and every 30 s (--alert none: silent), a warning "urgent result shown" \
            with the time (never an answer) goes to the system log (syslog, LOG_USER), and it stays \
            until the attendant clears it with F10 or Ctrl-X and the PIN (or --urgent-hold seconds \
            after it was shown). Enter on any other result finishes and clears it. Ctrl-C, Ctrl-Z, Ctrl-backslash and q do not end it; the \
            attendant ends it with F10 or Ctrl-X, the PIN and Enter (exit 0; in the PIN prompt \
            Backspace deletes and Esc closes it; each wrong PIN doubles the wait before the next try). The PIN comes from DISCPATH_KIOSK_PIN or the \
            file /etc/discpath/kiosk-pin (another with DISCPATH_KIOSK_PIN_FILE), which must \
            belong to the user running the kiosk and be readable by no one else; without a PIN \
            the kiosk does not start (exit 78). Nothing is written to disk, no tier is printed, and \
            no core file is ever made.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Skip the first screen and word everything for: clinician, patient or trainee.")
    var audience: Audience?

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin (for screen readers and pipes).")
    var plain = false

    @Flag(name: .long, help: "Print no tier id on stderr after the screens end (for a shared terminal; the kiosk never prints it).")
    var quiet = false

    // Unconditional: "-1" is a value to refuse with the range, not an option (then "missing").
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Wipe the session back to the first screen after this many seconds without a key, from 1 to \(Session.Configuration.maximumIdleTimeout) (one day; for kiosks; \(IntakeRun.kioskIdleTimeout) with --kiosk).", valueName: "seconds"))
    var idleTimeout: Int?

    @Flag(name: .long, help: "Patient-education kiosk: patient wording, a welcome screen, no way out but the attendant's PIN (from DISCPATH_KIOSK_PIN or /etc/discpath/kiosk-pin).")
    var kiosk = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("With --kiosk: wipe an immediate-spine-surgeon result this many seconds after it was shown (never sooner than the idle timeout), from 1 to \(Session.Configuration.maximumIdleTimeout); without it, it stays until the attendant clears it with the PIN.", valueName: "seconds"))
    var urgentHold: Int?

    @Option(name: .long, help: ArgumentHelp("With --kiosk: how an urgent result held calls the staff besides the system log: bell (at once and every 30 s, the default) or none.", valueName: "alert"))
    var alert: UrgentAlert?
    @Option(name: .long, help: ArgumentHelp("Open at the review with these answers: one JSON object as 'discpath evaluate' reads (a on the review or the result saves one).", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var answers: String?

    @Option(name: .long, help: ArgumentHelp("Offer chart notes and answers (s, a) in this folder instead of the current one (also DISCPATH_SAVE_DIR).", valueName: "dir"),
            completion: .directory)
    var saveDir: String?

    @Option(name: .long, help: ArgumentHelp("On leaving with a result, write its chart note to this file (never replacing one), or to standard output for -.", valueName: "file"),
            completion: .file())
    var note: String?

    /// The options as the plain value that runs them.
    var intakeRun: IntakeRun {
        IntakeRun(pathway: global.pathway, audience: audience, ascii: ascii, plain: plain, quiet: quiet, idleTimeout: idleTimeout,
                  kiosk: kiosk, urgentHold: urgentHold, alert: alert, answers: answers, saveDir: saveDir, note: note)
    }

    func validate() throws {
        if let problem = intakeRun.problem { throw ValidationError(problem) }
    }

    func run() throws { try intakeRun.execute() }
}
