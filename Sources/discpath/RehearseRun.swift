import ArgumentParser
import IntakeUI
import LineMode
import PathwayCore
import SystemIO
import TerminalUI

/// The rehearsal's options as plain values: what `RehearseCommand` parses, or what
/// `RehearseArgumentReader` reads without swift-argument-parser, runs the same way from here.
struct RehearseRun: Equatable {
    /// `--pathway FILE`; nil for the built-in content.
    var pathway: String?
    /// `--cases FILE`; nil for the built-in cases.
    var cases: String?
    var list = false
    /// The ids named with --case, in order, each comma-separated list split.
    var caseIDs: [String] = []
    var seed: UInt64?
    var progress = false
    var resetProgress = false
    var ascii = false
    var plain = false

    /// The ids `--case` values name: "A,B" and "--case A --case B" alike, in order.
    static func caseIDs(in values: some Sequence<String>) -> [String] {
        values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func execute() throws {
        let pathway = try GlobalOptions.loadPathway(file: self.pathway, linted: false)
        let book = try CasesOptions.loadCases(file: self.cases, for: pathway, pathwayOption: self.pathway)
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
            cases = try book.run(only: caseIDs, seed: list ? seed : seed ?? UInt64.random(in: .min ... .max))
        } catch {
            throw CLIError(status: ExitStatus.usage, message: error.description)
        }
        // Cases missed in earlier sessions come back first, as their Leitner boxes fall due.
        if caseIDs.isEmpty { cases = record.ordering(cases) }
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

/// `discpath rehearse` and its options read without swift-argument-parser, as
/// `IntakeArgumentReader` reads the intake's: anything it is not sure of is left to the parser.
enum RehearseArgumentReader {
    static let valued: [Substring] = ["--pathway", "--cases", "--case", "--seed"]

    /// The run `arguments` ask for, or nil to leave them to swift-argument-parser.
    static func read(_ arguments: [String]) -> RehearseRun? {
        guard arguments.first == "rehearse", let options = FastOptions.scan(arguments.dropFirst(), valued: valued) else { return nil }
        var run = RehearseRun()
        for option in options {
            switch (option.name, option.value) {
            case ("--list", nil): run.list = true
            case ("--ascii", nil): run.ascii = true
            case ("--plain", nil): run.plain = true
            case ("--pathway", let file?): run.pathway = file
            case ("--cases", let file?): run.cases = file
            case ("--case", let ids?): run.caseIDs += RehearseRun.caseIDs(in: [ids])
            case ("--progress", nil): run.progress = true
            case ("--reset-progress", nil): run.resetProgress = true
            case ("--seed", let text?):
                guard let seed = UInt64(text) else { return nil }
                run.seed = seed
            default: return nil
            }
        }
        return run
    }
}
