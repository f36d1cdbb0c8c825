import PathwayCore

/// The result: the tier prominent, what to do, the reasoning step by step, the criteria, the
/// pitfalls, evidence and references, and the content's date, review status and disclaimer.
public enum ResultView {
    static func lines(_ state: ScreenState, _ context: ViewContext) -> [BodyLine] {
        let pathway = context.pathway
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        guard let decision = state.intake.decision(pathway.rules) else {
            lines.paragraph("No result yet.", width: width)
            return lines
        }
        let e = pathway.explain(decision, for: state.audience)
        let words = ReportWords.for(state.audience)
        lines.paragraph(e.title, width: width - 2, style: e.tier == .immediateSpineSurgeon ? .urgent : .banner, indent: 1)
        lines.paragraph("\(words.tierCode): \(e.tier.rawValue)", width: width, style: .dim)
        func section(_ heading: String) {
            lines.append(.blank)
            lines.paragraph(heading, width: width, style: .heading)
        }
        let bullet = context.symbol("•", "*") + " "
        section(words.whatToDo)
        for action in e.actions { lines.paragraph(action.withMark, width: width, marker: bullet) }
        section(words.why)
        for (i, reason) in e.reasons.enumerated() {
            let style: Style = reason.id == ReasonID.referralOverdue.rawValue ? .warning : .normal
            lines.paragraph(CitedText(text: reason.text, citations: reason.citations).withMark, width: width, style: style,
                            marker: "\(i + 1). ")
        }
        if e.showsCriteria {
            section(words.criteria)
            for line in e.criteria {
                let symbol: String, style: Style
                switch line.status {
                case .met: symbol = context.symbol("✓", "+"); style = .good
                case .unmet: symbol = context.symbol("✗", "x"); style = .warning
                case .notAssessed: symbol = "?"; style = .dim
                }
                let status = words.status(line.status)
                lines.paragraph("\(line.label) (\(status)) \(citationMark(line.citations))", width: width, style: style,
                                marker: "\(symbol) ")
            }
        }
        if !e.pitfalls.isEmpty {
            section(words.pitfalls)
            for item in e.pitfalls { lines.paragraph(CitedText(text: item.text, citations: item.citations).withMark, width: width, marker: bullet) }
        }
        if !e.evidence.isEmpty {
            section(words.evidence)
            for item in e.evidence { lines.paragraph(CitedText(text: item.text, citations: item.citations).withMark, width: width, marker: bullet) }
        }
        section(words.references)
        for reference in e.references { lines.paragraph(reference.text, width: width, marker: "[\(reference.number)] ") }
        section(words.about)
        lines.paragraph("\(e.meta.title).", width: width)
        lines.paragraph("\(words.lastUpdated): \(e.meta.lastUpdated). \(words.reviewStatus): \(e.meta.reviewStatus). \(words.contentVersion): \(e.meta.contentVersion).", width: width, style: .dim)
        lines.append(.blank)
        lines.paragraph(e.disclaimer, width: width, style: .dim)
        return lines
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
                lines.paragraph(audience == .patient ? "How this tool counts your answer" : "How discpath reads the answer",
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
