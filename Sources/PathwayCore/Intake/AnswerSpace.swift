/// The intake's whole answer space: every set of answers an intake can end on, found the way the
/// intake finds its next question (`PathwayRules.route`), trying each answer the content offers
/// for it: every option of a single choice, every set of a checklist's options (none included),
/// every whole number of weeks from 0 to the maximum. Nothing here lists the questions or their
/// answers: they follow the rules and the content.
///
/// Over two pathways at once (a diff), a question is asked while either intake asks it, so each
/// set reached is one answer set to both intakes, as the one that asks more would ask it.
public struct AnswerSpace: Sendable {
    /// One answer set the intakes end on, and how many answer sets it stands for.
    public struct Leaf: Sendable, Equatable {
        public let answers: Answers
        /// 1, or with `weekClasses`, the number of weeks its weeks stand for.
        public let weight: Int
    }

    private let rules: [PathwayRules]
    /// The answers to try for each choice question, in the content's order.
    private let choices: [QuestionKey: [AnswerValue]]
    /// The weeks to try, each with how many weeks it stands for.
    private let weeks: [(week: Int, weight: Int)]

    /// The answer space of `documents`' intakes together; with `weekClasses`, one week stands for
    /// every week from it to the next week at which any threshold starts or ends (see
    /// `Thresholds.weekBoundaries`), so the space is walked in thousands of sets rather than
    /// hundreds of thousands, and counted whole through the weights.
    public init(_ documents: [PathwayDocument], weekClasses: Bool) {
        rules = documents.map { PathwayRules(thresholds: $0.thresholds) }
        var choices: [QuestionKey: [AnswerValue]] = [:]
        for document in documents {
            for question in document.questions {
                guard let key = QuestionKey(rawValue: question.key) else { continue }
                var known = choices[key] ?? []
                for value in Self.answers(to: question, key) where !known.contains(value) { known.append(value) }
                choices[key] = known
            }
        }
        self.choices = choices
        // Weeks beyond the largest maximum are refused by every intake; lint bounds the maximum.
        let largest = min(documents.map(\.thresholds.maximumWeeks).max() ?? 0, PathwayLint.largestMaximumWeeks)
        guard largest >= 0 else { weeks = []; return }
        if weekClasses {
            var starts: Set<Int> = [0]
            for document in documents {
                let t = document.thresholds
                for boundary in t.weekBoundaries + [t.maximumWeeks + 1] where (1...largest).contains(boundary) {
                    starts.insert(boundary)
                }
            }
            let sorted = starts.sorted()
            weeks = sorted.indices.map { i in
                let end = i + 1 < sorted.count ? sorted[i + 1] : largest + 1
                return (sorted[i], end - sorted[i])
            }
        } else {
            weeks = (0...largest).map { ($0, 1) }
        }
    }

    /// Every answer a question's content offers, as values the rules read: a checklist's every
    /// set of options (the explicit none is the empty set), a single choice's every option.
    static func answers(to question: PathwayDocument.QuestionContent, _ key: QuestionKey) -> [AnswerValue] {
        guard key.kind != .weeks else { return [] }
        // The options the rules can read, each once (lint names any other).
        var values: [String] = []
        for option in question.options ?? [] where option.meansNone != true && !values.contains(option.value) {
            if AnswerValue(key: key, values: [option.value]) != nil { values.append(option.value) }
        }
        switch key.kind {
        case .weeks:
            return []
        case .singleSelect:
            return values.compactMap { AnswerValue(key: key, values: [$0]) }
        case .multiSelect:
            return (0..<(1 << values.count)).compactMap { bits in
                AnswerValue(key: key, values: values.indices.filter { bits & (1 << $0) != 0 }.map { values[$0] })
            }
        }
    }

    /// Calls `visit` with every answer set the intakes end on, depth first in the content's order
    /// of answers; returns how many paths stop at a question with no answer to try (0 for content
    /// that passed lint).
    @discardableResult
    public func forEach(_ visit: (Leaf) -> Void) -> Int {
        var dangling = 0
        walk(Answers(), weight: 1, visit, &dangling)
        return dangling
    }

    /// The number of answer sets, weights counted.
    public var count: Int {
        var total = 0
        forEach { total += $0.weight }
        return total
    }

    private func walk(_ answers: Answers, weight: Int, _ visit: (Leaf) -> Void, _ dangling: inout Int) {
        // The next question: the first any intake asks (they ask in one order).
        var next: QuestionKey?
        for rule in rules {
            if case .ask(let key) = rule.route(for: answers).end, next.map({ key < $0 }) ?? true { next = key }
        }
        guard let key = next else {
            visit(Leaf(answers: answers, weight: weight))
            return
        }
        if key.kind == .weeks {
            if weeks.isEmpty { dangling += 1 }
            for (week, count) in weeks {
                walk(answers.setting(.weeksOfConservativeCare(week)), weight: weight * count, visit, &dangling)
            }
        } else {
            let values = choices[key] ?? []
            if values.isEmpty { dangling += 1 }
            for value in values { walk(answers.setting(value), weight: weight, visit, &dangling) }
        }
    }
}

extension PathwayDocument.Thresholds {
    /// Every week at which the rules may decide differently: the rules compare the weeks with
    /// these thresholds and with nothing else, so all the weeks from one boundary to the next are
    /// decided alike (checked over every week in `AnswerSpaceTests`). A new threshold on the
    /// weeks belongs here.
    public var weekBoundaries: [Int] { [primaryCareWeeks, surgeonMinimumWeeks, overdueWeeks] }
}
