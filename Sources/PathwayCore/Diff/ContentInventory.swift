/// Where a piece of content shows: on the way through the intake or in a result. A diff counts
/// the answer sets that see each changed piece by it.
public enum ContentPlace: Sendable, Hashable {
    /// Every answer set: the audience screen, and what every result carries (the disclaimers).
    case everywhere
    /// While the intake asks this question.
    case question(QuestionKey)
    /// A result on this tier.
    case tier(TierID)
    /// A result on this tier that shows this action.
    case action(TierID, String)
    /// A result that gives this reason.
    case reason(ReasonID)
    /// A result that gives this reason with this reading of it: the variant of `readingWhen` whose
    /// condition holds first, or nil for the plain `reading` where none holds.
    case reasonReading(ReasonID, variant: Int?)
    /// A result that lists the surgical criteria.
    case criteria
    /// A result that shows this pitfall or piece of evidence (its tier is one it applies to).
    case statement(section: String, id: String)
    /// A result that cites this reference.
    case reference(Int)
}

/// Every piece of a pathway's content a diff compares, each with its location (as lint names
/// it) and where it shows.
struct ContentInventory {
    /// A text in every audience's wording.
    struct Text {
        let location: String
        let wording: Wording
        let place: ContentPlace
    }

    /// A value compared as written: citations, conditions, tiers a statement applies to, flags.
    struct Value {
        let location: String
        let kind: ContentChange.Kind
        let value: String
        let place: ContentPlace
    }

    /// Something that may be added or removed by an edit: an action, a pitfall, a piece of evidence.
    struct Item {
        let location: String
        let text: Wording
        let place: ContentPlace
    }

    private(set) var texts: [Text] = []
    private(set) var values: [Value] = []
    private(set) var items: [Item] = []
    /// Each tier's actions, by id, in order.
    private(set) var actionOrder: [(tier: String, ids: [String])] = []

    init(_ document: PathwayDocument) {
        text("meta.plainDisclaimer", document.meta.plainDisclaimer, .everywhere)
        for audience in document.audiences {
            text("audiences[\(audience.id)].label", audience.label, .everywhere)
            text("audiences[\(audience.id)].description", audience.description, .everywhere)
        }
        text("audienceQuestion.title", document.audienceQuestion.title, .everywhere)
        text("audienceQuestion.prompt", document.audienceQuestion.prompt, .everywhere)
        text("audienceQuestion.help", document.audienceQuestion.help, .everywhere)
        for question in document.questions {
            guard let key = QuestionKey(rawValue: question.key) else { continue }
            let at = "questions[\(question.key)]", place = ContentPlace.question(key)
            text(at + ".title", question.title, place)
            text(at + ".prompt", question.prompt, place)
            statements(question.help, at + ".help", place)
            for (i, note) in (question.notes ?? []).enumerated() { text("\(at).notes[\(i)]", note, place) }
            for option in question.options ?? [] {
                text("\(at).options[\(option.value)].label", option.label, place)
                statements(option.help ?? [], "\(at).options[\(option.value)].help", place)
            }
        }
        for tier in document.tiers {
            guard let id = TierID(rawValue: tier.id) else { continue }
            let at = "tiers[\(tier.id)]"
            text(at + ".title", tier.title, .tier(id))
            actionOrder.append((tier.id, tier.actions.map(\.id)))
            for action in tier.actions {
                let here = "\(at).actions[\(action.id)]", place = ContentPlace.action(id, action.id)
                items.append(Item(location: here, text: action.text, place: place))
                text(here + ".text", action.text, place)
                if let reading = action.reading { text(here + ".reading", reading, place) }
                value(here + ".citations", .citations, citationList(action.citations), place)
                value(here + ".when", .condition, action.when?.description ?? "always", place)
            }
        }
        for criterion in document.criteria {
            let at = "criteria[\(criterion.id)]"
            text(at + ".label", criterion.label, .criteria)
            if let reading = criterion.reading { text(at + ".reading", reading, .criteria) }
            value(at + ".citations", .citations, citationList(criterion.citations), .criteria)
            value(at + ".inference", .criterion, criterion.inference == true ? "an inference of this program" : "the source's",
                  .criteria)
        }
        for reason in document.reasons {
            guard let id = ReasonID(rawValue: reason.id) else { continue }
            let at = "reasons[\(reason.id)]"
            text(at + ".text", reason.text, .reason(id))
            value(at + ".citations", .citations, citationList(reason.citations), .reason(id))
            if let reading = reason.reading { text(at + ".reading", reading, .reasonReading(id, variant: nil)) }
            for (i, variant) in (reason.readingWhen ?? []).enumerated() {
                text("\(at).readingWhen[\(i)].text", variant.text, .reasonReading(id, variant: i))
                value("\(at).readingWhen[\(i)].when", .condition, variant.when.description, .reason(id))
            }
        }
        for (section, statements) in [("pitfalls", document.pitfalls), ("evidence", document.evidence)] {
            for statement in statements {
                let at = "\(section)[\(statement.id)]", place = ContentPlace.statement(section: section, id: statement.id)
                items.append(Item(location: at, text: statement.text, place: place))
                text(at + ".text", statement.text, place)
                if let reading = statement.reading { text(at + ".reading", reading, place) }
                value(at + ".citations", .citations, citationList(statement.citations), place)
                value(at + ".appliesTo", .placement, statement.appliesTo.sorted().joined(separator: ", "), place)
            }
        }
    }

    private mutating func text(_ location: String, _ wording: Wording, _ place: ContentPlace) {
        texts.append(Text(location: location, wording: wording, place: place))
    }

    private mutating func value(_ location: String, _ kind: ContentChange.Kind, _ value: String, _ place: ContentPlace) {
        values.append(Value(location: location, kind: kind, value: value, place: place))
    }

    private mutating func statements(_ list: [PathwayDocument.Statement], _ at: String, _ place: ContentPlace) {
        for (i, statement) in list.enumerated() {
            text("\(at)[\(i)].text", statement.text, place)
            value("\(at)[\(i)].citations", .citations, citationList(statement.citations), place)
        }
    }

    private func citationList(_ numbers: [Int]) -> String {
        "[" + numbers.map(String.init).joined(separator: ", ") + "]"
    }
}
