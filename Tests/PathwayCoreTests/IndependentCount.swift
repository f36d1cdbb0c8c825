@testable import PathwayCore

/// Every answer set the intakes of `pathways` end on, found without `AnswerSpace`: the questions
/// in their fixed order, each answered with every value the code accepts (not the content's
/// options), the weeks one by one, until every intake has decided. What the diff counts is
/// checked against counts over these.
func independentAnswerSets(_ pathways: [Pathway]) -> [Answers] {
    let maximum = pathways.map(\.thresholds.maximumWeeks).max() ?? 0
    let values: [[AnswerValue]] = QuestionKey.allCases.map { key in
        let allowed = key.allowedValues
        switch key.kind {
        case .weeks: return (0...maximum).map { .weeksOfConservativeCare($0) }
        case .singleSelect: return allowed.compactMap { AnswerValue(key: key, values: [$0]) }
        case .multiSelect:
            return (0..<(1 << allowed.count)).compactMap { bits in
                AnswerValue(key: key, values: allowed.indices.filter { bits & (1 << $0) != 0 }.map { allowed[$0] })
            }
        }
    }
    var found: [Answers] = []
    func extend(_ answers: Answers, _ position: Int) {
        let decided = pathways.allSatisfy { pathway in
            if case .decided = pathway.rules.route(for: answers).end { return true }
            return false
        }
        if decided { found.append(answers); return }
        guard position < values.count else { return }
        for value in values[position] { extend(answers.setting(value), position + 1) }
    }
    extend(Answers(), 0)
    return found
}

/// What one content's result says for `answers`, worked out here step by step: the answers cut
/// to the path the rules lay out, decided, and the result's tier, unmet criteria (listed for
/// interventional-pain), overdue warning and actions. Nil where the weeks are past the maximum.
struct IndependentResult: Hashable {
    let tier: TierID
    let unmet: [CriterionID]
    let overdue: Bool
    let actions: [String]
    let decision: Decision

    init?(_ pathway: Pathway, _ answers: Answers) {
        if let weeks = answers.weeksOfConservativeCare, weeks > pathway.thresholds.maximumWeeks { return nil }
        let cut = answers.keeping(only: pathway.rules.route(for: answers).answered)
        guard let decision = try? pathway.rules.decide(cut) else { return nil }
        self.decision = decision
        tier = decision.tier
        unmet = tier == .interventionalPain ? decision.criteria.filter { $0.status == .unmet }.map(\.id) : []
        overdue = decision.reasons.contains { $0.id == .referralOverdue }
        actions = (pathway.tier(tier)?.actions ?? []).filter { $0.when?.holds(for: cut) ?? true }.map(\.id)
    }

    static func == (a: Self, b: Self) -> Bool {
        a.tier == b.tier && a.unmet == b.unmet && a.overdue == b.overdue && a.actions == b.actions
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(tier)
        hasher.combine(unmet)
        hasher.combine(overdue)
        hasher.combine(actions)
    }

    /// The same result as the diff's outcome, to name the class it falls in.
    var outcome: IntakeOutcome {
        IntakeOutcome(tier: tier, unmetCriteria: unmet, warnings: overdue ? [.referralOverdue] : [], actions: actions)
    }
}

/// One answer set under both contents.
struct IndependentPair {
    let answers: Answers
    let old: IndependentResult?
    let new: IndependentResult?

    var changes: Bool { old != new }
    var kind: ResultChange.Kind { ResultChange.Kind(old: old?.outcome, new: new?.outcome) }
}

/// Every answer set of both contents, decided under each.
func independentPairs(_ old: Pathway, _ new: Pathway) -> [IndependentPair] {
    independentAnswerSets([old, new]).map { IndependentPair(answers: $0, old: IndependentResult(old, $0), new: IndependentResult(new, $0)) }
}

/// How many answer sets fall in each class of change, counted over the pairs.
func independentClasses(_ pairs: [IndependentPair]) -> [ResultChange.Kind: Int] {
    var counts: [ResultChange.Kind: Int] = [:]
    for pair in pairs where pair.changes { counts[pair.kind, default: 0] += 1 }
    return counts
}

/// How many answer sets each class of the diff holds.
func classes(_ diff: PathwayDiff) -> [ResultChange.Kind: Int] {
    Dictionary(diff.results.map { ($0.kind, $0.count) }) { $0 + $1 }
}
