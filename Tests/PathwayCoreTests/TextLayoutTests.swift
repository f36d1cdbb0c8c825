import Testing
@testable import TextLayout

@Suite("Display width and wrapping")
struct TextLayoutTests {
    @Test("Array<String>.joined gives what the standard library's generic joined gives")
    func joined() {
        for strings in [[], [""], ["a"], ["a", ""], ["", "b", ""], ["Enter next", "? help", "q quit"], ["é", "脊椎", "👨‍👩‍👧‍👦"]] {
            for separator in ["", "  ", "·", "\n"] {
                #expect(strings.joined(separator: separator) == AnySequence(strings).joined(separator: separator))
            }
            #expect(strings.joined() == AnySequence(strings).joined())
        }
    }

    @Test("widths come from built-in tables: ASCII 1, accented 1, combining 0, wide 2")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("脊椎") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }

    @Test("a cluster is as wide as ncurses draws it: the sum of its scalars' widths")
    func clusters() {
        let family: Character = "👨‍👩‍👧‍👦"  // four wide people joined by three zero-width joiners
        #expect(family.unicodeScalars.count == 7)
        #expect(DisplayWidth.of(family) == 8)
        #expect(DisplayWidth.of("a👨‍👩‍👧‍👦b") == 10)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 1)  // ncurses gives the selector no column
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // a Hangul syllable in jamo
        #expect(TextWrap.clip("ab👨‍👩‍👧‍👦", width: 9) == "ab")
        #expect(TextWrap.lines("a 👨‍👩‍👧‍👦 b", width: 9) == ["a", "👨‍👩‍👧‍👦", "b"])
    }

    @Test("wrapping breaks at spaces and keeps every line within the width")
    func wraps() {
        let lines = TextWrap.lines("Refer to PM&R or interventional pain management first", width: 20)
        #expect(lines == ["Refer to PM&R or", "interventional pain", "management first"])
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
    }

    @Test("a word wider than the line is split; wide characters never straddle the edge")
    func longWords() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("脊椎脊", width: 3) == ["脊", "椎", "脊"])
        #expect(TextWrap.clip("脊椎", width: 3) == "脊")
        #expect(TextWrap.pad("脊", width: 3) == "脊 ")
        #expect(TextWrap.lines("x", width: 0) == ["x"])
    }

    @Test("no-break spaces keep a citation mark on one line and print as spaces")
    func noBreak() {
        let lines = TextWrap.lines("pain relief.\u{A0}[1,\u{A0}2]", width: 14)
        #expect(lines == ["pain", "relief. [1, 2]"])
    }

    @Test("a 200,000-character word wraps into full lines, measuring each character once")
    func longWordIsLinear() {
        let word = String(repeating: "x", count: 200_000)
        var measured = 0
        let lines = TextWrap.lines(word, width: 40) { character in
            measured += 1
            return DisplayWidth.of(character)
        }
        #expect(lines.count == 5000)
        #expect(lines.allSatisfy { $0.count == 40 })
        #expect(lines.joined() == word)
        // The work is linear: every character is measured exactly once, not once per cut.
        #expect(measured == 200_000)
        // Mixed with ordinary words and wide characters, still once each.
        measured = 0
        let text = "see " + String(repeating: "脊", count: 1000) + " then more words"
        let mixed = TextWrap.lines(text, width: 7) { character in
            measured += 1
            return DisplayWidth.of(character)
        }
        #expect(measured == text.filter { $0 != " " }.count)
        #expect(mixed.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(mixed.joined().filter { $0 != " " } == text.filter { $0 != " " })
        #expect(mixed.first == "see" && mixed.suffix(3) == ["脊 then", "more", "words"])
    }
}

@Suite("Text made safe for a terminal")
struct TerminalSafeTests {
    @Test("control, DEL, C1 and bidi characters are written visibly; other text is unchanged")
    func escapes() {
        #expect(TerminalSafe.escape("\u{1B}]0;PWNED\u{7}\u{1B}[2J") == "\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J")
        #expect(TerminalSafe.escape("a\nb\r\nc\td") == "a\\u{A}b\\u{D}\\u{A}c\\u{9}d")
        #expect(TerminalSafe.escape("\u{7F}\u{80}\u{9B}\u{9F}") == "\\u{7F}\\u{80}\\u{9B}\\u{9F}")
        for bidi in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
                     "\u{2069}", "\u{200E}", "\u{200F}", "\u{2028}", "\u{2029}"] {
            let escaped = TerminalSafe.escape("x" + bidi + "y")
            #expect(escaped.hasPrefix("x\\u{") && escaped.hasSuffix("}y"), "\(escaped)")
            #expect(!escaped.unicodeScalars.contains(where: TerminalSafe.isUnsafe))
        }
        #expect(TerminalSafe.escape("Plain text, é, 脊椎, 👨‍👩‍👧‍👦 [1]") == "Plain text, é, 脊椎, 👨‍👩‍👧‍👦 [1]")
        // Escaping twice changes nothing more: the output holds nothing unsafe.
        let once = TerminalSafe.escape("a\u{1B}b")
        #expect(TerminalSafe.escape(once) == once)
    }

    @Test("an excerpt is at most 60 characters, ends with an ellipsis when cut, and never cuts an escape")
    func excerpts() {
        #expect(TerminalSafe.excerpt("short") == "short")
        let sixty = String(repeating: "a", count: 60)
        #expect(TerminalSafe.excerpt(sixty) == sixty)
        #expect(TerminalSafe.excerpt(sixty + "b") == String(repeating: "a", count: 59) + "…")
        let huge = String(repeating: "v", count: 5_000_000)
        #expect(TerminalSafe.excerpt(huge).count == 60)
        let escapes = String(repeating: "\u{1B}", count: 100)
        let cut = TerminalSafe.excerpt(escapes)
        #expect(cut.count <= 60)
        #expect(cut.hasSuffix("\\u{1B}…"))  // whole escapes only, then the ellipsis
        #expect(TerminalSafe.excerpt("a\nb") == "a\\u{A}b")
    }
}

@Suite("Wrapping simple text without grapheme tables")
struct WrapFastPathTests {
    /// Scalars the fast path takes and some it must refuse, so mixed texts go the long way.
    static let alphabet: [Unicode.Scalar] = ["a", "b", "Z", "7", " ", " ", " ", "\n", ".", "\u{00A0}", "é", "ß", "–", "’", "…",
                                             "≥", "→", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{2028}", "中", "\r", "\u{1F600}"]

    @Test("the fast path gives exactly the lines of the measuring path, on thousands of seeded texts")
    func sameLines() {
        var random = SeededGenerator(seed: 4242)
        for round in 0..<4000 {
            let simpleOnly = round % 2 == 0
            let letters = simpleOnly ? Self.alphabet.filter(TextWrap.isSimple) : Self.alphabet
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<120, using: &random) { scalars.append(letters.randomElement(using: &random) ?? "a") }
            let text = String(scalars)
            let width = Int.random(in: -1..<30, using: &random)
            let slow = TextWrap.lines(text, width: width, measure: DisplayWidth.of)
            #expect(TextWrap.lines(text, width: width) == slow, "seed 4242 round \(round): \(text.debugDescription) at \(width)")
            if simpleOnly { #expect(TextWrap.simpleLines(text, width: width) == slow, "round \(round)") }
        }
    }

    @Test("text that fits as it is comes back as its one line, exactly as the measuring path lays it out")
    func oneLine() {
        var random = SeededGenerator(seed: 77)
        let words = ["Bladder", "retention", "(leg)", "pain", "’s", "≥", "中文", "e\u{301}", "\u{1F600}", "a\u{00A0}b", "x"]
        var taken = 0
        for round in 0..<2000 {
            let count = Int.random(in: 0..<6, using: &random)
            var text = (0..<count).map { _ in words.randomElement(using: &random) ?? "x" }.joined(separator: " ")
            if round % 7 == 0 { text = " " + text }
            if round % 11 == 0 { text += "  end" }
            let width = Int.random(in: 0..<50, using: &random)
            if TextWrap.fitsAsIs(text, width: width) {
                taken += 1
                #expect([text] == TextWrap.lines(text, width: width, measure: DisplayWidth.of), "\(text.debugDescription) at \(width)")
            }
            #expect(TextWrap.lines(text, width: width) == TextWrap.lines(text, width: width, measure: DisplayWidth.of))
        }
        #expect(taken > 500, "the one-line path is tried")
        #expect(!TextWrap.fitsAsIs("a\u{00A0}b", width: 10) && !TextWrap.fitsAsIs("a\nb", width: 10) && !TextWrap.fitsAsIs("a ", width: 10))
    }

    @Test("every simple scalar is one character of one column")
    func simpleScalars() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value), TextWrap.isSimple(scalar), scalar != "\n" else { continue }
            #expect(DisplayWidth.of(scalar) == 1, "U+\(String(value, radix: 16))")
            // Between two letters, and after a space, it stays a character of its own.
            #expect(("a" + String(scalar) + "b").count == 3, "U+\(String(value, radix: 16))")
            #expect((" " + String(scalar)).count == 2, "U+\(String(value, radix: 16))")
        }
    }
}
