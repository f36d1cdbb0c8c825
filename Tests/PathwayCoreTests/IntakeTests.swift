import Testing
@testable import PathwayCore

@Suite("The intake state machine")
struct IntakeTests {
    let rules: PathwayRules

    init() throws { rules = try builtIn().rules }

    @Test("without --audience it starts by asking who is using it")
    func startsWithAudience() {
        let start = IntakeState()
        #expect(start.step == .audience)
        let next = start.after(.choseAudience(.patient), rules: rules)
        #expect(next.step == .question(.redFlags))
        #expect(next.audience == .patient)
    }

    @Test("a red flag ends the intake: review, then the immediate tier")
    func redFlagPath() {
        var state = IntakeState(audience: .clinician)
        #expect(state.step == .question(.redFlags))
        state = state.after(.answered(.redFlags([.urinaryRetentionOrIncontinence])), rules: rules)
        #expect(state.step == .review)
        state = state.after(.confirmedAnswers, rules: rules)
        #expect(state.step == .result(.immediateSpineSurgeon))
        #expect(state.isFinished)
    }

    @Test("each answer leads to the next question the path needs")
    func fullPath() {
        var state = IntakeState(audience: .clinician)
        let script: [(AnswerValue, IntakeStep)] = [
            (.redFlags([]), .question(.severeRadicularPain)),
            (.severeRadicularPain(.no), .question(.weeksOfConservativeCare)),
            (.weeksOfConservativeCare(10), .question(.therapiesTried)),
            (.therapiesTried([.physicalTherapy, .painSpecialist]), .question(.mri)),
            (.mri(.rootCompression), .question(.correlation)),
            (.correlation(.matches), .question(.willingToConsiderSurgery)),
            (.willingToConsiderSurgery(.yes), .review),
        ]
        for (answer, expected) in script {
            state = state.after(.answered(answer), rules: rules)
            #expect(state.step == expected)
        }
        #expect(state.after(.confirmedAnswers, rules: rules).step == .result(.spineSurgeon))
    }

    @Test("the questions that cannot change the tier are skipped")
    func skips() {
        let start = IntakeState(audience: .clinician).after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no))], rules: rules)
        #expect(start.after(.answered(.weeksOfConservativeCare(3)), rules: rules).step == .review)
        #expect(start.after(.answered(.weeksOfConservativeCare(8)), rules: rules).step == .review)
        #expect(IntakeState(audience: .clinician).after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.yes))], rules: rules).step == .review)
        let nine = start.after(.answered(.weeksOfConservativeCare(9)), rules: rules)
        #expect(nine.after(.answered(.therapiesTried([.physicalTherapy])), rules: rules).step == .review)
        #expect(nine.after(.answered(.therapiesTried([.physicalTherapy, .painSpecialist])), rules: rules).step == .question(.mri))
    }

    @Test("going back keeps the answers, and walks the path backwards")
    func goingBack() {
        var state = IntakeState().after(
            [.choseAudience(.trainee), .answered(.redFlags([])), .answered(.severeRadicularPain(.unsure)),
             .answered(.weeksOfConservativeCare(4))], rules: rules)
        #expect(state.step == .review)
        state = state.after(.wentBack, rules: rules)
        #expect(state.step == .question(.weeksOfConservativeCare))
        state = state.after(.wentBack, rules: rules)
        #expect(state.step == .question(.severeRadicularPain))
        state = state.after([.wentBack, .wentBack], rules: rules)
        #expect(state.step == .audience)
        #expect(state.answers.weeksOfConservativeCare == 4)
        // With the audience fixed by a flag there is nothing before the first question.
        let fixed = IntakeState(audience: .patient).after(.wentBack, rules: rules)
        #expect(fixed.step == .question(.redFlags))
    }

    @Test("changing an answer from the review returns to the review, or asks what the new path needs")
    func changeFromReview() {
        var state = IntakeState(audience: .clinician).after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(3))], rules: rules)
        #expect(state.step == .review)
        state = state.after(.choseToChange(.severeRadicularPain), rules: rules)
        #expect(state.step == .question(.severeRadicularPain))
        state = state.after(.answered(.severeRadicularPain(.yes)), rules: rules)
        #expect(state.step == .review)
        #expect(state.after(.confirmedAnswers, rules: rules).step == .result(.specialistWithin2Weeks))

        state = state.after([.choseToChange(.severeRadicularPain), .answered(.severeRadicularPain(.no))], rules: rules)
        #expect(state.step == .review, "weeks was answered before, so nothing new is needed")
        state = state.after([.choseToChange(.weeksOfConservativeCare), .answered(.weeksOfConservativeCare(20))], rules: rules)
        #expect(state.step == .question(.therapiesTried))
        // Backing out of a change returns to the review.
        let backedOut = state.after(.wentBack, rules: rules)
        #expect(backedOut.step == .review)
    }

    @Test("only answers on the path count, however many stale answers are kept")
    func staleAnswersDoNotCount() {
        var state = IntakeState(audience: .clinician).after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(30)),
             .answered(.therapiesTried([.physicalTherapy, .painSpecialist])), .answered(.mri(.rootCompression)),
             .answered(.correlation(.matches)), .answered(.willingToConsiderSurgery(.yes))], rules: rules)
        state = state.after([.choseToChange(.redFlags), .answered(.redFlags([.suspectedMalignancy])), .confirmedAnswers], rules: rules)
        #expect(state.step == .result(.immediateSpineSurgeon))
        #expect(state.effectiveAnswers(rules) == Answers(redFlags: [.suspectedMalignancy]))
        #expect(state.answers.mri == .rootCompression, "kept, to pre-fill if the user changes back")
    }

    @Test("from the result: back to the review, or start over with every answer cleared")
    func fromResult() {
        let result = IntakeState().after(
            [.choseAudience(.patient), .answered(.redFlags([.unsure])), .confirmedAnswers], rules: rules)
        #expect(result.after(.returnedToReview, rules: rules).step == .review)
        let fresh = result.after(.startedOver, rules: rules)
        #expect(fresh == IntakeState())
        let fixed = IntakeState(audience: .patient).after([.answered(.redFlags([.unsure])), .confirmedAnswers, .startedOver], rules: rules)
        #expect(fixed == IntakeState(audience: .patient))
    }

    @Test("events that do not apply change nothing")
    func ignoredEvents() {
        let start = IntakeState(audience: .clinician)
        #expect(start.after(.confirmedAnswers, rules: rules) == start)
        #expect(start.after(.answered(.mri(.notDone)), rules: rules) == start, "an answer to another question")
        #expect(start.after(.choseToChange(.mri), rules: rules) == start)
        #expect(start.after(.startedOver, rules: rules) == start)
        let review = start.after(.answered(.redFlags([.unsure])), rules: rules)
        #expect(review.after(.choseToChange(.mri), rules: rules) == review, "not on this path")
    }
}

@Suite("Answer values by name")
struct AnswerValueNameTests {
    @Test("every answer survives being named and read back; unknown names are refused")
    func roundTrip() {
        let full = Answers(redFlags: [.saddleAnesthesia, .unsure], severeRadicularPain: .unsure, weeksOfConservativeCare: 12,
                           therapiesTried: [], mri: .rootCompression, correlation: .noRadicularSymptoms,
                           willingToConsiderSurgery: .no)
        var rebuilt = Answers()
        for key in QuestionKey.allCases {
            guard let values = full.values(for: key), let answer = AnswerValue(key: key, values: values) else {
                Issue.record("\(key) did not round-trip")
                continue
            }
            rebuilt = rebuilt.setting(answer)
        }
        #expect(rebuilt == full)
        #expect(full.values(for: .redFlags) == ["saddleAnesthesia", "unsure"], "in the source's order")
        #expect(Answers().values(for: .mri) == nil)
        #expect(AnswerValue(key: .mri, values: ["maybe"]) == nil)
        #expect(AnswerValue(key: .mri, values: []) == nil)
        #expect(AnswerValue(key: .redFlags, values: ["unsure", "none"]) == nil)
        #expect(AnswerValue(key: .weeksOfConservativeCare, values: ["x"]) == nil)
    }
}
