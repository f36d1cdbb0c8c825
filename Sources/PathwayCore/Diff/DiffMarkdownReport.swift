/// `discpath diff --format markdown`: the report as headings and tables, to paste into a review
/// ticket. Old and new texts sit side by side in table columns.
struct DiffMarkdownReport: DiffReportWriter {
    let diff: PathwayDiff
    let oldName: String
    let newName: String
    /// The lines written so far.
    var out: [String] = []

    mutating func build() {
        out.append("# Pathway content diff")
        out.append("")
        table(["", "old", "new"], [
            ["content", inline(oldName), inline(newName)],
            ["version", inline(diff.oldContent.contentVersion), inline(diff.newContent.contentVersion)],
            ["last updated", inline(diff.oldContent.lastUpdated), inline(diff.newContent.lastUpdated)],
        ])
        out.append("")
        out.append("**\(DiffWords.verdict(diff))** Answer space: \(DiffWords.answerSets(diff.answerSets)), as the intake that asks more asks them.")
        if !diff.results.isEmpty {
            section("Results that change")
            table(["answer sets", "tier", "unmet criteria", "warnings", "actions"], diff.resultGroups.flatMap { group in
                group.changes.map { change in
                    let kind = change.kind
                    return [DiffWords.number(change.count), inline(DiffWords.tiers(kind.oldTier, kind.newTier, arrow: "→")),
                            inline(DiffWords.list(kind.unmetCriteria, \.rawValue, minus: "−") ?? ""),
                            inline(DiffWords.list(kind.warnings, \.rawValue, minus: "−") ?? ""),
                            inline(DiffWords.list(kind.actions, { $0 }, minus: "−") ?? "")]
                }
            }, right: [0])
            out.append("")
            out.append("The smallest answer set of each row, in order:")
            out.append("")
            var row = 0
            for group in diff.resultGroups {
                for change in group.changes {
                    row += 1
                    let example = change.example
                    out.append("\(row). `\(AnswersJSON.line(example.answers))`")
                    out.append("   - old: \(inline(DiffWords.outcome(example.old, asked: example.oldAsked)))")
                    out.append("   - new: \(inline(DiffWords.outcome(example.new, asked: example.newAsked)))")
                }
            }
        }
        if !diff.thresholds.isEmpty {
            section("Thresholds")
            table(["threshold", "old (weeks)", "new (weeks)"], diff.thresholds.map { ["`\($0.name)`", "\($0.old)", "\($0.new)"] })
        }
        if !diff.content.isEmpty {
            section("References, citations, conditions and placement")
            table(["where", "change", "answer sets", "old", "new"], diff.content.map {
                ["`\($0.location)`", DiffWords.kind($0.kind), DiffWords.number($0.count), inline($0.old ?? "(none)"), inline($0.new ?? "(none)")]
            }, right: [2])
        }
        if !diff.wording.isEmpty {
            section("Wording (not clinical)")
            table(["where", "audience", "answer sets", "old", "new"], diff.wording.map {
                ["`\($0.location)`", $0.audience.rawValue + ($0.followsThreshold ? " (a threshold in it moved)" : ""),
                 DiffWords.number($0.count), inline($0.old ?? "(none)"), inline($0.new ?? "(none)")]
            }, right: [2])
        }
        if !diff.metadata.isEmpty {
            section("Metadata (not clinical)")
            table(["field", "old", "new"], diff.metadata.map { ["`\($0.field)`", inline($0.old), inline($0.new)] })
        }
    }

    private mutating func section(_ title: String) {
        out.append("")
        out.append("## \(title)")
        out.append("")
    }

    private mutating func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) {
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|" + header.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in rows { out.append("| " + row.joined(separator: " | ") + " |") }
    }

    /// Text kept literal in Markdown: characters that would start markup, or end a table cell, are
    /// escaped.
    private func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
