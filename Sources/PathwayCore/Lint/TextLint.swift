import TextLayout

/// Lint checks over the file as written, beside the checks of the decoded content: texts a
/// terminal would act on or that are too long to lay out, and fields the program does not read.
extension PathwayLint {
    /// The most characters any one text may have: well above the longest built-in text (541),
    /// and small enough that no text can make a screen or a report slow to lay out.
    public static let maximumTextLength = 2000

    /// Every string in the file, wherever it is: no control or bidi characters (a tab included,
    /// which a screen cannot show), and at most `maximumTextLength` characters.
    static func textProblems(in tree: JSONValue) -> [LintProblem] {
        var problems: [LintProblem] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .string(let text):
                if let unsafe = text.unicodeScalars.first(where: TerminalSafe.isUnsafe) {
                    problems.append(LintProblem(path, "contains the control character \(TerminalSafe.escape(String(unsafe))); texts must be plain (no tabs, line breaks or escapes)"))
                }
                let length = text.unicodeScalars.count
                if length > maximumTextLength {
                    problems.append(LintProblem(path, "is \(length) characters long; a text may have at most \(maximumTextLength)"))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    walk(element, ContentPath.element(path, index: index, value: element))
                }
            case .object(let fields):
                for key in fields.keys.sorted() {
                    if let field = fields[key] { walk(field, ContentPath.field(path, key)) }
                }
            case .null, .bool, .number:
                break
            }
        }
        walk(tree, "")
        return problems
    }

    /// Fields that no part of the content model reads: most likely a misspelt name, whose
    /// content would otherwise be silently left out.
    static func unknownFieldProblems(_ fields: [ContentDecoder.UnknownField]) -> [LintProblem] {
        fields.map { field in
            let suggestion = closest(to: field.name, among: field.known).map { "did you mean \"\($0)\"? " } ?? ""
            let known = field.known.isEmpty ? "none" : field.known.joined(separator: ", ")
            return LintProblem(field.location, "unknown field; \(suggestion)the fields read here: \(known)")
        }
    }

    /// The known name one or two edits away from `name`, if there is exactly one best.
    private static func closest(to name: String, among known: [String]) -> String? {
        let typed = Array(name.unicodeScalars)
        guard typed.count <= TerminalSafe.excerptLength else { return nil }
        let scored = known.map { ($0, editDistance(typed, Array($0.unicodeScalars))) }.filter { $0.1 <= 2 }
        guard let best = scored.map(\.1).min() else { return nil }
        let ties = scored.filter { $0.1 == best }
        return ties.count == 1 ? ties[0].0 : nil
    }

    /// Levenshtein distance between two short names.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
