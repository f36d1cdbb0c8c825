/// How `discpath diff` writes its report.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// A readable report for the terminal, grouped, most answer sets first.
    case text
    /// Stable keys, one object per class of answer sets with its `count` and `example`.
    case json
    /// Headings and tables, for a review ticket.
    case markdown
}

extension PathwayDiff {
    /// The report in `format`; `oldName` and `newName` name the two contents as the user gave them.
    public func render(_ format: DiffFormat, oldName: String, newName: String) -> String {
        switch format {
        case .text: return DiffTextReport(diff: self, oldName: oldName, newName: newName).render()
        case .json: return DiffJSONReport.render(self, oldName: oldName, newName: newName)
        case .markdown: return DiffMarkdownReport(diff: self, oldName: oldName, newName: newName).render()
        }
    }

    /// The classes of answer sets grouped by how their tier changes (or not), the groups with the
    /// most answer sets first, each group's classes most answer sets first.
    public var resultGroups: [(oldTier: TierID?, newTier: TierID?, count: Int, changes: [ResultChange])] {
        var order: [[TierID?]] = []
        var groups: [[TierID?]: [ResultChange]] = [:]
        for change in results {
            let key = [change.kind.oldTier, change.kind.newTier]
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(change)
        }
        let made = order.map { key in
            let changes = groups[key] ?? []
            return (oldTier: key[0], newTier: key[1], count: changes.reduce(0) { $0 + $1.count }, changes: changes)
        }
        // Stable: equal groups keep the order of their largest class.
        return made.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
    }
}

/// A report written line by line from a diff.
protocol DiffReportWriter {
    var diff: PathwayDiff { get }
    var oldName: String { get }
    var newName: String { get }
    /// The lines written so far.
    var out: [String] { get set }
    /// Writes the whole report to `out`.
    mutating func build()
}

extension DiffReportWriter {
    func render() -> String {
        var report = self
        report.build()
        return report.out.joined(separator: "\n") + "\n"
    }
}

/// The words the three reports share.
enum DiffWords {
    /// 12345 as "12,345".
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    static func answerSets(_ count: Int) -> String {
        "\(number(count)) answer set\(count == 1 ? "" : "s")"
    }

    /// A tier's id, or what happens where the intake refuses the answers.
    static func tier(_ tier: TierID?) -> String { tier?.rawValue ?? "refused (weeks past the maximum)" }

    static func tiers(_ old: TierID?, _ new: TierID?, arrow: String) -> String {
        old == new ? "\(tier(old)) (tier unchanged)" : "\(tier(old)) \(arrow) \(tier(new))"
    }

    /// "- a, b; + c; reordered", or nil for no change.
    static func list<Element>(_ change: ListChange<Element>, _ name: (Element) -> String, minus: String = "-") -> String? {
        var parts: [String] = []
        if !change.removed.isEmpty { parts.append("\(minus) " + change.removed.map(name).joined(separator: ", ")) }
        if !change.added.isEmpty { parts.append("+ " + change.added.map(name).joined(separator: ", ")) }
        if change.reordered { parts.append("reordered") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// What one result says, in a line: "interventional-pain; unmet duration; warns referral-overdue;
    /// actions a, b; asks 3 questions".
    static func outcome(_ outcome: IntakeOutcome?, asked: [QuestionKey]) -> String {
        guard let outcome else { return tier(nil) }
        var parts = [outcome.tier.rawValue]
        if !outcome.unmetCriteria.isEmpty { parts.append("unmet " + outcome.unmetCriteria.map(\.rawValue).joined(separator: ", ")) }
        if !outcome.warnings.isEmpty { parts.append("warns " + outcome.warnings.map(\.rawValue).joined(separator: ", ")) }
        parts.append("actions " + (outcome.actions.isEmpty ? "none" : outcome.actions.joined(separator: ", ")))
        parts.append("asks \(asked.count) question\(asked.count == 1 ? "" : "s")")
        return parts.joined(separator: "; ")
    }

    /// What each kind of content change is called in the reports.
    static func kind(_ kind: ContentChange.Kind) -> String {
        switch kind {
        case .reference: return "reference"
        case .citations: return "citations"
        case .condition: return "condition"
        case .placement: return "tiers it applies to"
        case .criterion: return "criterion"
        case .added: return "added"
        case .removed: return "removed"
        case .order: return "order"
        }
    }

    /// The verdict the exit status follows.
    static func verdict(_ diff: PathwayDiff) -> String {
        if diff.isEmpty { return "No changes." }
        if !diff.isClinical { return "No clinical change: wording and metadata only." }
        let moved = diff.results.reduce(0) { $0 + $1.count }
        return "Clinical changes: \(answerSets(moved)) change their result"
            + (diff.thresholds.isEmpty ? "" : ", \(diff.thresholds.count) threshold\(diff.thresholds.count == 1 ? "" : "s") moved")
            + (diff.content.isEmpty ? "" : ", \(diff.content.count) other content change\(diff.content.count == 1 ? "" : "s")")
            + "."
    }

    static func content(_ meta: PathwayDocument.Meta) -> String {
        "content \(meta.contentVersion), last updated \(meta.lastUpdated)"
    }
}
