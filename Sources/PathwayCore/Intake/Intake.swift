/// One answer to one question.
public enum AnswerValue: Sendable, Equatable, Hashable {
    case redFlags(Set<RedFlag>)
    case severeRadicularPain(YesNoUnsure)
    case weeksOfConservativeCare(Int)
    case symptomsPersist(YesNoUnsure)
    case therapiesTried(Set<Therapy>)
    case mri(MRIFinding)
    case correlation(Correlation)
    case willingToConsiderSurgery(YesNoUnsure)

    public var key: QuestionKey {
        switch self {
        case .redFlags: return .redFlags
        case .severeRadicularPain: return .severeRadicularPain
        case .weeksOfConservativeCare: return .weeksOfConservativeCare
        case .symptomsPersist: return .symptomsPersist
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
        case .symptomsPersist: answer = one(AnswerValue.symptomsPersist)
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
        case .symptomsPersist: return symptomsPersist.map { [$0.rawValue] }
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
        case .symptomsPersist(let v): copy.symptomsPersist = v
        case .therapiesTried(let v): copy.therapiesTried = v
        case .mri(let v): copy.mri = v
        case .correlation(let v): copy.correlation = v
        case .willingToConsiderSurgery(let v): copy.willingToConsiderSurgery = v
        }
        return copy
    }
}

/// Where the intake is: a question to answer, or a whole path to a tier. Choosing the audience,
/// reviewing and showing the result belong to the session above it.
public enum IntakeStep: Sendable, Equatable, Hashable {
    case question(QuestionKey)
    /// The answers lay out a whole path to this tier.
    case complete(TierID)
}

/// What the user did to the answers.
public enum IntakeEvent: Sendable, Equatable, Hashable {
    case answered(AnswerValue)
    /// One question back along the path, keeping every answer; from a complete intake, to its
    /// last question. From the question picked to change, back to the whole path as it was.
    case wentBack
    /// On a complete intake, picked an answer to change.
    case choseToChange(QuestionKey)
}

/// An answer picked to change, and what it was, to put back if the user backs out.
public struct ReviewChange: Sendable, Equatable {
    public let key: QuestionKey
    let previous: AnswerValue?
}

/// The answers and the question being asked: from the first question to a tier. Answers off
/// the current path are kept (so going back and forth pre-fills them) but never count: the
/// result depends only on the answers the path reaches.
public struct IntakeState: Sendable, Equatable {
    public private(set) var step: IntakeStep
    public private(set) var answers: Answers
    /// While changing an answer picked on a complete intake (and answering what the change opened).
    public private(set) var change: ReviewChange?
    /// Rehearsal: every question is asked, in order, whatever the answers, so the shape of the
    /// intake does not give the tier away. The tier still comes from the path's answers alone.
    public let asksEveryQuestion: Bool

    /// An intake with `answers` given: at the first question they leave open, or complete.
    public init(answers: Answers = Answers(), rules: PathwayRules, asksEveryQuestion: Bool = false) {
        self.answers = answers
        self.asksEveryQuestion = asksEveryQuestion
        change = nil
        step = .question(.redFlags)
        step = asksEveryQuestion ? everyQuestionStart(rules: rules) : Self.pathStep(answers, rules)
    }

    private static func pathStep(_ answers: Answers, _ rules: PathwayRules) -> IntakeStep {
        switch rules.route(for: answers).end {
        case .ask(let key): return .question(key)
        case .decided(let tier): return .complete(tier)
        }
    }

    /// Asking every question: the first unanswered one, else the tier the answers reach.
    private func everyQuestionStart(rules: PathwayRules) -> IntakeStep {
        QuestionKey.allCases.first { !answers.has($0) }.map(IntakeStep.question) ?? Self.pathStep(answers, rules)
    }

    /// True while changing an answer picked on a complete intake.
    public var changingFromReview: Bool { change != nil }

    /// Whether going back has a question to go to.
    public func canGoBack(_ rules: PathwayRules) -> Bool { after(.wentBack, rules: rules) != self }

    /// The answers that count: those on the path the answers themselves lay out.
    public func effectiveAnswers(_ rules: PathwayRules) -> Answers {
        answers.keeping(only: rules.route(for: answers).answered)
    }

    /// The decision for the counted answers, once the path ends in a tier.
    public func decision(_ rules: PathwayRules) -> Decision? {
        try? rules.decide(effectiveAnswers(rules))
    }

    /// The questions on the path, in order: those a complete intake lists for review (every
    /// question answered, when every question is asked).
    public func answeredPath(_ rules: PathwayRules) -> [QuestionKey] {
        asksEveryQuestion ? QuestionKey.allCases.filter(answers.has) : rules.route(for: answers).answered
    }

    /// The next state; an event that does not apply to the current step changes nothing.
    public func after(_ event: IntakeEvent, rules: PathwayRules) -> IntakeState {
        asksEveryQuestion ? afterAskingEvery(event, rules: rules) : afterOnPath(event, rules: rules)
    }

    /// Every question in turn: after an answer the next one (back to the review after a change),
    /// back to the one before, and any answer can be changed.
    private func afterAskingEvery(_ event: IntakeEvent, rules: PathwayRules) -> IntakeState {
        var next = self
        switch (event, step) {
        case (.answered(let value), .question(let key)) where value.key == key:
            next.answers = answers.setting(value)
            // In turn, answered or not (going back and on walks every screen); after a change, or
            // the last question, the review.
            if change == nil, let following = QuestionKey.allCases.first(where: { $0 > key }) {
                next.step = .question(following)
            } else {
                next.step = next.everyQuestionStart(rules: rules)
                if case .complete = next.step { next.change = nil }
            }
        case (.wentBack, .question(let key)):
            if let change, change.key == key {
                next.answers = change.previous.map(answers.setting) ?? answers.removing(key)
                next.step = next.everyQuestionStart(rules: rules)
                next.change = nil
            } else if let previous = QuestionKey.allCases.last(where: { $0 < key }) {
                next.step = .question(previous)
            }
        case (.wentBack, .complete):
            next.step = .question(QuestionKey.allCases[QuestionKey.allCases.count - 1])
        case (.choseToChange(let key), .complete) where answers.has(key):
            next.step = .question(key)
            next.change = ReviewChange(key: key, previous: answers.value(for: key))
        default:
            break
        }
        return next
    }

    /// Along the path the answers lay out: a question only while it can change the tier.
    private func afterOnPath(_ event: IntakeEvent, rules: PathwayRules) -> IntakeState {
        var next = self
        switch (event, step) {
        case (.answered(let value), .question(let key)) where value.key == key:
            next.answers = answers.setting(value)
            // After a change, only the questions the new answer opens are asked again; otherwise
            // the questions after this one are asked in turn.
            let considered = change != nil ? next.answers : next.answers.keeping(only: QuestionKey.allCases.filter { $0 <= key })
            switch rules.route(for: considered).end {
            case .ask(let needed): next.step = .question(needed)
            case .decided(let tier):
                // Answers up to here end the path: it is whole, whatever is kept further on.
                next.step = .complete(tier)
                next.change = nil
            }

        case (.wentBack, .question(let key)):
            if let change, change.key == key {
                // Backing out of the change: the whole path as it was.
                next.answers = change.previous.map(answers.setting) ?? answers.removing(key)
                next.step = Self(answers: next.answers, rules: rules).step
                next.change = nil
            } else if let previous = rules.route(for: answers.keeping(only: QuestionKey.allCases.filter { $0 < key })).answered.last {
                // Within a change this walks back to the changed question, never past it.
                next.step = .question(previous)
            }

        case (.wentBack, .complete):
            if let last = rules.route(for: answers).answered.last { next.step = .question(last) }

        case (.choseToChange(let key), .complete) where rules.route(for: answers).answered.contains(key):
            next.step = .question(key)
            next.change = ReviewChange(key: key, previous: answers.value(for: key))

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

extension RouteEnd {
    /// The question asked, if the route stops at one.
    public var question: QuestionKey? {
        if case .ask(let key) = self { return key }
        return nil
    }
}
