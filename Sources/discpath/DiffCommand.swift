import ArgumentParser
import PathwayCore

extension DiffFormat: ExpressibleByArgument {}

/// `discpath diff OLD NEW`: what an edit of the pathway content does to patients.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what an edit of the pathway content changes for patients: every answer set whose result changes, and every changed text.",
        discussion: """
            For clinicians who review or adapt the content. Both contents are linted first; then \
            every answer set the intake can end on is decided under each, as the intake asks it (a \
            question is asked while either content's intake asks it). The report lists:

            - each class of answer sets whose tier, unmet criteria, warnings (referral-overdue) or \
            actions change, with how many answer sets it holds and its smallest one, with the old \
            result and the new (the answers are JSON that 'discpath evaluate' reads);

            - thresholds moved; references, citations, action and reading conditions, the tiers a \
            pitfall or piece of evidence applies to, criteria, and actions, pitfalls and evidence \
            added, removed or reordered, each with how many answer sets see it;

            - the wording changed, per audience, old and new side by side, with how many answer \
            sets see each text; and the metadata (title, version, dates, review status).

            <old> and <new> are pathway content files (as --pathway takes them; - for standard \
            input, for one of them), or 'builtin' for the content built into this program (a file \
            named builtin is ./builtin).

            Examples:

              discpath diff builtin local-pathway.json
              discpath diff --format markdown builtin local-pathway.json > review.md
              discpath diff --format json old.json new.json

            Exit status: 0 when nothing clinical changes (wording and metadata only, or nothing \
            at all); 1 when something does, so the command can gate a review in CI; 64 bad usage; \
            65 a content file that cannot be read as content or fails lint (reported before any \
            diff); 66 a file that cannot be opened.
            """)

    @Argument(help: ArgumentHelp("The content before the edit: a pathway file, or builtin.", valueName: "old"),
              completion: .file(extensions: ["json"]))
    var old: String

    @Argument(help: ArgumentHelp("The content after the edit: a pathway file, or builtin.", valueName: "new"),
              completion: .file(extensions: ["json"]))
    var new: String

    @Option(name: .long, help: "Output format: text, json (stable keys, one object per class of answer sets), or markdown (for a review ticket).")
    var format: DiffFormat = .text

    /// The name that stands for the built-in content.
    static let builtIn = "builtin"

    func validate() throws {
        if old == "-", new == "-" { throw ValidationError("only one of the two contents can come from standard input") }
    }

    func run() throws {
        let before = try Self.load(old), after = try Self.load(new)
        let diff = PathwayDiff(old: before, new: after)
        var output = StandardOutput()
        func name(_ argument: String) -> String { argument == "-" ? "standard input" : argument }
        let report = diff.render(format, oldName: name(old), newName: name(new))
        // JSON escapes every control character; the other formats quote content as written.
        output.write(format == .json ? report : EvaluateCommand.terminalSafe(report))
        try output.finish()
        if diff.isClinical { throw ExitCode(1) }
    }

    /// The content `name` stands for, linted.
    static func load(_ name: String) throws(CLIError) -> Pathway {
        try GlobalOptions.loadPathway(file: name == builtIn ? nil : name, linted: true)
    }
}
