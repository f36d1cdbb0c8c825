import PathwayCore

/// One run of the program, for every front end: the screens before the intake (the audience,
/// the kiosk's welcome), the intake's questions, the review and the result, and the screens after
/// it, with a mode that filters what keys may do and a clock for the idle wipe. An event changes
/// it and returns what the front end must do (`SessionEffect`); it never lays a screen out and
/// does no I/O: what it needs of the screen as shown comes with the key (`ScreenMetrics`).
public struct Session: Sendable, Equatable {
    public let configuration: Configuration
    public private(set) var audience: Audience?
    public private(set) var intake: IntakeState
    public internal(set) var screen: Screen
    public internal(set) var overlay: Overlay?
    public internal(set) var notice: Notice?
    /// The rehearsal under way, with practice cases.
    public private(set) var rehearsal: Rehearsal?
    /// Digits typed in the weeks field and not confirmed, kept while the user goes back and
    /// returns; dropped on the review.
    private(set) var drafts: [QuestionKey: String] = [:]
    /// The options ticked on each checklist answered, so going back shows the ones the user
    /// ticked where two record the same value (the patient's "something else worries me" and
    /// "not sure"); used only while they still give the answer stored.
    private(set) var ticks: [QuestionKey: Set<String>] = [:]
    /// The clock's last reading, and when the last key came by it.
    public private(set) var now: Int64?
    public internal(set) var lastActivity: Int64?
    /// The attendant's prompt, wrong PINs and the urgent hold (kiosk mode).
    public internal(set) var kiosk = KioskState()
    /// After the result, the screens gone on from (the result first), to come back to.
    var behind: [Screen] = []
    /// The result as it stood when last saved or copied: `q` and `r` drop it without asking.
    var kept: SessionResult?
    /// `c` was pressed: the note is copied once the front end says the local time.
    var copyPending = false
    /// The effects of the event being sent: always empty between events.
    private var emitted: [SessionEffect] = []

    public init(_ configuration: Configuration = Configuration(), pathway: Pathway) {
        self.configuration = configuration
        audience = configuration.audience
        intake = IntakeState(answers: configuration.answers, rules: pathway.rules, asksEveryQuestion: configuration.practice != nil)
        screen = Screen(ReviewScreen(cursor: 0))
        if let cases = configuration.practice { rehearsal = Rehearsal(cases: cases) }
        if let story = rehearsal?.story {
            screen = Screen(story)
        } else if let first = beforeScreens.first {
            screen = first.entered(self)
        } else {
            enterIntakeStep(pathway, changed: nil)
        }
    }

    /// Whether `other` shows the same screen at this size: what the screen says, and the box
    /// over it. Cheaper than laying the screen out, and blind to a clock that moved without
    /// changing what is shown.
    public func showsTheSame(as other: Session, _ context: ViewContext) -> Bool {
        shown(context) == other.shown(context)
    }

    /// What the session shows at this size, as a value to compare: the screen's model, the box
    /// over it, and the attendant's box with its wait.
    public func shown(_ context: ViewContext) -> ShownScreen {
        ShownScreen(model: model(context), overlay: overlay, kiosk: kiosk, lockoutSeconds: kiosk.lockout.secondsLeft(at: now ?? 0))
    }

    /// What a new intake (`r`) or the idle wipe starts from: the configuration with every answer
    /// forgotten, those loaded with `--answers` included.
    var freshConfiguration: Configuration {
        var fresh = configuration
        fresh.answers = Answers()
        return fresh
    }

    /// The audience whose wording is shown: the chosen one, or clinician before a choice.
    public var wording: Audience { audience ?? .clinician }

    /// Which keys apply now: an overlay's, or the screen's.
    public var keyContext: KeyContext {
        switch overlay {
        case .help?: return .help
        case .confirmQuit?: return .confirmQuit
        case .confirmLeave?: return .confirmLeave
        case .save(let prompt)?: return prompt.keyContext
        case nil: return shownKeyContext
        }
    }

    /// The screen's own keys: an urgent result held for the staff has its own, to read it only.
    var shownKeyContext: KeyContext {
        kiosk.holdingUrgentResult && screen.is(ResultScreen.self) ? .urgentHeld : screen.current.keyContext
    }

    /// Whether the help is open over the screen.
    public var showsHelp: Bool {
        if case .help? = overlay { return true }
        return false
    }

    /// Whether "back" has somewhere to go from the screen shown.
    public func canGoBack(_ pathway: Pathway) -> Bool {
        screen.current.canGoBack(environment(ViewContext(pathway: pathway, width: 80, height: 24)))
    }

    // MARK: - Events

    /// What `event` does to the session, on a screen of the context's size whose body, as shown,
    /// the views measured in `shown`; returns what the front end must do.
    public mutating func send(_ event: SessionEvent, _ context: ViewContext, shown: ScreenMetrics) -> [SessionEffect] {
        switch event {
        case .tick(let milliseconds):
            tick(milliseconds, context.pathway)
        case .localTime(let time):
            dateSave(time, context.pathway)
        case .fileWritten(let result):
            fileWritten(result, context.pathway)
        case .copied(let done):
            copied(done, context.pathway)
        case .key(let key):
            lastActivity = now
            let shownNotice = notice
            notice = nil
            keepShownScroll(shown)
            // The key that stops the idle countdown does nothing else: the patient pressed it to stay.
            // (Not where the countdown is the whole timeout, 1 s: there every key would only stop it.)
            var stopsCountdown = false
            if case .idleWarning? = shownNotice, let limit = idleLimit, IdleTimeout.warningSeconds(for: limit) < limit { stopsCountdown = true }
            if key != .resize, !attendantTakes(key, context.pathway), !stopsCountdown {
                // Below the minimum size only what needs no screen works.
                let keys = context.isTooSmall ? KeyContext.tooSmall : keyContext
                if let intent = KeyTable.intent(for: key, in: keys).flatMap(configuration.mode.filter) {
                    apply(intent, context, shown)
                }
            }
            if key != .resize { startUrgentHoldIfShown() }
        }
        let effects = emitted
        emitted = []
        return effects
    }

    mutating func emit(_ effect: SessionEffect) { emitted.append(effect) }

    /// Text that scrolls (the result, the help) stays where it was shown: within the text as it is
    /// laid out at this size, whatever the size was when it was scrolled.
    private mutating func keepShownScroll(_ shown: ScreenMetrics) {
        if case .help? = overlay, let help = shown.help { overlay = .help(scroll: help.scroll) }
        if var result = screen.as(ResultScreen.self) {
            result.scroll = .line(shown.text.scroll)
            screen = Screen(result)
        }
    }

    private mutating func tick(_ milliseconds: Int64, _ pathway: Pathway) {
        let before = now
        now = milliseconds
        guard let limit = idleLimit else { return }
        noteEndOfPINWait(from: before)
        guard let last = lastActivity else { lastActivity = milliseconds; return }
        if case .idleWarning? = notice { notice = nil }
        if holdUrgentResult(at: milliseconds, pathway) { return }
        if hasNothingToWipe(pathway) { return }
        // A kiosk left alone: every answer wiped, the screen cleared, back to the first screen;
        // the wrong PINs still count. Before that, a countdown that any key stops.
        if IdleTimeout.hasPassed(seconds: limit, from: last, to: milliseconds) {
            wipe(pathway, at: milliseconds)
        } else if let warning = IdleTimeout.warning(seconds: limit, from: last, to: milliseconds) {
            notice = warning
        }
    }

    /// Every answer wiped, the screen cleared, back to the first screen; the wrong PINs still
    /// count, and the attendant waiting out a wrong PIN keeps the prompt and its countdown.
    mutating func wipe(_ pathway: Pathway, at milliseconds: Int64) {
        let lockout = kiosk.lockout, prompt = kiosk.prompt
        self = Session(freshConfiguration, pathway: pathway)
        now = milliseconds
        lastActivity = milliseconds
        kiosk.lockout = lockout
        if var prompt, lockout.secondsLeft(at: milliseconds) > 0 {
            prompt.typed = ""
            kiosk.prompt = prompt
        }
        emit(.repaint)
    }

    private mutating func apply(_ intent: Intent, _ context: ViewContext, _ shown: ScreenMetrics) {
        if intent == .repaint { emit(.repaint); return }
        switch overlay {
        case .help(let offset)?:
            if let movement = Movement(intent) {
                let scroll = movement.scrolled(offset, page: context.pageHeight)
                overlay = .help(scroll: shown.help?.clamped(scroll) ?? scroll)
            } else {
                overlay = nil
            }
            return
        case .confirmQuit?:
            if intent == .yes { quitNow(context.pathway) } else { overlay = nil }
            return
        case .confirmLeave(let action)?:
            overlay = nil
            if intent == .yes { leave(action, context, asked: true) }
            return
        case .save(let prompt)?:
            applySave(intent, prompt, context)
            return
        case nil:
            break
        }
        // An urgent result held for the staff stays on screen: reading it (scrolling, help) works,
        // leaving it does not, until the attendant clears it.
        if kiosk.holdingUrgentResult, [.toReview, .startOver, .goOn, .back].contains(intent) {
            notice = .staffWillClear
            return
        }
        switch intent {
        case .help: overlay = .help(scroll: 0)
        // Esc on a result neither saved nor copied asks that question, not only whether to leave.
        case .quit where screen.is(ResultScreen.self) && !mayDropResult(.quit, context.pathway): overlay = .confirmLeave(.quit)
        case .quit: overlay = .confirmQuit
        case .quitNow: leave(.quit, context)
        case .startOver where screen.is(ResultScreen.self): leave(.startOver, context)
        case .copyNote: startCopy(context)
        case .saveNote: startSave(.note, context)
        case .saveAnswers: startSave(.answers, context)
        default:
            let effect = screen.handle(intent, environment(context, shown))
            perform(effect, context)
        }
    }

    /// `q` or `r` on the result: asked first when the result was neither saved nor copied.
    private mutating func leave(_ action: LeaveAction, _ context: ViewContext, asked: Bool = false) {
        // Below the minimum size there is no room to ask.
        guard asked || context.isTooSmall || mayDropResult(action, context.pathway) else {
            overlay = .confirmLeave(action)
            return
        }
        switch action {
        case .quit: quitNow(context.pathway)
        case .startOver: perform(.startOver, context)
        }
    }

    private mutating func quitNow(_ pathway: Pathway) {
        emit(.finished(outcomeOnLeaving(pathway)))
    }

    /// How the session ends if left now (quit, a signal, the terminal gone): a result on screen
    /// (or a screen after it) is finished, a rehearsal that has reached its score is practised,
    /// anything else is quit before a tier.
    public func outcomeOnLeaving(_ pathway: Pathway) -> Outcome {
        if let score = screen.as(ScoreScreen.self) { return .practiced(score.score) }
        let atResult = screen.is(ResultScreen.self) || !behind.isEmpty
        if atResult, rehearsal == nil, let decision = intake.decision(pathway.rules) {
            return .finished(SessionResult(audience: wording, answers: intake.effectiveAnswers(pathway.rules), decision: decision))
        }
        if let run = rehearsal {
            // After the score, a replay left early still ends the practice; before it, the cases
            // done so far are kept (for the progress file), but the run was not finished.
            if run.reachedScore != nil { return .practiced(run.score) }
            if !run.score.attempts.isEmpty { return .leftPractice(run.score) }
        }
        return .quitBeforeTier
    }

    private mutating func perform(_ effect: ScreenEffect, _ context: ViewContext) {
        let pathway = context.pathway
        let rules = pathway.rules
        switch effect {
        case .none:
            break
        case .notice(let notice):
            self.notice = notice
        case .goOn:
            goOn(pathway)
        case .choseAudience(let chosen):
            audience = chosen
            goOn(pathway)
        case .answered(let value):
            drafts[value.key] = nil
            if let checklist = screen.as(ChecklistScreen.self) { ticks[checklist.key] = checklist.ticked }
            let changed = intake.change?.key
            intake = intake.after(.answered(value), rules: rules)
            enterIntakeStep(pathway, changed: changed)
        case .back:
            back(pathway)
        case .changeAnswer(let key):
            intake = intake.after(.choseToChange(key), rules: rules)
            enterIntakeStep(pathway, changed: nil)
        case .showResult:
            switch intake.step {
            case .complete where rehearsal != nil:
                if let predicted = rehearsal?.prediction {
                    showPracticeResult(predicted: predicted, pathway)
                } else {
                    screen = Screen(PredictionScreen())
                }
            case .complete:
                if let decision = intake.decision(rules) {
                    screen = Screen(ResultScreen(document: ReportDocument(pathway.explain(decision, for: wording))))
                }
            case .question:
                enterIntakeStep(pathway, changed: nil)  // never idle: to the question the path needs
            }
        case .toReview:
            enterIntakeStep(pathway, changed: nil)
        case .switchWording(let section):
            switchWording(pathway, at: section)
        case .startCase:
            if let prediction = predictionScreen { screen = prediction }
        case .toStory:
            if let story = rehearsal?.story { screen = Screen(story) }
        case .predicted(let tier):
            // Predicted from the story: then every question of the intake, then the feedback.
            rehearsal?.prediction = tier
            enterIntakeStep(pathway, changed: nil)
        case .nextCase:
            nextCase(pathway)
        case .replayMissed:
            if let replay = rehearsal?.replaying() { startCase(of: replay, pathway) }
        case .startOver:
            let clock = (now, lastActivity), lockout = kiosk.lockout
            // A new intake keeps the audience chosen: the same user goes on to the next patient.
            var fresh = freshConfiguration
            if fresh.audience == nil, rehearsal == nil { fresh.audience = audience }
            self = Session(fresh, pathway: pathway)
            (now, lastActivity) = clock
            kiosk.lockout = lockout
        }
    }

    /// Back one screen: to the one before in the flow, or along the intake's path (keeping what
    /// was typed in the weeks field), or from the first question to the last screen before it.
    private mutating func back(_ pathway: Pathway) {
        switch flowPlace {
        case .before(let index)?:
            if index > 0 { screen = beforeScreens[index - 1].entered(self) }
        case .after?:
            if let previous = behind.popLast() { screen = previous }
        case nil:
            if let weeks = screen.as(WeeksScreen.self) { drafts[weeks.key] = weeks.text }
            let changed = intake.change?.key
            if screen.is(ReviewScreen.self) {
                intake = intake.after(.wentBack, rules: pathway.rules)
                enterIntakeStep(pathway, changed: nil)
            } else if intake.canGoBack(pathway.rules) {
                intake = intake.after(.wentBack, rules: pathway.rules)
                enterIntakeStep(pathway, changed: changed)
            } else if let last = beforeScreens.last {
                screen = last.entered(self)
            } else if let prediction = predictionScreen {
                screen = prediction
            }
        }
    }

    // MARK: - The result's wording, and rehearsal

    /// The result in the other wording, patient's or professional's, scrolled to the section that
    /// was at the top (laid out as the views lay it out).
    private mutating func switchWording(_ pathway: Pathway, at section: ReportDocument.SectionKind?) {
        guard var result = screen.as(ResultScreen.self), let decision = intake.decision(pathway.rules) else { return }
        let shown = result.document.audience
        let other: Audience = shown == .patient ? (wording == .patient ? .clinician : wording) : .patient
        if result.practice, let practiceCase = rehearsal?.current, let predicted = rehearsal?.prediction {
            let feedback = practiceCase.feedback(answers: intake.answers, predicted: predicted, rules: pathway.rules)
            guard let document = ReportDocument.practice(feedback, for: practiceCase, answers: intake.answers, pathway: pathway, audience: other)
            else { return }
            result.document = document
        } else {
            result.document = ReportDocument(pathway.explain(decision, for: other))
        }
        result.scroll = section.map(ResultScroll.section) ?? .line(0)
        screen = Screen(result)
    }

    /// Rehearsal: the prediction, its cursor on the tier already predicted for the case.
    private var predictionScreen: Screen? {
        guard let run = rehearsal else { return nil }
        return Screen(PredictionScreen(choice: SingleChoice(chosen: run.prediction.flatMap { TierID.allCases.firstIndex(of: $0) })))
    }

    private mutating func showPracticeResult(predicted: TierID, _ pathway: Pathway) {
        guard var run = rehearsal, let practiceCase = run.current, intake.decision(pathway.rules) != nil else { return }
        let feedback = practiceCase.feedback(answers: intake.answers, predicted: predicted, rules: pathway.rules)
        run.record(feedback)
        rehearsal = run
        guard let document = ReportDocument.practice(feedback, for: practiceCase, answers: intake.answers, pathway: pathway, audience: wording)
        else { return }
        screen = Screen(ResultScreen(document: document, practice: true))
    }

    private mutating func nextCase(_ pathway: Pathway) {
        guard var run = rehearsal else { return }
        if run.advance() {
            startCase(of: run, pathway)
        } else {
            run.reachScore()
            rehearsal = run
            screen = Screen(ScoreScreen(score: run.score, cases: configuration.practice ?? run.cases))
        }
    }

    private mutating func startCase(of run: Rehearsal, _ pathway: Pathway) {
        rehearsal = run
        intake = IntakeState(rules: pathway.rules, asksEveryQuestion: true)
        drafts = [:]
        ticks = [:]
        if let story = run.story { screen = Screen(story) }
    }

    /// Shows the intake where it stands: its question, or the review of a whole path (the cursor
    /// on the answer just changed, else on the way on to the result).
    mutating func enterIntakeStep(_ pathway: Pathway, changed: QuestionKey?) {
        behind = []
        switch intake.step {
        case .question(let key):
            // Ticks of options this wording does not offer (after a change of audience) are not kept.
            let offered = Set((pathway.question(key)?.options ?? []).filter { $0.isOffered(to: wording) }.map(\.value))
            let kept = ticks[key].flatMap { $0.isSubset(of: offered) ? $0 : nil }
            screen = Screen.question(key, answers: intake.answers, draft: drafts[key], ticks: kept, pathway: pathway)
        case .complete:
            drafts = [:]
            let keys = intake.answeredPath(pathway.rules)
            screen = Screen(ReviewScreen(cursor: changed.flatMap { keys.firstIndex(of: $0) } ?? keys.count))
        }
    }

    // MARK: - What the screen says

    /// What a screen needs besides its own state; `shown`: its body as the views showed it.
    func environment(_ context: ViewContext, _ shown: ScreenMetrics = ScreenMetrics()) -> ScreenEnvironment {
        let before = beforeScreens
        var env = ScreenEnvironment(pathway: context.pathway, audience: wording, intake: intake, ascii: context.ascii,
                                    stepsBefore: before.filter { $0.isStep }.count, hasScreenBefore: hasScreenBefore,
                                    pageHeight: context.pageHeight, shown: shown)
        env.rehearsal = rehearsal != nil
        if case .before(let index)? = flowPlace { env.flowStep = before.prefix(index + 1).filter { $0.isStep }.count }
        return env
    }

    /// What the current screen says.
    /// `help`: with the screen's help from the content; by default only while the help is
    /// shown, since making it costs as much as the rest of the model and every key makes one.
    public func model(_ context: ViewContext, help: Bool? = nil) -> ScreenModel {
        let env = environment(context)
        let current = screen.current
        var model = ScreenModel(title: current.title(env), step: current.step(env), prompt: current.prompt(env),
                                content: current.content(env), notice: notice, audience: wording, keyContext: shownKeyContext,
                                canGoBack: current.canGoBack(env), canGoOn: canGoOn,
                                help: help ?? showsHelp ? storyHelp + current.help(env) : [], mode: configuration.mode)
        model.practising = rehearsal != nil && !screen.is(ScoreScreen.self)
        return model
    }

    /// Rehearsal: on every screen of a case after its story, the help opens with the story, so
    /// the facts stay at hand while answering and reading the feedback.
    private var storyHelp: [HelpBlock] {
        guard let story = rehearsal?.current?.story, !screen.is(StoryScreen.self), !screen.is(ScoreScreen.self) else { return [] }
        return [.heading("The case's story (? shows it on every screen of the case)"), .paragraph(story), .blank]
    }
}
