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

            public init(audience: Audience? = nil, mode: Mode = .standard, idleTimeout: Int? = nil, answers: Answers = Answers()) {
            self.audience = audience
            self.mode = mode
            self.idleTimeout = idleTimeout
            self.answers = answers
        }
    }

    public let configuration: Configuration
    public private(set) var audience: Audience?
    public private(set) var intake: IntakeState
    public private(set) var screen: Screen
    public internal(set) var overlay: Overlay?
    public internal(set) var notice: Notice?
    public private(set) var outcome: Outcome?
    /// Set by Ctrl-L; the front end repaints the whole screen and clears it.
    public var repaintRequested = false
    /// Digits typed in the weeks field and not confirmed, kept while the user goes back and
    /// returns; dropped on the review.
    private(set) var drafts: [QuestionKey: String] = [:]
    /// The clock's last reading, and when the last key came by it.
    public private(set) var now: Int64?
    public private(set) var lastActivity: Int64?
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
    }

    /// Where a session stands.
    public enum Position: Sendable, Equatable, Hashable {
        case audience
        case question(QuestionKey)
        case review
        case result(TierID)
    }

    public var position: Position {
        switch screen {
        case .audience: return .audience
        case .choice(let screen): return .question(screen.key)
        case .checklist(let screen): return .question(screen.key)
        case .weeks(let screen): return .question(screen.key)
        case .review: return .review
        case .result(let screen): return .result(screen.document.tier)
        }
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
        switch screen {
        case .audience: return false
        case .choice, .checklist, .weeks: return intake.canGoBack(pathway.rules) || configuration.audience == nil
        case .review, .result: return true
        }
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
            if key != .resize {
                // Below the minimum size only what needs no screen works.
                let keys = context.isTooSmall ? KeyContext.tooSmall : keyContext
                if let intent = KeyTable.intent(for: key, in: keys).flatMap(configuration.mode.filter) {
                    next.apply(intent, context)
                }
            }
            next.clampScroll(context)
        }
        return next
    }

    /// The session after each key in turn.
    public func after(_ keys: [KeyPress], context: ViewContext) -> Session {
        keys.reduce(self) { $0.after(.key($1), context: context) }
    }

    private mutating func tick(_ milliseconds: Int64, _ pathway: Pathway) {
        now = milliseconds
        guard let limit = configuration.idleTimeout else { return }
        guard let last = lastActivity else { lastActivity = milliseconds; return }
        // A kiosk left alone: every answer wiped, back to the first screen.
        if IdleTimeout.hasPassed(seconds: limit, from: last, to: milliseconds) {
            self = Session(configuration, pathway: pathway)
            now = milliseconds
            lastActivity = milliseconds
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
            perform(effect, context.pathway)
        }
    }

    private mutating func quitNow(_ pathway: Pathway) {
        if case .result = screen, let decision = intake.decision(pathway.rules) {
            outcome = .finished(SessionResult(audience: wording, answers: intake.effectiveAnswers(pathway.rules), decision: decision))
        } else {
            outcome = .quitBeforeTier
        }
    }

    private mutating func perform(_ effect: ScreenEffect, _ pathway: Pathway) {
        let rules = pathway.rules
        switch effect {
        case .none:
            break
        case .notice(let notice):
            self.notice = notice
        case .choseAudience(let chosen):
            audience = chosen
            enterIntakeStep(pathway, changed: nil)
        case .answered(let value):
            drafts[value.key] = nil
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
            } else if configuration.audience == nil {
                screen = .audience(AudienceScreen(chosen: audience))
            }
        case .changeAnswer(let key):
            intake = intake.after(.choseToChange(key), rules: rules)
            enterIntakeStep(pathway, changed: nil)
        case .showResult:
            switch intake.step {
            case .complete:
                if let decision = intake.decision(rules) {
                    screen = .result(ResultScreen(document: ReportDocument(pathway.explain(decision, for: wording))))
                }
            case .question:
                enterIntakeStep(pathway, changed: nil)  // never idle: to the question the path needs
            }
        case .toReview:
            enterIntakeStep(pathway, changed: nil)
        case .startOver:
            let fresh = Session(Configuration(audience: configuration.audience, mode: configuration.mode,
                                              idleTimeout: configuration.idleTimeout), pathway: pathway)
            let clock = (now, lastActivity)
            self = fresh
            (now, lastActivity) = clock
        }
    }

    /// Shows the intake where it stands: its question, or the review of a whole path (the cursor
    /// on the answer just changed, else on the way on to the result).
    private mutating func enterIntakeStep(_ pathway: Pathway, changed: QuestionKey?) {
        switch intake.step {
        case .question(let key):
            screen = Screen.question(key, answers: intake.answers, draft: drafts[key], pathway: pathway)
        case .complete:
            drafts = [:]
            let keys = intake.answeredPath(pathway.rules)
            screen = .review(ReviewScreen(cursor: changed.flatMap { keys.firstIndex(of: $0) } ?? keys.count))
        }
    }

    // MARK: - What the screen says

    func environment(_ context: ViewContext) -> ScreenEnvironment {
        let pathway = context.pathway
        var env = ScreenEnvironment(pathway: pathway, audience: wording, intake: intake, ascii: context.ascii,
                                    audienceScreen: configuration.audience == nil, pageHeight: context.pageHeight,
                                    pageTarget: { _, from in from ?? 0 })
        let model = self.model(env, context)
        env = ScreenEnvironment(pathway: pathway, audience: wording, intake: intake, ascii: context.ascii,
                                audienceScreen: configuration.audience == nil, pageHeight: context.pageHeight,
                                pageTarget: { down, from in ScreenView.layout(model, context).row(paging: down, from: from ?? -1) })
        return env
    }

    /// What the current screen says.
    public func model(_ context: ViewContext) -> ScreenModel {
        let env = ScreenEnvironment(pathway: context.pathway, audience: wording, intake: intake, ascii: context.ascii,
                                    audienceScreen: configuration.audience == nil, pageHeight: context.pageHeight,
                                    pageTarget: { _, from in from ?? 0 })
        return model(env, context)
    }

    private func model(_ env: ScreenEnvironment, _ context: ViewContext) -> ScreenModel {
        let current = screen.current
        return ScreenModel(title: current.title(env), step: current.step(env), prompt: current.prompt(env),
                           content: current.content(env), notice: notice, audience: wording, keyContext: current.keyContext,
                           canGoBack: canGoBack(context.pathway), help: current.help(env))
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
