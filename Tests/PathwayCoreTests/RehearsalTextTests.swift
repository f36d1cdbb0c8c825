import Testing
@testable import PathwayCore

@Suite("Rehearsal feedback and score in words")
struct RehearsalTextTests {
    @Test("a misread case names both tiers, the prediction's fate, and each differing answer with the case's why, source and reading")
    func feedback() throws {
        let pathway = try builtIn()
        let eight = try #require(try builtInCases().practiceCase("eight-weeks-wants-surgery"))
        let theirs = eight.answers.setting(.weeksOfConservativeCare(12)).setting(.therapiesTried([.physicalTherapy])).setting(.mri(.notDone))
        let feedback = eight.feedback(answers: theirs, predicted: .spineSurgeon, rules: pathway.rules)
        let lines = RehearsalText.feedback(feedback, for: eight, pathway: pathway, width: 60)
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        // The words, unwrapped; and the layout: a dash on each difference, its why indented under it.
        let flat = lines.map { String($0.drop { $0 == " " }) }.joined(separator: " ")
        #expect(flat.contains("You predicted: Refer to an orthopedic spine surgeon or neurosurgeon (spine-surgeon)."))
        #expect(flat.contains("The pathway gives for your answers: Refer to PM&R or interventional pain (or continue with them) (interventional-pain): not your prediction."))
        #expect(flat.contains("your prediction is not the case's tier."))
        #expect(flat.contains("- Duration: you answered 12 weeks; the case: 8 weeks."))
        #expect(flat.contains("- Treatments tried: you answered Formal physical therapy; the case: not asked on the case's path."))
        #expect(flat.contains("Why: 8 weeks of conservative care"))
        #expect(flat.contains("The source: Orthopedic or neurosurgical consultation should only occur after 2-3 months of comprehensive failed conservative treatment. [1, 2]"))
        #expect(flat.contains("This program's reading: 2-3 months is read as 9 weeks or more. Until then only whether the symptoms persist is asked."))
        #expect(lines.filter { $0.hasPrefix("- ") }.count == feedback.differences.count)
        #expect(lines.contains("  Why: 8 weeks of conservative care: past 6 weeks but short"))
    }

    @Test("the case's own answers: agreement, and nothing listed")
    func agreement() throws {
        let pathway = try builtIn()
        let nine = try #require(try builtInCases().practiceCase("nine-weeks-all-criteria"))
        let feedback = nine.feedback(answers: nine.answers, predicted: .spineSurgeon, rules: pathway.rules)
        let text = RehearsalText.feedback(feedback, for: nine, pathway: pathway).joined(separator: "\n")
        #expect(text.contains("it agrees with your prediction."))
        #expect(text.contains("your prediction is right."))
        #expect(text.hasSuffix("Your answers are the case's answers."))
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
