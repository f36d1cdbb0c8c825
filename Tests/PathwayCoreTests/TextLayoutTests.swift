import Testing
import TextLayout

@Suite("Display width and wrapping")
struct TextLayoutTests {
    @Test("widths come from built-in tables: ASCII 1, accented 1, combining 0, wide 2")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("脊椎") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("\u{1B}") == 0)
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
}
