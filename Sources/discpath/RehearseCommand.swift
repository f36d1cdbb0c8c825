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

    @Flag(name: .long, help: "Print the progress kept between sessions (per case and per rule, safety misses apart), then exit.")
    var progress = false

    @Flag(name: .long, help: "Clear the progress kept between sessions, then exit.")
    var resetProgress = false

    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .long, help: "Line mode: plain numbered prompts on stdout, one answer a line from stdin.")
    var plain = false

    func run() throws {
        let pathway = try global.loadPathway()
        let book = try casesOptions.loadCases(for: pathway, pathwayOption: global.pathway)
        let file = ProgressFile.located()
        if resetProgress {
            guard let file else { throw CLIError(status: ExitStatus.usage, message: "no progress file: neither XDG_STATE_HOME nor HOME is set") }
            let removed = try file.reset()
            var output = StandardOutput()
            output.write(terminalLine(removed ? "Progress cleared: \(file.path)" : "No progress to clear (\(file.path))") + "\n")
            try output.finish()
            return
        }
        let record = file?.load() ?? RehearsalProgress()
        if progress {
            var output = StandardOutput()
            let place = file?.path ?? "nowhere: neither XDG_STATE_HOME nor HOME is set"
            for line in RehearsalText.progress(record, cases: book.cases, pathway: pathway, place: place) { output.write(terminalLine(line) + "\n") }
            try output.finish()
            return
        }
        var cases: [PracticeCase]
        do throws(UnknownCase) {
            cases = try book.run(only: namedCases, seed: list ? seed : seed ?? UInt64.random(in: .min ... .max))
        } catch {
            throw CLIError(status: ExitStatus.usage, message: error.description)
        }
        // Cases missed in earlier sessions come back first, as their Leitner boxes fall due.
        if namedCases.isEmpty { cases = record.ordering(cases) }
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
            keep(outcome, record, file)
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
        keep(outcome, record, file)
        Signals.endIfPending()
        switch outcome {
        case .practiced: return
        case .finished, .quitBeforeTier, .leftPractice, .endedByAttendant: throw ExitCode(ExitStatus.quit)
        }
    }

    /// Adds the session's attempts (replays included; a run left early, the cases done) to the record.
    private func keep(_ outcome: Outcome, _ record: RehearsalProgress, _ file: ProgressFile?) {
        guard let file else { return }
        switch outcome {
        case .practiced(let score), .leftPractice(let score):
            if !score.attempts.isEmpty { file.save(record.recording(session: score.attempts)) }
        case .finished, .quitBeforeTier, .endedByAttendant:
            break
        }
    }
}
