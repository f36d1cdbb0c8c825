/// A command's help text (its discussion, as `--help` prints it) read as blocks, so a manual page
/// can set each as what it is: prose to refill, a table of terms and meanings (the key table, the
/// exit codes), or lines to keep as they are (an example, a list of keys).
///
/// The help's conventions: a blank line between paragraphs; a table or kept lines indented, after
/// an optional heading line (not indented) that ends with a colon; in a table, each row is a term
/// and its meaning two or more spaces apart, and a meaning that wraps goes on under itself.
public enum HelpBlock: Equatable, Sendable {
    case prose(String)
    case table(heading: String?, rows: [Row])
    case literal(heading: String?, lines: [String])

    public struct Row: Equatable, Sendable {
        public let term: String
        public let meaning: String

        public init(term: String, meaning: String) {
            self.term = term
            self.meaning = meaning
        }
    }

    /// The blocks of `text`, in order.
    public static func blocks(_ text: String) -> [HelpBlock] {
        var blocks: [HelpBlock] = []
        for paragraph in paragraphs(text) {
            let proseLines = paragraph.prefix { !$0.hasPrefix(" ") }
            let indented = Array(paragraph.dropFirst(proseLines.count))
            let prose = proseLines.map { $0.trimmingSpaces() }.joined(separator: " ")
            guard !indented.isEmpty, indented.allSatisfy({ $0.hasPrefix(" ") }) else {
                // Prose, or a shape the help does not use: every line as prose.
                blocks.append(.prose(paragraph.map { $0.trimmingSpaces() }.joined(separator: " ")))
                continue
            }
            // A heading is one line ending in a colon; longer prose before the block stays prose.
            var heading: String?
            if !prose.isEmpty {
                if proseLines.count == 1 && prose.hasSuffix(":") { heading = prose } else { blocks.append(.prose(prose)) }
            }
            if let rows = table(indented) {
                blocks.append(.table(heading: heading, rows: rows))
            } else {
                let margin = indented.map(\.indentation).min() ?? 0
                blocks.append(.literal(heading: heading, lines: indented.map { String($0.dropFirst(margin)) }))
            }
        }
        return blocks
    }

    /// The text's paragraphs, each as its lines; blank lines separate them.
    static func paragraphs(_ text: String) -> [[String]] {
        var paragraphs: [[String]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingSpaces().isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// The rows of indented lines that form a table, or nil: every line at the least indentation
    /// is a term, two spaces or more, and a meaning; every deeper line goes on with the meaning
    /// above it.
    static func table(_ lines: [String]) -> [Row]? {
        let margin = lines.map(\.indentation).min() ?? 0
        var rows: [(term: String, meaning: [String])] = []
        for line in lines {
            let body = String(line.dropFirst(margin))
            if line.indentation > margin {
                guard !rows.isEmpty else { return nil }
                rows[rows.count - 1].meaning.append(body.trimmingSpaces())
                continue
            }
            guard let gap = body.firstRange(of: "  ") else { return nil }
            let meaning = body[gap.upperBound...].trimmingSpaces()
            guard !meaning.isEmpty else { return nil }
            rows.append((String(body[..<gap.lowerBound]), [meaning]))
        }
        return rows.map { Row(term: $0.term, meaning: $0.meaning.joined(separator: " ")) }
    }
}

extension StringProtocol {
    /// How many spaces the line starts with.
    var indentation: Int { prefix { $0 == " " }.count }

    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
