import PathwayCore

/// The audience screen and the question screens: a prompt, then a list, a checklist or the
/// weeks field.
enum QuestionView {
    static func lines(_ state: ScreenState, _ context: ViewContext) -> ([BodyLine], Int) {
        let pathway = context.pathway
        let audience = state.audience
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        var rows: [(label: String, mark: String)] = []
        var multi = false

        switch state.intake.step {
        case .audience:
            lines.paragraph(pathway.document.audienceQuestion.prompt.text(audience), width: width, style: .prompt)
            for entry in pathway.document.audiences {
                rows.append(("\(entry.label.text(audience)): \(entry.description.text(audience))", ""))
            }
        case .question(let key):
            lines.paragraph(pathway.question(key)?.prompt.text(audience) ?? key.rawValue, width: width, style: .prompt)
            if key.kind == .weeks {
                return (lines + weeksField(state, context), 0)
            }
            multi = key.kind == .multiSelect
            for option in ScreenContent.options(key, pathway) {
                rows.append((option.label.text(audience), state.checked.contains(option.value) ? "x" : " "))
            }
        default:
            break
        }
        lines.append(.blank)
        var cursorRange = 0..<0
        for (i, row) in rows.enumerated() {
            let isCursor = i == state.cursor
            let pointer = isCursor ? context.symbol("›", ">") : " "
            let box: String
            if multi {
                box = "[\(row.mark)]"
            } else {
                box = isCursor ? context.symbol("(•)", "(*)") : "( )"
            }
            let start = lines.count
            lines.paragraph(row.label, width: width, style: isCursor ? .selected : .normal, marker: "\(pointer) \(box) ")
            if isCursor { cursorRange = start..<lines.count }
        }
        // Keep the cursor's whole item on screen, showing the prompt when it fits.
        let scroll = max(0, cursorRange.upperBound - context.bodyHeight)
        return (lines, min(scroll, cursorRange.lowerBound))
    }

    static func weeksField(_ state: ScreenState, _ context: ViewContext) -> [BodyLine] {
        let maximum = context.pathway.thresholds.maximumWeeks
        let patient = state.audience == .patient
        var lines: [BodyLine] = [.blank]
        let shown = state.weeksText + "_"
        let padded = shown + String(repeating: " ", count: max(0, WeeksField.maximumDigits + 1 - shown.count))
        lines.append(BodyLine(text: "\(patient ? "Weeks" : "Weeks"): [\(padded)]", style: .field, indent: 2))
        lines.append(.blank)
        switch WeeksField.validate(state.weeksText, maximum: maximum) {
        case .valid:
            lines.paragraph("Press Enter to continue.", width: context.bodyWidth, style: .dim, indent: 2)
        case .invalid(let reason):
            lines.paragraph(reason, width: context.bodyWidth, style: state.weeksText.isEmpty ? .dim : .warning, indent: 2)
        }
        return lines
    }
}

/// Every answer on the path, each one a row that can be changed, then "show the result".
enum ReviewView {
    static func lines(_ state: ScreenState, _ context: ViewContext) -> ([BodyLine], Int) {
        let pathway = context.pathway
        let audience = state.audience
        let width = context.bodyWidth
        var lines: [BodyLine] = [.blank]
        lines.paragraph(audience == .patient ? "Check your answers. Choose one to change it." : "Review the answers. Choose one to change it.",
                        width: width, style: .prompt)
        lines.append(.blank)
        let keys = ScreenContent.reviewKeys(state.intake, pathway)
        var cursorRange = 0..<0
        for (i, key) in keys.enumerated() {
            let title = pathway.question(key)?.title.text(audience) ?? key.rawValue
            let value = ScreenContent.answerText(key, state.intake.answers, pathway, audience)
            let isCursor = i == state.cursor
            let start = lines.count
            lines.paragraph("\(title): \(value)", width: width, style: isCursor ? .selected : .normal,
                            marker: (isCursor ? context.symbol("›", ">") : " ") + " ")
            if isCursor { cursorRange = start..<lines.count }
        }
        lines.append(.blank)
        let onResult = state.cursor >= keys.count
        let start = lines.count
        lines.paragraph(audience == .patient ? "See my result" : "Show the result", width: width,
                        style: onResult ? .selected : .heading,
                        marker: (onResult ? context.symbol("›", ">") : " ") + " ")
        if onResult { cursorRange = start..<lines.count }
        let scroll = max(0, cursorRange.upperBound - context.bodyHeight)
        return (lines, min(scroll, cursorRange.lowerBound))
    }
}
