import Foundation
import Testing

/// The real binary in tmux, driven by keys as a user would. Serialized: these drive terminals.
@Suite("The intake in a terminal", .serialized)
struct IntakeEndToEndTests {
    @Test("a clinician reaches immediate-spine-surgeon from a red flag in three keys: Space, Enter, Enter")
    func redFlagInThreeKeys() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags: which of these are present?")
        try session.send("Space")
        try session.send("Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        let result = try session.waitFor("Referral tier: immediate-spine-surgeon")
        #expect(result.contains("Immediate spine surgeon referral"))
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("immediate-spine-surgeon"), "the tier id goes to stderr after the restore")
        #expect(after.contains("EXIT=0"))
        #expect(!after.contains("Reasoning"), "the screen is cleared: nothing left behind for the next user")
    }

    @Test("NO_COLOR: the bars in reverse video, no colour at all; without it, the theme's colours; the pointer bold either way")
    func noColor() throws {
        // SGR parameters that set a colour: 30-37, 38 (256 or RGB), 40-47, 48, 90-97, 100-107.
        func colours(_ screen: String) -> [String] {
            screen.matches(of: /\x1B\[([0-9;]*)m/).flatMap { $0.1.split(separator: ";").map(String.init) }.filter {
                guard let n = Int($0) else { return false }
                return (30...38).contains(n) || (40...48).contains(n) || (90...97).contains(n) || (100...107).contains(n)
            }
        }
        for noColor in ["1", ""] {
            let session = try TmuxSession(["--audience", "clinician"], environment: ["NO_COLOR": noColor])
            defer { session.close() }
            try session.waitFor("Red flags: which of these are present?")
            try session.send("Down")
            try session.waitFor("› [ ] Bilateral")
            let styled = try session.captureWithStyles()
            // The cursor's pointer alone, bold, in no colour: a move restyles one cell (issue 31, E2).
            #expect(styled.contains(/\x1B\[1m›\x1B\[0m(\x1B\[[0-9;]*m)* \[ \] Bilateral/), "the pointer bold, the row plain")
            if noColor == "1" {
                #expect(colours(styled).isEmpty, "\(colours(styled))")
                #expect(styled.hasPrefix("\u{1B}[7m discpath"), "the title bar in reverse video")
            } else {
                #expect(styled.hasPrefix("\u{1B}[37m\u{1B}[44m discpath"), "the title bar white on blue")
                #expect(styled.contains("\u{1B}[30m\u{1B}[47m ↑↓ move"), "the hint bar black on white")
            }
        }
    }

    @Test("a GP types a 16-week patient meeting every criterion in 16 keys, and a red flag in 3 (issue 27)")
    func gpKeysCounted() throws {
        // None of these, No, 16 weeks, persisting, PT and a PM&R/pain specialist, root
        // compression, symptoms match, willing, the review: 16 keys, each waited for in turn.
        let steps: [(keys: [String], then: String)] = [
            (["9", "Enter"], "severe or disabling radicular"), (["n", "Enter"], "How many weeks"),
            (["1", "6", "Enter"], "Are the symptoms persisting"), (["Enter"], "Which treatments have been tried?"),
            (["3", "4", "Enter"], "Lumbar MRI"), (["3", "Enter"], "correlate with the MRI"),
            (["Enter"], "willing to consider surgical"), (["Enter"], "Show the result"), (["Enter"], "Referral tier: spine-surgeon"),
        ]
        #expect(steps.flatMap(\.keys).count == 16)
        let session = try TmuxSession(["--audience", "clinician"])
        defer { session.close() }
        try session.waitFor("Red flags: which of these are present?")
        for step in steps {
            for key in step.keys { try session.send(key) }
            try session.waitFor(step.then)
        }
        let first = try session.waitFor("Deciding reason")
        #expect(first.contains("All of the surgical criteria are met") && first.contains("What to do"), "\(first)")
        try session.send("r")
        try session.waitFor("New intake without saving?")
        try session.send("y")
        try session.waitFor("Red flags: which of these are present?")
        try session.send("1", "Enter", "Enter")
        let red = try session.waitFor("Referral tier: immediate-spine-surgeon")
        #expect(red.contains("Red flag present: Urinary retention"))
    }

    @Test("a full path from the audience screen to spine-surgeon")
    func fullPathToSpineSurgeon() throws {
        let session = try TmuxSession([])
        try session.waitFor("Which best describes you?")
        try session.send("Enter")                                    // clinician: the pointer starts on it
        try session.waitFor("Red flags: which of these are present?")
        try session.send("End", "Space", "Enter")                    // None of these
        try session.waitFor("severe or disabling radicular")
        try session.send("Down", "Enter")                            // No: the first Down lands on it
        try session.waitFor("How many weeks")
        try session.send("3", "Space", "m", "o", "n", "t", "h", "s")     // months, read as weeks before Enter
        try session.waitFor("3 months = 13 weeks. Press Enter to continue.")
        try session.send("Enter")
        try session.waitFor("Are the symptoms persisting")
        try session.send("Enter")                                    // yes: not improving, under the pointer
        try session.waitFor("Which treatments have been tried?")
        try session.send("Down", "Down", "Space", "Down", "Space", "Enter")
        try session.waitFor("Lumbar MRI")
        try session.send("Down", "Down", "Enter")                    // root compression
        try session.waitFor("correlate with the MRI")
        try session.send("Enter")                                    // matches
        try session.waitFor("willing to consider surgical")
        try session.send("Enter")                                    // yes
        let review = try session.waitFor("Show the result")
        #expect(review.contains("Duration: 13 weeks"))
        #expect(review.contains("Persistence: Yes: persisting, not improving"))
        try session.send("Enter")
        let result = try session.waitFor("Referral tier: spine-surgeon")
        #expect(result.contains("Refer to an orthopedic spine surgeon or neurosurgeon"))
        try session.send("End")
        let end = try session.waitFor("assumes no liability")
        #expect(end.contains("Dr.Oracle"))
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("spine-surgeon"))
        #expect(after.contains("EXIT=0"))
    }

    @Test("from the review, changing one answer reaches a different tier")
    func changeFromReview() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags")
        try session.send("End", "Space", "Enter")
        try session.waitFor("severe or disabling radicular")
        try session.send("Down", "Enter")
        try session.waitFor("How many weeks")
        try session.send("3", "Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        try session.waitFor("Referral tier: primary-care-conservative")
        try session.send("b")
        try session.waitFor("Show the result")
        try session.send("Up", "Up", "Enter")                        // Severity
        try session.waitFor("severe or disabling radicular")
        try session.send("Up", "Enter")                              // Yes
        try session.waitFor("› Severity: Yes")                       // the cursor stays on the row changed
        try session.send("End", "Enter")
        try session.waitFor("Referral tier: specialist-within-2-weeks")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
    }

    @Test("Backspace held in an empty weeks field stays there; Esc on the result asks before leaving, q leaves")
    func weeksBackspaceAndResultEscape() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags")
        try session.send("End", "Space", "Enter")
        try session.waitFor("severe or disabling radicular")
        try session.send("Down", "Enter")
        try session.waitFor("How many weeks")
        try session.send("3", "BSpace", "BSpace", "BSpace", "BSpace")
        let stayed = try session.waitFor("Nothing to delete")
        #expect(stayed.contains("How many weeks"), "still on the weeks screen")
        try session.send("3", "Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        try session.waitFor("Referral tier: primary-care-conservative")
        try session.send("Escape")
        try session.waitFor("Quit without saving?")
        try session.send("n")
        try session.waitFor("r new")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("primary-care-conservative"))
        #expect(after.contains("EXIT=0"))
    }

    @Test("resizing down to 20x6 asks for a larger window, and growing back restores the screen")
    func resize() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags: which of these are present?")
        try session.send("Space")
        try session.resize(width: 20, height: 6)
        try session.waitFor("Enlarge the window")
        try session.resize(width: 80, height: 24)
        let back = try session.waitFor("Red flags: which of these are present?")
        #expect(back.contains("[x] Urinary retention"), "the tick survives the resize")
        try session.resize(width: 40, height: 12)
        try session.waitFor("Step 1 of 10")
        try session.resize(width: 29, height: 7)
        try session.waitFor("press q to quit")
        try session.send("q")
        try session.waitFor("END-OF-RUN")
        // Grown again, the pane shows the lines the small window had scrolled away.
        try session.resize(width: 200, height: 50)
        let after = try session.waitFor("EXIT=")
        #expect(after.split(separator: "\n").contains("EXIT=1"), "quit before a tier, without a box there is no room for")
    }

    @Test("SIGTERM mid-way restores the terminal (echo and icanon) and the shell sees the signal")
    func sigterm() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags")
        try session.send("Space", "Enter")
        try session.waitFor("Show the result")
        kill(try session.programPID(), SIGTERM)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=143"), "128 + SIGTERM")
        #expect(after.contains(" echo ") && after.contains(" icanon "), "stty -a: \(after)")
        #expect(!after.contains("-echo ") && !after.contains("-icanon "))
    }

    @Test("Ctrl-C restores the terminal and ends by SIGINT")
    func ctrlC() throws {
        let session = try TmuxSession(["--audience", "patient"])
        try session.waitFor("Step 1 of 10")
        try session.send("C-c")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=130"))
        #expect(after.contains(" icanon "))
    }

    @Test("quitting before a tier asks first, then exits 1")
    func quitBeforeTier() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        try session.waitFor("Red flags")
        try session.send("q")
        try session.waitFor("Quit without a result?")
        try session.send("n")
        try session.waitFor("Red flags: which of these are present?")
        try session.send("Escape")
        try session.waitFor("Quit without a result?")
        try session.send("y")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=1"))
    }

    @Test("TERM=linux shows the first screen readably, with box lines", arguments: ["linux", "vt100"])
    func oldTerminals(term: String) throws {
        let session = try TmuxSession(["--audience", "clinician"], environment: ["TERM": term, "LANG": "C"])
        let screen = try session.waitFor("Red flags: which of these are present?")
        #expect(screen.contains("Urinary retention or incontinence (cauda equina syndrome)"))
        #expect(screen.contains("> [ ]"), "ASCII symbols in a non-UTF-8 locale")
        #expect(screen.contains("Enter next"))
        try session.send("Space")
        try session.waitFor("[x] Urinary")
    }

    @Test("on the Linux console, symbols are ASCII even in a UTF-8 locale; box lines stay lines")
    func linuxConsoleSymbols() throws {
        let session = try TmuxSession(["--audience", "clinician"], environment: ["TERM": "linux", "LANG": "C.UTF-8"])
        let screen = try session.waitFor("Red flags: which of these are present?")
        #expect(screen.contains("> [ ] Urinary"))
        #expect(!screen.contains("›") && !screen.contains("↑"))
        #expect(screen.contains("─"), "line drawing from the terminal's own character set")
    }

    @Test("--ascii draws with plain ASCII")
    func asciiFlag() throws {
        let session = try TmuxSession(["--audience", "clinician", "--ascii"])
        let screen = try session.waitFor("Red flags: which of these are present?")
        #expect(screen.contains("-----"))
        #expect(!screen.contains("─"))
    }

    @Test("an unknown TERM gets a clear error, not a crash")
    func unknownTerm() throws {
        let session = try TmuxSession([], environment: ["TERM": "no-such-terminal"])
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("unknown terminal type 'no-such-terminal'"))
        #expect(after.contains("EXIT=69"))
    }

    @Test("TERM=dumb gets the line mode: numbered prompts, one answer a line")
    func dumbTerm() throws {
        let session = try TmuxSession([], environment: ["TERM": "dumb"])
        try session.waitFor("1. Clinician")
        try session.send("1", "Enter")
        try session.waitFor("Red flags: which of these are present?")
        try session.send("q", "Enter")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=1"))
    }

    @Test("the idle timeout wipes the session back to the first screen")
    func idleTimeout() throws {
        let session = try TmuxSession(["--audience", "patient", "--idle-timeout", "1"])
        try session.waitFor("Step 1 of 10")
        try session.send("End", "Space", "Enter")
        try session.waitFor("Step 2 of 10")
        let wiped = try session.waitFor("Step 1 of 10")
        #expect(wiped.contains("[ ] None of these"), "the answer is gone")
    }

    @Test("Home, End, arrows and an unknown key in their common encodings, whatever TERM says",
          arguments: ["xterm-256color", "xterm", "vt100", "vt220", "linux", "tmux-256color"])
    func keyVariants(term: String) throws {
        let session = try TmuxSession(["--audience", "clinician"], environment: ["TERM": term])
        let cursor = term == "linux" ? ">" : "›"
        let first = "\(cursor) [ ] Urinary retention", second = "\(cursor) [ ] Bilateral lower", last = "\(cursor) [ ] None of these"
        try session.waitFor(first)
        func expectStill(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let screen = try session.waitFor(text, sourceLocation: sourceLocation)
            #expect(!screen.contains("Quit without a result?"), "read as Esc", sourceLocation: sourceLocation)
        }
        // tmux's own Home/End (ESC[1~ / ESC[4~), then each common variant as raw bytes.
        try session.send("End")
        try expectStill(last)
        try session.send("Home")
        try expectStill(first)
        let variants: [(end: [String], home: [String])] = [
            (["1b", "5b", "34", "7e"], ["1b", "5b", "31", "7e"]),  // ESC[4~ ESC[1~: tmux, PuTTY, linux
            (["1b", "5b", "38", "7e"], ["1b", "5b", "37", "7e"]),  // ESC[8~ ESC[7~: rxvt
            (["1b", "5b", "46"], ["1b", "5b", "48"]),              // ESC[F ESC[H: xterm, normal cursor keys
            (["1b", "4f", "46"], ["1b", "4f", "48"]),              // ESC OF ESC OH: xterm, application keys
        ]
        for variant in variants {
            try session.sendBytes(variant.end)
            try expectStill(last)
            try session.sendBytes(variant.home)
            try expectStill(first)
        }
        for (down, up) in [(["1b", "5b", "42"], ["1b", "5b", "41"]), (["1b", "4f", "42"], ["1b", "4f", "41"])] {
            try session.sendBytes(down)
            try expectStill(second)
            try session.sendBytes(up)
            try expectStill(first)
        }
        // F13 (ESC[25~), which no terminal type here describes: dropped whole.
        try session.sendBytes("1b", "5b", "32", "35", "7e")
        try session.send("End")
        try expectStill(last)
        // A real Esc is still Esc.
        try session.send("Escape")
        try session.waitFor("Quit without a result?")
    }

    @Test("on the result, where Esc quits at once, Home/End/PgUp/PgDn scroll and an unknown key is dropped",
          arguments: ["xterm-256color", "vt100"])
    func resultKeys(term: String) throws {
        let session = try TmuxSession(["--audience", "clinician"], environment: ["TERM": term])
        try session.waitFor("Red flags: which of these are present?")
        try session.send("Space", "Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        try session.waitFor("↓ more")
        try session.send("Home")                                     // ESC[1~ from tmux
        try session.send("NPage")                                    // ESC[6~
        try session.waitFor("↑ more")
        try session.send("PPage")                                    // ESC[5~
        try session.waitFor("↓ more")
        try session.sendBytes("1b", "5b", "32", "35", "7e")          // F13
        try session.send("End")
        let end = try session.waitFor("↑ more")
        #expect(end.contains("assumes no liability"))
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
    }

    @Test("when the terminal goes away, the intake ends with 129 whatever its parent does with SIGHUP",
          arguments: ["trap '' HUP", "trap : HUP"])
    func hangup(parentTrap: String) throws {
        let binary = try discpathBinary().path
        let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-hup-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: statusFile) }
        // `trap '' HUP` is a kiosk wrapper that ignores SIGHUP, which the program then inherits:
        // only noticing the dead terminal itself can end it.
        let session = try TmuxSession { pidFile in
            let program = "echo $$ > \"$1\"; exec env TERM=tmux-256color LANG=C.UTF-8 \"$2\" --audience patient"
            let wrapper = "\(parentTrap); sh -c \(shellQuote(program)) sh \(shellQuote(pidFile)) \(shellQuote(binary)); "
                + "echo $? > \(shellQuote(statusFile)); echo done"
            return "exec bash -c \(shellQuote(wrapper))"
        }
        try session.waitFor("Step 1 of 10")
        let pid = try session.programPID()
        try session.killSession()
        // The limit only stops a broken run from hanging; nothing here asserts on time.
        let gone = waitUntil { processIsGone(pid) }
        #expect(gone, "discpath (pid \(pid)) still running after its terminal went away")
        let status = waitUntil { FileManager.default.fileExists(atPath: statusFile) }
            ? (try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? "" : ""
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "129", "exit status, as for SIGHUP")
    }

    @Test("on a terminal without an alternate screen, Ctrl-Z clears the answers before stopping, and fg brings them back")
    func suspendClearsTheScreen() throws {
        let session = try TmuxSession.interactiveShell()
        try session.waitFor(TmuxSession.prompt)
        try session.runInShell("--audience patient", environment: "TERM=linux")
        try session.waitFor("Step 1 of 10")
        try session.send("Space", "Enter")
        try session.waitFor("Warning signs: New trouble passing urine")
        try session.send("C-z")
        let stopped = try session.waitFor("Stopped")
        #expect(!stopped.contains("trouble passing urine"), "the answer is left for the next person to read")
        #expect(!stopped.contains("Check your answers"))
        try session.type("fg")
        try session.send("Enter")
        try session.waitFor("Warning signs: New trouble passing urine")
        try session.send("Up")
        try session.waitFor("> Warning signs: New trouble passing urine")   // keys work again
    }

    @Test("keys typed ahead of quitting are discarded, never run by the shell")
    func typeaheadDiscarded() throws {
        let session = try TmuxSession.interactiveShell()
        try session.waitFor(TmuxSession.prompt)
        // TERM=linux has no alternate screen: the prompt shows again only once discpath is gone.
        try session.runInShell("--audience patient", environment: "TERM=linux")
        try session.waitFor("Step 1 of 10")
        try session.sendBurst("qyecho INJECTED_$((6*7))", "Enter")
        try session.waitFor(TmuxSession.prompt)
        // Input is read in order: had the burst's tail reached the shell, it would have run first.
        try session.type("echo \"after-$?-done\"")
        try session.send("Enter")
        let after = try session.waitFor("after-1-done")                // 1: quit before a tier
        #expect(!after.contains("INJECTED_42"))
    }
}

@Suite("The intake without a terminal")
struct IntakeWithoutTerminalTests {
    @Test("with no terminal, the line mode asks in plain lines; input that ends before a tier exits 1")
    func noTerminal() throws {
        let run = try discpath([], stdin: "")
        #expect(run.status == 1)
        #expect(run.stdout.contains("Which best describes you?"))
        #expect(run.stdout.contains("1. Clinician"))
        #expect(!run.stdout.utf8.contains(0x1B))
        #expect(run.stderr.isEmpty)
    }
}

/// Whether `pid` has ended (a zombie waiting for its parent counts as ended).
private func processIsGone(_ pid: pid_t) -> Bool {
    if kill(pid, 0) != 0 && errno == ESRCH { return true }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return true }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
}

/// Polls `condition` until it holds; false if it never does. The limit only stops a broken run
/// from hanging: nothing asserts on time.
private func waitUntil(_ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
}
