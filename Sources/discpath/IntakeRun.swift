import ArgumentParser
import IntakeUI
import LineMode
import PathwayCore
import SystemIO
import TerminalUI

/// The intake's options as plain values, checked: what `IntakeCommand` parses, or what
/// `IntakeArgumentReader` reads without swift-argument-parser, runs the same way from here.
struct IntakeRun: Equatable {
    /// `--pathway FILE`; nil for the built-in content.
    var pathway: String?
    var audience: Audience?
    var ascii = false
    var plain = false
    var quiet = false
    var idleTimeout: Int?
    var kiosk = false
    /// nil: an urgent result stays until the attendant clears it.
    var urgentHold: Int?
    var alert: UrgentAlert?
    var answers: String?
    var saveDir: String?
    var note: String?

    /// The kiosk's default: two minutes alone wipes the answers.
    static let kioskIdleTimeout = 120

    /// Why these options cannot run together or a value is out of range, as the help words it;
    /// nil when they can.
    var problem: String? {
        let limit = Session.Configuration.maximumIdleTimeout
        if let idleTimeout, !(1...limit).contains(idleTimeout) {
            return "--idle-timeout must be a whole number of seconds from 1 to \(limit) (one day), got \(idleTimeout)"
        }
        if let urgentHold, !(1...limit).contains(urgentHold) {
            return "--urgent-hold must be a whole number of seconds from 1 to \(limit) (one day), got \(urgentHold)"
        }
        if kiosk && plain { return "--kiosk cannot be used with --plain: the kiosk runs on the screen, not in line mode" }
        if kiosk, let audience, audience != .patient {
            return "--kiosk always uses the patient's wording; --audience \(audience.rawValue) cannot be used with it"
        }
        if urgentHold != nil && !kiosk { return "--urgent-hold only applies with --kiosk" }
        if alert != nil && !kiosk { return "--alert only applies with --kiosk" }
        if kiosk && (note != nil || answers != nil || saveDir != nil) {
            return "--kiosk writes and opens no file: --note, --answers and --save-dir cannot be used with it"
        }
        return nil
    }

    func execute() throws {
        let pathway = try GlobalOptions.loadPathway(file: self.pathway, linted: false)
        let startingAnswers = try answers.map { path throws(CLIError) in try StartingAnswers.read(path, pathway: pathway) } ?? Answers()
        let noteDestination = try note.map { argument throws(CLIError) in try NoteDestination(argument) }
        let terminal = TerminalEnvironment.current()
        if kiosk { return try runKiosk(pathway, terminal) }
        // The flag, else the workstation's default; a bad default is refused even under the flag.
        let environmentAudience = try AudienceDefault.read()
        let audience = self.audience ?? environmentAudience
        let saveDirectory = try SaveDirectory.resolve(saveDir)
        let outcome: Outcome
        var output = StandardOutput()
        if LineIntake.isNeeded(plain: plain, terminal) {
            Signals.catchForLineMode()
            // A signal, or output that cannot be written, ends the input: the session leaves as
            // at its end (a result on screen is finished, and its note written).
            var input = StandardInput(interrupted: { Signals.pending != nil })
            var configuration = Session.Configuration(audience: audience, answers: startingAnswers)
            configuration.saveDirectory = saveDirectory
            configuration.writesNoteOnLeaving = note != nil
            outcome = LineIntake.run(pathway: pathway, configuration: configuration,
                                     readLine: { output.failed ? .end : input.next() }, write: { output.writeLines($0) },
                                     files: LineFiles(clock: LocalClock.now, write: FileWriter.perform))
        } else {
            var configuration = Session.Configuration(audience: audience, idleTimeout: idleTimeout, answers: startingAnswers, ascii: ascii)
            configuration.saveDirectory = saveDirectory
            configuration.writesNoteOnLeaving = note != nil
            do throws(IntakeUnavailable) {
                outcome = try CursesIntake.run(pathway: pathway, configuration: configuration, terminal: terminal)
            } catch {
                throw CLIError(status: ExitStatus.unavailable, message: error.description)
            }
            // Like dialog, the tier for a script, once the screen is restored (not when a signal ended it).
            if case .finished(let result) = outcome, !quiet, Signals.pending == nil { printError(result.decision.tier.rawValue) }
        }
        try leave(outcome, note: noteDestination, pathway: pathway, output: &output)
    }

    /// The end of an intake: the note of a result written (also when a signal ended it: it was
    /// decided), then the end the signal asks for, or the exit status of the outcome.
    private func leave(_ outcome: Outcome, note: NoteDestination?, pathway: Pathway, output: inout StandardOutput) throws {
        var failure: CLIError?
        if case .finished(let result) = outcome {
            do { try note?.write(result, pathway: pathway) } catch { failure = error }
        }
        do { try output.finish() } catch { failure = failure ?? error }
        if let signal = Signals.pending {
            if let failure { printError("discpath: error: \(failure.message)") }
            Signals.end(by: signal)
        }
        if let failure { throw failure }
        guard case .finished = outcome else { throw ExitCode(ExitStatus.quit) }
    }

    /// The kiosk: the PIN first, so that without one nothing is drawn; then the screens until
    /// the attendant ends it (0). No tier on stderr: the next person would read it.
    private func runKiosk(_ pathway: Pathway, _ terminal: TerminalEnvironment) throws {
        // No core file may hold the PIN or a patient's answers (SIGQUIT's default dumps one).
        Signals.forbidCoreDumps()
        let pin = try KioskPINSource.load()
        var configuration = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: idleTimeout ?? Self.kioskIdleTimeout,
                                                  urgentHold: urgentHold, attendantPIN: pin, ascii: ascii)
        configuration.urgentAlert = alert ?? .bell
        let outcome: Outcome
        do throws(IntakeUnavailable) {
            outcome = try CursesIntake.run(pathway: pathway, configuration: configuration, terminal: terminal)
        } catch {
            throw CLIError(status: ExitStatus.unavailable, message: error.description)
        }
        Signals.endIfPending()
        switch outcome {
        case .endedByAttendant, .finished: return
        case .quitBeforeTier, .practiced, .leftPractice: throw ExitCode(ExitStatus.quit)
        }
    }
}
