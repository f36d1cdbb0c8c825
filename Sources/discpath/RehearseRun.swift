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
    var caseID: String?
    var seed: UInt64?
    var ascii = false
    var plain = false

    func execute() throws {
        let pathway = try GlobalOptions.loadPathway(file: self.pathway, linted: false)
        let book = try CasesOptions.loadCases(file: self.cases, for: pathway, pathwayOption: self.pathway)
        let cases: [PracticeCase]
        do throws(UnknownCase) {
            cases = try book.run(only: caseID, seed: list ? seed : seed ?? UInt64.random(in: .min ... .max))
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
            case ("--case", let id?): run.caseID = id
            case ("--seed", let text?):
                guard let seed = UInt64(text) else { return nil }
                run.seed = seed
            default: return nil
            }
        }
        return run
    }
}
