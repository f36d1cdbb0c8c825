/// A class of answer sets whose result changes in one and the same way: how many answer sets
/// it holds, and the smallest of them as an example.
public struct ResultChange: Sendable, Equatable {
    /// How the result changes, the same for every answer set of the class.
    public struct Kind: Sendable, Hashable {
        /// Nil where that intake refuses the answers (weeks past its maximum).
        public let oldTier: TierID?
        public let newTier: TierID?
        public let unmetCriteria: ListChange<CriterionID>
        public let warnings: ListChange<ReasonID>
        public let actions: ListChange<String>

        init(old: IntakeOutcome?, new: IntakeOutcome?) {
            oldTier = old?.tier
            newTier = new?.tier
            unmetCriteria = ListChange(old?.unmetCriteria ?? [], new?.unmetCriteria ?? [])
            warnings = ListChange(old?.warnings ?? [], new?.warnings ?? [])
            actions = ListChange(old?.actions ?? [], new?.actions ?? [])
        }

        public var tierChanges: Bool { oldTier != newTier }
    }

    /// One answer set of the class, and its result under each pathway.
    public struct Example: Sendable, Equatable {
        /// The answers, as the intake that asks more asks them.
        public let answers: Answers
        /// Nil where that intake refuses the answers.
        public let old: IntakeOutcome?
        public let new: IntakeOutcome?
        /// The questions each intake asks, in order.
        public let oldAsked: [QuestionKey]
        public let newAsked: [QuestionKey]
    }

    public let kind: Kind
    /// How many answer sets the class holds.
    public let count: Int
    public let example: Example
}

/// What became of a list: the elements it lost and gained, and whether the ones it kept changed order.
public struct ListChange<Element: Hashable & Sendable>: Sendable, Hashable {
    public let removed: [Element]
    public let added: [Element]
    public let reordered: Bool

    init(_ old: [Element], _ new: [Element]) {
        removed = old.filter { !new.contains($0) }
        added = new.filter { !old.contains($0) }
        reordered = old.filter(new.contains) != new.filter(old.contains)
    }

    public var isEmpty: Bool { removed.isEmpty && added.isEmpty && !reordered }
}

/// A change to the content beyond its wording: a reference, citations, a condition, the tiers a
/// statement applies to, a criterion's standing, an item added or removed, the order of actions.
/// Each is clinical: it changes what a result rests on or shows.
public struct ContentChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case reference, citations, condition, placement, criterion, added, removed, order
    }

    public let kind: Kind
    /// Where, as lint names it: `references[3].text`, `tiers[spine-surgeon].actions[refer-spine-surgeon].when`.
    public let location: String
    /// Nil where the piece is not there.
    public let old: String?
    public let new: String?
    /// How many answer sets see it, under either pathway.
    public let count: Int
}

/// A threshold moved, in weeks.
public struct ThresholdChange: Sendable, Equatable {
    public let name: String
    public let old: Int
    public let new: Int
}

/// One text changed for one audience.
public struct WordingChange: Sendable, Equatable {
    public let location: String
    public let audience: Audience
    /// Nil where there is no such text.
    public let old: String?
    public let new: String?
    /// How many answer sets see it, under either pathway.
    public let count: Int
    /// The text is written the same; only a threshold it names moved.
    public let followsThreshold: Bool
}

/// A change to what the content says about itself: its title, source, version, dates, review
/// status, disclaimer. Not clinical.
public struct MetadataChange: Sendable, Equatable {
    public let field: String
    public let old: String
    public let new: String
}
