import ArgumentParser
import IntakeUI
import LineMode
import PathwayCore
import SystemIO
import TerminalUI

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise the pathway on short clinical cases (for trainees).",
        discussion: """
            Each case is a short story written from the pathway (no real patients). For each case: \
            read its story, answer the intake from it, predict the tier, then see whether the \
            prediction and the pathway agree, the pathway's reasoning, and where your answers differ \
            from the case's, with why. A score closes the run, and Enter practises again the cases \
            missed. --list prints one case a line (id, then title); --case ID takes one case (repeat it, \
            or give A,B, for several); --seed N \
            fixes the order of the cases. Line mode (--plain, or no terminal) works too. Exit 0 at \
            the score, 1 when left before it.
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
        caseIDs.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
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

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin.")
    var plain = false

    func run() throws {
        let pathway = try global.loadPathway()
        let book = try casesOptions.loadCases(for: pathway, pathwayOption: global.pathway)
        let cases: [PracticeCase]
        do throws(UnknownCase) {
            cases = try book.run(only: namedCases, seed: list ? seed : seed ?? UInt64.random(in: .min ... .max))
        } catch {
            throw CLIError(status: ExitStatus.usage, message: error.description)
        }
        if list {
            let idWidth = cases.map(\.id.count).max() ?? 0
            var output = StandardOutput()
            for practiceCase in cases {
                let padding = String(repeating: " ", count: idWidth - practiceCase.id.count + 2)
                output.write(terminalLine(practiceCase.id + padding + practiceCase.title) + "\n")
            }
            try output.finish()
            return
        }
        let terminal = TerminalEnvironment.current()
        // Line mode as for the intake: asked for, or no terminal to draw on.
        if LineIntake.isNeeded(plain: plain, terminal) {
            Signals.catchForLineMode()
            var input = StandardInput(interrupted: { Signals.pending != nil })
            var output = StandardOutput()
            let outcome = LineIntake.run(pathway: pathway, configuration: .rehearsal(cases),
                                         readLine: { output.failed ? .end : input.next() }, write: { output.writeLines($0) })
            try output.finish()
            Signals.endIfPending()
            guard case .practiced = outcome else { throw ExitCode(ExitStatus.quit) }
            return
        }
        let outcome: Outcome
        do throws(IntakeUnavailable) {
            outcome = try CursesIntake.run(pathway: pathway, configuration: .rehearsal(cases, ascii: ascii), terminal: terminal)
        } catch {
            throw CLIError(status: ExitStatus.unavailable, message: error.description)
        }
        Signals.endIfPending()
        switch outcome {
        case .practiced: return
        case .finished, .quitBeforeTier, .endedByAttendant: throw ExitCode(ExitStatus.quit)
        }
    }
}
