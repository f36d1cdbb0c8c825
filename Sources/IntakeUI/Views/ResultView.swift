import PathwayCore

/// The result: the report document, with the tier prominent and what to do first.
public enum ResultView {
    static func lines(_ document: ReportDocument, _ context: ViewContext) -> [BodyLine] {
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        lines.paragraph(document.title, width: width - 2, style: document.tier == .immediateSpineSurgeon ? .urgent : .banner, indent: 1)
        lines.paragraph(document.tierCode, width: width, style: .dim)
        var blocks = document.sections.map { section($0, document, context) }
        // The overdue warning follows what to do; where that list would push it below the first
        // screen, it goes above the list instead, so it is never missed.
        if let overdue = document.sections.firstIndex(where: { $0.kind == .overdue }), overdue > 0 {
            let start = lines.count + blocks[..<overdue].reduce(0) { $0 + $1.count }
            if start + 3 > context.bodyHeight {
                let block = blocks.remove(at: overdue)
                blocks.insert(block, at: 0)
            }
        }
        for block in blocks { lines += block }
        return lines
    }

    /// One section: a blank line, its heading, then its entries with their readings.
    static func section(_ section: ReportDocument.Section, _ document: ReportDocument, _ context: ViewContext) -> [BodyLine] {
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        lines.paragraph(section.heading, width: width, style: section.kind == .overdue ? .warning : .heading)
        for (i, entry) in section.entries.enumerated() {
            if section.kind == .about, i > 0 { lines.append(.blank) }
            let marker = self.marker(entry.marker, context)
            var text = entry.withMark
            var style: Style
            switch entry.emphasis {
            case .normal: style = .normal
            case .warning: style = .warning
            case .dim: style = .dim
            }
            if case .criterion(let status) = entry.marker {
                text = "\(entry.text) (\(document.words.status(status))) \(citationMark(entry.citations))"
                switch status {
                case .met: style = .good
                case .unmet: style = .warning
                case .notAssessed: style = .dim
                }
            }
            lines.paragraph(text, width: width, style: style, marker: marker)
            if let reading = entry.reading {
                lines.paragraph("\(document.readingLabel) \(reading)", width: width, style: .dim, indent: max(2, marker.count))
            }
        }
        return lines
    }

    static func marker(_ marker: ReportDocument.Marker, _ context: ViewContext) -> String {
        switch marker {
        case .none: return ""
        case .bullet: return context.symbol("•", "*") + " "
        case .number(let n): return "\(n). "
        case .reference(let n): return "[\(n)] "
        case .criterion(.met): return context.symbol("✓", "+") + " "
        case .criterion(.unmet): return context.symbol("✗", "x") + " "
        case .criterion(.notAssessed): return "? "
        }
    }

}

/// The current screen's help from the content, then the keys that work on it.
public enum HelpView {
    static func lines(_ model: ScreenModel, _ context: ViewContext) -> [BodyLine] {
        let width = context.bodyWidth
        let bullet = context.symbol("•", "*") + " "
        var lines: [BodyLine] = [.blank]
        for block in model.help {
            switch block {
            case .prompt(let text): lines.paragraph(text, width: width, style: .prompt)
            case .heading(let text): lines.paragraph(text, width: width, style: .heading)
            case .paragraph(let text): lines.paragraph(text, width: width)
            case .bullet(let text): lines.paragraph(text, width: width, marker: bullet)
            case .blank: lines.append(.blank)
            }
        }
        lines.append(.blank)
        lines.paragraph("Keys", width: width, style: .heading)
        lines += KeyHelp.lines(model, context)
        return lines
    }
}
