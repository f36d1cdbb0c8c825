import Testing
@testable import PathwayCore

@Suite("The intake state machine")
struct IntakeTests {
    let rules: PathwayRules

    init() throws { rules = try builtIn().rules }

    var start: IntakeState { IntakeState(rules: rules) }

    @Test("it starts at the red flags; answers given up front open it where they leave off")
    func starts() {
        #expect(start.step == .question(.redFlags))
        #expect(IntakeState(answers: Answers(redFlags: []), rules: rules).step == .question(.severeRadicularPain))
        #expect(IntakeState(answers: Answers(redFlags: [.unsure]), rules: rules).step == .complete(.immediateSpineSurgeon))
    }

    @Test("a red flag ends the intake at once")
    func redFlagPath() {
        let state = start.after(.answered(.redFlags([.urinaryRetentionOrIncontinence])), rules: rules)
        #expect(state.step == .complete(.immediateSpineSurgeon))
    }

    @Test("each answer leads to the next question the path needs")
    func fullPath() {
        var state = start
        let script: [(AnswerValue, IntakeStep)] = [
            (.redFlags([]), .question(.severeRadicularPain)),
            (.severeRadicularPain(.no), .question(.weeksOfConservativeCare)),
            (.weeksOfConservativeCare(10), .question(.symptomsPersist)),
            (.symptomsPersist(.yes), .question(.therapiesTried)),
            (.therapiesTried([.physicalTherapy, .painSpecialist]), .question(.mri)),
            (.mri(.rootCompression), .question(.correlation)),
            (.correlation(.matches), .question(.willingToConsiderSurgery)),
            (.willingToConsiderSurgery(.yes), .complete(.spineSurgeon)),
        ]
        for (answer, expected) in script {
            state = state.after(.answered(answer), rules: rules)
            #expect(state.step == expected)
        }
    }

    @Test("the questions that cannot change the tier are skipped")
    func skips() {
        let base = start.after([.answered(.redFlags([])), .answered(.severeRadicularPain(.no))], rules: rules)
        #expect(base.after(.answered(.weeksOfConservativeCare(3)), rules: rules).step == .complete(.primaryCareConservative))
        let eight = base.after(.answered(.weeksOfConservativeCare(8)), rules: rules)
        #expect(eight.step == .question(.symptomsPersist), "from 6 weeks, whether the symptoms persist")
        #expect(eight.after(.answered(.symptomsPersist(.yes)), rules: rules).step == .complete(.interventionalPain))
        #expect(eight.after(.answered(.symptomsPersist(.unsure)), rules: rules).step == .complete(.interventionalPain))
        #expect(eight.after(.answered(.symptomsPersist(.no)), rules: rules).step == .complete(.primaryCareConservative),
                "improving symptoms stay in primary care")
        #expect(start.after([.answered(.redFlags([])), .answered(.severeRadicularPain(.yes))], rules: rules).step
                == .complete(.specialistWithin2Weeks))
        let nine = base.after([.answered(.weeksOfConservativeCare(9)), .answered(.symptomsPersist(.yes))], rules: rules)
        #expect(nine.after(.answered(.therapiesTried([.painSpecialist])), rules: rules).step == .complete(.interventionalPain),
                "no formal physical therapy: one of the source's criteria unmet")
        #expect(nine.after(.answered(.therapiesTried([.physicalTherapy, .painSpecialist])), rules: rules).step == .question(.mri))
        // The program's own inferred criterion never ends the intake (PATHWAY.md invariant 10).
        let noSpecialist = nine.after(.answered(.therapiesTried([.physicalTherapy])), rules: rules)
        #expect(noSpecialist.step == .question(.mri))
        let whole = noSpecialist.after([.answered(.mri(.rootCompression)), .answered(.correlation(.matches)),
                                        .answered(.willingToConsiderSurgery(.yes))], rules: rules)
        #expect(whole.step == .complete(.interventionalPain))
        #expect(whole.decision(rules)?.reasonIDs.contains(.sourceCriteriaMetInferenceHolds) == true)
    }

    @Test("walking the intake asks exactly the keys PATHWAY.md says it asks, in order, for every complete answer set",
          arguments: [Set<RedFlag>(), [.unsure], [.bilateralLegWeakness]])
    func asksExactlyThePathwaysKeys(redFlags: Set<RedFlag>) throws {
        for answers in completeAnswers(redFlags: redFlags) {
            var state = start
            var asked: [QuestionKey] = []
            while case .question(let key) = state.step, asked.count <= QuestionKey.count {
                asked.append(key)
                guard let value = value(of: key, in: answers) else { break }
                state = state.after(.answered(value), rules: rules)
            }
            #expect(asked == keysThePathwayAsks(answers), "\(answers)")
            guard case .complete(let tier) = state.step else {
                Issue.record("the walk did not end on a tier for \(answers)")
                continue
            }
            #expect(try rules.decide(answers.keeping(only: asked)).tier == tier)
        }
    }

    @Test("going back keeps the answers, and walks the path backwards to the first question")
    func goingBack() {
        var state = start.after([.answered(.redFlags([])), .answered(.severeRadicularPain(.unsure)),
                                 .answered(.weeksOfConservativeCare(4))], rules: rules)
        #expect(state.step == .complete(.primaryCareConservative))
        state = state.after(.wentBack, rules: rules)
        #expect(state.step == .question(.weeksOfConservativeCare))
        state = state.after(.wentBack, rules: rules)
        #expect(state.step == .question(.severeRadicularPain))
        state = state.after([.wentBack, .wentBack], rules: rules)
        #expect(state.step == .question(.redFlags), "nothing before the first question: the session owns the audience")
        #expect(!state.canGoBack(rules))
        #expect(state.answers.weeksOfConservativeCare == 4)
    }

    @Test("changing an answer of a whole path returns to it, or asks what the new path needs")
    func changeFromReview() {
        var state = start.after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(3))], rules: rules)
        #expect(state.step == .complete(.primaryCareConservative))
        state = state.after(.choseToChange(.severeRadicularPain), rules: rules)
        #expect(state.step == .question(.severeRadicularPain))
        state = state.after(.answered(.severeRadicularPain(.yes)), rules: rules)
        #expect(state.step == .complete(.specialistWithin2Weeks))

        state = state.after([.choseToChange(.severeRadicularPain), .answered(.severeRadicularPain(.no))], rules: rules)
        #expect(state.step == .complete(.primaryCareConservative), "weeks was answered before, so nothing new is needed")
        state = state.after([.choseToChange(.weeksOfConservativeCare), .answered(.weeksOfConservativeCare(20))], rules: rules)
        #expect(state.step == .question(.symptomsPersist))
        #expect(state.change?.key == .weeksOfConservativeCare)
        // Backing out of what the change opened returns to the changed question, not to a path
        // with no result; backing out of that returns to the whole path as it was.
        let backedOut = state.after(.wentBack, rules: rules)
        #expect(backedOut.step == .question(.weeksOfConservativeCare))
        #expect(backedOut.answers.weeksOfConservativeCare == 20)
        let restored = backedOut.after(.wentBack, rules: rules)
        #expect(restored.step == .complete(.primaryCareConservative))
        #expect(restored.answers.weeksOfConservativeCare == 3, "the unfinished change is not kept")
        #expect(restored.change == nil)
        // Finishing it instead reaches the new tier.
        let finished = state.after([.answered(.symptomsPersist(.yes)), .answered(.therapiesTried([.nsaids]))], rules: rules)
        #expect(finished.step == .complete(.interventionalPain))
    }

    @Test("a change that opens several questions walks back through them to the changed one, never past it")
    func backThroughAChange() {
        let state = start.after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(3)),
             .choseToChange(.weeksOfConservativeCare), .answered(.weeksOfConservativeCare(20)),
             .answered(.symptomsPersist(.yes)), .answered(.therapiesTried([.physicalTherapy, .painSpecialist]))], rules: rules)
        #expect(state.step == .question(.mri))
        let steps = (1...4).map { state.after(Array(repeating: .wentBack, count: $0), rules: rules).step }
        #expect(steps == [.question(.therapiesTried), .question(.symptomsPersist), .question(.weeksOfConservativeCare),
                          .complete(.primaryCareConservative)])
    }

    @Test("no dead end: over seeded random walks (answers, back, changes), every complete intake is a whole path to its tier",
          arguments: 0..<8)
    func everyCompletePathIsWhole(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &* 6_700_417 &+ 3)
        var completes = 0, backedOutOfChanges = 0
        for walk in 0..<200 {
            var state = start
            var events: [IntakeEvent] = []
            for _ in 0..<60 {
                let event = wanderingEvent(for: state, using: &random)
                events.append(event)
                let before = state
                state = state.after(event, rules: rules)
                if before.change != nil, event == .wentBack, case .complete = state.step { backedOutOfChanges += 1 }
                switch state.step {
                case .question(let key):
                    #expect(rules.route(for: state.answers).reached.contains(key),
                            "seed \(seed), walk \(walk): a question off the path after \(events)")
                case .complete(let tier):
                    completes += 1
                    #expect(rules.route(for: state.answers).end == .decided(tier), "seed \(seed), walk \(walk): \(events)")
                    #expect(state.decision(rules)?.tier == tier)
                }
            }
        }
        #expect(completes > 200)
        #expect(backedOutOfChanges > 10, "the walks back out of changes")
    }

    /// A random event, leaning to what trial finding 4 needed: changes and going back.
    func wanderingEvent(for state: IntakeState, using random: inout SeededGenerator) -> IntakeEvent {
        switch state.step {
        case .question(let key):
            if Int.random(in: 0..<3, using: &random) == 0 { return .wentBack }
            return .answered(randomValue(for: key, using: &random))
        case .complete:
            if Int.random(in: 0..<6, using: &random) == 0 { return .wentBack }
            return .choseToChange(state.answeredPath(rules).randomElement(using: &random) ?? .redFlags)
        }
    }

    @Test("only answers on the path count, however many stale answers are kept")
    func staleAnswersDoNotCount() {
        var state = start.after(
            [.answered(.redFlags([])), .answered(.severeRadicularPain(.no)), .answered(.weeksOfConservativeCare(30)),
             .answered(.symptomsPersist(.yes)), .answered(.therapiesTried([.physicalTherapy, .painSpecialist])), .answered(.mri(.rootCompression)),
             .answered(.correlation(.matches)), .answered(.willingToConsiderSurgery(.yes))], rules: rules)
        state = state.after([.choseToChange(.redFlags), .answered(.redFlags([.suspectedMalignancy]))], rules: rules)
        #expect(state.step == .complete(.immediateSpineSurgeon))
        #expect(state.effectiveAnswers(rules) == Answers(redFlags: [.suspectedMalignancy]))
        #expect(state.answers.mri == .rootCompression, "kept, to pre-fill if the user changes back")
    }

    @Test("events that do not apply change nothing")
    func ignoredEvents() {
        #expect(start.after(.answered(.mri(.notDone)), rules: rules) == start, "an answer to another question")
        #expect(start.after(.choseToChange(.mri), rules: rules) == start)
        #expect(start.after(.wentBack, rules: rules) == start)
        let complete = start.after(.answered(.redFlags([.unsure])), rules: rules)
        #expect(complete.after(.choseToChange(.mri), rules: rules) == complete, "not on this path")
        #expect(complete.after(.answered(.redFlags([])), rules: rules) == complete, "no question is being asked")
    }
}

@Suite("Answer values by name")
struct AnswerValueNameTests {
    @Test("every answer survives being named and read back; unknown names are refused")
    func roundTrip() {
        let full = Answers(redFlags: [.saddleAnesthesia, .unsure], severeRadicularPain: .unsure, weeksOfConservativeCare: 12, symptomsPersist: .yes,
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
