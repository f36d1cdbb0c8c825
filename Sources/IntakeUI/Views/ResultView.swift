import PathwayCore

/// The result: the report document, with the tier prominent and what to do first.
public enum ResultView {
    static func lines(_ state: ScreenState, _ context: ViewContext) -> [BodyLine] {
        let pathway = context.pathway
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        guard let decision = state.intake.decision(pathway.rules) else {
            lines.paragraph("No result yet.", width: width)
            return lines
        }
        let document = ReportDocument(pathway.explain(decision, for: state.audience))
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

    /// How many body lines the result takes at this size, for scrolling.
    public static func lineCount(_ state: ScreenState, _ context: ViewContext) -> Int {
        lines(state, context).count
    }
}

/// The current screen's help from the content, then the keys that work on it.
public enum HelpView {
    static func lines(_ state: ScreenState, _ context: ViewContext) -> [BodyLine] {
        let pathway = context.pathway
        let audience = state.audience
        let width = context.bodyWidth
        let bullet = context.symbol("•", "*") + " "
        var lines: [BodyLine] = [.blank]
        switch state.intake.step {
        case .audience:
            lines.paragraph(pathway.document.audienceQuestion.help.text(audience), width: width)
        case .question(let key):
            guard let question = pathway.question(key) else { break }
            lines.paragraph(question.prompt.text(audience), width: width, style: .prompt)
            lines.append(.blank)
            for statement in question.help {
                lines.paragraph(CitedText(text: statement.text.text(audience), citations: statement.citations).withMark,
                                width: width, marker: bullet)
            }
            for option in ScreenContent.options(key, pathway) where !option.help.isEmpty {
                lines.append(.blank)
                lines.paragraph(option.label.text(audience), width: width, style: .heading)
                for statement in option.help {
                    lines.paragraph(CitedText(text: statement.text.text(audience), citations: statement.citations).withMark,
                                    width: width, marker: bullet)
                }
            }
            if let notes = question.notes, !notes.isEmpty {
                lines.append(.blank)
                lines.paragraph(audience == .patient ? "How this tool counts your answer (its own reading, not the guideline's)" : "This program's reading (not the source's)",
                                width: width, style: .heading)
                for note in notes { lines.paragraph(note.text(audience), width: width, marker: bullet) }
            }
        case .review:
            lines.paragraph("Every answer on the path is listed. Choose one with Enter to change it; the questions that "
                            + "follow are asked again only where the change needs them.", width: width)
        case .result:
            lines.paragraph("The tier and what to do come first, then the reasoning step by step with the source's "
                            + "citation numbers in brackets, the pitfalls that apply, and the references.", width: width)
        }
        lines.append(.blank)
        lines.paragraph("Keys", width: width, style: .heading)
        lines += KeyHelp.lines(state, context)
        return lines
    }

    /// How many body lines the help takes at this size, for scrolling.
    public static func lineCount(_ state: ScreenState, _ context: ViewContext) -> Int {
        lines(state, context).count
    }
}
