import PathwayCore
import TextLayout

/// The line mode, for screen readers, braille displays and pipes: each screen as numbered plain
/// lines on stdout, one answer a line from stdin. No cursor movement, box drawing, colour or
/// escape byte: the screen model read out, and typed lines turned into the keys the curses front
/// end would send, so both run the same session.
public enum LineFrontEnd {
    /// The commands every screen takes, said once per prompt.
    static let commands = "Type ? for help, back to go back, q to quit."
    /// What the result takes, said after it.
    static let resultCommands = "Press Enter to finish, type b for the review, r for a new intake, or p for the other wording."

    /// The current screen, as lines to print; with `saving`, the review and the result say how
    /// to save.
    public static func prompt(_ model: ScreenModel, saving: Bool = false) -> [String] {
        var lines = [model.step.map { "\(model.title) (step \($0.index) of \($0.total))" } ?? model.title]
        if let prompt = model.prompt { lines.append(prompt) }
        switch model.content {
        case .list(let list):
            switch list.kind {
            case .single where model.keyContext == .yesNo: lines.append("Type the number of one answer, or y, n or u.")
            case .single: lines.append("Type the number of one answer.")
            case .checklist:
                lines.append("Type the numbers of every answer that applies, separated by spaces or commas, or none.")
            case .review:
                lines.append("Press Enter for the result, or type the number of an answer to change it.")
                if saving { lines.append(saveCommands(onResult: false)) }
            }
            for (i, row) in list.rows.enumerated() where !row.goesOn {
                let mark = list.kind == .checklist && row.ticked ? " (chosen)" : ""
                lines.append("\(i + 1). \(row.label)\(mark)")
            }
        case .weeks(let field):
            var line = "Type a whole number of weeks, from 0 to \(field.maximum), or of months with an m (3m)."
            if case .invalid(let reason) = field.validation, field.text.isEmpty { line = reason }
            lines.append(line)
        case .document(let document, _):
            lines += TextReport.render(document, rules: false).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            if model.keyContext == .practiceResult {
                lines.append("Press Enter for the next case, type p for the other wording, or q to stop.")
            } else {
                lines.append(resultCommands)
                if saving { lines.append(saveCommands(onResult: true)) }
            }
            return lines
        case .text(let paragraphs, let enter):
            return lines + paragraphs + [enter]
        case .welcome(let welcome):
            // The kiosk runs on screens only; read out all the same, should a front end show it.
            return lines + [welcome.heading] + welcome.paragraphs + [welcome.action, welcome.disclaimer]
        }
        lines.append(commands)
        return lines
    }

    /// The help for the current screen, and the line mode's commands.
    public static func help(_ model: ScreenModel) -> [String] {
        var lines: [String] = ["Help: \(model.title)"]
        for block in model.help {
            switch block {
            case .prompt(let text), .heading(let text), .paragraph(let text): lines.append(text)
            case .bullet(let text): lines.append("- " + text)
            case .blank: if lines.last != "" { lines.append("") }
            }
        }
        if lines.last != "" { lines.append("") }
        lines.append("Commands: a number chooses an answer; ? shows this help; back goes back one question; q quits.")
        return lines.map { $0.replacingNoBreakSpaces() }
    }

    /// What `line` asks for on the screen `model` shows; with `saving`, s and a save.
    public static func interpret(_ line: String, _ model: ScreenModel, saving: Bool = false) -> LineCommand {
        let text = line.trimmingWhitespace().lowercased()
        if saving, model.keyContext == .result || model.keyContext == .review {
            if text == "a" { return .keys([.character("a")]) }
            if text == "s", model.keyContext == .result { return .keys([.character("s")]) }
        }
        switch text {
        case "?", "help": return .help
        case "q", "quit": return .quit
        case "back":
            if case .document = model.content { return .keys([.character("b")]) }
            return model.canGoBack ? .keys([.left]) : .invalid("There is no earlier question.")
        default: break
        }
        switch model.content {
        case .list(let list):
            // As on the screens: y, n or u answers a Yes / No / Not sure question; "none" is
            // a checklist's "None of these".
            if model.keyContext == .yesNo, let letter = yesNoLetter(text) { return .keys([.character(letter), .enter]) }
            if list.kind == .checklist, text == "none", let none = list.rows.firstIndex(where: \.meansNone) {
                return choose(String(none + 1), list)
            }
            return choose(text, list)
        case .weeks(let field): return weeks(text, field)
        case .text:
            return text.isEmpty ? .keys([.enter]) : .invalid("Press Enter, or type q.")
        case .document where text == "p":
            return .keys([.character("p")])
        case .document where model.keyContext == .practiceResult:
            return text.isEmpty ? .keys([.enter]) : .invalid("Press Enter for the next case, type p for the other wording, or q to stop.")
        case .welcome:
            return text.isEmpty ? .keys([.enter]) : .invalid("Press Enter to start.")
        case .document:
            switch text {
            case "": return .quit
            case "b", "review": return .keys([.character("b")])
            case "r", "new": return .keys([.character("r")])
            default: return .invalid(resultCommands)
            }
        }
    }

    private static func choose(_ text: String, _ list: ListModel) -> LineCommand {
        let answers = list.rows.filter { !$0.goesOn }.count
        if list.kind == .review {
            if text.isEmpty { return .keys([.end, .enter]) }
            guard let n = Int(text), (1...answers).contains(n) else {
                return .invalid("Press Enter for the result, or type a number from 1 to \(answers).")
            }
            return .keys([.home] + Array(repeating: .down, count: n - 1) + [.enter])
        }
        guard !text.isEmpty else {
            return .invalid(list.kind == .checklist ? "Type the numbers of the answers that apply (the last one is for none)."
                                                    : "Type the number of one answer.")
        }
        let parts = text.split { $0 == " " || $0 == "," }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ (1...answers).contains($0) }) else {
            return .invalid("Type \(list.kind == .checklist ? "numbers" : "a number") from 1 to \(answers).")
        }
        if list.kind == .single {
            guard numbers.count == 1, let n = numbers.first else { return .invalid("Type the number of one answer only.") }
            return .keys([.home] + Array(repeating: .down, count: n - 1) + [.enter])
        }
        // The line is the whole choice: untick what it leaves out, tick what it names.
        let wanted = Set(numbers.map { $0 - 1 })
        if let none = list.rows.firstIndex(where: \.meansNone), wanted.contains(none), wanted.count > 1 {
            return .invalid("\(none + 1) (\(list.rows[none].label)) cannot be chosen with other answers.")
        }
        var keys: [KeyPress] = []
        for (i, row) in list.rows.enumerated() where row.ticked && !wanted.contains(i) {
            keys += [.home] + Array(repeating: .down, count: i) + [.space]
        }
        for i in wanted.sorted() where !list.rows[i].ticked {
            keys += [.home] + Array(repeating: .down, count: i) + [.space]
        }
        return .keys(keys + [.enter])
    }

    /// "y", "yes", "n", "no", "u", "unsure", "not sure": the key that answers it.
    static func yesNoLetter(_ text: String) -> Character? {
        switch text {
        case "y", "yes": return "y"
        case "n", "no": return "n"
        case "u", "unsure", "not sure": return "u"
        default: return nil
        }
    }

    private static func weeks(_ text: String, _ field: WeeksFieldModel) -> LineCommand {
        guard !text.isEmpty else { return .invalid("Type a whole number of weeks, or of months with an m (3m).") }
        guard text.count <= field.maximumLength else { return .invalid("Type at most \(field.maximumLength) characters.") }
        if case .invalid(let reason) = WeeksField.validate(text, maximum: field.maximum) { return .invalid(reason) }
        let clear = Array(repeating: KeyPress.backspace, count: field.text.count)
        let keys = clear + text.map { $0 == " " ? KeyPress.space : .character($0) } + [.enter]
        // Months are said as weeks before they are used, as the screens show it.
        if let conversion = WeeksField.conversion(text, maximum: field.maximum) { return .announcedKeys(conversion + ".", keys) }
        return .keys(keys)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// No-break spaces (which keep citation marks whole on screen) as plain spaces.
    func replacingNoBreakSpaces() -> String {
        String(map { $0 == TextWrap.noBreakSpace ? " " : $0 })
    }
}
