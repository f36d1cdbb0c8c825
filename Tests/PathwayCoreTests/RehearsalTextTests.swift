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

    @Test("the score line counts and names what to replay")
    func score() throws {
        let pathway = try builtIn()
        let book = try builtInCases()
        var score = RehearsalScore()
        #expect(RehearsalText.score(score, width: 200) == ["Score: 0 of 0 predictions were the case's tier; your answers reached the case's tier in 0 of 0. Nothing to replay."])
        #expect(RehearsalText.score(score, width: 40).allSatisfy { $0.count <= 40 })
        let six = try #require(book.practiceCase("six-weeks-no-better"))
        score.record(six.feedback(answers: six.answers, predicted: .primaryCareConservative, rules: pathway.rules))
        let text = RehearsalText.score(score, width: 200).joined()
        #expect(text == "Score: 0 of 1 predictions were the case's tier; your answers reached the case's tier in 1 of 1. To replay: six-weeks-no-better.")
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
