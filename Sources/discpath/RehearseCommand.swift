import ArgumentParser
import PathwayCore

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise the pathway on short clinical cases (for trainees).",
        discussion: """
            Each case is a short story written from the pathway (no real patients). For each case: \
            read its story, predict the tier from it, answer every question of the intake from it \
            (all are asked, so their order gives nothing away), then see the case's tier and plan, \
            whether the prediction and each answer were right, and why, with the source's rule; ? on \
            any screen of a case shows the story again. A score closes the run (this round, the \
            session with its replays, and by rule), and Enter practises again the cases missed. \
            --list prints one case a line (id, then title); --case ID takes one case (repeat it, or \
            give A,B, for several, in that order); --seed N fixes the order of the cases. Line mode \
            (--plain, or no terminal) works too. Exit 0 at the score, 1 when left before it. Progress \
            is kept between sessions in $XDG_STATE_HOME/discpath/rehearsal-progress.json (else \
            ~/.local/state/discpath/): each case's history, with cases missed coming back first in \
            later sessions (Leitner boxes); --progress prints it, --reset-progress clears it.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var casesOptions: CasesOptions

    @Flag(name: .long, help: "Print the cases, one a line: id, then title.")
    var list = false

    @Option(name: .customLong("case"),
            help: ArgumentHelp("Take only the case with this id; repeat it, or give ids separated by commas, for several, in that order.",
                               valueName: "id"),
            completion: .custom { words, _, _ in caseIDs(for: words) })
    var caseIDs: [String] = []

    /// The ids named with --case, each comma-separated list split: "A,B" and "--case A --case B" alike.
    var namedCases: [String] {
        RehearseRun.caseIDs(in: caseIDs)
    }

    /// The ids a shell completes after --case: of the cases given with --cases (checked against
    /// --pathway), or the built-in ones; none when they cannot be read.
    static func caseIDs(for words: [String]) -> [String] {
        var global = GlobalOptions()
        global.pathway = Discpath.lastValue(of: "--pathway", in: words)
        var casesOptions = CasesOptions()
        casesOptions.cases = Discpath.lastValue(of: "--cases", in: words)
        guard let pathway = try? global.loadPathway(), let book = try? casesOptions.loadCases(for: pathway, pathwayOption: global.pathway) else {
            return []
        }
        return book.cases.map(\.id)
    }

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Fix the order of the cases: the same number gives the same order.", valueName: "n"))
    var seed: UInt64?

    @Flag(name: .long, help: "Print the progress kept between sessions (per case and per rule, safety misses apart), then exit.")
    var progress = false

    @Flag(name: .long, help: "Clear the progress kept between sessions, then exit.")
    var resetProgress = false

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin.")
    var plain = false

    /// The options as the plain value that runs them.
    var rehearseRun: RehearseRun {
        RehearseRun(pathway: global.pathway, cases: casesOptions.cases, list: list, caseIDs: namedCases, seed: seed, progress: progress, resetProgress: resetProgress, ascii: ascii, plain: plain)
    }

    func run() throws { try rehearseRun.execute() }
}
