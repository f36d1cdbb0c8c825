import Testing
@testable import IntakeUI
import PathwayCore

/// Keys that answer `key` with `value` on its screen, in the trainee's wording; an answer the case
/// does not give (rehearsal asks every question) takes the first option, or 6 weeks.
func rehearsalKeys(_ key: QuestionKey, _ value: AnswerValue?, _ pathway: Pathway) -> [KeyPress] {
    let options = ScreenContent.options(key, pathway, .trainee)
    let wanted = value.map { Answers().setting($0).values(for: key) ?? [] }
    switch key.kind {
    case .weeks:
        if case .weeksOfConservativeCare(let weeks)? = value { return typing(String(weeks)) + [.enter] }
        return typing("6") + [.enter]
    case .singleSelect:
        let index = wanted.flatMap { values in options.firstIndex { values.contains($0.value) } } ?? 0
        return Array(repeating: .down, count: index) + [.enter]   // the pointer starts on the first row
    case .multiSelect:
        guard let values = wanted, !values.isEmpty else { return [.end, .space, .enter] }
        var keys: [KeyPress] = [.home]
        for option in options {
            if values.contains(option.value), !option.meansNone { keys.append(.space) }
            keys.append(.down)
        }
        return keys + [.enter]
    }
}

/// A rehearsal of the named cases at 80x24.
struct RehearsalRun {
    let pathway: Pathway
    let context: ViewContext
    var session: Session
    let cases: [PracticeCase]

    init(_ ids: [String], width: Int = 80, height: Int = 24) throws {
        pathway = try builtIn()
        let book = try CaseBook.builtIn(for: pathway)
        cases = try book.run(only: ids)
        context = ViewContext(pathway: pathway, width: width, height: height)
        session = Session(.rehearsal(cases), pathway: pathway)
    }

    mutating func press(_ keys: [KeyPress]) { session = session.after(keys, context: context) }

    var screen: String { ScreenView.render(session, context).text() }
    var styled: String { ScreenView.render(session, context).styledText() }

    /// Predicts `tier` from the story screen.
    mutating func predict(_ tier: TierID) {
        let index = TierID.allCases.firstIndex(of: tier) ?? 0
        press([.enter] + Array(repeating: .down, count: index) + [.enter])
    }

    /// Answers every question with `answers` (the case's, or changed), to the review.
    mutating func answer(_ answers: Answers) {
        for key in QuestionKey.allCases { press(rehearsalKeys(key, answers.value(for: key), pathway)) }
    }

    /// The whole text of the result, as the line mode reads it.
    var resultText: String {
        guard let document = session.screen.as(ResultScreen.self)?.document else { return "" }
        return TextReport.render(document, width: 2_000)
    }
}

@Suite("Rehearsal that teaches (issue 28)")
struct RehearsalTeachingTests {
    @Test("the prediction comes right after the story, then every question in order whatever the answers, then the review of all eight")
    func predictThenEveryQuestion() throws {
        var run = try RehearsalRun(["progressive-foot-drop"])
        #expect(run.session.position == .story)
        run.press([.enter])
        #expect(run.session.position == .prediction)
        #expect(run.screen.contains("From the story alone"))
        #expect(run.screen.contains("Step 1 of 11"))
        run.press([.left])
        #expect(run.session.position == .story, "back from the prediction is the story")
        run.predict(.immediateSpineSurgeon)
        // The red flag is ticked: the path would end here, but every question is still asked.
        var asked: [QuestionKey] = []
        let theirs = run.cases[0].answers
        for key in QuestionKey.allCases {
            if case .question(let shown) = run.session.intake.step { asked.append(shown) }
            #expect(run.screen.contains("Step \(2 + asked.count - 1) of 11"), "\(key)")
            run.press(rehearsalKeys(key, theirs.value(for: key), run.pathway))
        }
        #expect(asked == QuestionKey.allCases)
        #expect(run.session.position == .review)
        #expect(run.session.intake.answeredPath(run.pathway.rules) == QuestionKey.allCases)
        // Back from the first question goes to the prediction, its cursor on the tier predicted.
        var back = try RehearsalRun(["progressive-foot-drop"])
        back.predict(.specialistWithin2Weeks)
        back.press([.left])
        #expect(back.session.position == .prediction)
        #expect(back.session.cursor == 1)
    }

    @Test("trainee prompts ask without teaching the rule; titles on the case screens name no deciding fact")
    func noGiveaways() throws {
        let pathway = try builtIn()
        for key in QuestionKey.allCases {
            let prompt = pathway.question(key)?.prompt.text(.trainee) ?? ""
            #expect(prompt == pathway.question(key)?.prompt.text(.clinician), "\(key): \(prompt)")
            for rule in ["overrides", "criterion", "criteria", "must persist", "places the patient", "next step"] {
                #expect(!prompt.contains(rule), "\(key): \(prompt)")
            }
        }
        var run = try RehearsalRun(["eight-weeks-wants-surgery"])
        #expect(run.screen.contains("Case 1 of 1: A carpenter with left sciatica"))
        run.press([.enter])
        #expect(!run.screen.contains("Eight weeks"))
    }

    @Test("a missed red flag: the case's tier and plan first, a safety miss in the urgent style, the verdicts, the why, then the trainee's own result")
    func missedRedFlag() throws {
        var run = try RehearsalRun(["progressive-foot-drop"])
        run.predict(.primaryCareConservative)
        let missed = run.cases[0].answers.setting(.redFlags([])).setting(.severeRadicularPain(.no)).setting(.weeksOfConservativeCare(5))
        run.answer(missed)
        run.press([.end, .enter])                                          // the review: show the result
        #expect(run.session.position == .result(.immediateSpineSurgeon), "the result is the case's tier, not the trainee's")
        let styled = run.styled
        #expect(styled.contains("⟦urgent⟧ Immediate spine surgeon referral"))
        #expect(styled.contains("The case: immediate-spine-surgeon"))
        #expect(styled.contains("⟦urgent⟧Safety miss"))
        let text = run.resultText
        #expect(text.hasPrefix("The case: Immediate spine surgeon referral"))
        let order = ["What to do for the case", "Bypass conservative management and refer immediately", "Safety miss",
                     "Your answers give no red flag, but the case has one", "Your prediction: missed",
                     "Red flags: you answered None of these; the case: Progressive motor deficit",
                     "Why, answer by answer", "one red flag is enough", "The source: Bypass conservative management", "[1]",
                     "Your own answers", "For your answers the pathway gives Continue primary-care conservative management",
                     "Reasoning", "References"]
        var from = text.startIndex
        for part in order {
            guard let found = text.range(of: part, range: from..<text.endIndex) else {
                Issue.record("missing or out of order: \(part)\n\(text)")
                return
            }
            from = found.upperBound
        }
        #expect(text.contains("Asked, but not needed for the case's tier"))
        #expect(run.session.rehearsal?.score.missedCaseIDs == ["progressive-foot-drop"])
    }

    @Test("right answers, wrong prediction: every answer's why is shown, with the source's rule and the reading labelled (users.md T2)")
    func wrongPredictionRightAnswers() throws {
        var run = try RehearsalRun(["declines-surgery"])
        run.predict(.spineSurgeon)
        run.answer(run.cases[0].answers)
        run.press([.end, .enter])
        let text = run.resultText
        #expect(text.contains("Your prediction: missed"))
        #expect(text.contains("You predicted Refer to an orthopedic spine surgeon or neurosurgeon (spine-surgeon); the case's tier is"))
        #expect(text.contains("Willingness: No. Right."))
        #expect(text.contains("She does not want an operation under any circumstances"))
        #expect(text.contains("The source: Spine surgeon referral requires that the patient is willing to consider surgical intervention. [2]"))
        #expect(text.contains("This program's reading: 'Refer first to interventional pain management'"))
        #expect(!text.contains("Your own answers"), "the trainee's answers are the case's: nothing to fold below")
        #expect(!text.contains("Safety miss"))
    }

    @Test("the 9-week reading: interventional pain counts as right, and the feedback says why, with the source cited and the reading labelled")
    func nineWeekReading() throws {
        for (tier, heading) in [(TierID.interventionalPain, "Your prediction: right"), (.spineSurgeon, "Your prediction: right"),
                                (.primaryCareConservative, "Your prediction: missed")] {
            var run = try RehearsalRun(["nine-weeks-all-criteria"])
            run.predict(tier)
            run.answer(run.cases[0].answers)
            run.press([.end, .enter])
            let text = run.resultText
            #expect(text.contains(heading), "\(tier)")
            #expect(run.screen.contains("The case: spine-surgeon (interventional-pain counts too)"))
            if tier == .interventionalPain {
                #expect(text.contains("It counts as right: 9 weeks is the lower end of the source's '2-3 months'"))
                #expect(text.contains("[1, 2]"))
                #expect(text.contains("This program's reading: This program reads 2-3 months as 9 weeks"))
                #expect(run.session.rehearsal?.score.missedCaseIDs == [])
            }
        }
    }

    @Test("? on every screen of a case shows the story first; the story screen says so; the score's help does not")
    func storyAtHand() throws {
        var run = try RehearsalRun(["fever-and-leg-pain"])
        let story = run.cases[0].story
        #expect(run.screen.contains("? shows this story again"))
        run.press([.enter])
        func helpShowsStory() -> Bool {
            let model = run.session.model(run.context, help: true)
            return model.help.first == .heading("The case's story (? shows it on every screen of the case)") && model.help.contains(.paragraph(story))
        }
        #expect(helpShowsStory(), "the prediction")
        run.press([.character("?")])
        #expect(run.screen.contains("The case's story"))
        run.press([.escape])
        run.press([.down, .enter])
        for key in QuestionKey.allCases {
            #expect(helpShowsStory(), "\(key)")
            run.press(rehearsalKeys(key, run.cases[0].answers.value(for: key), run.pathway))
        }
        #expect(helpShowsStory(), "the review")
        run.press([.end, .enter])
        #expect(helpShowsStory(), "the result")
        run.press([.enter])
        #expect(run.session.position == .score)
        #expect(!run.session.model(run.context, help: true).help.contains(.paragraph(story)))
    }

    @Test("the quit box on any screen of a case speaks of the practice, and says the cases done are kept (users.md T10)")
    func quitBox() throws {
        var run = try RehearsalRun(["fever-and-leg-pain"])
        run.predict(.immediateSpineSurgeon)
        run.press([.character("q")])
        #expect(run.screen.contains("Stop practising?"))
        #expect(run.screen.contains("The practice ends here; the") && run.screen.contains("cases done are kept."))
        #expect(!run.screen.contains("discarded"))
    }

    @Test("showing the result again after a change on the review does not count the case twice")
    func countedOnce() throws {
        var run = try RehearsalRun(["fever-and-leg-pain"])
        run.predict(.immediateSpineSurgeon)
        run.answer(run.cases[0].answers)
        run.press([.end, .enter])
        run.press([.left, .home, .enter, .end, .space, .enter])         // the review, red flags changed to none
        run.press([.end, .enter])
        #expect(run.session.rehearsal?.score.attempted == 1)
        #expect(run.session.rehearsal?.score.correctPredictions == 1)
    }
}

/// The rehearsal's own screens as snapshots: the story, the prediction, a practice result with a
/// safety miss (its first page, and the feedback further down), the score after a replay.
@Suite("Rehearsal snapshots")
struct RehearsalSnapshotTests {
    static let sizes = [(80, 24), (40, 12)]

    func snap(_ name: String, _ play: (inout RehearsalRun) -> Void) throws {
        for (width, height) in Self.sizes {
            var run = try RehearsalRun(["progressive-foot-drop"], width: width, height: height)
            play(&run)
            assertSnapshot(run.styled, named: "rehearsal-\(name).\(width)x\(height)")
        }
    }

    static func missTheRedFlag(_ run: inout RehearsalRun) {
        run.predict(.primaryCareConservative)
        run.answer(run.cases[0].answers.setting(.redFlags([])).setting(.severeRadicularPain(.no)).setting(.weeksOfConservativeCare(5)))
        run.press([.end, .enter])
    }

    @Test("the story, the prediction, the result of a missed red flag, the feedback below it, the score after a replay")
    func screens() throws {
        try snap("story") { _ in }
        try snap("prediction") { $0.press([.enter]) }
        try snap("result-safety-miss") { Self.missTheRedFlag(&$0) }
        try snap("result-safety-miss-feedback") { run in
            Self.missTheRedFlag(&run)
            run.press(Array(repeating: .pageDown, count: run.context.height > 12 ? 1 : 2))
        }
        try snap("score-after-replay") { run in
            Self.missTheRedFlag(&run)
            run.press([.enter, .enter])
            run.predict(.immediateSpineSurgeon)
            run.answer(run.cases[0].answers)
            run.press([.end, .enter, .enter])
        }
    }
}
