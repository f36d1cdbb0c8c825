/// Word wrapping and clipping measured in terminal columns.
public enum TextWrap {
    /// Breaks `text` into lines no wider than `width` columns, at spaces where it can and inside
    /// a word only when the word alone is wider than a line. Explicit newlines start new lines.
    /// A width below 1 is treated as 1, so the result is never empty for non-empty text.
    /// A no-break space (U+00A0) keeps its neighbours on one line and comes out as a plain space.
    public static func lines(_ text: String, width: Int) -> [String] {
        if fitsAsIs(text, width: width) { return [text] }
        return simpleLines(text, width: width) ?? lines(text, width: width, measure: DisplayWidth.of)
    }

    /// Whether `text` is its own one line: no more UTF-8 bytes than `width` (no character is
    /// wider than its bytes), no line break, single spaces between words and none at either
    /// end, no no-break space to turn into a space. Most prompts and labels on a screen; every
    /// key lays them out again.
    static func fitsAsIs(_ text: String, width: Int) -> Bool {
        guard text.utf8.count <= max(1, width) else { return false }
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            // 0xC2 starts the no-break space (C2 A0), and a few other Latin-1 signs: the full path takes them.
            if byte == UInt8(ascii: "\n") || byte == 0xC2 || (byte == UInt8(ascii: " ") && previous == UInt8(ascii: " ")) { return false }
            previous = byte
        }
        return text.isEmpty || previous != UInt8(ascii: " ")
    }

    /// `lines(_:width:)` for text of only simple scalars (see `isSimple`), where every
    /// character is one scalar one column wide: the same lines, without grapheme breaking or
    /// measuring. Nil for any other text. Reports wrap every paragraph, so this is their
    /// common case.
    static func simpleLines(_ text: String, width: Int) -> [String]? {
        guard text.unicodeScalars.allSatisfy(isSimple) else { return nil }
        let width = max(1, width)
        let bytes = Array(text.utf8)
        var result: [String] = []
        var line: [UInt8] = []
        var lineWidth = 0
        // Columns are scalars here: count the bytes that start one. Line breaks and spaces are
        // single bytes that never occur inside a longer character.
        func columns(_ run: ArraySlice<UInt8>) -> Int { run.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        func append(_ run: ArraySlice<UInt8>) {
            var index = run.startIndex
            while index < run.endIndex {
                // The no-break space (C2 A0) comes out as a plain space.
                if run[index] == 0xC2, index + 1 < run.endIndex, run[index + 1] == 0xA0 {
                    line.append(UInt8(ascii: " "))
                    index += 2
                } else {
                    line.append(run[index])
                    index += 1
                }
            }
        }
        func endLine() {
            result.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
            lineWidth = 0
        }
        for paragraph in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            for word in paragraph.split(separator: UInt8(ascii: " ")) {
                let wordWidth = columns(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line.append(UInt8(ascii: " "))
                    append(word)
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { endLine() }
                // A word wider than a whole line is cut into lines of exactly `width` columns.
                var rest = word
                var restWidth = wordWidth
                while restWidth > width {
                    var end = rest.startIndex
                    var taken = 0
                    while taken < width || (end < rest.endIndex && rest[end] & 0xC0 == 0x80) {
                        if rest[end] & 0xC0 != 0x80 { taken += 1 }
                        end += 1
                    }
                    append(rest[..<end])
                    endLine()
                    rest = rest[end...]
                    restWidth -= width
                }
                append(rest)
                lineWidth = restWidth
            }
            endLine()
        }
        return result
    }

    /// A scalar that is always a character of its own and one column wide: printable ASCII,
    /// Latin-1 and Latin Extended letters, the common punctuation (dashes, quotes, ellipsis),
    /// arrows and mathematical operators, and the no-break space; and the line break, which
    /// `lines` splits on. None of them is a control, a combining or joining mark, or wide,
    /// so grapheme clusters and display width need no tables for them.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF:
            return true
        default:
            return false
        }
    }

    /// `lines(_:width:)` with the width of a character from `measure`, which is asked once per
    /// character: the work is linear in the length of the text, however long its words.
    static func lines(_ text: String, width: Int, measure: (Character) -> Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in wrapParagraph(Substring(paragraph), width: width, measure: measure) {
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

    private static func wrapParagraph(_ paragraph: Substring, width: Int, measure: (Character) -> Int) -> [String] {
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { return [""] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words {
            let widths = word.map(measure)
            let wordWidth = widths.reduce(0, +)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // A word wider than a whole line is cut into lines, left to right, in one pass.
            var start = word.startIndex
            var next = 0  // index into widths of the character at `start`
            var restWidth = wordWidth
            while restWidth > width, start < word.endIndex {
                var end = start
                var headWidth = 0
                while end < word.endIndex, headWidth + widths[next] <= width {
                    headWidth += widths[next]
                    end = word.index(after: end)
                    next += 1
                }
                if end == start {  // one character wider than the line: it goes alone
                    headWidth = widths[next]
                    end = word.index(after: end)
                    next += 1
                }
                lines.append(String(word[start..<end]))
                restWidth -= headWidth
                start = end
            }
            line = String(word[start...])
            lineWidth = restWidth
        }
        lines.append(line)
        return lines
    }
}
