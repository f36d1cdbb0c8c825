extension Timeline {
    /// Narrower than this the bar has no room for its windows, and only the words are shown.
    public static let minimumBarWidth = 20
    /// Wider than this the bar is drawn at this width: nothing is gained, and no width can make it slow.
    public static let maximumBarWidth = 1000

    /// The timeline drawn in three lines no wider than `width` columns: the weeks at each
    /// window's start (and the largest answer at the end), the bar with each window named, and
    /// a marker under the weeks answered with its label. The windows get equal widths whatever
    /// weeks they cover, so each can be named; within a window the marker is placed in proportion.
    /// nil when `width` is below `minimumBarWidth`.
    public func bar(width: Int, style: TimelineStyle) -> [String]? {
        guard width >= Self.minimumBarWidth, let last = spans.last else { return nil }
        let width = min(width, Self.maximumBarWidth)
        let words = TimelineWords.for(audience)
        // Rounded up, so a narrow last window (the open-ended one, with the shortest label) gives
        // up the odd column rather than the first.
        let ticks = (0...spans.count).map { ($0 * (width - 1) + spans.count - 1) / spans.count }

        var scale = Cells(width: width)
        scale.place(String(last.end - 1), endingAt: width - 1)
        for (i, span) in spans.enumerated() { scale.placeIfFree(String(span.start), at: ticks[i]) }

        var bar = Cells(width: width, filling: style.line)
        for (i, span) in spans.enumerated() {
            bar.set(ticks[i], i == 0 ? style.start : style.tick)
            let labels = words.labels[span.window] ?? (span.window.rawValue, span.window.rawValue)
            bar.label([labels.long, labels.short], from: ticks[i] + 1, to: ticks[i + 1], ellipsis: style.ellipsis)
        }
        bar.set(width - 1, style.end)

        var marker = Cells(width: width)
        marker.marker(style.marker, labels: words.marker(weeksText), at: column(ticks: ticks), ellipsis: style.ellipsis)
        return [scale.text, bar.text, marker.text]
    }

    /// The column of the weeks: at a window's tick for its first week; for the last window, at
    /// the end of the bar for the largest answer.
    func column(ticks: [Int]) -> Int {
        guard let index = spans.firstIndex(where: { $0.start <= weeks && weeks < $0.end }) else { return 0 }
        let span = spans[index]
        let isLast = index == spans.count - 1
        let weeksAcross = max(1, isLast ? span.end - 1 - span.start : span.end - span.start)
        let columns = ticks[index + 1] - ticks[index]
        return min(ticks[index] + (weeks - span.start) * columns / weeksAcross, ticks[index + 1])
    }
}

/// One line of the timeline as columns, each holding one character one column wide (the
/// timeline's own words and glyphs are).
private struct Cells {
    private var cells: [Character]
    private var used: [Bool]

    init(width: Int, filling: Character = " ") {
        cells = Array(repeating: filling, count: width)
        used = Array(repeating: false, count: width)
    }

    var text: String {
        var line = String(cells)
        while line.last == " " { line.removeLast() }
        return line
    }

    mutating func set(_ column: Int, _ character: Character) {
        guard cells.indices.contains(column) else { return }
        cells[column] = character
        used[column] = true
    }

    mutating func write(_ text: some StringProtocol, at column: Int) {
        for (offset, character) in text.enumerated() { set(column + offset, character) }
    }

    mutating func place(_ text: String, endingAt column: Int) {
        write(text, at: max(0, column - text.count + 1))
    }

    /// Writes `text` at `column` if it fits with a free column on each side; else leaves it out.
    mutating func placeIfFree(_ text: String, at column: Int) {
        let range = (column - 1)...(column + text.count)
        guard column >= 0, column + text.count <= cells.count,
              range.allSatisfy({ !used.indices.contains($0) || !used[$0] }) else { return }
        write(text, at: column)
    }

    /// The first of `labels` that fits between `start` and `end` (not included), with a line
    /// before it and a space each side where there is room; else the last cut with `ellipsis`.
    mutating func label(_ labels: [String], from start: Int, to end: Int, ellipsis: Character) {
        let room = end - start
        for label in labels {
            if room >= label.count + 3 { return write(" \(label) ", at: start + 1) }
            if room >= label.count + 2 { return write(" \(label) ", at: start) }
            if room >= label.count + 1 { return write(" \(label)", at: start) }
        }
        guard let shortest = labels.last, room >= 3 else { return }
        write(" " + String(shortest.prefix(room - 2)) + String(ellipsis), at: start)
    }

    /// `symbol` at `column` with the first of `labels` that fits after it, or else before it;
    /// where none fits, the last cut on the side with more room.
    mutating func marker(_ symbol: Character, labels: [String], at column: Int, ellipsis: Character) {
        set(column, symbol)
        let after = cells.count - column - 2, before = column - 1
        for label in labels {
            if label.count <= after { return write(label, at: column + 2) }
            if label.count <= before { return place(label, endingAt: column - 2) }
        }
        let room = max(after, before)
        guard let label = labels.last, room >= 2 else { return }
        let cut = String(label.prefix(room - 1)) + String(ellipsis)
        if after >= before { write(cut, at: column + 2) } else { place(cut, endingAt: column - 2) }
    }
}
