import TextLayout

/// A screen's body: lines held at the top (a question above its answers), then lines that
/// scroll under them.
struct Body {
    var pinned: [BodyLine] = []
    var lines: [BodyLine]
    var scroll: Int
    /// How many rows `lines` get on screen.
    var visibleHeight: Int
    /// Where each row of a list starts in `lines` (the session pages by them: ScreenMetrics).
    var rowStarts: [Int] = []
    /// The result, where the body is one: where its sections start.
    var result: ResultView.Layout?

    /// Where its text is scrolled to, and how far it goes.
    var scrollMetrics: ScrollMetrics { ScrollMetrics(scroll: scroll, maximumScroll: max(0, lines.count - visibleHeight)) }

    /// Text that simply scrolls (the result, the help), from `scroll` kept within it.
    static func scrolling(_ lines: [BodyLine], scroll: Int, height: Int) -> Body {
        Body(lines: lines, scroll: min(max(0, scroll), max(0, lines.count - height)), visibleHeight: height)
    }

    /// A question's prompt above its answers: `rows` (a list, each row's lines, the cursor's row
    /// kept in view) or one block that must stay whole in view (the weeks field and its
    /// message). When everything does not fit, the prompt stays on screen and the answers scroll
    /// under it; a prompt too long to leave room for them is cut with an ellipsis (help shows it
    /// whole).
    static func underPrompt(_ prompt: [BodyLine], rows: [[BodyLine]], cursor: Int?, height: Int, width: Int, ascii: Bool) -> Body {
        let region = rows.flatMap { $0 }
        var starts: [Int] = []
        var next = 0
        for row in rows {
            starts.append(next)
            next += row.count
        }
        var focus = 0..<0
        if let cursor, rows.indices.contains(cursor) { focus = starts[cursor]..<(starts[cursor] + rows[cursor].count) }

        let roomy = [BodyLine.blank] + prompt + [.blank]
        if roomy.count + region.count <= height {
            return Body(lines: roomy + region, scroll: 0, visibleHeight: height, rowStarts: starts.map { $0 + roomy.count })
        }
        // The answers need the cursor's whole row, and a few rows to move through.
        let needed = min(region.count, max(focus.count, 3))
        let candidates = [roomy, prompt + [.blank], prompt]
        let pinned = candidates.first { height - $0.count >= needed }
            ?? cut(prompt, to: max(1, height - needed), width: width, ascii: ascii)
        let visible = max(0, height - pinned.count)
        let scroll = max(0, min(focus.upperBound - visible, focus.lowerBound))
        return Body(pinned: pinned, lines: region, scroll: scroll, visibleHeight: visible, rowStarts: starts)
    }

    /// The first `count` lines of `lines` (each at most `width` columns), the last one ending in
    /// an ellipsis when any are left out.
    static func cut(_ lines: [BodyLine], to count: Int, width: Int, ascii: Bool) -> [BodyLine] {
        guard lines.count > count, count > 0 else { return lines }
        var kept = Array(lines.prefix(count))
        var last = kept[count - 1]
        last.text = withEllipsis(last.text, width: width - last.indent, ascii: ascii, always: true)
        kept[count - 1] = last
        return kept
    }
}

/// `text` within `width` columns: as it is when it fits, otherwise cut and ended with an
/// ellipsis ("..." in ASCII); with `always`, the ellipsis is added even when the text fits (the
/// text is known to go on).
func withEllipsis(_ text: String, width: Int, ascii: Bool, always: Bool = false) -> String {
    if !always, DisplayWidth.of(text) <= width { return text }
    let ellipsis = ascii ? "..." : "…"
    let room = max(0, width - DisplayWidth.of(ellipsis))
    var kept = TextWrap.clip(text, width: room)
    // Cut between words where that keeps most of the room; inside the word otherwise.
    if kept.count < text.count, text[text.index(text.startIndex, offsetBy: kept.count)] != " ",
       let space = kept.lastIndex(of: " "), DisplayWidth.of(kept[..<space]) * 2 >= room {
        kept = String(kept[..<space])
    }
    while kept.last == " " { kept.removeLast() }
    return kept + ellipsis
}
