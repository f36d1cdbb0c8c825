import PathwayCore

/// The audience screen and the question screens: a prompt, then a list, a checklist or the
/// weeks field.
enum QuestionView {
    /// A single choice or a checklist under its prompt.
    static func body(_ model: ScreenModel, _ list: ListModel, _ context: ViewContext, height: Int) -> Body {
        let width = context.bodyWidth
        var prompt: [BodyLine] = []
        prompt.paragraph(model.prompt ?? "", width: width, style: .prompt)
        var rows: [[BodyLine]] = []
        for (i, row) in list.rows.enumerated() {
            let isCursor = i == list.cursor
            let pointer = isCursor ? context.symbol("›", ">") : " "
            let box: String
            if list.kind == .checklist {
                box = row.ticked ? "[x]" : "[ ]"
            } else {
                box = i == list.chosen ? context.symbol("(•)", "(*)") : "( )"
            }
            var lines: [BodyLine] = []
            lines.paragraph(row.label, width: width, marker: "\(pointer) \(box) ", markerStyle: isCursor ? .pointer : nil)
            rows.append(lines)
        }
        return Body.underPrompt(prompt, rows: rows, cursor: list.cursor ?? -1, height: height, width: width, ascii: context.ascii)
    }

    /// The weeks field under its prompt: the field and what it says stay whole in view; the
    /// prompt gives way.
    static func body(_ model: ScreenModel, _ field: WeeksFieldModel, _ context: ViewContext, height: Int) -> Body {
        let width = context.bodyWidth
        var prompt: [BodyLine] = []
        prompt.paragraph(model.prompt ?? "", width: width, style: .prompt)
        var block = weeksField(model, field, context, spaced: true)
        if prompt.count + 2 + block.count > height { block = weeksField(model, field, context, spaced: false) }
        return Body.underPrompt(prompt, rows: [block], cursor: 0, height: height, width: width, ascii: context.ascii)
    }

    /// "Weeks: [12_  ]", then whether the value is valid (with months turned into weeks);
    /// `spaced` puts a blank line between.
    static func weeksField(_ model: ScreenModel, _ field: WeeksFieldModel, _ context: ViewContext, spaced: Bool) -> [BodyLine] {
        var lines: [BodyLine] = []
        let shown = field.text + "_"
        let padded = shown + String(repeating: " ", count: max(0, field.maximumLength + 1 - shown.count))
        lines.append(BodyLine(text: "Weeks: [\(padded)]", style: .field, indent: 2))
        if spaced { lines.append(.blank) }
        switch field.validation {
        case .valid:
            if let conversion = field.conversion {
                lines.paragraph("\(conversion). Press Enter to continue.", width: context.bodyWidth, style: .heading, indent: 2)
            } else {
                lines.paragraph("Press Enter to continue.", width: context.bodyWidth, style: .dim, indent: 2)
            }
        case .invalid(let reason):
            // Not twice when the message line already says it.
            if model.notice?.text(ascii: context.ascii) != reason {
                lines.paragraph(reason, width: context.bodyWidth, style: field.text.isEmpty ? .dim : .warning, indent: 2)
            }
        }
        return lines
    }
}

/// Every answer on the path, each one a row that can be changed, then "show the result".
enum ReviewView {
    static func body(_ model: ScreenModel, _ list: ListModel, _ context: ViewContext, height: Int) -> Body {
        let width = context.bodyWidth
        var prompt: [BodyLine] = []
        prompt.paragraph(model.prompt ?? "", width: width, style: .prompt)
        var rows: [[BodyLine]] = []
        for (i, row) in list.rows.enumerated() {
            let isCursor = i == list.cursor
            let marker = (isCursor ? context.symbol("›", ">") : " ") + " "
            var lines: [BodyLine] = row.goesOn ? [.blank] : []
            lines.paragraph(row.label, width: width, style: row.goesOn ? .heading : .normal, marker: marker,
                            markerStyle: isCursor ? .pointer : nil)
            rows.append(lines)
        }
        return Body.underPrompt(prompt, rows: rows, cursor: list.cursor ?? 0, height: height, width: width, ascii: context.ascii)
    }
}
