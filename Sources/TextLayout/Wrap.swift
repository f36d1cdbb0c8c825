/// Word wrapping and clipping measured in terminal columns.
public enum TextWrap {
    /// Breaks `text` into lines no wider than `width` columns, at spaces where it can and inside
    /// a word only when the word alone is wider than a line. Explicit newlines start new lines.
    /// A width below 1 is treated as 1, so the result is never empty for non-empty text.
    /// A no-break space (U+00A0) keeps its neighbours on one line and comes out as a plain space.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in wrapParagraph(Substring(paragraph), width: width) {
                result.append(line.contains(noBreakSpace) ? String(line.map { $0 == noBreakSpace ? " " : $0 }) : line)
            }
        }
        return result
    }

    /// Joins words that must not be split across lines, such as a citation mark "[1, 2]".
    public static let noBreakSpace: Character = "\u{00A0}"

    /// `text` cut to at most `width` columns; a wide character that would straddle the edge is dropped.
    public static func clip(_ text: some StringProtocol, width: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            used += w
            out.append(character)
        }
        return out
    }

    /// `text` clipped to `width` columns and padded with spaces to exactly `width` columns.
    public static func pad(_ text: some StringProtocol, width: Int) -> String {
        let clipped = clip(text, width: width)
        let missing = max(0, width - DisplayWidth.of(clipped))
        return clipped + String(repeating: " ", count: missing)
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { return [""] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            if lineWidth > 0, lineWidth + 1 + pieceWidth <= width {
                line += " " + piece
                lineWidth += 1 + pieceWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // A word wider than a whole line is split across lines.
            while pieceWidth > width {
                var head = clip(piece, width: width)
                if head.isEmpty, let first = piece.first { head = String(first) }
                lines.append(head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
            }
            line = piece
            lineWidth = pieceWidth
        }
        lines.append(line)
        return lines
    }
}
