/// The lines of an mdoc(7) manual page, written so that both mandoc and groff read them without
/// a warning: text escaped, each sentence on a line of its own, lines kept under 80 bytes, and no
/// word with a hyphen or a slash broken across lines (an option, a path or a URL copied from the
/// page must work).
struct Mdoc {
    private(set) var lines: [String] = []

    /// The page as text, ending in a newline.
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// A macro line: `.Sh NAME`, `.It Fl -audience Ar audience`. The parts are written as given.
    mutating func macro(_ name: String, _ parts: String...) {
        lines.append(([".\(name)"] + parts).joined(separator: " "))
    }

    mutating func comment(_ text: String) {
        lines.append(".\\\" " + text)
    }

    /// Prose: escaped, a sentence a line, wrapped.
    mutating func text(_ prose: String) {
        lines += Self.textLines(prose)
    }

    /// Lines shown as they are, in a literal display.
    mutating func literal(_ kept: [String]) {
        macro("Bd", "-literal", "-offset", "indent")
        for line in kept { lines.append(Self.protectLineStart(Self.escape(line))) }
        macro("Ed")
    }

    /// `text` as one quoted macro argument, never read as a macro name.
    static func argument(_ text: String) -> String {
        "\"\\&" + escape(text).replacing("\"", with: "\\(dq") + "\""
    }

    /// Backslashes are the only character text lines need escaped.
    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\e")
    }

    /// A line that would start with a control character (`.` or `'`) starts with `\&` instead.
    static func protectLineStart(_ line: String) -> String {
        line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }

    /// A word marked so that it is never hyphenated nor broken at a hyphen, unless it is a plain
    /// word of prose: an option, a path, a URL, a variable, a file name or the program's name
    /// copied from the page must work.
    static func unbreakable(_ word: String) -> String {
        let letters = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        let plain = !letters.isEmpty && letters.dropFirst().allSatisfy(\.isLowercase)
            && letters.allSatisfy(\.isLetter) && !word.lowercased().contains("discpath")
        guard !plain && !word.isEmpty else { return word }
        // A URL may still break after a slash, with no hyphen, rather than run past the margin.
        guard word.contains("://") else { return "\\%" + word }
        var marked = ""
        for (index, character) in word.enumerated() {
            marked.append(character)
            let next = word.dropFirst(index + 1).first
            if character == "/", let next, next != "/" { marked += "\\:" }
        }
        return "\\%" + marked
    }

    /// Whether `word` ends a sentence when `next` follows it.
    static func endsSentence(_ word: Substring, before next: Substring?) -> Bool {
        guard let next, let first = next.first else { return false }
        let core = word.reversed().drop { "\"')]".contains($0) }
        guard let last = core.first, ".!?".contains(last) else { return false }
        // "e.g. 4/5" and "(one day; ...)." before a lower-case word are not sentence ends.
        return first.isUppercase || first == "(" || first == "\"" || first == "'"
    }

    /// `prose` as text lines: a sentence a line, each wrapped before `width` bytes, never after
    /// a word that ends with a full stop (a line end there reads as a sentence end).
    static func textLines(_ prose: String, width: Int = 78) -> [String] {
        let words = prose.split(separator: " ")
        var lines: [String] = []
        var current = ""
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            let written = unbreakable(escape(String(word)))
            current += current.isEmpty ? written : " " + written
            let canBreak = !(word.last.map { ".!?".contains($0) } ?? false)
            let nextWidth = next.map { unbreakable(escape(String($0))).utf8.count + 1 } ?? 0
            if endsSentence(word, before: next) || (canBreak && current.utf8.count + nextWidth > width) {
                lines.append(protectLineStart(current))
                current = ""
            }
        }
        if !current.isEmpty { lines.append(protectLineStart(current)) }
        return lines
    }
}
