import PathwayCore

/// The result: the report document, with the tier prominent and what to do first.
public enum ResultView {
    /// A run of lines on the result: a section of the document, or the timeline.
    enum Block: Equatable {
        case section(ReportDocument.SectionKind)
        case timeline
    }

    static func lines(_ document: ReportDocument, _ context: ViewContext) -> [BodyLine] {
        laidOut(document, context).lines
    }

    /// The result laid out at a size: its lines, and where each run of them starts.
    struct Layout {
        var lines: [BodyLine]
        /// Each block and the line it starts at, in order, after the header.
        var starts: [(block: Block, line: Int)]
        /// The header's lines (the tier): before any section.
        var headerCount: Int

        /// The section at `line` (the one above, for the timeline); nil within the header.
        func section(atLine line: Int) -> ReportDocument.SectionKind? {
            if line < headerCount { return nil }
            var found: ReportDocument.SectionKind?
            for (block, start) in starts {
                if start > line { break }
                if case .section(let kind) = block { found = kind }
            }
            return found
        }

        /// The line a section starts at.
        func firstLine(of kind: ReportDocument.SectionKind) -> Int? {
            starts.first { $0.block == .section(kind) }?.line
        }
    }

    static func laidOut(_ document: ReportDocument, _ context: ViewContext) -> Layout {
        let header = header(document, context)
        var lines = header
        var starts: [(block: Block, line: Int)] = []
        for block in blocks(document, context) {
            starts.append((block.block, lines.count))
            lines += block.lines
        }
        return Layout(lines: lines, starts: starts, headerCount: header.count)
    }

    /// The tier, prominent, and its code.
    static func header(_ document: ReportDocument, _ context: ViewContext) -> [BodyLine] {
        var lines: [BodyLine] = [.blank]
        lines.paragraph(document.title, width: context.bodyWidth - 2,
                        style: document.tier == .immediateSpineSurgeon ? .urgent : .banner, indent: 1)
        lines.paragraph(document.tierCode, width: context.bodyWidth, style: .dim)
        // What the content is for and its review status, on the result's first screen.
        lines.paragraph(document.banner, width: context.bodyWidth, style: .dim)
        return lines
    }

    static func blocks(_ document: ReportDocument, _ context: ViewContext) -> [(block: Block, lines: [BodyLine])] {
        var blocks = document.sections.map { (block: Block.section($0.kind), lines: section($0, document, context)) }
        // What decided the tier comes first (after a rehearsal's feedback), so the first screen
        // holds the tier, why, and what to do. A patient's urgent result says where to go first.
        if let deciding = document.deciding {
            var index = blocks.first?.block == .section(.feedback) ? 1 : 0
            if document.audience == .patient, document.tier == .immediateSpineSurgeon,
               let whatToDo = blocks.firstIndex(where: { $0.block == .section(.whatToDo) }) {
                index = whatToDo + 1
            }
            blocks.insert((.section(.deciding), section(deciding, document, context)), at: index)
        }
        // Where the weeks stand comes after what to do and the overdue warning.
        if let timeline = document.timeline {
            let after: [Block] = [.section(.deciding), .section(.whatToDo), .section(.overdue)]
            let index = blocks.firstIndex { !after.contains($0.block) } ?? blocks.count
            blocks.insert((.timeline, self.timeline(timeline, context)), at: index)
        }
        // The overdue warning follows what to do; where that list would push it below the first
        // screen, it goes above the list instead, so it is never missed.
        if let overdue = blocks.firstIndex(where: { $0.block == .section(.overdue) }),
           let whatToDo = blocks.firstIndex(where: { $0.block == .section(.whatToDo) }), whatToDo < overdue {
            let start = header(document, context).count + blocks[..<overdue].reduce(0) { $0 + $1.lines.count }
            if start + 3 > context.bodyHeight {
                let block = blocks.remove(at: overdue)
                blocks.insert(block, at: whatToDo)
            }
        }
        return blocks
    }

    /// The weeks of conservative care on a bar with the pathway's windows, and a marker at the
    /// patient's weeks; in words where the window is too narrow for the bar.
    static func timeline(_ timeline: Timeline, _ context: ViewContext) -> [BodyLine] {
        var lines: [BodyLine] = [.blank]
        lines.paragraph(timeline.heading, width: context.bodyWidth, style: .heading)
        if let bar = timeline.bar(width: context.bodyWidth, style: context.ascii ? .ascii : .unicode) {
            for (i, line) in bar.enumerated() { lines.append(BodyLine(text: line, style: i == bar.count - 1 ? .heading : .normal)) }
        } else {
            lines.paragraph(timeline.words.withMark, width: context.bodyWidth)
        }
        return lines
    }

    /// The section at `line` of the result as laid out now (the one above, for the timeline).
    static func section(atLine line: Int, of document: ReportDocument, _ context: ViewContext) -> ReportDocument.SectionKind? {
        laidOut(document, context).section(atLine: line)
    }

    /// The line a section starts at, as laid out now.
    static func firstLine(of kind: ReportDocument.SectionKind, in document: ReportDocument, _ context: ViewContext) -> Int? {
        laidOut(document, context).firstLine(of: kind)
    }

    /// One section: a blank line, its heading, then its entries with their readings.
    static func section(_ section: ReportDocument.Section, _ document: ReportDocument, _ context: ViewContext) -> [BodyLine] {
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        let headingStyle: Style = section.kind == .safetyMiss ? .urgent : section.kind == .overdue ? .warning : .heading
        lines.paragraph(section.heading, width: width, style: headingStyle)
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
            if case .criterion(let status, let uncertainty) = entry.marker {
                text = "\(entry.text) (\(document.words.status(status, uncertainty))) \(citationMark(entry.citations))"
                switch status {
                case .met: style = .good
                case .unmet: style = .warning
                case .notAssessed: style = .dim
                }
            }
            lines.paragraph(text, width: width, style: style, marker: marker)
            if entry.ownAdvice {
                lines.paragraph(document.ownAdviceLabel, width: width, style: .dim, indent: max(2, marker.count))
            }
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
        case .criterion(.met, _): return context.symbol("✓", "+") + " "
        case .criterion(.unmet, _): return context.symbol("✗", "x") + " "
        case .criterion(.notAssessed, _): return "? "
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
