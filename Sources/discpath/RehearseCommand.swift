import ArgumentParser
import PathwayCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise the pathway on short clinical cases (for trainees).",
        discussion: """
            Each case is a short story written from the pathway (no real patients). The trainee answers \
            the intake from it, predicts the tier, then sees whether the prediction and the pathway agree \
            and where the answers differed from the case's, with why; a score and a replay of the missed \
            cases close the run. --list prints one case a line (id, then title); --case ID takes one \
            case; --seed N fixes the order of the cases. The interactive part is not wired yet.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var casesOptions: CasesOptions

    @Flag(name: .long, help: "Print the cases, one a line: id, then title.")
    var list = false

    @Option(name: .customLong("case"), help: ArgumentHelp("Take only the case with this id.", valueName: "id"))
    var caseID: String?

    @Option(name: .long, help: ArgumentHelp("Fix the order of the cases: the same number gives the same order.", valueName: "n"))
    var seed: UInt64?

    func run() throws {
        let pathway = try global.loadPathway()
        let book = try casesOptions.loadCases(for: pathway, pathwayOption: global.pathway)
        let cases: [PracticeCase]
        switch book.run(only: caseID, seed: list ? seed : seed ?? UInt64.random(in: .min ... .max)) {
        case .success(let chosen): cases = chosen
        case .failure(let unknown): throw CLIError(status: ExitStatus.usage, message: unknown.description)
        }
        if list {
            let idWidth = cases.map(\.id.count).max() ?? 0
            for practiceCase in cases {
                let padding = String(repeating: " ", count: idWidth - practiceCase.id.count + 2)
                print(terminalLine(practiceCase.id + padding + practiceCase.title))
            }
            return
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(status: ExitStatus.unavailable,
                           message: "the interactive rehearsal needs a terminal on standard input and output ('discpath rehearse --list' prints the cases)")
        }
        // The session's rehearsal front end replaces this.
        printError("discpath: interactive rehearsal: not wired yet")
        throw ExitCode(ExitStatus.quit)
    }
}
