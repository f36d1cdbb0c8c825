import BuiltInContent
import Testing
@testable import IntakeUI
import LineMode
import PathwayCore

/// A scripted line-mode run: the lines typed, everything written, how it ended.
struct LineRun {
    let output: [String]
    let outcome: Outcome

    var text: String { output.joined(separator: "\n") }

    init(_ typed: [String], audience: Audience? = .clinician) throws {
        let pathway = try Pathway.builtIn()
        var remaining = typed[...]
        var written: [String] = []
        outcome = LineIntake.run(pathway: pathway, configuration: Session.Configuration(audience: audience),
                                 readLine: {
                                     guard let line = remaining.popFirst() else { return .end }
                                     return .line(line)
                                 },
                                 write: { written += $0 })
        output = written
    }
}

/// Answers typed for each tier. The patient's red flags add their own "Something else worries
/// me" before "Not sure", so "Not sure" and "None of these" come one later in their wording.
func linePaths(_ audience: Audience) -> [(name: String, lines: [String], tier: TierID)] {
    let unsure = audience == .patient ? "9" : "8", none = audience == .patient ? "10" : "9"
    var paths: [(name: String, lines: [String], tier: TierID)] = [
        ("red flag", ["1", ""], .immediateSpineSurgeon),
        ("unsure red flag", [unsure, ""], .immediateSpineSurgeon),
        ("severe pain", [none, "1", ""], .specialistWithin2Weeks),
        ("3 weeks", [none, "2", "3", ""], .primaryCareConservative),
        ("10 weeks, improving", [none, "2", "10", "2", ""], .primaryCareConservative),
        ("14 weeks, PT only, no MRI", [none, "2", "14", "1", "3", "1", ""], .interventionalPain),
        ("3 months typed as months, NSAIDs only", [none, "2", "3m", "3", "1", ""], .interventionalPain),
        ("spine surgeon", [none, "2", "12", "1", "3 4", "3", "1", "1", ""], .spineSurgeon),
    ]
    if audience == .patient { paths.append(("something else worries me", ["8", ""], .immediateSpineSurgeon)) }
    return paths
}

@Suite("Line mode")
struct LineModeTests {
    @Test("every tier is reached in every audience's wording, in plain lines", arguments: Audience.allCases)
    func everyTier(audience: Audience) throws {
        for path in linePaths(audience) {
            let run = try LineRun(path.lines, audience: audience)
            #expect(run.outcome.tier == path.tier, "\(path.name): \(run.text)")
            // Nothing for a terminal to interpret, and nothing decorative for a screen reader.
            #expect(!run.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
            #expect(!run.text.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || $0 == "›" || $0 == "•" })
            #expect(!run.output.contains { $0.hasPrefix("---") })
            #expect(run.text.contains("References"), "the same result text, with its references")
        }
    }

    @Test("the audience screen comes first without --audience, numbered")
    func audienceFirst() throws {
        let run = try LineRun(["2", "1", ""], audience: nil)
        #expect(run.output.contains("1. Clinician: A healthcare professional assessing a patient"))
        #expect(run.outcome.tier == .immediateSpineSurgeon)
        #expect(run.text.contains("Your next step: Urgent: get medical help now (immediate-spine-surgeon)"), "patient wording after choosing 2")
    }

    @Test("a bad answer gets a short reason and the question again")
    func badAnswers() throws {
        let run = try LineRun(["x", "0", "", "1 9", "9", "7", "2", "abc", "600", "3", ""])
        #expect(run.text.contains("Type numbers from 1 to 9."))
        #expect(run.text.contains("Type the numbers of the answers that apply (the last one is for none)."), "an empty line is never none")
        #expect(run.text.contains("9 (None of these) cannot be chosen with other answers."))
        #expect(run.text.contains("Type a number from 1 to 3."))
        #expect(run.text.contains("Type a number of weeks, such as 10, or of months, such as 3m."))
        #expect(run.text.contains("600 is more than 520 weeks"))
        #expect(run.outcome.tier == .primaryCareConservative)
        let redFlagPrompts = run.output.filter { $0 == "Red flags: which of these are present?" }.count
        #expect(redFlagPrompts == 5, "asked again after each of the four bad answers")
    }

    @Test("y, n and u answer a Yes / No / Not sure question, and none is a checklist's None of these, as on the screens")
    func lettersAsOnTheScreens() throws {
        let run = try LineRun(["none", "n", "12", "y", "3 4", "3", "1", "yes", ""])
        #expect(run.outcome.tier == .spineSurgeon)
        #expect(run.text.contains("Type the number of one answer, or y, n or u."))
        let unsure = try LineRun(["none", "u", "3", ""])
        #expect(unsure.text.contains("Severity: Not sure"))
        let letterOnMRI = try LineRun(["none", "n", "12", "y", "3 4", "n"])
        #expect(letterOnMRI.text.contains("Type a number from 1 to 4."), "letters only where the answers are yes, no, not sure")
    }

    @Test("the weeks take months too: the weeks are said before they are used, and the prompt says how")
    func months() throws {
        let run = try LineRun(["9", "2", "3 months", "2", ""])
        #expect(run.text.contains("Type the weeks, from 0 to 520, or the months with an m, such as 3m."))
        #expect(run.output.contains("3 months = 13 weeks."))
        #expect(run.text.contains("Duration: 13 weeks"))
        #expect(run.outcome.tier == .primaryCareConservative, "improving symptoms")
        let over = try LineRun(["9", "2", "200m", "1", ""])
        #expect(over.text.contains("200 months is 867 weeks, more than 520 weeks"))
    }

    @Test("input that ends before a tier quits; q quits; both before a tier")
    func endsEarly() throws {
        #expect(try LineRun(["9", "2"]).outcome == .quitBeforeTier)
        #expect(try LineRun(["9", "q"]).outcome == .quitBeforeTier)
        #expect(try LineRun([]).outcome == .quitBeforeTier)
    }

    @Test("? shows the help with its citations; back goes back; the review changes an answer")
    func helpBackReview() throws {
        let run = try LineRun(["?", "9", "back", "9", "2", "3", "3", "14", "1", "3", "1", ""])
        #expect(run.text.contains("Help: Red flags"))
        #expect(run.text.contains("refer immediately to a spine surgeon if any of these is present. [1]"))
        #expect(run.text.contains("Commands: a number chooses an answer"))
        // "back" from severity returned to the red flags, which then show what was chosen.
        #expect(run.text.contains("9. None of these (chosen)"))
        // On the review, 3 changed the duration from 3 to 14 weeks, which asked whether the
        // symptoms persist, the treatments and (formal physical therapy had) the MRI.
        #expect(run.output.contains("3. Duration: 3 weeks"))
        #expect(run.outcome.tier == .interventionalPain)
    }

    @Test("on the result, b returns to the review and r starts over")
    func resultCommands() throws {
        let run = try LineRun(["1", "", "b", "", "r", "y", "8", "", ""])
        #expect(run.output.filter { $0.hasPrefix("Review (step") }.count == 3, "the review, again from the result, and after starting over")
        #expect(run.outcome.tier == .immediateSpineSurgeon)
        #expect(run.text.contains("Not sure: a red flag cannot be ruled out"))
        #expect(run.text.contains("The result was neither saved nor copied. Type y to drop it, or n to stay."))
        let stayed = try LineRun(["1", "", "r", "n", ""])
        #expect(stayed.outcome.tier == .immediateSpineSurgeon, "n stays on the result, Enter then finishes")
    }
}

@Suite("Rehearsal in line mode")
struct RehearsalLineTests {
    func run(_ typed: [String], cases ids: [String]) throws -> (output: String, outcome: Outcome) {
        let pathway = try Pathway.builtIn()
        let book = try CaseBook.builtIn(for: pathway)
        let cases = ids.compactMap(book.practiceCase)
        var remaining = typed[...]
        var written: [String] = []
        let outcome = LineIntake.run(pathway: pathway, configuration: .rehearsal(cases),
                                     readLine: { remaining.popFirst().map(LineInput.line) ?? .end },
                                     write: { written += $0 })
        return (written.joined(separator: "\n"), outcome)
    }

    @Test("two cases: a right prediction, a missed one, the score, and the replay of the missed case")
    func scoreAndReplay() throws {
        // Case 1 (unsure red flag): predicted right, then every question. Case 2 (severe pain):
        // predicted primary care, missed.
        let rest = ["2", "7", "1", "6", "1", "1", "1"]
        let (output, outcome) = try run(["", "1", "8"] + rest + ["", "", "", "3", "9", "1"] + ["10", "1", "6", "1", "1", "1"] + ["", "", "", "q"],
                                        cases: ["red-flag-cannot-be-excluded", "disabling-sciatica"])
        #expect(output.contains("Your prediction: right"))
        #expect(output.contains("Your prediction: missed"))
        #expect(output.contains("Score: 1 of 2 predictions were right"))
        #expect(output.contains("To practise next: A nurse 10 days into sciatica."))
        #expect(output.components(separatedBy: "Case 1 of 1: ").count == 2, "the replay runs the missed case alone")
        // Trial 2, finding 20: the score was reached, so leaving the replay early still ends the
        // rehearsal as practised (exit 0), with the score reached.
        guard case .practiced(let reached) = outcome else {
            Issue.record("leaving the replay after the score ended as \(outcome)")
            return
        }
        #expect(reached.sessionAttempted == 2 && reached.sessionCorrectPredictions == 1, "the session's attempts, for the progress file")
        // Leaving at the score ends the run with it.
        let (_, finished) = try run(["", "1", "8"] + rest + ["", "", "q"], cases: ["red-flag-cannot-be-excluded"])
        guard case .practiced(let score) = finished else {
            Issue.record("the run did not end at the score: \(finished)")
            return
        }
        #expect(score.attempted == 1 && score.correctPredictions == 1 && score.missedCaseIDs.isEmpty)
    }
}
