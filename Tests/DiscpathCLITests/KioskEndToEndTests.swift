import Foundation
import Testing

/// The kiosk on the Linux console's terminal type at 80x24, driven in tmux as a patient and an
/// attendant would. Serialized: these drive terminals.
@Suite("The kiosk in a terminal", .serialized)
struct KioskEndToEndTests {
    static let pin = "7391"
    static let console = ["TERM": "linux", "LANG": "C.UTF-8", "DISCPATH_KIOSK_PIN": pin]

    static func kiosk(_ arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession(["--kiosk"] + arguments, environment: console)
    }

    @Test("without a PIN the kiosk does not start: nothing drawn, one line naming the variable and the file, exit 78")
    func noPIN() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        let session = try TmuxSession(["--kiosk"], environment: ["TERM": "linux", "LANG": "C.UTF-8", "DISCPATH_KIOSK_PIN_FILE": missing])
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.split(separator: "\n").contains("EXIT=78"))
        // The one line, as the 80-column pane wraps it.
        let start = after.range(of: "discpath: error:")?.lowerBound ?? after.endIndex
        let end = after.range(of: "\nEXIT=")?.lowerBound ?? after.endIndex
        let message = start < end ? after[start..<end].replacingOccurrences(of: "\n", with: "") : ""
        #expect(message.contains("DISCPATH_KIOSK_PIN") && message.contains(missing), "\(message)")
        #expect(!after.contains("Welcome") && !after.contains("Press Enter"), "nothing was drawn")
        #expect(!after.contains("─"))
    }

    @Test("left alone, a countdown, then every answer is wiped and the welcome is back")
    func idleWipe() throws {
        // Timeouts long enough that a loaded machine's slow screen captures cannot let one pass
        // between two keys; nothing here asserts how long anything took.
        let session = try Self.kiosk(["--idle-timeout", "4"])
        try session.waitFor("Press Enter to start.")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        try session.send("Space")
        try session.waitFor("> [x] New trouble passing urine")
        try session.waitFor("Still there? Your answers will be cleared in 2 s. Press any key to stay.")
        let wiped = try session.waitFor("Press Enter to start.")
        #expect(!wiped.contains("[x]"), "nothing of the answers is left on screen")
        try session.send("Enter")
        let fresh = try session.waitFor("have you had any of these new problems?")
        #expect(fresh.contains("[ ] New trouble passing urine"), "the tick is gone")
        #expect(!fresh.contains("[x]"))
    }

    @Test("a routine result offers Enter finish and clear: the finish screen, then Enter clears every answer and the welcome is back")
    func finishAndClear() throws {
        let session = try Self.kiosk()
        try session.waitFor("Press Enter to start.")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        try session.send("End", "Enter")                                // None of these: Enter on it
        try session.waitFor("severe pain that spreads down your leg")
        try session.send("n", "Enter")
        try session.waitFor("How long have you had")
        try session.send("3", "Enter")
        try session.waitFor("Check your answers")
        try session.send("Enter")
        let result = try session.waitFor("Enter finish and clear")
        #expect(result.contains("Code for your clinician: primary-care-conservative"))
        try session.send("Enter")
        let finish = try session.waitFor("Have you finished with your result?")
        #expect(finish.contains("Enter clear") && !finish.contains("primary-care-conservative"))
        try session.send("Left")
        try session.waitFor("Code for your clinician: primary-care-conservative")
        try session.send("Enter")
        try session.waitFor("Have you finished with your result?")
        try session.send("Enter")
        let welcome = try session.waitFor("Press Enter to start.")
        #expect(!welcome.contains("primary-care-conservative"))
        try session.send("Enter")
        let fresh = try session.waitFor("have you had any of these new problems?")
        #expect(!fresh.contains("[x]"), "the answers are gone")
    }

    @Test("keys never end an urgent result's hold; the attendant's PIN clears it to the welcome and the kiosk goes on")
    func urgentHeldUntilPIN() throws {
        let session = try Self.kiosk(["--idle-timeout", "2"])
        _ = try session.kioskToUrgentResult()
        try session.send("PageDown", "Home", "Enter", "Left", "r")   // reading it, then the keys that would leave
        let held = try session.waitFor("Please tell the staff now. They will clear this screen for you.")
        #expect(held.contains("Code for your clinician: immediate-spine-surgeon") && !held.contains("finish"))
        // Well past the 2 s idle timeout, the screen is still the result (waited for by text, not time).
        try session.send("F10")
        try session.waitFor("Attendant: clear the urgent result")
        try session.send("Escape")
        try session.waitFor("? help")
        #expect(try session.capture().contains("immediate-spine-surgeon"))
        try session.send("F10")
        try session.type(Self.pin)
        try session.send("Enter")
        let welcome = try session.waitFor("Press Enter to start.")
        #expect(!welcome.contains("immediate-spine-surgeon") && !welcome.contains("END-OF-RUN"))
    }

    @Test("the urgent result outlasts the idle timeout until the urgent hold, then is wiped")
    func urgentHold() throws {
        let session = try Self.kiosk(["--idle-timeout", "3", "--urgent-hold", "8"])
        let result = try session.kioskToUrgentResult()
        #expect(result.contains("tell the staff now"))
        // A countdown at 4 s can only come from the 8 s hold: the 3 s idle timeout counts down its
        // last second only.
        let held = try session.waitFor("Still there? Your answers will be cleared in 4 s.")
        #expect(held.contains("Code for your clinician: immediate-spine-surgeon"))
        let wiped = try session.waitFor("Press Enter to start.")
        #expect(!wiped.contains("immediate-spine-surgeon"))
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\ and q leave the kiosk running, on the welcome and on a question")
    func controlKeysDoNotEndIt() throws {
        let session = try Self.kiosk()
        try session.waitFor("Press Enter to start.")
        try session.sendBytes("03", "1a", "1c")                   // Ctrl-C, Ctrl-Z, Ctrl-\ as raw bytes
        try session.send("C-c", "C-z", "C-\\", "q", "Escape")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        try session.send("C-c", "C-z", "C-\\", "q", "Q", "Escape", "y")
        try session.send("Space")
        let still = try session.waitFor("> [x] New trouble passing urine")
        #expect(!still.contains("Quit without a result?") && !still.contains("Leave without a result?"))
        #expect(!still.contains("END-OF-RUN") && !still.contains("Stopped"))
        try session.send("Enter", "Enter")
        try session.waitFor("Code for your clinician: immediate-spine-surgeon")
        try session.send("q", "C-c")
        try session.send("Home")
        let result = try session.waitFor("Urgent: get medical help now")
        #expect(!result.contains("END-OF-RUN"))
        #expect(!result.contains("q quit"), "the hint line offers no quitting")
    }

    @Test("a wrong PIN is refused with a wait; the right one ends the kiosk with 0, the screen cleared, no tier printed")
    func attendantExit() throws {
        let session = try Self.kiosk()
        try session.waitFor("Press Enter to start.")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        try session.send("Space", "Enter", "Enter")
        try session.waitFor("Code for your clinician: immediate-spine-surgeon")
        try session.sendBytes("18")                                // Ctrl-X
        try session.waitFor("Attendant: clear the urgent result")
        try session.type("0000")
        try session.waitFor("PIN: ****")
        try session.send("Enter")
        let refused = try session.waitFor("Wrong PIN. Next try in 1 s.")
        #expect(!refused.contains("END-OF-RUN"))
        try session.waitFor("Wrong PIN. Type it again.")
        try session.send("Escape")
        try session.waitFor("? help")
        try session.send("F10")
        try session.type("7391")
        try session.send("Enter")
        try session.waitFor("Press Enter to start.")                // the PIN cleared the urgent result
        try session.send("F10")
        try session.waitFor("Attendant: end the kiosk")
        try session.type("739")
        let typing = try session.waitFor("PIN: ***")
        #expect(!typing.contains("739"), "the PIN is never shown")
        try session.type("1")
        try session.send("Enter")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.split(separator: "\n").contains("EXIT=0"))
        #expect(!after.contains("immediate-spine-surgeon"), "no tier line, and the result is cleared")
        #expect(!after.contains("Attendant") && !after.contains("Urgent"))
        #expect(after.contains(" icanon ") && after.contains(" isig ") && after.contains(" echo "), "the terminal is restored: \(after)")
    }

    @Test("SIGTERM from outside still restores the terminal and ends the kiosk")
    func sigterm() throws {
        let session = try Self.kiosk()
        try session.waitFor("Press Enter to start.")
        kill(try session.programPID(), SIGTERM)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.split(separator: "\n").contains("EXIT=143"))
        #expect(after.contains(" isig ") && !after.contains("-isig"))
        #expect(!after.contains("Press Enter to start."))
    }

    @Test("a whole kiosk session opens no file for writing, creates, renames or removes none (strace)")
    func writesNothing() throws {
        let binary = try discpathBinary().path
        let trace = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-kiosk-\(UUID().uuidString).strace").path
        defer { try? FileManager.default.removeItem(atPath: trace) }
        let session = try TmuxSession { pidFile in
            let program = "echo $$ > \(shellQuote(pidFile)); exec env TERM=linux LANG=C.UTF-8 DISCPATH_KIOSK_PIN=\(Self.pin) "
                + "strace -f -e trace=openat,open,creat,rename,renameat,renameat2,unlink,unlinkat,truncate,mkdir,mkdirat "
                + "-o \(shellQuote(trace)) \(shellQuote(binary)) --kiosk --idle-timeout 5"
            return "trap : INT; sh -c \(shellQuote(program)); echo \"EXIT=$?\"; echo END-OF-RUN; sleep 20"
        }
        try session.waitFor("Press Enter to start.")
        try session.send("Enter")
        try session.waitFor("have you had any of these new problems?")
        try session.send("End", "Space", "Enter")                      // None of these
        try session.waitFor("severe pain that spreads down your leg")
        try session.send("Down", "Enter")                              // No
        try session.waitFor("How long have you had")
        try session.send("3", "Enter")
        try session.waitFor("Check your answers")
        try session.send("Enter")
        try session.waitFor("Code for your clinician: primary-care-conservative")
        try session.waitFor("Still there?")
        try session.waitFor("Press Enter to start.")                   // wiped
        try session.send("F10")
        try session.type("0000")
        try session.send("Enter")
        try session.waitFor("Wrong PIN. Type it again.")
        try session.type(Self.pin)
        try session.send("Enter")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.split(separator: "\n").contains("EXIT=0"))
        #expect(!after.contains("primary-care-conservative"))

        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("openat(") && $0.contains("terminfo") }, "the trace saw the program's opens")
        let writes = lines.filter(Self.changesAFile)
        #expect(writes.isEmpty, "written, created, renamed or removed:\n\(writes.joined(separator: "\n"))")
    }

    /// Whether a line of strace output is a call that could change a file: an open for writing
    /// or creating (other than of the terminal), or any create, rename, unlink, truncate or mkdir.
    static func changesAFile(_ line: String) -> Bool {
        guard let call = line.firstMatch(of: /^\d+\s+(\w+)\(/)?.1 else { return false }
        switch call {
        case "openat", "open":
            guard line.contains("O_WRONLY") || line.contains("O_RDWR") || line.contains("O_CREAT") || line.contains("O_TRUNC") else { return false }
            let path = line.firstMatch(of: /"([^"]*)"/)?.1 ?? ""
            return !(path == "/dev/tty" || path.hasPrefix("/dev/tty") || path.hasPrefix("/dev/pts/"))
        default:
            return true
        }
    }
}

@Suite("Reading strace's output")
struct StraceLineTests {
    @Test("opens for writing or creating are found, except of the terminal; reads and strace's own lines are not")
    func classifier() {
        let changes = [
            #"12 openat(AT_FDCWD, "/tmp/x", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3"#,
            #"12 openat(AT_FDCWD, "/home/k/.cache/x", O_RDWR|O_CLOEXEC) = 3"#,
            #"12 openat(AT_FDCWD, "/tmp/y", O_RDONLY|O_CREAT, 0600 <unfinished ...>"#,
            #"12 unlinkat(AT_FDCWD, "/tmp/y", 0) = 0"#,
            #"12 rename("/tmp/a", "/tmp/b") = 0"#,
            #"12 creat("/tmp/c", 0644) = 3"#,
        ]
        for line in changes { #expect(KioskEndToEndTests.changesAFile(line), "\(line)") }
        let harmless = [
            #"12 openat(AT_FDCWD, "/lib/terminfo/l/linux", O_RDONLY) = 3"#,
            #"12 openat(AT_FDCWD, "/dev/tty", O_RDWR|O_NOCTTY) = 4"#,
            #"12 openat(AT_FDCWD, "/dev/pts/3", O_RDWR) = 4"#,
            "12 +++ exited with 0 +++",
            "12 --- SIGWINCH {si_signo=SIGWINCH} ---",
        ]
        for line in harmless { #expect(!KioskEndToEndTests.changesAFile(line), "\(line)") }
    }
}

/// The kiosk's command line, without a terminal: what is refused before anything starts.
@Suite("The kiosk's options and PIN")
struct KioskCommandTests {
    /// A PIN file in a folder of its own, with `mode`.
    static func pinFile(_ contents: String, mode: mode_t) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-pin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kiosk-pin").path
        try contents.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode) == 0)
        return path
    }

    @Test("no PIN: exit 78, one line naming DISCPATH_KIOSK_PIN and the PIN file, nothing on stdout")
    func noPIN() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/kiosk-pin"
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": missing, "TERM": "linux"])
        #expect(run.status == 78)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("DISCPATH_KIOSK_PIN") && run.stderr.contains(missing))
    }

    @Test("a PIN file that group or others can read or write is refused (78)", arguments: [0o644, 0o640, 0o604, 0o620, 0o602, 0o660])
    func openPINFile(mode: Int) throws {
        let path = try Self.pinFile("7391\n", mode: mode_t(mode))
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": path, "TERM": "linux"])
        #expect(run.status == 78)
        #expect(run.stderr.contains(path) && run.stderr.contains("chmod 600"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("a PIN file that is not a regular file (a folder) is refused (78)")
    func notARegularFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-pin-dir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(chmod(folder, 0o700) == 0)
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": folder, "TERM": "linux"])
        #expect(run.status == 78)
        #expect(run.stderr.contains("is not a regular file"), "\(run.stderr)")
    }

    @Test("a PIN file owned by another user is refused (78)")
    func otherOwner() throws {
        let path = try Self.pinFile("7391\n", mode: 0o600)
        guard getuid() == 0 else { return }  // only root can give a file away; CI runs as root
        #expect(chown(path, 65534, 65534) == 0)
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": path, "TERM": "linux"])
        #expect(run.status == 78)
        #expect(run.stderr.contains("belongs to user id 65534"), "\(run.stderr)")
    }

    @Test("an owner-only PIN file, or the variable, is accepted: then only the missing terminal stops it (69)",
          arguments: ["file", "variable"])
    func acceptedPIN(source: String) throws {
        let path = try Self.pinFile("7391\n", mode: 0o600)
        let environment = source == "file" ? ["DISCPATH_KIOSK_PIN_FILE": path, "TERM": "linux"]
                                           : ["DISCPATH_KIOSK_PIN": "7391", "DISCPATH_KIOSK_PIN_FILE": "/nonexistent", "TERM": "linux"]
        let run = try discpath(["--kiosk"], environment: environment)
        #expect(run.status == 69, "\(run.stderr)")
        #expect(!run.stderr.contains("PIN"))
    }

    @Test("the PIN file's first line is the PIN, whatever follows it (trial 2, finding 16)",
          arguments: ["7391\nsecond line\n", "7391\n\n", "7391\r\n\r\n", "7391"])
    func firstLine(contents: String) throws {
        let path = try Self.pinFile(contents, mode: 0o600)
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": path, "TERM": "linux"])
        #expect(run.status == 69, "accepted; then only the missing terminal stops it: \(run.stderr)")
        let blankFirst = try Self.pinFile("\n7391\n", mode: 0o600)
        let refused = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN_FILE": blankFirst, "TERM": "linux"])
        #expect(refused.status == 78)
        #expect(refused.stderr.contains("first line"))
    }

    @Test("help names what 78 and 69 cover for the kiosk: a PIN that is not usable, TERM dumb or unset (trial 2, finding 24)")
    func helpExitCodes() throws {
        let help = try discpath(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("78 the kiosk (--kiosk) has no attendant PIN, a PIN that is not usable"), "\(help)")
        #expect(help.contains("the kiosk has no terminal or TERM is dumb or unset"))
        let dumb = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN": "7391", "TERM": "dumb"])
        #expect(dumb.status == 69)
    }

    @Test("a PIN that is not one is refused (78)", arguments: ["", "12", "12 34"])
    func badPIN(pin: String) throws {
        let run = try discpath(["--kiosk"], environment: ["DISCPATH_KIOSK_PIN": pin, "TERM": "linux"])
        #expect(run.status == 78)
        #expect(run.stderr.contains("DISCPATH_KIOSK_PIN is not a usable PIN"))
        #expect(!run.stderr.contains("12"), "the value is not echoed")
    }

    @Test("--kiosk with --plain, or with another audience, and --urgent-hold without --kiosk: usage errors (64)",
          arguments: [["--kiosk", "--plain"], ["--kiosk", "--audience", "clinician"], ["--urgent-hold", "60"],
                      ["--kiosk", "--urgent-hold", "0"]])
    func usage(arguments: [String]) throws {
        let run = try discpath(arguments, environment: ["DISCPATH_KIOSK_PIN": "7391"])
        #expect(run.status == 64)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
