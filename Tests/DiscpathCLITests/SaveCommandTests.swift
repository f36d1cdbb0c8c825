import Foundation
import Testing

/// A folder of its own for a test's files, removed by the caller.
func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-save-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

let earlyAnswers = "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 3}"

@Suite("discpath --answers and --note")
struct SaveCommandTests {
    @Test("a bad answers file gets evaluate's own one-line error and exit code, before the intake starts",
          arguments: ["{\"redFlags\": [], \"mri\": \"maybe\"", "{\"redFlags\": [], \"mri\": \"maybe\"}",
                      "{\"redFlags\": []}", "{\"redFlags\": [], \"color\": \"red\"}", "\"text\"", "[{\"redFlags\": [\"unsure\"]}, 3"])
    func badFile(contents: String) throws {
        let file = try temporaryFile(contents)
        let intake = try discpath(["--plain", "--audience", "clinician", "--answers", file.path], stdin: "\n\n")
        let evaluate = try discpath(["evaluate", "--answers", file.path])
        #expect(evaluate.status == 65)
        #expect(intake.status == evaluate.status)
        #expect(intake.stderr == evaluate.stderr)
        #expect(intake.stderr.split(separator: "\n").count == 1)
        #expect(intake.stdout.isEmpty, "nothing was asked")
    }

    @Test("an answers file that cannot be read: 66, as evaluate says it")
    func unreadable() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).json").path
        let intake = try discpath(["--plain", "--answers", missing], stdin: "")
        let evaluate = try discpath(["evaluate", "--answers", missing])
        #expect(intake.status == 66)
        #expect(intake.stderr == evaluate.stderr)
    }

    @Test("an array of answer sets is refused with a clear message; - is refused: the keys come from stdin")
    func batchAndStdin() throws {
        let file = try temporaryFile("[\(earlyAnswers), \(earlyAnswers)]")
        let batch = try discpath(["--plain", "--answers", file.path], stdin: "\n\n")
        #expect(batch.status == 65)
        #expect(batch.stderr == "discpath: error: answers file '\(file.path)' holds an array of 2 answer sets; the intake opens one: give a single object (discpath evaluate takes arrays)\n")
        #expect(batch.stdout.isEmpty)
        // Even when its one element is incomplete, the array is what is wrong.
        let incomplete = try temporaryFile(#"[{"redFlags": []}]"#)
        let one = try discpath(["--plain", "--answers", incomplete.path], stdin: "\n")
        #expect(one.stderr == "discpath: error: answers file '\(incomplete.path)' holds an array of 1 answer set; the intake opens one: give a single object (discpath evaluate takes arrays)\n")
        let stdin = try discpath(["--plain", "--answers", "-"], stdin: earlyAnswers)
        #expect(stdin.status == 64)
        #expect(stdin.stderr.contains("--answers needs a file"))
    }

    @Test("the line mode opens at the review with the answers loaded")
    func lineModeReview() throws {
        let file = try temporaryFile(earlyAnswers)
        let run = try discpath(["--plain", "--audience", "clinician", "--answers", file.path], stdin: "\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Review (step 4 of 5)\n"))
        #expect(run.stdout.contains("3. Duration: 3 weeks"))
        #expect(run.stdout.contains("(primary-care-conservative)"))
    }

    @Test("the note is dated in local time from TZ, as date gives it in that zone")
    func localTime() throws {
        let file = try temporaryFile(earlyAnswers)
        // POSIX TZ strings need no zone files: 5 h 30 east of UTC, and 9 h 30 west of it.
        for zone in ["XYZ-05:30", "ABC+09:30"] {
            let format = "'+%Y-%m-%d %H:%M %Z (UTC%z)'"
            let run = try shell("""
                TZ='\(zone)' date \(format); printf '\\n\\n' | TZ='\(zone)' "$DISCPATH" --plain --audience clinician \
                --answers '\(file.path)' --note -; TZ='\(zone)' date \(format)
                """)
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n").map(String.init)
            let before = try #require(lines.first), after = try #require(lines.last)
            let recorded = try #require(lines.first { $0.hasPrefix("  Recorded (local time): ") || $0.hasPrefix("Recorded (local time): ") })
            let time = recorded.replacingOccurrences(of: "Recorded (local time): ", with: "")
            #expect(time == before || time == after, "\(zone): the note says \(time); date said \(before), then \(after)")
            #expect(time.hasSuffix(zone.hasPrefix("XYZ") ? "XYZ (UTC+0530)" : "ABC (UTC-0930)"))
        }
    }

    @Test("--note FILE writes the note on leaving with a tier, in line mode; never on leaving before one")
    func noteFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = folder + "/visit.txt"
        let quit = try discpath(["--plain", "--audience", "clinician", "--note", note], stdin: "9\nq\n")
        #expect(quit.status == 1)
        #expect(!FileManager.default.fileExists(atPath: note), "no tier, no note")
        let run = try discpath(["--plain", "--audience", "clinician", "--note", note], stdin: "1\n\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: note, encoding: .utf8)
        #expect(text.hasPrefix("discpath chart note\n"))
        #expect(text.contains("(immediate-spine-surgeon)"))
        #expect(!run.stdout.contains("discpath chart note"), "the note goes to the file only")
    }

    @Test("--note never replaces a file, and refuses one it cannot write, before any question (exit 73)")
    func noteRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let existing = folder + "/visit.txt"
        try "an earlier note\n".write(toFile: existing, atomically: false, encoding: .utf8)
        let run = try discpath(["--plain", "--audience", "clinician", "--note", existing], stdin: "1\n\n\n")
        #expect(run.status == 73)
        #expect(run.stderr == "discpath: error: note file '\(existing)' exists, and discpath never replaces a file: remove it or choose another name\n")
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "an earlier note\n")
        let nowhere = try discpath(["--plain", "--note", folder + "/missing/visit.txt"], stdin: "")
        #expect(nowhere.status == 73)
        #expect(nowhere.stderr.contains("no such folder"))
    }

    @Test("saved answers round trip in line mode: a saves them, evaluate and --answers read them to the same tier")
    func answersRoundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = folder + "/case.json"
        let run = try discpath(["--plain", "--audience", "clinician"], stdin: "9\n2\n14\n1\n3\n1\na\n\(saved)\n\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Answers saved to \(saved)"))
        let evaluate = try discpath(["evaluate", "--answers", saved, "--format", "json"])
        #expect(try jsonObject(evaluate.stdout)["tier"] as? String == "interventional-pain")
        let reopened = try discpath(["--plain", "--audience", "clinician", "--answers", saved], stdin: "\n\n")
        #expect(reopened.stdout.contains("3. Duration: 14 weeks"))
        #expect(reopened.stdout.contains("(interventional-pain)"))
    }
}
