import BuiltInContent
import Testing
@testable import IntakeUI
import LineMode
import PathwayCore

/// A scripted line-mode run that can save: the files are kept in a dictionary, as a disk would.
final class FakeDisk {
    var files: [String: String] = [:]
    var requests: [FileRequest] = []
    /// Names that cannot be written, and why.
    var failing: [String: String] = [:]

    func write(_ request: FileRequest) -> FileWriteResult {
        requests.append(request)
        if let reason = failing[request.path] { return .failed(reason: reason) }
        if files[request.path] != nil && !request.overwrite { return .exists }
        files[request.path] = request.contents
        return .written(shownAs: "/home/gp/" + request.path)
    }
}

struct SavingLineRun {
    let output: [String]
    let outcome: Outcome
    var text: String { output.joined(separator: "\n") }

    init(_ typed: [String], disk: FakeDisk, answers: Answers = Answers()) throws {
        let pathway = try Pathway.builtIn()
        var remaining = typed[...]
        var written: [String] = []
        let time = LocalTime(stamp: "20260305-1407", text: "2026-03-05 14:07 CET (UTC+0100)")
        outcome = LineIntake.run(pathway: pathway, configuration: Session.Configuration(audience: .clinician, answers: answers),
                                 readLine: { remaining.popFirst().map(LineInput.line) ?? .end },
                                 write: { written += $0 },
                                 files: LineFiles(clock: { time }, write: disk.write))
        output = written
    }
}

@Suite("Line mode: saving")
struct LineSaveTests {
    @Test("s on the result asks for a file name; an empty line takes the default; the note is written, new")
    func note() throws {
        let disk = FakeDisk()
        let run = try SavingLineRun(["1", "", "s", "", ""], disk: disk)
        #expect(run.text.contains("Type s to save a chart note, or a to save the answers."))
        #expect(run.text.contains("Save the chart note to which file? Press Enter for discpath-20260305-1407.txt"))
        #expect(run.output.contains("Chart note saved to /home/gp/discpath-20260305-1407.txt"))
        let note = try #require(disk.files["discpath-20260305-1407.txt"])
        #expect(note.contains("Recorded (local time): 2026-03-05 14:07 CET (UTC+0100)"))
        #expect(note.contains("(immediate-spine-surgeon)"))
        #expect(disk.requests.allSatisfy { !$0.overwrite })
        #expect(run.outcome.tier == .immediateSpineSurgeon)
        // After saving, what the result takes is said again, not the whole report.
        #expect(run.output.filter { $0 == "References" }.count == 1)
    }

    @Test("a file that is there is replaced only after y; n asks for another name; a failure says why and asks again")
    func overwriteAndFailure() throws {
        let disk = FakeDisk()
        disk.files["visit.txt"] = "an earlier note"
        disk.failing["/ro/x.txt"] = "permission denied: choose a folder you can write to"
        let run = try SavingLineRun(["1", "", "s", "visit.txt", "n", "/ro/x.txt", "visit.txt", "y", ""], disk: disk)
        #expect(run.text.contains("visit.txt is there already. Type y to replace it, or n to choose another name."))
        #expect(run.text.contains("Not saved: permission denied: choose a folder you can write to."))
        #expect(run.text.contains("Save the chart note to which file? Type another name, press Enter to try /ro/x.txt again, or type cancel."),
                "the name refused is not offered as the default (fresh-eyes trial 10)")
        #expect(disk.requests.map(\.overwrite) == [false, false, false, true])
        #expect(disk.files["visit.txt"]?.contains("discpath chart note") == true)
        #expect(run.outcome.tier == .immediateSpineSurgeon)
    }

    @Test("a on the review saves the answers; --answers starts at the review; cancel saves nothing")
    func answers() throws {
        let disk = FakeDisk()
        let start = Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 3)
        let run = try SavingLineRun(["a", "", "a", "cancel", ""], disk: disk, answers: start)
        #expect(run.output.first == "Review (step 4 of 5)")
        #expect(run.text.contains("Type a to save the answers."))
        #expect(disk.files == ["discpath-answers-20260305-1407.json":
                                "{\n  \"redFlags\": [],\n  \"severeRadicularPain\": \"no\",\n  \"weeksOfConservativeCare\": 3\n}\n"])
        #expect(disk.requests.count == 1, "cancel wrote nothing")
        #expect(run.outcome.tier == .primaryCareConservative)
    }

    @Test("without files to write to, s and a are not offered")
    func notOffered() throws {
        let run = try LineRun(["1", "s", ""])
        #expect(!run.text.contains("Type s to save"))
        #expect(run.text.contains("Press Enter to finish, type b for the review, r for a new intake, or p for the other wording."))
        #expect(run.outcome.tier == .immediateSpineSurgeon)
    }
}
