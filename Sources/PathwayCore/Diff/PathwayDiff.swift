/// What an edit of the pathway content does to patients: the whole answer space decided under
/// both contents, as their intakes ask it, and every piece of content compared.
///
/// The reviewer signs off on `results` (every class of answer sets whose tier, unmet criteria,
/// warnings or actions change, with counts and the smallest example), on the content changes
/// behind them, and on the wording; `isClinical` is false when only wording and metadata change.
public struct PathwayDiff: Sendable {
    /// What each content says about itself: title, version, last updated.
    public let oldContent: PathwayDocument.Meta
    public let newContent: PathwayDocument.Meta
    /// Every answer set of the space, as the intake that asks more asks it.
    public let answerSets: Int
    /// The classes of answer sets whose result changes, most answer sets first.
    public let results: [ResultChange]
    public let thresholds: [ThresholdChange]
    /// References, citations, conditions, placement, criteria, items added or removed, order.
    public let content: [ContentChange]
    public let wording: [WordingChange]
    public let metadata: [MetadataChange]

    /// Whether anything changes beyond wording and metadata.
    public var isClinical: Bool { !results.isEmpty || !thresholds.isEmpty || !content.isEmpty }
    public var isEmpty: Bool { !isClinical && wording.isEmpty && metadata.isEmpty }

    /// Compares `old` with `new`. With `weekClasses` (the default) the weeks are walked a class
    /// at a time, each counted as the weeks it stands for (see `AnswerSpace`); without, every week.
    public init(old: Pathway, new: Pathway, weekClasses: Bool = true) {
        oldContent = old.meta
        newContent = new.meta
        var space = DecidedSpace(old: old, new: new, weekClasses: weekClasses)
        answerSets = space.total
        results = space.resultChanges()
        thresholds = zip(old.thresholds.named, new.thresholds.named).compactMap { before, after in
            before.weeks == after.weeks ? nil : ThresholdChange(name: before.name, old: before.weeks, new: after.weeks)
        }
        let compared = ComparedContent(old: ContentInventory(old.document), new: ContentInventory(new.document))
        content = Self.referenceChanges(old, new, &space) + compared.contentChanges(&space)
        wording = compared.wordingChanges(&space)
        let fields: [(String, KeyPath<PathwayDocument.Meta, String>)] = [
            ("title", \.title), ("source", \.source), ("contentVersion", \.contentVersion), ("lastUpdated", \.lastUpdated),
            ("reviewStatus", \.reviewStatus), ("disclaimer", \.disclaimer),
        ]
        metadata = fields.compactMap { name, field in
            old.meta[keyPath: field] == new.meta[keyPath: field] ? nil
                : MetadataChange(field: name, old: old.meta[keyPath: field], new: new.meta[keyPath: field])
        }
    }

    private static func referenceChanges(_ old: Pathway, _ new: Pathway, _ space: inout DecidedSpace) -> [ContentChange] {
        let numbers = Set(old.document.references.map(\.number) + new.document.references.map(\.number)).sorted()
        var changes: [ContentChange] = []
        for number in numbers {
            let before = old.reference(number), after = new.reference(number)
            func change(_ field: String, _ old: String?, _ new: String?) {
                guard old != new else { return }
                changes.append(ContentChange(kind: .reference, location: "references[\(number)]\(field)", old: old, new: new,
                                             count: space.count(.reference(number))))
            }
            if before == nil || after == nil {
                change("", before?.text, after?.text)
            } else {
                change(".text", before?.text, after?.text)
                change(".listed", before.map { $0.listed ? "listed" : "not listed" }, after.map { $0.listed ? "listed" : "not listed" })
            }
        }
        return changes
    }
}

/// The answer space decided under both pathways, with what counting the answer sets that see a
/// piece of content needs.
struct DecidedSpace {
    struct Side {
        let decision: Decision?
        let outcome: IntakeOutcome?
    }

    struct Entry {
        let leaf: AnswerSpace.Leaf
        let old: Side
        let new: Side
    }

    let old: Pathway
    let new: Pathway
    private(set) var entries: [Entry] = []
    let total: Int
    /// The references each result cites, made only when a reference changed.
    private var cited: [(old: Set<Int>, new: Set<Int>)]?
    private var counted: [ContentPlace: Int] = [:]

    init(old: Pathway, new: Pathway, weekClasses: Bool) {
        self.old = old
        self.new = new
        var entries: [Entry] = []
        var total = 0
        func side(_ pathway: Pathway, _ answers: Answers) -> Side {
            let decision = pathway.intakeDecision(answers)
            return Side(decision: decision, outcome: decision.map(pathway.outcome))
        }
        AnswerSpace([old.document, new.document], weekClasses: weekClasses).forEach { leaf in
            entries.append(Entry(leaf: leaf, old: side(old, leaf.answers), new: side(new, leaf.answers)))
            total += leaf.weight
        }
        self.entries = entries
        self.total = total
    }

    /// The classes of answer sets whose outcome differs: those whose tier changes first (what a
    /// reviewer must see before anything else), then most answer sets first.
    func resultChanges() -> [ResultChange] {
        struct Class {
            var count = 0
            var example: Int
            var size: [Int]
        }
        var classes: [ResultChange.Kind: Class] = [:]
        for (index, entry) in entries.enumerated() where entry.old.outcome != entry.new.outcome {
            let kind = ResultChange.Kind(old: entry.old.outcome, new: entry.new.outcome)
            let size = Self.size(entry.leaf.answers) + [index]
            var found = classes[kind] ?? Class(example: index, size: size)
            found.count += entry.leaf.weight
            if size.lexicographicallyPrecedes(found.size) { found.example = index; found.size = size }
            classes[kind] = found
        }
        func order(_ kind: ResultChange.Kind, _ found: Class) -> (Int, Int, Int) { (kind.tierChanges ? 0 : 1, -found.count, found.example) }
        return classes.sorted { order($0.key, $0.value) < order($1.key, $1.value) }.map { kind, found in
            let entry = entries[found.example]
            return ResultChange(kind: kind, count: found.count, example: ResultChange.Example(
                answers: entry.leaf.answers, old: entry.old.outcome, new: entry.new.outcome,
                oldAsked: entry.old.decision?.path ?? [], newAsked: entry.new.decision?.path ?? []))
        }
    }

    /// How small an answer set is: fewer questions answered, fewer boxes ticked, fewer weeks.
    private static func size(_ answers: Answers) -> [Int] {
        [QuestionKey.allCases.filter(answers.has).count,
         (answers.redFlags?.count ?? 0) + (answers.therapiesTried?.count ?? 0),
         answers.weeksOfConservativeCare ?? 0]
    }

    /// How many answer sets see what shows at `place`, under either pathway.
    mutating func count(_ place: ContentPlace) -> Int {
        if let known = counted[place] { return known }
        if case .reference = place, cited == nil {
            func references(_ pathway: Pathway, _ side: Side) -> Set<Int> {
                guard let decision = side.decision else { return [] }
                return Set(pathway.explain(decision, for: .clinician).references.map(\.number))
            }
            cited = entries.map { (references(old, $0.old), references(new, $0.new)) }
        }
        var total = 0
        for (index, entry) in entries.enumerated() {
            if sees(place, old, entry.old, cited?[index].old) || sees(place, new, entry.new, cited?[index].new) {
                total += entry.leaf.weight
            }
        }
        counted[place] = total
        return total
    }

    private func sees(_ place: ContentPlace, _ pathway: Pathway, _ side: Side, _ cited: Set<Int>?) -> Bool {
        guard let decision = side.decision, let outcome = side.outcome else { return place == .everywhere }
        switch place {
        case .everywhere: return true
        case .question(let key): return decision.path.contains(key)
        case .tier(let tier): return decision.tier == tier
        case .action(let tier, let id): return decision.tier == tier && outcome.actions.contains(id)
        case .reason(let id): return decision.reasonIDs.contains(id)
        case .reasonReading(let id, let variant):
            guard decision.reasonIDs.contains(id) else { return false }
            return pathway.reason(id)?.readingWhen?.firstIndex { $0.when.holds(for: decision.answers) } == variant
        case .criteria: return decision.tier.listsCriteria
        case .statement(let section, let id):
            let statements = section == "pitfalls" ? pathway.document.pitfalls : pathway.document.evidence
            return statements.first { $0.id == id }?.appliesTo.contains(decision.tier.rawValue) ?? false
        case .reference(let number): return cited?.contains(number) ?? false
        }
    }
}

/// Two inventories side by side.
struct ComparedContent {
    let old: ContentInventory
    let new: ContentInventory

    /// Items on one side only: what they hold is reported as the item, not piece by piece.
    private var oneSided: [String] {
        let before = Set(old.items.map(\.location)), after = Set(new.items.map(\.location))
        return Array(before.symmetricDifference(after))
    }

    private func underOneSided(_ location: String, _ items: [String]) -> Bool {
        items.contains { location.hasPrefix($0 + ".") }
    }

    /// The locations of both sides in order: the old side's, then those only the new side has.
    private func merged<T>(_ before: [T], _ after: [T], _ location: (T) -> String) -> [(String, T?, T?)] {
        let oldByLocation = Dictionary(before.map { (location($0), $0) }) { first, _ in first }
        let newByLocation = Dictionary(after.map { (location($0), $0) }) { first, _ in first }
        var seen: Set<String> = []
        var out: [(String, T?, T?)] = []
        for name in before.map(location) + after.map(location) where seen.insert(name).inserted {
            out.append((name, oldByLocation[name], newByLocation[name]))
        }
        return out
    }

    func contentChanges(_ space: inout DecidedSpace) -> [ContentChange] {
        let skipped = oneSided
        var changes: [ContentChange] = []
        for (location, before, after) in merged(old.values, new.values, \.location) {
            guard before?.value != after?.value, !underOneSided(location, skipped), let any = before ?? after else { continue }
            changes.append(ContentChange(kind: any.kind, location: location, old: before?.value, new: after?.value,
                                         count: space.count(any.place)))
        }
        for (location, before, after) in merged(old.items, new.items, \.location) where (before == nil) != (after == nil) {
            guard let any = before ?? after else { continue }
            changes.append(ContentChange(kind: before == nil ? .added : .removed, location: location,
                                         old: before?.text.text(.clinician), new: after?.text.text(.clinician),
                                         count: space.count(any.place)))
        }
        let newOrder = Dictionary(new.actionOrder.map { ($0.tier, $0.ids) }) { first, _ in first }
        for (tier, before) in old.actionOrder {
            guard let after = newOrder[tier], let id = TierID(rawValue: tier), ListChange(before, after).reordered else { continue }
            changes.append(ContentChange(kind: .order, location: "tiers[\(tier)].actions", old: before.joined(separator: ", "),
                                         new: after.joined(separator: ", "), count: space.count(.tier(id))))
        }
        return changes
    }

    func wordingChanges(_ space: inout DecidedSpace) -> [WordingChange] {
        let skipped = oneSided
        var changes: [WordingChange] = []
        for (location, before, after) in merged(old.texts, new.texts, \.location) where !underOneSided(location, skipped) {
            guard let any = before ?? after else { continue }
            for audience in Audience.allCases {
                let was = before?.wording.resolved(for: audience), now = after?.wording.resolved(for: audience)
                guard was != now else { continue }
                let written = before?.wording.written(for: audience)
                changes.append(WordingChange(location: location, audience: audience, old: was, new: now, count: space.count(any.place),
                                             followsThreshold: written != nil && written == after?.wording.written(for: audience)))
            }
        }
        return changes
    }
}
