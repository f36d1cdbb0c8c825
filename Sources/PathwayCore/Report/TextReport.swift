import TextLayout

/// The readable report of `discpath evaluate --format text`: the report document in the
/// audience's wording, wrapped to a width.
public enum TextReport {
    public static func render(_ e: Explanation, width: Int = 78) -> String {
        render(ReportDocument(e), width: width)
    }

    /// `rules`: a line of dashes under each heading; line mode leaves them out, since a screen
    /// reader would read every dash.
    /// `banner`: the banner under the tier (the chart note says it once, at its head).
    public static func render(_ document: ReportDocument, width: Int = 78, rules: Bool = true, banner: Bool = true) -> String {
        var out: [String] = []
        func paragraph(_ text: String, marker: String, indent: Int) {
            let pad = String(repeating: " ", count: indent)
            for (i, wrapped) in TextWrap.lines(text, width: max(1, width - indent)).enumerated() {
                out.append((i == 0 ? marker + String(repeating: " ", count: max(0, indent - DisplayWidth.of(marker))) : pad) + wrapped)
            }
        }
        func section(_ heading: String, _ entries: [ReportDocument.Entry], spaced: Bool) {
            out.append("")
            out.append(heading)
            if rules { out.append(String(repeating: "-", count: DisplayWidth.of(heading))) }
            for (i, entry) in entries.enumerated() {
                let marker = Self.marker(entry.marker, document.words)
                let indent = DisplayWidth.of(marker)
                if spaced, i > 0 { out.append("") }
                paragraph(entry.withMark, marker: marker, indent: indent)
                if entry.ownAdvice {
                    paragraph(document.ownAdviceLabel, marker: "", indent: max(indent, 2))
                }
                if let reading = entry.reading {
                    paragraph("\(document.readingLabel) \(reading)", marker: "", indent: max(indent, 2))
                }
            }
        }
        out.append(contentsOf: TextWrap.lines("\(document.words.tier): \(document.title) (\(document.tier.rawValue))", width: width))
        // What the content is for and its review status open the result, not only close it.
        if banner { out.append(contentsOf: TextWrap.lines(document.banner, width: width)) }
        // The timeline in words follows what to do and the overdue warning, before the reasoning.
        var timeline = document.timeline
        for part in document.sections {
            if let shown = timeline, part.kind != .whatToDo, part.kind != .overdue {
                section(shown.heading, [shown.words], spaced: false)
                timeline = nil
            }
            section(part.heading, part.entries, spaced: part.kind == .about)
        }
        if let shown = timeline { section(shown.heading, [shown.words], spaced: false) }
        return out.joined(separator: "\n") + "\n"
    }

    static func marker(_ marker: ReportDocument.Marker, _ words: ReportWords) -> String {
        switch marker {
        case .none: return ""
        case .bullet: return "- "
        case .number(let n): return "\(n). "
        case .reference(let n): return "[\(n)] "
        case .criterion(let status, let uncertainty):
            let word = words.status(status, uncertainty)
            return word + String(repeating: " ", count: max(1, 14 - word.count))
        }
    }
}
