/// One answer to one question.
public enum AnswerValue: Sendable, Equatable, Hashable {
    case redFlags(Set<RedFlag>)
    case severeRadicularPain(YesNoUnsure)
    case weeksOfConservativeCare(Int)
    case therapiesTried(Set<Therapy>)
    case mri(MRIFinding)
    case correlation(Correlation)
    case willingToConsiderSurgery(YesNoUnsure)

    public var key: QuestionKey {
        switch self {
        case .redFlags: return .redFlags
        case .severeRadicularPain: return .severeRadicularPain
        case .weeksOfConservativeCare: return .weeksOfConservativeCare
        case .therapiesTried: return .therapiesTried
        case .mri: return .mri
        case .correlation: return .correlation
        case .willingToConsiderSurgery: return .willingToConsiderSurgery
        }
    }
}

extension AnswerValue {
    /// An answer from its values as the content and JSON name them (the weeks as one decimal
    /// number); nil when a value is unknown or a single answer is given more or fewer than one.
    public init?(key: QuestionKey, values: [String]) {
        func one<V: RawRepresentable<String>>(_ make: (V) -> AnswerValue) -> AnswerValue? {
            guard values.count == 1, let value = values.first.flatMap(V.init(rawValue:)) else { return nil }
            return make(value)
        }
        func set<V: RawRepresentable<String> & Hashable>(_ make: (Set<V>) -> AnswerValue) -> AnswerValue? {
            let parsed = values.compactMap(V.init(rawValue:))
            return parsed.count == values.count ? make(Set(parsed)) : nil
        }
        let answer: AnswerValue?
        switch key {
        case .redFlags: answer = set(AnswerValue.redFlags)
        case .therapiesTried: answer = set(AnswerValue.therapiesTried)
        case .severeRadicularPain: answer = one(AnswerValue.severeRadicularPain)
        case .mri: answer = one(AnswerValue.mri)
        case .correlation: answer = one(AnswerValue.correlation)
        case .willingToConsiderSurgery: answer = one(AnswerValue.willingToConsiderSurgery)
        case .weeksOfConservativeCare:
            answer = values.count == 1 ? values.first.flatMap { Int($0) }.map(AnswerValue.weeksOfConservativeCare) : nil
        }
        guard let answer else { return nil }
        self = answer
    }
}

extension Answers {
    /// The answer to `key` as the values the content and JSON name (a checklist's in the source's
    /// order, the weeks as one decimal number); nil when unanswered, empty for an explicit none.
    public func values(for key: QuestionKey) -> [String]? {
        func ordered<V: RawRepresentable<String> & BitPositioned>(_ bits: CaseBits<V>?) -> [String]? {
            bits.map { chosen in chosen.elements.map(\.rawValue) }
        }
        switch key {
        case .redFlags: return ordered(redFlagBits)
        case .therapiesTried: return ordered(therapyBits)
        case .severeRadicularPain: return severeRadicularPain.map { [$0.rawValue] }
        case .weeksOfConservativeCare: return weeksOfConservativeCare.map { [String($0)] }
        case .mri: return mri.map { [$0.rawValue] }
        case .correlation: return correlation.map { [$0.rawValue] }
        case .willingToConsiderSurgery: return willingToConsiderSurgery.map { [$0.rawValue] }
        }
    }

    /// The answer to `key` as a value; nil when unanswered.
    public func value(for key: QuestionKey) -> AnswerValue? {
        values(for: key).flatMap { AnswerValue(key: key, values: $0) }
    }

    /// These answers with `value` recorded.
    public func setting(_ value: AnswerValue) -> Answers {
        var copy = self
        switch value {
        case .redFlags(let v): copy.redFlags = v
        case .severeRadicularPain(let v): copy.severeRadicularPain = v
        case .weeksOfConservativeCare(let v): copy.weeksOfConservativeCare = v
        case .therapiesTried(let v): copy.therapiesTried = v
        case .mri(let v): copy.mri = v
        case .correlation(let v): copy.correlation = v
        case .willingToConsiderSurgery(let v): copy.willingToConsiderSurgery = v
        }
        return copy
    }
}

/// Where the intake is: choosing an audience, a question, the review, or a tier (terminal).
public enum IntakeStep: Sendable, Equatable, Hashable {
    case audience
    case question(QuestionKey)
    case review
    case result(TierID)
}

/// What the user did.
public enum IntakeEvent: Sendable, Equatable, Hashable {
    case choseAudience(Audience)
    case answered(AnswerValue)
    /// Left: one screen back along the path, keeping every answer. From the question picked on
    /// the review, back to the review with that answer as it was before.
    case wentBack
    /// From the review, picked an answer to change.
    case choseToChange(QuestionKey)
    /// On the review, confirmed the answers: the result, or the question the path still needs.
    case confirmedAnswers
    /// From the result, went back to the review.
    case returnedToReview
    /// From the result, started a new intake with every answer cleared.
    case startedOver
}

/// An answer picked on the review to change, and what it was, to put back if the user backs out.
public struct ReviewChange: Sendable, Equatable {
    public let key: QuestionKey
    let previous: AnswerValue?
}

/// The intake's state. Answers off the current path are kept (so going back and forth
/// pre-fills them) but never count: the result depends only on the answers the path reaches.
/// The review is entered only when the answers lay out a whole path to a tier.
public struct IntakeState: Sendable, Equatable {
    public private(set) var step: IntakeStep
    public private(set) var audience: Audience?
    public private(set) var answers: Answers
    /// Set by `--audience`: the audience screen is skipped and kept across restarts.
    public let audienceIsFixed: Bool
    /// While changing an answer picked on the review (and answering what the change opened).
    public private(set) var change: ReviewChange?

    /// A new intake; with an audience given, it starts at the first question.
    public init(audience: Audience? = nil) {
        self.audience = audience
        audienceIsFixed = audience != nil
        step = audience == nil ? .audience : .question(.redFlags)
        answers = Answers()
        change = nil
    }

    /// True while changing an answer picked on the review.
    public var changingFromReview: Bool { change != nil }

    /// The answers that count: those on the path the answers themselves lay out.
    public func effectiveAnswers(_ rules: PathwayRules) -> Answers {
        answers.keeping(only: rules.route(for: answers).answered)
    }

    /// The decision for the counted answers, once the path ends in a tier.
    public func decision(_ rules: PathwayRules) -> Decision? {
        try? rules.decide(effectiveAnswers(rules)).get()
    }

    /// Whether the intake reached a tier.
    public var isFinished: Bool {
        if case .result = step { return true }
        return false
    }

    /// The next state; an event that does not apply to the current step changes nothing.
    public func after(_ event: IntakeEvent, rules: PathwayRules) -> IntakeState {
        var next = self
        switch (event, step) {
        case (.choseAudience(let audience), .audience):
            next.audience = audience
            next.step = .question(.redFlags)

        case (.answered(let value), .question(let key)) where value.key == key:
            next.answers = answers.setting(value)
            if change != nil {
                // Continue only where the changed answer opens a question with no answer yet.
                switch rules.route(for: next.answers).end {
                case .ask(let needed): next.step = .question(needed)
                case .decided: next.step = .review; next.change = nil
                }
            } else {
                let upToHere = next.answers.keeping(only: QuestionKey.allCases.filter { $0 <= key })
                switch rules.route(for: upToHere).end {
                case .ask(let following): next.step = .question(following)
                case .decided: next.step = .review
                }
            }

        case (.wentBack, .question(let key)):
            if let change, change.key == key {
                // Backing out of the change: the review as it was, a whole path to a tier.
                next.answers = change.previous.map(answers.setting) ?? answers.removing(key)
                next.step = .review
                next.change = nil
            } else if let previous = rules.route(for: answers.keeping(only: QuestionKey.allCases.filter { $0 < key })).answered.last {
                // Within a change this walks back to the changed question, never past it.
                next.step = .question(previous)
            } else if !audienceIsFixed {
                next.step = .audience
            }

        case (.wentBack, .review):
            if let last = rules.route(for: answers).answered.last { next.step = .question(last) }

        case (.choseToChange(let key), .review) where rules.route(for: answers).answered.contains(key):
            next.step = .question(key)
            next.change = ReviewChange(key: key, previous: answers.value(for: key))

        case (.confirmedAnswers, .review):
            switch rules.route(for: answers).end {
            case .decided(let tier): next.step = .result(tier)
            // Not reached while the review is entered only on a whole path; if it ever is, Enter
            // still leads somewhere: to the question the path is missing.
            case .ask(let missing): next.step = .question(missing)
            }

        case (.returnedToReview, .result):
            next.step = .review

        case (.startedOver, .result):
            next = IntakeState(audience: audienceIsFixed ? audience : nil)

        default:
            break
        }
        return next
    }

    /// The state after each event in turn.
    public func after(_ events: [IntakeEvent], rules: PathwayRules) -> IntakeState {
        events.reduce(self) { $0.after($1, rules: rules) }
    }
}
