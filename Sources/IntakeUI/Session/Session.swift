import PathwayCore

/// One run of the program, for every front end: the audience, the intake's questions, the review
/// and the result, with a mode that filters what keys may do and a clock for the idle wipe. The
/// next session is a pure function of this one and an event.
public struct Session: Sendable, Equatable {
    /// What a session is started with.
    public struct Configuration: Sendable, Equatable {
        /// Set by `--audience`: the audience screen is skipped and kept across restarts.
        public var audience: Audience?
        public var mode: Mode
        /// Seconds without a key after which every answer is wiped (kiosks).
        public var idleTimeout: Int?
        /// Answers to start with (opened at the review when they reach a tier).
        public var answers: Answers
        /// Practice cases: a rehearsal, each case's story, the intake, a prediction, feedback, a score.
        public var practice: [PracticeCase]?
        /// Kiosks: seconds an urgent result stays up without a key, for the staff to see it.
        public var urgentHold: Int?
        /// Kiosks: the PIN that lets the attendant end the program.
        public var attendantPIN: AttendantPIN?

        public init(audience: Audience? = nil, mode: Mode = .standard, idleTimeout: Int? = nil, answers: Answers = Answers(),
                    urgentHold: Int? = nil, attendantPIN: AttendantPIN? = nil) {
            self.audience = audience
            self.mode = mode
            self.idleTimeout = idleTimeout
            self.answers = answers
            self.urgentHold = urgentHold
            self.attendantPIN = attendantPIN
        }

        /// A rehearsal of `cases`, in trainee wording.
        public static func rehearsal(_ cases: [PracticeCase]) -> Configuration {
            var configuration = Configuration(audience: .trainee)
            configuration.practice = cases
            return configuration
        }
    }

    public let configuration: Configuration
    public private(set) var audience: Audience?
    public private(set) var intake: IntakeState
    public private(set) var screen: Screen
    public internal(set) var overlay: Overlay?
    public internal(set) var notice: Notice?
    public internal(set) var outcome: Outcome?
    /// The rehearsal under way, with practice cases.
    public private(set) var rehearsal: Rehearsal?
    /// The tier predicted for the case on screen, before its result is shown.
    private var prediction: TierID?
    /// Set by Ctrl-L; the front end repaints the whole screen and clears it.
    public var repaintRequested = false
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
    /// A file the front end is to write now (see Session+Saving.swift); it answers with
    /// `.fileWritten`.
    public internal(set) var pendingRequest: FileRequest?
    /// The local wall clock's last reading, for dating a saved note.
    public internal(set) var localTime: LocalTime?

    public init(_ configuration: Configuration = Configuration(), pathway: Pathway) {
        self.configuration = configuration
        audience = configuration.audience
        intake = IntakeState(answers: configuration.answers, rules: pathway.rules)
        screen = .audience(AudienceScreen(chosen: nil))
        enterIntakeStep(pathway, changed: nil)
        if configuration.audience == nil { screen = .audience(AudienceScreen(chosen: nil)) }
        if configuration.mode == .kiosk { screen = .welcome(WelcomeScreen(idleTimeout: configuration.idleTimeout)) }
        if let cases = configuration.practice {
            rehearsal = Rehearsal(cases: cases)
            if let story = rehearsal?.story { screen = .story(story) }
        }
    }

    /// Where a session stands.
    public enum Position: Sendable, Equatable, Hashable {
        case welcome
        case audience
        case question(QuestionKey)
        case review
        case result(TierID)
        /// Rehearsal: a case's story, the prediction, the score.
        case story, prediction, score
    }

    public var position: Position { screen.current.position }

    /// Whether `other` shows the same screen at this size: what the screen says, and the box
    /// over it. Cheaper than laying the screen out, and blind to a clock that moved without
    /// changing what is shown.
    public func showsTheSame(as other: Session, _ context: ViewContext) -> Bool {
        overlay == other.overlay && outcome == other.outcome && kiosk == other.kiosk
            && kiosk.lockout.secondsLeft(at: now ?? 0) == other.kiosk.lockout.secondsLeft(at: other.now ?? 0)
            && model(context) == other.model(context)
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
        case .save(let prompt)?: return prompt.keyContext
        case nil: return screen.current.keyContext
        }
    }

    /// Whether "back" has somewhere to go from the screen shown.
    public func canGoBack(_ pathway: Pathway) -> Bool {
        // A kiosk's first question goes back to its welcome, as a workstation's to the audience.
        let screenBeforeFirstQuestion = configuration.audience == nil || configuration.mode == .kiosk
        return screen.current.canGoBack(intake: intake, rules: pathway.rules, audienceScreen: screenBeforeFirstQuestion)
    }

    // MARK: - Events

    /// The session after `event` on a screen of the context's size.
    public func after(_ event: SessionEvent, context: ViewContext) -> Session {
        var next = self
        switch event {
        case .tick(let milliseconds):
            next.tick(milliseconds, context.pathway)
        case .localTime(let time):
            next.localTime = time
        case .fileWritten(let result):
            next.fileWritten(result)
        case .key(let key):
            next.lastActivity = now
            next.notice = nil
            let wasShowingUrgentResult = isShowingUrgentResult
            if key != .resize, !next.attendantTakes(key) {
                // Below the minimum size only what needs no screen works.
                let keys = context.isTooSmall ? KeyContext.tooSmall : keyContext
                if let intent = KeyTable.intent(for: key, in: keys).flatMap(configuration.mode.filter) {
                    next.apply(intent, context)
                }
            }
            next.clampScroll(context)
            if key != .resize { next.noteUrgentResult(wasShowing: wasShowingUrgentResult) }
        }
        return next
    }

    /// The session after each key in turn.
    public func after(_ keys: [KeyPress], context: ViewContext) -> Session {
        keys.reduce(self) { $0.after(.key($1), context: context) }
    }

    private mutating func tick(_ milliseconds: Int64, _ pathway: Pathway) {
        let before = now
        now = milliseconds
        guard let limit = idleLimit else { return }
        noteEndOfPINWait(from: before)
        guard let last = lastActivity else { lastActivity = milliseconds; return }
        if case .idleWarning? = notice { notice = nil }
        if hasNothingToWipe(pathway) { return }
        // A kiosk left alone: every answer wiped, the screen cleared, back to the first screen;
        // the wrong PINs still count. Before that, a countdown that any key stops.
        if IdleTimeout.hasPassed(seconds: limit, from: last, to: milliseconds) {
            let lockout = kiosk.lockout, prompt = kiosk.prompt
            self = Session(freshConfiguration, pathway: pathway)
            now = milliseconds
            lastActivity = milliseconds
            kiosk.lockout = lockout
            // The attendant waiting out a wrong PIN keeps the prompt and its countdown.
            if var prompt, lockout.secondsLeft(at: milliseconds) > 0 {
                prompt.typed = ""
                kiosk.prompt = prompt
            }
            repaintRequested = true
        } else if let warning = IdleTimeout.warning(seconds: limit, from: last, to: milliseconds) {
            notice = warning
        }
    }

    private mutating func apply(_ intent: Intent, _ context: ViewContext) {
        if intent == .repaint { repaintRequested = true; return }
        switch overlay {
        case .help(let offset)?:
            if let movement = Movement(intent) {
                overlay = .help(scroll: movement.scrolled(offset, page: context.pageHeight))
            } else {
                overlay = nil
            }
            return
        case .confirmQuit?:
            if intent == .yes { quitNow(context.pathway) } else { overlay = nil }
            return
        case .save(let prompt)?:
            applySave(intent, prompt, context)
            return
        case nil:
            break
        }
        switch intent {
        case .help: overlay = .help(scroll: 0)
        case .quit: overlay = .confirmQuit
        case .quitNow: quitNow(context.pathway)
        case .saveNote: startSave(.note, context)
        case .saveAnswers: startSave(.answers, context)
        default:
            let effect = screen.handle(intent, environment(context))
            perform(effect, context)
        }
    }

    private mutating func quitNow(_ pathway: Pathway) {
        outcome = outcomeOnLeaving(pathway)
    }

    /// How the session ends if left now (quit, a signal, the terminal gone): a result on screen
    /// is finished, a rehearsal that has reached its score is practised, anything else is quit
    /// before a tier.
    public func outcomeOnLeaving(_ pathway: Pathway) -> Outcome {
        if case .score(let score) = screen { return .practiced(score.score) }
        if case .result = screen, rehearsal == nil, let decision = intake.decision(pathway.rules) {
            return .finished(SessionResult(audience: wording, answers: intake.effectiveAnswers(pathway.rules), decision: decision))
        }
        if let reached = rehearsal?.reachedScore { return .practiced(reached) }
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
        case .begin:
            enterIntakeStep(pathway, changed: nil)
        case .choseAudience(let chosen):
            audience = chosen
            enterIntakeStep(pathway, changed: nil)
        case .answered(let value):
            drafts[value.key] = nil
            if case .checklist(let checklist) = screen { ticks[checklist.key] = checklist.ticked }
            let changed = intake.change?.key
            intake = intake.after(.answered(value), rules: rules)
            enterIntakeStep(pathway, changed: changed)
        case .back:
            if case .weeks(let weeks) = screen { drafts[weeks.key] = weeks.text }
            let changed = intake.change?.key
            if case .review = screen {
                intake = intake.after(.wentBack, rules: rules)
                enterIntakeStep(pathway, changed: nil)
            } else if intake.canGoBack(rules) {
                intake = intake.after(.wentBack, rules: rules)
                enterIntakeStep(pathway, changed: changed)
            } else if configuration.mode == .kiosk {
                screen = .welcome(WelcomeScreen(idleTimeout: configuration.idleTimeout))
            } else if configuration.audience == nil {
                screen = .audience(AudienceScreen(chosen: audience))
            }
        case .changeAnswer(let key):
            intake = intake.after(.choseToChange(key), rules: rules)
            enterIntakeStep(pathway, changed: nil)
        case .showResult:
            switch intake.step {
            case .complete where rehearsal != nil:
                screen = .prediction(PredictionScreen(cursor: nil))
            case .complete:
                if let decision = intake.decision(rules) {
                    screen = .result(ResultScreen(document: ReportDocument(pathway.explain(decision, for: wording))))
                }
            case .question:
                enterIntakeStep(pathway, changed: nil)  // never idle: to the question the path needs
            }
        case .toReview:
            enterIntakeStep(pathway, changed: nil)
        case .switchWording:
            switchWording(context)
        case .startCase:
            enterIntakeStep(pathway, changed: nil)
        case .predicted(let tier):
            showPracticeResult(predicted: tier, pathway)
        case .nextCase:
            nextCase(pathway)
        case .replayMissed:
            if let replay = rehearsal?.replaying() { startCase(of: replay, pathway) }
        case .startOver:
            let clock = (now, lastActivity), lockout = kiosk.lockout
            self = Session(freshConfiguration, pathway: pathway)
            (now, lastActivity) = clock
            kiosk.lockout = lockout
        }
    }

    // MARK: - The result's wording, and rehearsal

    /// The result in the other wording, patient's or professional's, scrolled to the section that
    /// was at the top.
    private mutating func switchWording(_ context: ViewContext) {
        let pathway = context.pathway
        guard case .result(var result) = screen, let decision = intake.decision(pathway.rules) else { return }
        let shown = result.document.audience
        let other: Audience = shown == .patient ? (wording == .patient ? .clinician : wording) : .patient
        let section = ResultView.section(atLine: result.scroll, of: result.document, context)
        var document = ReportDocument(pathway.explain(decision, for: other))
        if let feedback = result.document.sections.first(where: { $0.kind == .feedback }) {
            document = document.opening(with: feedback)
        }
        result.document = document
        result.scroll = section.flatMap { ResultView.firstLine(of: $0, in: document, context) } ?? 0
        screen = .result(result)
    }

    private mutating func showPracticeResult(predicted: TierID, _ pathway: Pathway) {
        guard var run = rehearsal, let practiceCase = run.current, let decision = intake.decision(pathway.rules) else { return }
        let feedback = practiceCase.feedback(answers: intake.effectiveAnswers(pathway.rules), predicted: predicted, rules: pathway.rules)
        run.record(feedback)
        rehearsal = run
        let lines = RehearsalText.feedback(feedback, for: practiceCase, pathway: pathway, width: 10_000, audience: wording)
        let section = ReportDocument.Section(kind: .feedback, heading: feedback.isMissed ? "Your prediction: missed" : "Your prediction: right",
                                             entries: lines.map { ReportDocument.Entry(marker: .none, text: $0) })
        let document = ReportDocument(pathway.explain(decision, for: wording)).opening(with: section)
        screen = .result(ResultScreen(document: document, practice: true))
    }

    private mutating func nextCase(_ pathway: Pathway) {
        guard var run = rehearsal else { return }
        if run.advance() {
            startCase(of: run, pathway)
        } else {
            run.reachScore()
            rehearsal = run
            screen = .score(ScoreScreen(score: run.score))
        }
    }

    private mutating func startCase(of run: Rehearsal, _ pathway: Pathway) {
        rehearsal = run
        intake = IntakeState(rules: pathway.rules)
        drafts = [:]
        ticks = [:]
        if let story = run.story { screen = .story(story) }
    }

    /// Shows the intake where it stands: its question, or the review of a whole path (the cursor
    /// on the answer just changed, else on the way on to the result).
    private mutating func enterIntakeStep(_ pathway: Pathway, changed: QuestionKey?) {
        switch intake.step {
        case .question(let key):
            // Ticks of options this wording does not offer (after a change of audience) are not kept.
            let offered = Set((pathway.question(key)?.options ?? []).filter { $0.isOffered(to: wording) }.map(\.value))
            let kept = ticks[key].flatMap { $0.isSubset(of: offered) ? $0 : nil }
            screen = Screen.question(key, answers: intake.answers, draft: drafts[key], ticks: kept, pathway: pathway)
        case .complete:
            drafts = [:]
            let keys = intake.answeredPath(pathway.rules)
            screen = .review(ReviewScreen(cursor: changed.flatMap { keys.firstIndex(of: $0) } ?? keys.count))
        }
    }

    // MARK: - What the screen says

    func environment(_ context: ViewContext) -> ScreenEnvironment {
        let current = self
        // Where PgUp and PgDn land needs the screen laid out: only worked out when they are pressed.
        var env = ScreenEnvironment(pathway: context.pathway, audience: wording, intake: intake, ascii: context.ascii,
                                    audienceScreen: configuration.audience == nil, pageHeight: context.pageHeight,
                                    pageTarget: { down, from in
                                        ScreenView.layout(current.model(context), context).row(paging: down, from: from ?? -1)
                                    })
        env.rehearsal = rehearsal != nil
        return env
    }

    /// What the current screen says.
    public func model(_ context: ViewContext) -> ScreenModel {
        var env = ScreenEnvironment(pathway: context.pathway, audience: wording, intake: intake, ascii: context.ascii,
                                    audienceScreen: configuration.audience == nil, pageHeight: context.pageHeight,
                                    pageTarget: { _, from in from ?? 0 })
        env.rehearsal = rehearsal != nil
        return model(env, context)
    }

    private func model(_ env: ScreenEnvironment, _ context: ViewContext) -> ScreenModel {
        let current = screen.current
        return ScreenModel(title: current.title(env), step: current.step(env), prompt: current.prompt(env),
                           content: current.content(env), notice: notice, audience: wording, keyContext: current.keyContext,
                           canGoBack: canGoBack(context.pathway), help: current.help(env), mode: configuration.mode)
    }

    private mutating func clampScroll(_ context: ViewContext) {
        if case .result(var result) = screen {
            let maximum = max(0, ResultView.lines(result.document, context).count - context.bodyHeight)
            result.scroll = min(max(0, result.scroll), maximum)
            screen = .result(result)
        }
        if case .help(let offset)? = overlay {
            let maximum = max(0, HelpView.lines(model(context), context).count - context.bodyHeight)
            overlay = .help(scroll: min(max(0, offset), maximum))
        }
    }
}
