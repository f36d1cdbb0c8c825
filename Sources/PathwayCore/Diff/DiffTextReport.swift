import TextLayout

/// `discpath diff`'s readable report: what changes for patients first (the classes of answer sets
/// grouped by how their tier changes, most answer sets first), then the content changes behind
/// them, the wording (old and new side by side) and the metadata, then the verdict.
struct DiffTextReport: DiffReportWriter {
    let diff: PathwayDiff
    let oldName: String
    let newName: String
    var width = 78
    /// The lines written so far.
    var out: [String] = []

    mutating func build() {
        wrap("Old: \(oldName) (\(DiffWords.content(diff.oldContent)))", indent: 5)
        wrap("New: \(newName) (\(DiffWords.content(diff.newContent)))", indent: 5)
        wrap("Answer space: \(DiffWords.answerSets(diff.answerSets)), as the intake that asks more asks them.")
        if !diff.results.isEmpty { results() }
        if !diff.thresholds.isEmpty {
            heading("Thresholds")
            for change in diff.thresholds { wrap("\(change.name): \(change.old) -> \(change.new) weeks", indent: 2, first: 2) }
        }
        if !diff.content.isEmpty {
            heading("References, citations, conditions and placement")
            for change in diff.content {
                wrap("\(change.location) (\(DiffWords.kind(change.kind))): seen by \(DiffWords.answerSets(change.count))", indent: 4, first: 2)
                sideBySide(change.old, change.new)
            }
        }
        if !diff.wording.isEmpty {
            heading("Wording (not clinical)")
            var last: String?
            for change in diff.wording {
                if change.location != last {
                    if last != nil { out.append("") }
                    wrap("\(change.location): seen by \(DiffWords.answerSets(change.count))", indent: 4, first: 2)
                    last = change.location
                }
                out.append("    \(change.audience.rawValue)\(change.followsThreshold ? " (written the same; a threshold in it moved)" : ""):")
                sideBySide(change.old, change.new)
            }
        }
        if !diff.metadata.isEmpty {
            heading("Metadata (not clinical)")
            for change in diff.metadata {
                wrap("\(change.field):", indent: 2, first: 2)
                sideBySide(change.old, change.new)
            }
        }
        out.append("")
        wrap(DiffWords.verdict(diff))
    }

    private mutating func results() {
        let moved = diff.results.reduce(0) { $0 + $1.count }
        heading("Results that change: \(DiffWords.answerSets(moved)) in \(diff.results.count) class\(diff.results.count == 1 ? "" : "es")")
        for group in diff.resultGroups {
            out.append("")
            wrap("\(DiffWords.tiers(group.oldTier, group.newTier, arrow: "->")): \(DiffWords.answerSets(group.count))")
            for change in group.changes {
                let kind = change.kind
                wrap("- \(DiffWords.answerSets(change.count))", indent: 4, first: 2)
                if let text = DiffWords.list(kind.unmetCriteria, \.rawValue) { wrap("unmet criteria: " + text, indent: 6, first: 4) }
                if let text = DiffWords.list(kind.warnings, \.rawValue) { wrap("warnings: " + text, indent: 6, first: 4) }
                if let text = DiffWords.list(kind.actions, { $0 }) { wrap("actions: " + text, indent: 6, first: 4) }
                let example = change.example
                wrap("for example: " + AnswersJSON.line(example.answers), indent: 6, first: 4)
                wrap("old: " + DiffWords.outcome(example.old, asked: example.oldAsked), indent: 6, first: 4)
                wrap("new: " + DiffWords.outcome(example.new, asked: example.newAsked), indent: 6, first: 4)
            }
        }
    }

    private mutating func heading(_ text: String) {
        out.append("")
        wrap(text)
        out.append(String(repeating: "-", count: min(width, DisplayWidth.of(text))))
    }

    /// `text` wrapped to the width, its first line indented by `first` and the rest by `indent`.
    private mutating func wrap(_ text: String, indent: Int = 0, first: Int? = nil) {
        let start = first ?? 0
        var lines = TextWrap.lines(text, width: max(10, width - max(indent, start)))
        if lines.isEmpty { lines = [""] }
        for (i, line) in lines.enumerated() {
            out.append(String(repeating: " ", count: i == 0 ? start : indent) + line)
        }
    }

    /// Old and new in two columns, or on one line when both are short.
    private mutating func sideBySide(_ old: String?, _ new: String?) {
        let before = old ?? "(none)", after = new ?? "(none)"
        let indent = 6
        if max(DisplayWidth.of(before), DisplayWidth.of(after)) <= 30 {
            out.append(String(repeating: " ", count: indent) + "\(before) -> \(after)")
            return
        }
        let gutter = " | "
        let column = max(10, (width - indent - DisplayWidth.of(gutter)) / 2)
        let left = ["old"] + TextWrap.lines(before, width: column)
        let right = ["new"] + TextWrap.lines(after, width: column)
        for row in 0..<max(left.count, right.count) {
            let l = row < left.count ? left[row] : "", r = row < right.count ? right[row] : ""
            let line = String(repeating: " ", count: indent) + TextWrap.pad(l, width: column) + gutter + r
            out.append(line.trailingSpacesRemoved)
        }
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
