import Foundation
import Testing

/// The second hostile trial's signals, hangups, sizes and keys, in a real terminal (tmux): the
/// terminal restored and the screen cleared on every way out, the note of a result on screen
/// never lost, no core file from the kiosk, nothing left in the scrollback. Serialized: these
/// drive terminals.
@Suite("Signals, the note and the terminal (trial 2)", .serialized)
struct SignalEndToEndTests {
    /// Signals whose default ends the process and that the first version let kill it with the
    /// screen up and the terminal raw (a real-time one as well: 40).
    static let otherEndingSignals: [Int32] = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGIO, SIGPWR,
                                              SIGSTKFLT, SIGPIPE, 40]
    /// Faults, sent with kill like any other signal.
    static let faults: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS]

    @Test("every signal whose default ends the process, faults sent with kill included: terminal restored, screen cleared, 128+n (finding 8)",
          arguments: otherEndingSignals + faults)
    func everyEndingSignal(signal: Int32) throws {
        let folder = try temporaryFolder()  // where a fault's core file would go, if the system made one
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(["--audience", "clinician"], folder: folder)
        defer { session.close() }
        try session.toRedFlagResult()
        kill(try session.programPID(), signal)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=\(128 + signal)"), "\(after)")
        #expect(!after.contains("Referral tier"), "the result is not left on the screen")
        expectSaneTerminal(after, "signal \(signal)")
    }

    @Test("the kiosk on the Linux console's type: SIGUSR1 and SIGALRM clear the screen and restore the terminal (finding 8)",
          arguments: [SIGUSR1, SIGALRM])
    func kioskSignal(signal: Int32) throws {
        let session = try TmuxSession(["--kiosk"], environment: KioskEndToEndTests.console)
        defer { session.close() }
        #expect(try session.kioskToUrgentResult().contains("tell the staff now"))
        kill(try session.programPID(), signal)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=\(128 + signal)"))
        #expect(!after.contains("staff"), "the patient's result is cleared")
        expectSaneTerminal(after, "kiosk, signal \(signal)")
        #expect(!(try session.captureWithHistory()).contains("tell the staff now"), "nor left in the scrollback")
    }

    @Test("--note FILE with a result on screen: SIGTERM, SIGHUP, SIGINT or the window closed write the note first, 0600 (finding 6)",
          arguments: ["TERM", "HUP", "INT", "window closed"])
    func noteOnLeavingBySignal(how: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = folder + "/visit.txt"
        let session = try TmuxSession(["--audience", "clinician", "--note", note])
        defer { session.close() }
        try session.toRedFlagResult()
        let pid = try session.programPID()
        switch how {
        case "TERM": kill(pid, SIGTERM)
        case "HUP": kill(pid, SIGHUP)
        case "INT": try session.send("C-c")
        default: try session.killSession()
        }
        if how != "window closed" {
            let after = try session.waitFor("END-OF-RUN")
            let status = ["TERM": 143, "HUP": 129, "INT": 130][how] ?? 0
            #expect(after.contains("EXIT=\(status)"), "\(after)")
        } else {
            // No shell is left to report: wait for the program itself to end.
            let deadline = Date().addingTimeInterval(30)
            while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        }
        let text = try String(contentsOfFile: note, encoding: .utf8)
        #expect(text.hasPrefix("discpath chart note\n"))
        #expect(text.contains("(immediate-spine-surgeon)"))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: note)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test("--note FILE, a signal before any result: no note, and the end the signal asks for")
    func noNoteBeforeAResult() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = folder + "/visit.txt"
        let session = try TmuxSession(["--audience", "clinician", "--note", note])
        defer { session.close() }
        try session.waitFor("Red flags: which of these")
        kill(try session.programPID(), SIGTERM)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=143"))
        #expect(!FileManager.default.fileExists(atPath: note))
    }

    @Test("line mode, --note FILE: SIGTERM while the result waits for Enter writes the note, then 143 (finding 6)")
    func lineModeNoteOnSignal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = folder + "/visit.txt"
        // Tall enough for the whole result to stay on the pane.
        let session = try TmuxSession(["--plain", "--audience", "clinician", "--note", note], height: 200)
        defer { session.close() }
        try session.waitFor("Red flags")
        try session.type("1")
        try session.send("Enter")
        try session.waitFor("Press Enter for the result")
        try session.send("Enter")
        try session.waitFor("(immediate-spine-surgeon)")
        kill(try session.programPID(), SIGTERM)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=143"), "\(after)")
        #expect(try String(contentsOfFile: note, encoding: .utf8).contains("(immediate-spine-surgeon)"))
    }

    @Test("the kiosk makes no core file: its core limit is 0 and SIGQUIT leaves none, even with ulimit -c unlimited (finding 10)")
    func kioskNoCoreDump() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(["--kiosk"], environment: KioskEndToEndTests.console, folder: folder,
                                      prelude: "ulimit -c unlimited 2>/dev/null; ")
        defer { session.close() }
        try session.waitFor("Press Enter to start.")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        let pid = try session.programPID()
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
        #expect(core.split(separator: " ").contains("0"), "\(core)")
        #expect(!core.contains("unlimited"), "\(core)")
        kill(pid, SIGQUIT)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=131"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left.isEmpty, "no core file: \(left)")
    }

    @Test("on terminals without an alternate screen nothing of the session is left in the scrollback (finding 9)",
          arguments: ["linux", "vt100"])
    func scrollbackErased(term: String) throws {
        let session = try TmuxSession(["--audience", "clinician"], environment: ["TERM": term])
        defer { session.close() }
        try session.toRedFlagResult()
        // A repaint clears the whole screen: tmux (scroll-on-clear) keeps what it cleared.
        try session.send("C-l")
        try session.waitFor("Referral tier")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        let history = try session.captureWithHistory()
        #expect(!history.contains("Referral tier"), "the result in the scrollback:\n\(history)")
        #expect(!history.contains("Red flags"), "the questions in the scrollback:\n\(history)")
    }

    @Test("the kiosk's attendant exit and its idle wipe leave nothing in the scrollback, not even the PIN box (finding 9)")
    func kioskScrollback() throws {
        let idle = try TmuxSession(["--kiosk", "--idle-timeout", "3"], environment: KioskEndToEndTests.console)
        defer { idle.close() }
        try idle.waitFor("Press Enter to start.")
        try idle.send("Enter")
        try idle.waitFor("have you had any of these new problems?")
        try idle.send("Space")
        try idle.waitFor("[x]")
        try idle.waitFor("Still there?")
        try idle.waitFor("Press Enter to start.")
        #expect(!(try idle.captureWithHistory()).contains("[x]"), "the wiped answers are not in the scrollback")
        // The attendant's exit, with the default idle timeout so that no wipe comes between keys.
        let session = try TmuxSession(["--kiosk"], environment: KioskEndToEndTests.console)
        defer { session.close() }
        _ = try session.kioskToUrgentResult()
        for _ in 0..<3 { try session.send("Space") }
        // The PIN first clears the urgent result held for the staff, then ends the kiosk.
        try session.send("C-x")
        try session.waitFor("PIN")
        try session.type(KioskEndToEndTests.pin)
        try session.send("Enter")
        try session.waitFor("Press Enter to start.")
        try session.send("C-x")
        try session.waitFor("PIN")
        try session.type(KioskEndToEndTests.pin)
        try session.send("Enter")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        let history = try session.captureWithHistory()
        for text in ["staff", "PIN", "warning signs", "specialist"] {
            #expect(!history.contains(text), "\"\(text)\" in the scrollback:\n\(history)")
        }
    }

    @Test("Alt-q and Alt-y (ESC q, ESC y) are ignored keys, never Esc then the letter (finding 14)")
    func altKeys() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        defer { session.close() }
        try session.waitFor("Red flags: which of these")
        try session.send("M-q")
        try session.send("M-y")
        try session.sendBytes("1b", "71")
        try session.send("Down")
        try session.waitFor("› [ ] Bilateral")
        try session.send("q")
        let box = try session.waitFor("Quit without a result?")
        #expect(box.contains("Red flags"), "the intake was still there")
        try session.send("n")
    }

    @Test("--quiet prints no tier id after the screens; without it the tier id follows on stderr (finding 26)",
          arguments: [true, false])
    func quiet(quiet: Bool) throws {
        let session = try TmuxSession(["--audience", "clinician"] + (quiet ? ["--quiet"] : []))
        defer { session.close() }
        try session.toRedFlagResult()
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        let lines = after.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("immediate-spine-surgeon") == !quiet, "\(after)")
    }

    /// The program's peak memory, read once its first screen is drawn; then SIGTERM ends it.
    func peakMemory(lines: Int, columns: Int) throws -> (kilobytes: Int, screen: String) {
        let session = try TmuxSession(["--audience", "clinician"],
                                      environment: ["TERM": "xterm-256color", "LINES": "\(lines)", "COLUMNS": "\(columns)"])
        defer { session.close() }
        let screen = try session.waitFor("Space select")
        let pid = try session.programPID()
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        kill(pid, SIGTERM)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=143"), "SIGTERM answered at \(lines)x\(columns)")
        return (peak, screen)
    }

    @Test("a window (or a stale LINES/COLUMNS) larger than 1000x1000 is drawn at that size: it starts, ends on SIGTERM, with that size's memory (findings 12, 13)")
    func hugeWindow() throws {
        let clamp = try peakMemory(lines: 1000, columns: 1000)
        for (lines, columns) in [(1000, 4000), (99_999, 99_999)] {
            let big = try peakMemory(lines: lines, columns: columns)
            #expect(!big.screen.contains("unknown terminal type"))
            // Side by side with a run at the clamp itself: the same layout, so about the same memory.
            #expect(Double(big.kilobytes) <= Double(clamp.kilobytes) * 1.25,
                    "\(lines)x\(columns): \(big.kilobytes) kB against \(clamp.kilobytes) kB at 1000x1000")
        }
    }
}
