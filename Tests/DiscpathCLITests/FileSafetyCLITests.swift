import Foundation
import Testing

/// The second hostile trial's files and output, through the binary: nothing lost on a failed
/// write, nothing written through a planted link or into a FIFO, nothing readable by others.
@Suite("Files and output that cannot be lost or leaked (trial 2)")
struct FileSafetyCLITests {
    /// `printf` text for the line mode opened at the review of `earlyAnswers`: Enter shows the
    /// result, then `s` saves the note to `name` (asked to replace it: yes).
    static func saveNoteAs(_ name: String) -> String { "\\ns\\n\(name)\\ny\\n\\n\\n" }

    @Test("replacing a note that cannot be written whole (ulimit -f, a full disk) leaves the old one as it was (finding 2)",
          arguments: [true, false])
    func failedReplacementKeepsTheOldFile(ignoringXFSZ: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = String(repeating: "OLD NOTE ", count: 300) + "\n"
        try old.write(toFile: folder + "/old.txt", atomically: false, encoding: .utf8)
        try earlyAnswers.write(toFile: folder + "/one.json", atomically: false, encoding: .utf8)
        // Only discpath runs under the limit; its output goes through a pipe, which has none.
        let trap = ignoringXFSZ ? "trap '' XFSZ; " : ""
        let run = try shell("""
            cd \(shellQuote(folder)) && printf '\(Self.saveNoteAs("old.txt"))' \
              | (\(trap)ulimit -f 1; exec "$DISCPATH" --plain --audience clinician --answers one.json) | cat
            """)
        #expect(try String(contentsOfFile: folder + "/old.txt", encoding: .utf8) == old, "the old note is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["old.txt", "one.json"],
                "no half-written or temporary file is left")
        if ignoringXFSZ {
            #expect(run.stdout.contains("Not saved: the file is larger than this session may write (ulimit -f)."), "\(run.stdout)")
        }
    }

    @Test("notes and answers saved from the line mode are the user's alone (0600) (finding 5)")
    func privateFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try shell("""
            cd \(shellQuote(folder)) && umask 022 && printf '9\\n2\\n3\\n\\ns\\nnote.txt\\na\\nanswers.json\\n\\n' \
              | "$DISCPATH" --plain --audience clinician
            """)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["note.txt", "answers.json"] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(name): \(String(mode, radix: 8))")
        }
    }

    @Test("a link planted under the name is refused, never written through, asked about or followed (finding 3)")
    func plantedLink() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try earlyAnswers.write(toFile: folder + "/one.json", atomically: false, encoding: .utf8)
        try "the victim's file\n".write(toFile: folder + "/victim.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/note.txt", withDestinationPath: folder + "/victim.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/answers.json", withDestinationPath: folder + "/stolen.json")
        let run = try shell("""
            cd \(shellQuote(folder)) && printf '\\ns\\nnote.txt\\ncancel\\na\\nanswers.json\\ncancel\\n\\n' \
              | "$DISCPATH" --plain --audience clinician --answers one.json
            """)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "Not saved: that is a link").count == 3, "\(run.stdout)")
        #expect(!run.stdout.contains("is there already"), "never asked whether to replace a link")
        #expect(try String(contentsOfFile: folder + "/victim.txt", encoding: .utf8) == "the victim's file\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/stolen.json"))
    }

    @Test("--note with no name, a folder or a name ending in / is refused before any question (findings 11, 22)",
          arguments: [("", 64, "--note needs a file name"), (".", 73, "is a folder"), ("notes/", 73, "is a folder"),
                      ("/tmp", 73, "is a folder")])
    func noteRefusedAtOnce(name: String, status: Int32, message: String) throws {
        let run = try discpath(["--plain", "--audience", "clinician", "--note", name], stdin: "1\n\n\n")
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty, "no question was asked")
    }

    @Test("in the save prompt, a folder's name is said to be a folder at once, without asking to replace it (finding 22)")
    func folderInThePrompt() throws {
        let file = try temporaryFile(earlyAnswers)
        let run = try discpath(["--plain", "--audience", "clinician", "--answers", file.path], stdin: "\ns\n.\ncancel\n\n")
        #expect(run.stdout.contains("Not saved: that is a folder: add a file name."), "\(run.stdout)")
        #expect(!run.stdout.contains("is there already"))
    }
}

/// Finding 1: every command that writes to stdout checks every write.
@Suite("Output that cannot be written (trial 2)")
struct OutputFailureTests {
    static let commands: [String] = [
        "evaluate --answers one.json", "evaluate --answers one.json --format json", "evaluate --answers one.json --format fhir",
        "evaluate --answers one.json --format ndjson", "lint", "export questionnaire", "rehearse --list", "--version", "--help",
        "help evaluate", "diff builtin builtin",
    ]

    func inFolder(_ script: String) throws -> Run {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try earlyAnswers.write(toFile: folder + "/one.json", atomically: false, encoding: .utf8)
        return try shell("cd \(shellQuote(folder)) && \(script)")
    }

    @Test("stdout on a full disk (/dev/full) or closed: one line naming it, exit 74, for every command",
          arguments: commands, [("> /dev/full", "the disk is full"), (">&-", "it is closed")])
    func failedWrite(command: String, output: (redirect: String, reason: String)) throws {
        let run = try inFolder("\"$DISCPATH\" \(command) \(output.redirect)")
        #expect(run.status == 74, "\(command) \(output.redirect): \(run)")
        #expect(run.stderr == "discpath: error: cannot write to standard output: \(output.reason)\n", "\(run.stderr)")
    }

    @Test("the chart note with --note - on a full disk is not lost silently: 74 (the trial's worst case)")
    func noteOnAFullDisk() throws {
        let run = try inFolder("printf '\\n\\n' | \"$DISCPATH\" --plain --audience clinician --answers one.json --note - > /dev/full")
        #expect(run.status == 74, "\(run)")
        #expect(run.stderr.contains("cannot write to standard output: the disk is full"))
    }

    @Test("a batch whose output fails stops reading: 74 on the first full buffer, not after the whole input")
    func batchStops() throws {
        let run = try inFolder("yes \(shellQuote(earlyAnswers)) | \"$DISCPATH\" evaluate --format ndjson > /dev/full")
        #expect(run.status == 74, "\(run)")
    }

    @Test("a reader that goes away ends it quietly, as SIGPIPE does (141, nothing on stderr)")
    func closedPipe() throws {
        let run = try inFolder("""
            yes \(shellQuote(earlyAnswers)) | { "$DISCPATH" evaluate --format ndjson; echo $? > status; } | head -c 10 > /dev/null; cat status
            """)
        #expect(run.stdout == "141\n", "\(run)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
