import PathwayCore

/// The audience screen and the question screens: a prompt, then a list, a checklist or the
/// weeks field.
enum QuestionView {
    static func body(_ state: ScreenState, _ context: ViewContext, height: Int) -> Body {
        let pathway = context.pathway
        let audience = state.audience
        let width = context.bodyWidth
        var prompt: [BodyLine] = []
        var items: [(label: String, mark: String)] = []
        var multi = false

        switch state.intake.step {
        case .audience:
            prompt.paragraph(pathway.document.audienceQuestion.prompt.text(audience), width: width, style: .prompt)
            for entry in pathway.document.audiences {
                items.append(("\(entry.label.text(audience)): \(entry.description.text(audience))", ""))
            }
        case .question(let key):
            prompt.paragraph(pathway.question(key)?.prompt.text(audience) ?? key.rawValue, width: width, style: .prompt)
            if key.kind == .weeks {
                // The field and what it says stay whole in view; the prompt gives way.
                var block = weeksField(state, context, spaced: true)
                if prompt.count + 2 + block.count > height { block = weeksField(state, context, spaced: false) }
                return Body.underPrompt(prompt, rows: [block], cursor: 0, height: height, width: width, ascii: context.ascii)
            }
            multi = key.kind == .multiSelect
            for option in ScreenContent.options(key, pathway) {
                items.append((option.label.text(audience), state.checked.contains(option.value) ? "x" : " "))
            }
        case .review, .result:
            break
        }
        var rows: [[BodyLine]] = []
        for (i, item) in items.enumerated() {
            let isCursor = i == state.cursor
            let pointer = isCursor ? context.symbol("›", ">") : " "
            let box: String
            if multi {
                box = "[\(item.mark)]"
            } else {
                box = isCursor ? context.symbol("(•)", "(*)") : "( )"
            }
            var lines: [BodyLine] = []
            lines.paragraph(item.label, width: width, style: isCursor ? .selected : .normal, marker: "\(pointer) \(box) ")
            rows.append(lines)
        }
        return Body.underPrompt(prompt, rows: rows, cursor: state.cursor, height: height, width: width, ascii: context.ascii)
    }

    /// "Weeks: [12_  ]", then whether the value is valid; `spaced` puts a blank line between.
    static func weeksField(_ state: ScreenState, _ context: ViewContext, spaced: Bool) -> [BodyLine] {
        let maximum = context.pathway.thresholds.maximumWeeks
        var lines: [BodyLine] = []
        let shown = state.weeksText + "_"
        let padded = shown + String(repeating: " ", count: max(0, WeeksField.maximumDigits + 1 - shown.count))
        lines.append(BodyLine(text: "Weeks: [\(padded)]", style: .field, indent: 2))
        if spaced { lines.append(.blank) }
        switch WeeksField.validate(state.weeksText, maximum: maximum) {
        case .valid:
            lines.paragraph("Press Enter to continue.", width: context.bodyWidth, style: .dim, indent: 2)
        case .invalid(let reason):
            // Not twice when the message line already says it.
            if state.message != reason {
                lines.paragraph(reason, width: context.bodyWidth, style: state.weeksText.isEmpty ? .dim : .warning, indent: 2)
            }
        }
        return lines
    }
}

/// Every answer on the path, each one a row that can be changed, then "show the result" (or,
/// should the path ever be incomplete, the question it still needs).
enum ReviewView {
    static func body(_ state: ScreenState, _ context: ViewContext, height: Int) -> Body {
        let pathway = context.pathway
        let audience = state.audience
        let width = context.bodyWidth
        var prompt: [BodyLine] = []
        prompt.paragraph(audience == .patient ? "Check your answers. Choose one to change it." : "Review the answers. Choose one to change it.",
                         width: width, style: .prompt)
        let keys = ScreenContent.reviewKeys(state.intake, pathway)
        var rows: [[BodyLine]] = []
        for (i, key) in keys.enumerated() {
            let title = pathway.question(key)?.title.text(audience) ?? key.rawValue
            let value = ScreenContent.answerText(key, state.intake.answers, pathway, audience)
            let isCursor = i == state.cursor
            var lines: [BodyLine] = []
            lines.paragraph("\(title): \(value)", width: width, style: isCursor ? .selected : .normal,
                            marker: (isCursor ? context.symbol("›", ">") : " ") + " ")
            rows.append(lines)
        }
        let onLast = state.cursor >= keys.count
        var last: [BodyLine] = [.blank]
        last.paragraph(ScreenContent.reviewEnd(state, pathway), width: width, style: onLast ? .selected : .heading,
                       marker: (onLast ? context.symbol("›", ">") : " ") + " ")
        rows.append(last)
        return Body.underPrompt(prompt, rows: rows, cursor: min(state.cursor, keys.count), height: height, width: width,
                                ascii: context.ascii)
    }
}
