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
    /// Text typed into a field and not confirmed, by question, so going back and returning keeps
    /// it; dropped when the review is reached.
    public private(set) var drafts: [QuestionKey: String] = [:]
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

    /// Whether Left has a screen to go back to: asked of the intake itself.
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
        // Nothing the user cannot see takes effect: below the minimum size only q and Ctrl-L work.
        guard let intent = KeyTable.intent(for: key, in: context.isTooSmall ? .tooSmall : keyContext) else { return next }
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
            if let movement = Movement(intent) {
                overlay = .help(scroll: movement.scrolled(offset, page: context.pageHeight))
            } else {
                overlay = nil
            }
            return
        case .confirmQuit?:
            if intent == .yes { quitNow() } else { overlay = nil }
            return
        case nil:
            break
        }
        switch intent {
        case .help: overlay = .help(scroll: 0)
        case .quit: overlay = .confirmQuit
        case .quitNow: quitNow()
        case .back: send(.wentBack, pathway)
        case .toReview: send(.returnedToReview, pathway)
        case .startOver: send(.startedOver, pathway)
        case .moveUp, .moveDown, .top, .bottom, .pageUp, .pageDown: if let movement = Movement(intent) { move(movement, context) }
        case .toggle: toggle(pathway)
        case .choose: if cursor < 0 { cursor = 0 }  // the item under the cursor is the one chosen
        case .confirm: confirm(context)
        case .typeDigit(let digit): typeDigit(digit, pathway)
        case .deleteDigit:
            // An empty field stays: a held Backspace must not walk back through the screens.
            if weeksText.isEmpty {
                message = "Nothing to delete. \(context.symbol("←", "Left")) goes back."
            } else {
                weeksText.removeLast()
            }
        case .rejectCharacter(let c): message = "Type digits only (0-9), not \"\(c)\"."
        case .repaint, .yes, .no: break
        }
    }

    private mutating func quitNow() {
        if case .result(let tier) = intake.step { outcome = .finished(tier) } else { outcome = .quitBeforeTier }
    }

    private mutating func send(_ event: IntakeEvent, _ pathway: Pathway) {
        let before = intake
        intake = intake.after(event, rules: pathway.rules)
        guard intake.step != before.step || event == .startedOver else { return }
        if case .question(let key) = before.step, key.kind == .weeks {
            if case .answered = event { drafts[key] = nil } else { drafts[key] = weeksText }
        }
        syncToStep(pathway)
        // Back on the review after a change: the cursor stays on the row that was changed.
        if intake.step == .review, let changed = before.change?.key,
           let row = ScreenContent.reviewKeys(intake, pathway).firstIndex(of: changed) {
            cursor = row
        }
    }

    /// Sets the cursor, ticks and field from the stored answer (or the draft) of the screen just
    /// entered.
    private mutating func syncToStep(_ pathway: Pathway) {
        cursor = 0
        checked = []
        weeksText = ""
        scroll = 0
        let answers = intake.answers
        switch intake.step {
        case .audience:
            // Nothing is preselected here either: a stray Enter must not pick the wording.
            cursor = intake.audience.flatMap { Audience.allCases.firstIndex(of: $0) } ?? ScreenState.noChoice
        case .question(let key):
            let options = ScreenContent.options(key, pathway)
            let stored = answers.values(for: key)
            switch key.kind {
            case .multiSelect:
                checked = stored.map { $0.isEmpty ? noneValues(options) : Set($0) } ?? []
            case .weeks:
                weeksText = drafts[key] ?? stored?.first ?? ""
            case .singleSelect:
                // Nothing is preselected: one stray Enter must not record "Yes".
                cursor = options.firstIndex { $0.value == stored?.first } ?? ScreenState.noChoice
            }
        case .review:
            cursor = ScreenContent.reviewKeys(intake, pathway).count  // the "show the result" row
            drafts = [:]
        case .result:
            drafts = [:]
        }
    }

    private func noneValues(_ options: [ScreenContent.Option]) -> Set<String> {
        Set(options.filter(\.meansNone).map(\.value))
    }

    private mutating func move(_ movement: Movement, _ context: ViewContext) {
        if case .result = intake.step {
            scroll = movement.scrolled(scroll, page: context.pageHeight)
            return
        }
        let count = rowCount(context.pathway)
        guard count > 0 else { return }
        switch movement {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(count - 1, max(0, cursor + 1))
        case .pageUp: cursor = ScreenView.body(self, context).row(paging: false, from: cursor)
        case .pageDown: cursor = ScreenView.body(self, context).row(paging: true, from: cursor)
        case .top: cursor = 0
        case .bottom: cursor = count - 1
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

    private mutating func confirm(_ context: ViewContext) {
        let pathway = context.pathway
        switch intake.step {
        case .audience:
            guard Audience.allCases.indices.contains(cursor) else {
                message = chooseOne(context)
                return
            }
            send(.choseAudience(Audience.allCases[cursor]), pathway)
        case .question(let key):
            confirmQuestion(key, context)
        case .review:
            let keys = ScreenContent.reviewKeys(intake, pathway)
            if keys.indices.contains(cursor) { send(.choseToChange(keys[cursor]), pathway) } else { send(.confirmedAnswers, pathway) }
        case .result:
            break
        }
    }

    private func chooseOne(_ context: ViewContext) -> String {
        "Choose one with \(context.symbol("↑↓", "Up/Down")), then press Enter."
    }

    private mutating func confirmQuestion(_ key: QuestionKey, _ context: ViewContext) {
        let pathway = context.pathway
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
                message = chooseOne(context)
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

/// A move of the cursor or of the scroll offset.
private enum Movement {
    case up, down, pageUp, pageDown, top, bottom

    init?(_ intent: Intent) {
        switch intent {
        case .moveUp: self = .up
        case .moveDown: self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .top: self = .top
        case .bottom: self = .bottom
        case .toggle, .choose, .confirm, .back, .help, .repaint, .quit, .quitNow, .yes, .no, .startOver, .toReview,
             .typeDigit, .deleteDigit, .rejectCharacter:
            return nil
        }
    }

    /// A scroll offset after this move, before it is kept within the text.
    func scrolled(_ offset: Int, page: Int) -> Int {
        switch self {
        case .up: return max(0, offset - 1)
        case .down: return offset + 1
        case .pageUp: return max(0, offset - page)
        case .pageDown: return offset + page
        case .top: return 0
        case .bottom: return Int.max / 2
        }
    }
}
