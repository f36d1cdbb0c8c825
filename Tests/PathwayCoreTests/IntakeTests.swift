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
        #expect(state.change?.key == .weeksOfConservativeCare)
        // Backing out of what the change opened returns to the changed question, not to a review
        // with no result; backing out of that returns to the review as it was.
        let backedOut = state.after(.wentBack, rules: rules)
        #expect(backedOut.step == .question(.weeksOfConservativeCare))
        #expect(backedOut.answers.weeksOfConservativeCare == 20)
        let review = backedOut.after(.wentBack, rules: rules)
        #expect(review.step == .review)
        #expect(review.answers.weeksOfConservativeCare == 3, "the unfinished change is not kept")
        #expect(review.change == nil)
        #expect(review.after(.confirmedAnswers, rules: rules).step == .result(.primaryCareConservative))
        // Finishing it instead reaches the review with the new answer.
        let finished = state.after([.answered(.therapiesTried([.physicalTherapy])), .confirmedAnswers], rules: rules)
        #expect(finished.step == .result(.interventionalPain))
    }

    @Test("a change that opens several questions walks back through them to the changed one, never past it")
    func backThroughAChange() {
        let state = IntakeState(audience: .clinician).after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(3)),
             .choseToChange(.weeksOfConservativeCare), .answered(.weeksOfConservativeCare(20)),
             .answered(.therapiesTried([.physicalTherapy, .painSpecialist]))], rules: rules)
        #expect(state.step == .question(.mri))
        let steps = (1...3).map { state.after(Array(repeating: .wentBack, count: $0), rules: rules).step }
        #expect(steps == [.question(.therapiesTried), .question(.weeksOfConservativeCare), .review])
    }

    @Test("no dead end: over seeded random walks (answers, back, changes, result and back), every review is a whole path and Enter on it shows the result",
          arguments: 0..<8)
    func everyReviewLeadsToAResult(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &* 6_700_417 &+ 3)
        var reviews = 0, backedOutOfChanges = 0
        for walk in 0..<200 {
            var state = IntakeState(audience: walk.isMultiple(of: 3) ? nil : .trainee)
            var events: [IntakeEvent] = []
            for _ in 0..<60 {
                let event = wanderingEvent(for: state, using: &random)
                events.append(event)
                let before = state
                state = state.after(event, rules: rules)
                if before.change != nil, event == .wentBack, state.step == .review { backedOutOfChanges += 1 }
                if case .question(let key) = state.step {
                    #expect(rules.route(for: state.answers).reached.contains(key),
                            "seed \(seed), walk \(walk): a question off the path after \(events)")
                }
                guard state.step == .review else { continue }
                reviews += 1
                guard case .decided(let tier) = rules.route(for: state.answers).end else {
                    Issue.record("seed \(seed), walk \(walk): a review on an incomplete path after \(events)")
                    break
                }
                #expect(state.after(.confirmedAnswers, rules: rules).step == .result(tier), "seed \(seed), walk \(walk): \(events)")
            }
        }
        #expect(reviews > 200)
        #expect(backedOutOfChanges > 10, "the walks back out of changes")
    }

    /// A random event, leaning to what finding 4 needed: changes from the review and going back.
    func wanderingEvent(for state: IntakeState, using random: inout SeededGenerator) -> IntakeEvent {
        switch state.step {
        case .audience:
            return .choseAudience(Audience.allCases.randomElement(using: &random) ?? .clinician)
        case .question(let key):
            if Int.random(in: 0..<3, using: &random) == 0 { return .wentBack }
            return .answered(randomValue(for: key, using: &random))
        case .review:
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return .wentBack
            case 1: return .confirmedAnswers
            default: return .choseToChange(rules.route(for: state.answers).answered.randomElement(using: &random) ?? .redFlags)
            }
        case .result:
            return Int.random(in: 0..<6, using: &random) == 0 ? .startedOver : .returnedToReview
        }
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
