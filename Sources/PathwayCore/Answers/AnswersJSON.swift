/// Answers written as the JSON `discpath evaluate` and `discpath --answers` read: one object,
/// its keys in the order the pathway asks them (so the same answers always give the same
/// bytes), checklists in the source's order, the weeks as a whole number.
public enum AnswersJSON {
    /// Every answered key of `answers`; give it the answers on the path (the effective answers),
    /// since `evaluate` checks every key it is given.
    public static func encode(_ answers: Answers) -> String {
        let fields = self.fields(answers).map { "  " + $0 }
        guard !fields.isEmpty else { return "{}\n" }
        return "{\n" + fields.joined(separator: ",\n") + "\n}\n"
    }

    /// The same object on one line, without a line break: to quote in a report.
    public static func line(_ answers: Answers) -> String {
        "{" + fields(answers).joined(separator: ", ") + "}"
    }

    /// `"key": value` for every answered key, in the order the pathway asks them.
    private static func fields(_ answers: Answers) -> [String] {
        QuestionKey.allCases.compactMap { key -> String? in
            guard let values = answers.values(for: key) else { return nil }
            let value: String
            switch key.kind {
            case .weeks: value = values.first ?? "0"
            case .singleSelect: value = quoted(values.first ?? "")
            case .multiSelect: value = "[" + values.map(quoted).joined(separator: ", ") + "]"
            }
            return "\(quoted(key.rawValue)): \(value)"
        }
    }

    /// A JSON string. Keys and values are the program's own identifiers; anything else is
    /// escaped all the same.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
