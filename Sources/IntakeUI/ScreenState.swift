import PathwayCore

/// What the program ends with.
public enum Outcome: Sendable, Equatable {
    /// Quit on the result screen: the tier was reached.
    case finished(TierID)
    /// Quit before a tier was reached.
    case quitBeforeTier
}

/// A box over the current screen.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case confirmQuit
}

/// The front end's whole state: the intake, plus what is on screen (cursor, ticks, the typed
/// weeks, scroll, an overlay, a message). The next state is a pure function of this one and a key.
public struct ScreenState: Sendable, Equatable {
    public private(set) var intake: IntakeState
    public private(set) var cursor = 0
    /// The cursor of a single-choice question before any option is chosen.
    public static let noChoice = -1
    public private(set) var checked: Set<String> = []
    public private(set) var weeksText = ""
    public private(set) var scroll = 0
    public private(set) var overlay: Overlay?
    public private(set) var message: String?
    public private(set) var outcome: Outcome?
    /// Set by Ctrl-L; the adapter repaints the whole screen and clears it.
    public var repaintRequested = false

    public init(audience: Audience? = nil, pathway: Pathway) {
        intake = IntakeState(audience: audience)
        syncToStep(pathway)
    }

    /// The audience whose wording is shown: the chosen one, or clinician before a choice.
    public var audience: Audience { intake.audience ?? .clinician }

    /// Whether Left or Backspace has a screen to go back to: asked of the intake itself.
    public func canGoBack(_ rules: PathwayRules) -> Bool {
        intake.after(.wentBack, rules: rules).step != intake.step
    }

    /// Which keys apply now: an overlay's, or the screen's.
    public var keyContext: KeyContext {
        switch overlay {
        case .help?: return .help
        case .confirmQuit?: return .confirmQuit
        case nil: return screenKeyContext
        }
    }

    /// The keys of the screen itself, under any overlay.
    public var screenKeyContext: KeyContext {
        switch intake.step {
        case .audience: return .list
        case .question(let key):
            switch key.kind {
            case .multiSelect: return .checklist
            case .singleSelect: return .list
            case .weeks: return .weeks
            }
        case .review: return .review
        case .result: return .result
        }
    }

    /// The state after `key` on a screen of `size`.
    public func after(_ key: KeyPress, context: ViewContext) -> ScreenState {
        var next = self
        next.message = nil
        if key == .resize { next.clampScroll(context); return next }
        // Nothing the user cannot see takes effect: below the minimum size only Ctrl-L works.
        if context.isTooSmall {
            if key == .ctrlL { next.repaintRequested = true }
            return next
        }
        guard let intent = KeyTable.intent(for: key, in: keyContext) else { return next }
        next.apply(intent, context)
        next.clampScroll(context)
        return next
    }

    /// The state after each key in turn.
    public func after(_ keys: [KeyPress], context: ViewContext) -> ScreenState {
        keys.reduce(self) { $0.after($1, context: context) }
    }

    // MARK: - Intents

    private mutating func apply(_ intent: Intent, _ context: ViewContext) {
        let pathway = context.pathway
        if intent == .repaint { repaintRequested = true; return }
        switch overlay {
        case .help(let offset)?:
            switch intent {
            case .moveUp: overlay = .help(scroll: max(0, offset - 1))
            case .moveDown: overlay = .help(scroll: offset + 1)
            case .pageUp: overlay = .help(scroll: max(0, offset - context.pageHeight))
            case .pageDown: overlay = .help(scroll: offset + context.pageHeight)
            case .top: overlay = .help(scroll: 0)
            case .bottom: overlay = .help(scroll: Int.max / 2)
            default: overlay = nil
            }
            return
        case .confirmQuit?:
            if intent == .yes { outcome = .quitBeforeTier } else { overlay = nil }
            return
        case nil:
            break
        }
        switch intent {
        case .help: overlay = .help(scroll: 0)
        case .quit:
            if case .result(let tier) = intake.step { outcome = .finished(tier) } else { overlay = .confirmQuit }
        case .back: send(.wentBack, pathway)
        case .toReview: send(.returnedToReview, pathway)
        case .startOver: send(.startedOver, pathway)
        case .moveUp, .moveDown, .top, .bottom, .pageUp, .pageDown: move(intent, context)
        case .toggle: toggle(pathway)
        case .confirm: confirm(pathway)
        case .typeDigit(let digit): typeDigit(digit, pathway)
        case .deleteDigit:
            if weeksText.isEmpty { send(.wentBack, pathway) } else { weeksText.removeLast() }
        case .rejectCharacter(let c): message = "Type digits only (0-9), not \"\(c)\"."
        case .repaint, .yes, .no: break
        }
    }

    private mutating func send(_ event: IntakeEvent, _ pathway: Pathway) {
        let before = intake.step
        intake = intake.after(event, rules: pathway.rules)
        if intake.step != before || event == .startedOver { syncToStep(pathway) }
    }

    /// Sets the cursor, ticks and field from the stored answer of the screen just entered.
    private mutating func syncToStep(_ pathway: Pathway) {
        cursor = 0
        checked = []
        weeksText = ""
        scroll = 0
        let answers = intake.answers
        switch intake.step {
        case .audience:
            cursor = intake.audience.flatMap { Audience.allCases.firstIndex(of: $0) } ?? 0
        case .question(let key):
            let options = ScreenContent.options(key, pathway)
            let stored = answers.values(for: key)
            switch key.kind {
            case .multiSelect:
                checked = stored.map { $0.isEmpty ? noneValues(options) : Set($0) } ?? []
            case .weeks:
                weeksText = stored?.first ?? ""
            case .singleSelect:
                // Nothing is preselected: one stray Enter must not record "Yes".
                cursor = options.firstIndex { $0.value == stored?.first } ?? ScreenState.noChoice
            }
        case .review:
            cursor = ScreenContent.reviewKeys(intake, pathway).count  // the "show the result" row
        case .result:
            break
        }
    }

    private func noneValues(_ options: [ScreenContent.Option]) -> Set<String> {
        Set(options.filter(\.meansNone).map(\.value))
    }

    private mutating func move(_ intent: Intent, _ context: ViewContext) {
        if case .result = intake.step {
            switch intent {
            case .moveUp: scroll -= 1
            case .moveDown: scroll += 1
            case .pageUp: scroll -= context.pageHeight
            case .pageDown: scroll += context.pageHeight
            case .top: scroll = 0
            default: scroll = Int.max / 2
            }
            return
        }
        let count = rowCount(context.pathway)
        guard count > 0 else { return }
        switch intent {
        case .moveUp: cursor = max(0, cursor - 1)
        case .moveDown: cursor = min(count - 1, max(0, cursor + 1))
        case .top, .pageUp: cursor = 0
        default: cursor = count - 1
        }
    }

    private func rowCount(_ pathway: Pathway) -> Int {
        switch intake.step {
        case .audience: return Audience.allCases.count
        case .question(let key): return ScreenContent.options(key, pathway).count
        case .review: return ScreenContent.reviewKeys(intake, pathway).count + 1
        case .result: return 0
        }
    }

    private mutating func toggle(_ pathway: Pathway) {
        guard case .question(let key) = intake.step else { return }
        let options = ScreenContent.options(key, pathway)
        guard options.indices.contains(cursor) else { return }
        let option = options[cursor]
        if checked.contains(option.value) {
            checked.remove(option.value)
        } else if option.meansNone {
            let cleared = options.filter { !$0.meansNone && checked.contains($0.value) }
            checked = [option.value]
            if !cleared.isEmpty {
                message = "\"\(option.label.text(audience))\" cleared: " + cleared.map { $0.label.text(audience) }.joined(separator: "; ")
            }
        } else {
            checked.subtract(noneValues(options))
            checked.insert(option.value)
        }
    }

    private mutating func confirm(_ pathway: Pathway) {
        switch intake.step {
        case .audience:
            if Audience.allCases.indices.contains(cursor) { send(.choseAudience(Audience.allCases[cursor]), pathway) }
        case .question(let key):
            confirmQuestion(key, pathway)
        case .review:
            let keys = ScreenContent.reviewKeys(intake, pathway)
            if keys.indices.contains(cursor) { send(.choseToChange(keys[cursor]), pathway) } else { send(.confirmedAnswers, pathway) }
        case .result:
            break
        }
    }

    private mutating func confirmQuestion(_ key: QuestionKey, _ pathway: Pathway) {
        let options = ScreenContent.options(key, pathway)
        switch key.kind {
        case .multiSelect:
            guard !checked.isEmpty else {
                let none = options.first(where: \.meansNone)?.label.text(audience) ?? "None of these"
                message = "Choose at least one item with Space, or \"\(none)\"."
                return
            }
            if let answer = AnswerValue(key: key, values: Array(checked.subtracting(noneValues(options)))) {
                send(.answered(answer), pathway)
            }
        case .weeks:
            switch WeeksField.validate(weeksText, maximum: pathway.thresholds.maximumWeeks) {
            case .valid(let weeks): send(.answered(.weeksOfConservativeCare(weeks)), pathway)
            case .invalid(let reason): if weeksText.isEmpty { message = reason }  // else shown beside the field
            }
        case .singleSelect:
            guard options.indices.contains(cursor) else {
                message = "Choose one with \u{2191}\u{2193}, then press Enter."
                return
            }
            if let answer = AnswerValue(key: key, values: [options[cursor].value]) { send(.answered(answer), pathway) }
        }
    }

    private mutating func typeDigit(_ digit: Int, _ pathway: Pathway) {
        guard weeksText.count < WeeksField.maximumDigits else {
            message = "At most \(WeeksField.maximumDigits) digits."
            return
        }
        weeksText = weeksText == "0" ? String(digit) : weeksText + String(digit)
    }

    private mutating func clampScroll(_ context: ViewContext) {
        if case .result = intake.step {
            let maximum = max(0, ResultView.lineCount(self, context) - context.bodyHeight)
            scroll = min(max(0, scroll), maximum)
        }
        if case .help(let offset)? = overlay {
            let maximum = max(0, HelpView.lineCount(self, context) - context.bodyHeight)
            overlay = .help(scroll: min(max(0, offset), maximum))
        }
    }
}

/// The weeks field: digits only, checked as they are typed.
public enum WeeksField {
    public static let maximumDigits = 4

    public enum Validation: Equatable { case valid(Int), invalid(String) }

    public static func validate(_ text: String, maximum: Int) -> Validation {
        guard !text.isEmpty else { return .invalid("Type the number of weeks, from 0 to \(maximum).") }
        guard text.count <= maximumDigits, text.allSatisfy({ $0.isASCII && $0.isNumber }), let weeks = Int(text) else {
            return .invalid("Digits only, from 0 to \(maximum).")
        }
        guard weeks <= maximum else { return .invalid("\(weeks) is more than \(maximum) weeks: type a number from 0 to \(maximum).") }
        return .valid(weeks)
    }
}
