/// discpath's manual pages beyond its commands' help: the one place to add an environment
/// variable the program reads, a file it reads or writes, or an example. An entry names the
/// commands it matters to, and shows on their pages and on discpath(1). Text follows the help's
/// conventions (`HelpBlock`): a blank line between paragraphs, kept lines indented.
extension ManualTemplate {
    /// Facts about the built-in content, for CAVEATS.
    public struct Content: Sendable {
        public let title: String
        public let lastUpdated: String
        public let reviewStatus: String
        public let disclaimer: String

        public init(title: String, lastUpdated: String, reviewStatus: String, disclaimer: String) {
            self.title = title
            self.lastUpdated = lastUpdated
            self.reviewStatus = reviewStatus
            self.disclaimer = disclaimer
        }
    }

    /// - Parameters:
    ///   - keys: the key table as the intake's help holds it (IntakeUI's `KeyReference.text()`).
    ///   - version: the program's version.
    public static func discpath(keys: String, version: String, content: Content) -> ManualTemplate {
        let screens = ["intake", "rehearse"]
        return ManualTemplate(
            exitCodesHeading: "Exit codes:",
            keys: (command: "intake", text: keys),
            environment: [
                Entry("DISCPATH_KIOSK_PIN", commands: ["intake"], """
                    The attendant's PIN for --kiosk: 4 to 64 letters, digits or punctuation, no \
                    spaces. When it is set, the PIN file is not read. A unit's Environment= can be \
                    read by any local user with systemctl show: on a shared machine prefer the file.
                    """),
                Entry("DISCPATH_KIOSK_PIN_FILE", commands: ["intake"], """
                    The file the kiosk reads its PIN from, instead of /etc/discpath/kiosk-pin, when \
                    DISCPATH_KIOSK_PIN is not set (see FILES for what the file must be).
                    """),
                Entry("NO_COLOR", commands: screens, """
                    When set and not empty, the screens use no colour; reverse video and bold \
                    remain (no-color.org). Text, JSON and FHIR output never hold colour.
                    """),
                Entry("TERM", commands: screens, """
                    The terminal type. The screens need a type this system's terminfo knows (exit \
                    69 otherwise) that describes the terminal in use: inside tmux, tmux-256color or \
                    screen. When TERM is dumb or unset, the intake and the rehearsal run in line \
                    mode. With TERM=linux, lines and symbols are drawn in ASCII.
                    """),
                Entry("LANG, LC_ALL, LC_CTYPE", commands: screens, """
                    The locale's character set: with UTF-8, lines and symbols are drawn in Unicode; \
                    with any other, in ASCII (as with --ascii). The text itself, and every output \
                    that is not the screens, is ASCII whatever the locale.
                    """),
                Entry("LINES, COLUMNS", commands: screens, """
                    When set, the window's size in place of the size the terminal reports (read by \
                    ncurses). Below 30 columns by 8 lines the screens ask for a larger window.
                    """),
                Entry("ESCDELAY", commands: screens, """
                    How many milliseconds ncurses waits after Esc for the rest of a key's escape \
                    sequence; 25 when unset. A larger value helps over a slow connection, where \
                    arrow keys could otherwise be read as Esc.
                    """),
                Entry("DISCPATH_AUDIENCE", commands: ["intake"], """
                    The audience when --audience is not given: clinician, patient or trainee, so \
                    the first screen is skipped on every launch (and r keeps it). Any other value \
                    is a usage error (exit 64). The kiosk ignores it: it is always the patient's.
                    """),
                Entry("DISCPATH_SAVE_DIR", commands: ["intake"], """
                    The folder the save box offers chart notes and answers in, when --save-dir is \
                    not given; the current folder when unset or empty. A folder that is not there \
                    or cannot be written stops the program before the screen (exit 73).
                    """),
                Entry("HOME", commands: ["intake", "rehearse"], """
                    A file name typed for a chart note or the answers that starts with ~/ is in this \
                    folder. The rehearsal keeps its progress under ~/.local/state/discpath/ when \
                    XDG_STATE_HOME is not set.
                    """),
                Entry("XDG_STATE_HOME", commands: ["rehearse"], """
                    The folder the rehearsal keeps its progress in, under discpath/ (see FILES); \
                    ~/.local/state when unset or not an absolute path.
                    """),
                Entry("TZ", commands: ["intake"], """
                    The time zone of the date and time in a chart note and in the default file \
                    names; the system's zone when unset.
                    """),
            ],
            files: [
                Entry("/etc/discpath/kiosk-pin", commands: ["intake"], """
                    The attendant's PIN for --kiosk, on one line, when DISCPATH_KIOSK_PIN is not \
                    set. It must be a regular file owned by the user running the kiosk, with no \
                    access for group or others (mode 0600 or 0400); otherwise the kiosk does not \
                    start (exit 78). There is no default PIN, and no package installs this file.
                    """),
                Entry("discpath-YYYYMMDD-HHMMSS.txt", commands: ["intake"], """
                    The name a chart note is offered under (s on the result), in the --save-dir \
                    folder or the one discpath was started in, with the local date and time to the \
                    second. Mode 0600. A file of that name is replaced only after asking.
                    """),
                Entry("discpath-answers-YYYYMMDD-HHMMSS.json", commands: ["intake"], """
                    The name saved answers are offered under (a on the review or the result), to \
                    open again with --answers or to give to discpath evaluate.
                    """),
                Entry("$XDG_STATE_HOME/discpath/rehearsal-progress.json", commands: ["rehearse"], """
                    The rehearsal's progress between sessions (~/.local/state/discpath/ when \
                    XDG_STATE_HOME is unset): each case's attempts, misses, safety misses, Leitner \
                    box and history, and the answers right per rule. Written whole after each \
                    session, mode 0600 in a 0700 folder, never through a link; a file that is not \
                    progress is a one-line warning, and is replaced. rehearse --progress prints it, \
                    --reset-progress removes it. The intake and the kiosk never read or write it.
                    """),
                Entry("discpath-kiosk.service", commands: ["intake"], """
                    The systemd unit that runs the kiosk on tty1 as the user kiosk, installed \
                    disabled, with core dumps off. systemctl cat discpath-kiosk shows it; set the \
                    PIN file first, then systemctl enable --now discpath-kiosk.
                    """),
            ],
            examples: [
                Example(commands: ["intake"], "Run the intake for a clinician, without the first screen:", [
                    "discpath --audience clinician",
                ]),
                Example(commands: ["intake"], """
                    Open saved answers at the review, and write the chart note to a file on leaving \
                    with a result:
                    """, [
                    "discpath --audience clinician \\",
                    "    --answers discpath-answers-20260305-1407.json --note visit.txt",
                ]),
                Example(commands: ["intake"], "The same questions as plain lines, for a screen reader or a braille display:", [
                    "discpath --plain --audience patient",
                ]),
                Example(commands: ["intake"], """
                    Set up the kiosk on tty1: its user, its PIN in a file only that user can read, \
                    then the unit:
                    """, [
                    "sudo systemd-sysusers",
                    "sudo install -d -m 0755 /etc/discpath",
                    "sudo install -m 0600 -o kiosk -g kiosk /dev/null \\",
                    "    /etc/discpath/kiosk-pin",
                    "echo 48151623 | sudo tee /etc/discpath/kiosk-pin >/dev/null",
                    "sudo systemctl enable --now discpath-kiosk",
                ]),
                Example(commands: ["evaluate"], "The tier for one set of answers, with the reasoning and references:", [
                    "echo '{\"redFlags\": [], \"severeRadicularPain\": \"no\",",
                    "       \"weeksOfConservativeCare\": 3}' | discpath evaluate",
                ]),
                Example(commands: ["evaluate"], "A batch of any length, one answer set a line in, one JSON report a line out:", [
                    "discpath evaluate --format ndjson --answers answers.ndjson \\",
                    "    > reports.ndjson",
                ]),
                Example(commands: ["evaluate"], "FHIR R5 Bundles for a file of answer sets, the patient's wording in the results:", [
                    "discpath evaluate --format fhir --audience patient \\",
                    "    --answers answers.json",
                ]),
                Example(commands: ["evaluate"], "FHIR R4 for one patient's answers, for an R4 server:", [
                    "discpath evaluate --format fhir --fhir-version 4.0.1 \\",
                    "    --subject Patient/123 --answers answers.json",
                ]),
                Example(commands: ["lint"], "Check an edited copy of the content, and the practice cases against it:", [
                    "discpath lint --pathway pathway.json --cases cases.json",
                ]),
                Example(commands: ["rehearse"], "List the practice cases, then practise them all in a fixed order:", [
                    "discpath rehearse --list",
                    "discpath rehearse --seed 7",
                ]),
                Example(commands: ["export questionnaire"], "The intake as a FHIR Questionnaire, for a record system or an SDC form renderer:", [
                    "discpath export questionnaire > questionnaire.json",
                    "discpath export questionnaire --fhir-version 4.0.1 > questionnaire-r4.json",
                ]),
            ],
            seeAlso: [Reference("systemctl", 1), Reference("systemd.exec", 5)],
            caveats: """
                The clinical content comes from one source, the guideline summary "\(content.title)", \
                last updated \(content.lastUpdated). Its review status: \(content.reviewStatus). \
                Where the program reads beyond the source, it says so, labelled as its own reading.

                \(content.disclaimer)
                """,
            version: version)
    }
}
