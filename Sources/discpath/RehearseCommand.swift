import ArgumentParser
import PathwayCore

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise the pathway on short clinical cases (for trainees).",
        discussion: """
            Each case is a short story written from the pathway (no real patients). For each case: \
            read its story, answer the intake from it, predict the tier, then see whether the \
            prediction and the pathway agree, the pathway's reasoning, and where your answers differ \
            from the case's, with why. A score closes the run, and Enter practises again the cases \
            missed. --list prints one case a line (id, then title); --case ID takes one case; --seed N \
            fixes the order of the cases. Line mode (--plain, or no terminal) works too. Exit 0 at \
            the score, 1 when left before it.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var casesOptions: CasesOptions

    @Flag(name: .long, help: "Print the cases, one a line: id, then title.")
    var list = false

    @Option(name: .customLong("case"), help: ArgumentHelp("Take only the case with this id.", valueName: "id"),
            completion: .custom { words, _, _ in caseIDs(for: words) })
    var caseID: String?

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

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin.")
    var plain = false

    /// The options as the plain value that runs them.
    var rehearseRun: RehearseRun {
        RehearseRun(pathway: global.pathway, cases: casesOptions.cases, list: list, caseID: caseID, seed: seed, ascii: ascii, plain: plain)
    }

    func run() throws { try rehearseRun.execute() }
}
