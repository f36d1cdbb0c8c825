import Foundation
import Testing

/// Saving from the screens, in tmux, as a user would. Serialized: these drive terminals.
@Suite("Saving from the screens", .serialized)
struct SaveEndToEndTests {
    /// The files in `folder` whose names start with `prefix`.
    func files(in folder: String, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(prefix) }.sorted()
    }

    @Test("s, then Enter, saves the chart note under the default name in the current folder")
    func saveNote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(["--audience", "clinician"], folder: folder)
        try session.toRedFlagResult()
        #expect(try files(in: folder, prefix: "discpath").isEmpty, "nothing is written unless asked for")
        try session.send("s")
        let box = try session.waitFor("Save the chart note as:")
        #expect(box.contains("discpath-2"), "the default name: discpath-YYYYMMDD-HHMM.txt")
        try session.send("Enter")
        try session.waitFor("Chart note saved to")
        let saved = try files(in: folder, prefix: "discpath-")
        #expect(saved.count == 1)
        let name = try #require(saved.first)
        #expect(name.count == "discpath-20260305-140709.txt".count && name.hasSuffix(".txt"), "\(name)")
        let note = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(note.contains("(immediate-spine-surgeon)"))
        #expect(note.contains("Answers as asked"))
        // The same name again (Ctrl-U clears the box): asked before anything is replaced; n keeps the file.
        try session.send("s")
        try session.waitFor("Save the chart note as:")
        try session.send("C-u")
        try session.type(name)
        try session.send("Enter")
        try session.waitFor("is there already. Replace it?")
        try session.send("n")
        try session.waitFor("Save the chart note as:")
        try session.send("Escape")
        try session.waitFor("r new")
        try session.send("q")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        #expect(try files(in: folder, prefix: "discpath-") == saved)
    }

    @Test("c copies the chart note by OSC 52 (tmux with set-clipboard on keeps it as a buffer) and writes nothing; then q leaves at once")
    func copyNote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(["--audience", "clinician"], folder: folder)
        defer { session.close() }
        try session.command("set", "-s", "set-clipboard", "on")
        try session.toRedFlagResult()
        try session.send("c")
        try session.waitFor("copied to the terminal's clipboard")
        let buffer = try session.command("show-buffer")
        #expect(buffer.contains("(immediate-spine-surgeon)") && buffer.contains("Answers as asked"), "\(buffer.prefix(300))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing written to disk")
        try session.send("q")
        #expect(try session.waitFor("END-OF-RUN").contains("EXIT=0"), "copied: q does not ask")
    }

    @Test("--save-dir and DISCPATH_SAVE_DIR offer names to the second in that folder, saved 0600; a missing folder is refused (73)")
    func saveDirectory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(["--audience", "clinician"], environment: ["DISCPATH_SAVE_DIR": folder])
        defer { session.close() }
        try session.toRedFlagResult()
        try session.send("s")
        try session.waitFor("Save the chart note as:")
        try session.send("Enter")
        try session.waitFor("Chart note saved to")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(saved.count == 1 && saved.first?.count == "discpath-20260305-140709.txt".count, "\(saved)")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + (saved.first ?? ""))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let missing = try discpath(["--save-dir", folder + "/nope"], stdin: "")
        #expect(missing.status == 73 && missing.stderr.hasPrefix("discpath: error: --save-dir '") && missing.stderr.contains("No such file"),
                "\(missing)")
        let notFolder = try discpath([], stdin: "", environment: ["DISCPATH_SAVE_DIR": "/etc/passwd"])
        #expect(notFolder.status == 73 && notFolder.stderr.contains("DISCPATH_SAVE_DIR '/etc/passwd' is not a folder"), "\(notFolder)")
    }

    @Test("saving into a folder that cannot be written says why on the screen, and the session goes on")
    func unwritableFolder() throws {
        // Root writes into any folder whatever its mode; nobody can make a file in sysfs.
        let folder: String
        let made = try temporaryFolder()
        defer {
            chmod(made, 0o755)
            try? FileManager.default.removeItem(atPath: made)
        }
        if getuid() == 0 {
            folder = "/sys"
        } else {
            folder = made
            chmod(made, 0o555)
        }
        let session = try TmuxSession(["--audience", "clinician"], folder: folder)
        try session.toRedFlagResult()
        try session.send("s")
        try session.waitFor("Save the chart note as:")
        try session.send("Enter")
        let screen = try session.waitFor("Not saved: permission denied")
        #expect(screen.contains("Save the chart note as:"), "the box stays, to change the name")
        try session.send("Escape")
        try session.waitFor("r new")
        try session.send("Down")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("immediate-spine-surgeon"))
    }

    @Test("--note FILE writes the note on leaving, not before")
    func noteOnLeaving() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = folder + "/visit.txt"
        let session = try TmuxSession(["--audience", "clinician", "--note", note])
        try session.toRedFlagResult()
        #expect(!FileManager.default.fileExists(atPath: note), "written on leaving")
        try session.send("q")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        let text = try String(contentsOfFile: note, encoding: .utf8)
        #expect(text.hasPrefix("discpath chart note\n"))
        #expect(text.contains("(immediate-spine-surgeon)"))
    }

    @Test("--note - prints the note after the terminal is restored")
    func noteOnStandardOutput() throws {
        // Tall enough for the whole note to stay on the pane.
        let session = try TmuxSession(["--audience", "clinician", "--note", "-"], height: 200)
        try session.toRedFlagResult()
        try session.send("q")
        let after = try session.waitFor("END-OF-RUN")
        let start = try #require(after.range(of: "discpath chart note"), "the note is on the terminal: \(after)")
        let exit = try #require(after.range(of: "EXIT=0"))
        #expect(start.upperBound < exit.lowerBound)
        let note = String(after[start.lowerBound..<exit.lowerBound])
        #expect(note.contains("Answers as asked"))
        #expect(note.contains("- Red flags: Urinary retention or incontinence"))
        #expect(note.contains("(immediate-spine-surgeon)"))
        #expect(note.contains("References"))
        #expect(!after.contains("Show the result"), "the screens were cleared first")
    }

    @Test("a saves the answers; --answers opens them on the review; evaluate reaches the same tier")
    func answersRoundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try TmuxSession(["--audience", "clinician"], folder: folder)
        try first.waitFor("Red flags")
        try first.send("End", "Space", "Enter")
        try first.waitFor("severe or disabling radicular")
        try first.send("Down", "Enter")
        try first.waitFor("How many weeks")
        try first.send("3", "Enter")
        try first.waitFor("Show the result")
        try first.send("a")
        try first.waitFor("Save the answers as:")
        try first.send("Enter")
        try first.waitFor("Answers saved to")
        try first.send("Enter")
        try first.waitFor("Referral tier: primary-care-conservative")
        try first.send("q")
        try first.waitFor("END-OF-RUN")
        first.close()
        let name = try #require(try files(in: folder, prefix: "discpath-answers-").first)
        let saved = folder + "/" + name

        let second = try TmuxSession(["--audience", "clinician", "--answers", saved])
        let review = try second.waitFor("Show the result")
        for row in ["discpath · Review", "Red flags: None of these", "Severity: No", "Duration: 3 weeks"] {
            #expect(review.contains(row), "\(row) on:\n\(review)")
        }
        try second.send("Enter")
        try second.waitFor("Referral tier: primary-care-conservative")
        try second.send("q", "q")                                    // unsaved: asked once, q again drops it
        #expect(try second.waitFor("END-OF-RUN").contains("EXIT=0"))

        let evaluate = try discpath(["evaluate", "--answers", saved, "--format", "json"])
        #expect(evaluate.status == 0)
        #expect(try jsonObject(evaluate.stdout)["tier"] as? String == "primary-care-conservative")
    }
}
