import Foundation
import Testing
@testable import PathwayCore

@Suite("Rehearsal: the practice result and the score in words")
struct RehearsalTextTests {
    @Test("a misread case: the case's tier and plan open the document, then the verdicts, every answer's why cited, then the trainee's own tier")
    func practiceDocument() throws {
        let pathway = try builtIn()
        let eight = try #require(try builtInCases().practiceCase("eight-weeks-wants-surgery"))
        let theirs = eight.answers.setting(.weeksOfConservativeCare(12)).setting(.therapiesTried([.physicalTherapy])).setting(.mri(.notDone))
        let feedback = eight.feedback(answers: theirs, predicted: .spineSurgeon, rules: pathway.rules)
        let document = try #require(ReportDocument.practice(feedback, for: eight, answers: theirs, pathway: pathway, audience: .trainee))
        #expect(document.tier == .interventionalPain)
        #expect(document.sections.map(\.kind) == [.whatToDo, .feedback, .caseWhy, .yourAnswers, .reasoning, .sourceCriteria, .inferredCriteria, .pitfalls, .evidence, .references, .about])
        let text = TextReport.render(document, width: 2_000)
        #expect(text.hasPrefix("The case: Refer to PM&R or interventional pain (or continue with them) (interventional-pain)"))
        #expect(text.contains("You predicted Refer to an orthopedic spine surgeon or neurosurgeon (spine-surgeon); the case's tier is Refer to PM&R"))
        #expect(text.contains("- Duration: you answered 12 weeks; the case: 8 weeks."))
        #expect(text.contains("- Red flags: None of these. Right."))
        #expect(text.contains("Asked, but not needed for the case's tier, which is decided before them: Treatments tried, MRI."))
        #expect(text.contains("8 weeks of conservative care: past 6 weeks but short of 2-3 months"))
        #expect(text.contains("The source: Orthopedic or neurosurgical consultation should only occur after 2-3 months of comprehensive failed conservative treatment. [1, 2]"))
        #expect(text.contains("This program's reading: 2-3 months is read as 9 weeks or more."))
        #expect(text.contains("Your answers reach Refer to PM&R or interventional pain (or continue with them) (interventional-pain)") == false)
        #expect(text.contains("For your answers the pathway gives"))
        // The readings carry no citation mark.
        for line in text.split(separator: "\n") where line.contains("This program's reading:") { #expect(!line.contains("["), "\(line)") }
        #expect(!text.contains("Safety miss"))
    }

    @Test("the score: this round, the session across replays, by rule, safety misses, and what to practise next by title")
    func score() throws {
        let pathway = try builtIn()
        let book = try builtInCases()
        var score = RehearsalScore()
        #expect(RehearsalText.score(score, cases: book.cases, pathway: pathway)
                == ["Score: 0 of 0 predictions were right; your answers reached the case's tier in 0 of 0.", "Nothing to practise again."])
        let six = try #require(book.practiceCase("six-weeks-no-better"))
        let drop = try #require(book.practiceCase("progressive-foot-drop"))
        score.record(six.feedback(answers: six.answers, predicted: .primaryCareConservative, rules: pathway.rules))
        score.record(drop.feedback(answers: Answers(redFlags: []), predicted: .immediateSpineSurgeon, rules: pathway.rules))
        let first = RehearsalText.score(score, cases: book.cases, pathway: pathway)
        #expect(first == ["Score: 1 of 2 predictions were right; your answers reached the case's tier in 1 of 2. Safety misses: 1.",
                          "Answers right, by rule: Red flags 1 of 2; Severity 1 of 1; Duration 1 of 1; Persistence 1 of 1.",
                          "To practise next: An office worker with right leg pain; A teacher with right leg pain."])
        // The replay: its own round, and the session's total across both.
        var replay = score.startingRound()
        replay.record(six.feedback(answers: six.answers, predicted: .interventionalPain, rules: pathway.rules))
        let second = RehearsalText.score(replay, cases: book.cases, pathway: pathway)
        #expect(second[0] == "Score: 1 of 1 predictions were right; your answers reached the case's tier in 1 of 1.")
        #expect(second[1] == "This session, replays included: 2 of 3 predictions right; answers reaching the case's tier 2 of 3; safety misses 1.")
        #expect(second.last == "Nothing to practise again.")
        #expect(RehearsalText.wrapped(second, width: 40).allSatisfy { $0.count <= 40 })
    }

    @Test("the progress record: Leitner boxes, due cases first, per rule, the file read back as written, and anything else refused")
    func progress() throws {
        let pathway = try builtIn()
        let book = try builtInCases()
        let six = try #require(book.practiceCase("six-weeks-no-better"))
        let drop = try #require(book.practiceCase("progressive-foot-drop"))
        let missed = drop.feedback(answers: Answers(redFlags: []), predicted: .primaryCareConservative, rules: pathway.rules)
        let right = six.feedback(answers: six.answers, predicted: .interventionalPain, rules: pathway.rules)
        let record = RehearsalProgress().recording(session: [missed, right])
        #expect(record.sessions == 1 && record.safetyMisses == 1)
        #expect(record.cases[drop.id]?.box == 1 && record.cases[six.id]?.box == 2)
        #expect(record.isDue(drop.id) && !record.isDue(six.id))
        #expect(record.ordering([six, drop]).map(\.id) == [drop.id, six.id])
        #expect(record.rules[.redFlags] == RehearsalProgress.Tally(answered: 2, right: 1))
        #expect(try RehearsalProgress.parse(Array(record.json.utf8)) == record)
        // Right again two sessions later: up a box, and due only after its interval.
        let later = record.recording(session: [drop.feedback(answers: drop.answers, predicted: .immediateSpineSurgeon, rules: pathway.rules)])
        #expect(later.cases[drop.id]?.box == 2 && later.cases[drop.id]?.history == "-+" && !later.isDue(drop.id))
        for broken in ["", "[]", "{\"format\": 2}", String(record.json.dropLast(3)), record.json.replacingOccurrences(of: "\"box\": 1", with: "\"box\": 9")] {
            #expect(throws: RehearsalProgress.Unreadable.self) { try RehearsalProgress.parse(Array(broken.utf8)) }
        }
        let lines = RehearsalText.progress(later, cases: book.cases, pathway: pathway, place: "/tmp/x")
        #expect(lines.contains("Sessions: 2; cases practised: 2 of \(book.cases.count)."))
        #expect(lines.contains("  A teacher with right leg pain (progressive-foot-drop): 2 attempted, 1 missed, 1 safety miss, box 2, -+"))
    }

    @Test("answers in words: labels, weeks, and a checklist's explicit none")
    func answerWords() throws {
        let pathway = try builtIn()
        #expect(pathway.answerText(.weeksOfConservativeCare(1), .trainee) == "1 week")
        #expect(pathway.answerText(.redFlags([]), .clinician) == "None of these")
        #expect(pathway.answerText(.therapiesTried([.painSpecialist, .nsaids]), .clinician)
                == "NSAIDs; PM&R physician or interventional pain specialist involved (now or before)")
        #expect(pathway.answerText(.mri(.notDone), .patient) == pathway.optionLabel(.mri, "notDone", .patient))
    }
}
