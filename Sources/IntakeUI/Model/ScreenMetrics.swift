import PathwayCore

/// A screen's body as the views laid it out at the terminal's size: what the session needs to
/// move through it (a page of a list, the furthest the text scrolls, the result's section at the
/// top) without laying anything out itself. The views measure it (`ScreenView.metrics`); the
/// front end hands it to the session with each key.
public struct ScreenMetrics: Sendable, Equatable {
    /// Where each row of a list starts among the body's lines; empty when it is not a list.
    public var rowStarts: [Int] = []
    /// How many rows the scrolling part of the body gets.
    public var visibleHeight = 0
    /// Text that scrolls (the result).
    public var text = ScrollMetrics(scroll: 0, maximumScroll: 0)
    /// The result's section at the top of the window (the one above, for the timeline); nil at
    /// the tier, before any section.
    public var topSection: ReportDocument.SectionKind?
    /// The help over the screen, when it is open: its own body, measured the same way.
    public var help: ScrollMetrics?

    public init(rowStarts: [Int] = [], visibleHeight: Int = 0, text: ScrollMetrics = ScrollMetrics(scroll: 0, maximumScroll: 0),
                topSection: ReportDocument.SectionKind? = nil, help: ScrollMetrics? = nil) {
        self.rowStarts = rowStarts
        self.visibleHeight = visibleHeight
        self.text = text
        self.topSection = topSection
        self.help = help
    }

    /// The row a page up or down from `cursor` lands on: the row a visible height away, and at
    /// least the next one.
    func row(paging down: Bool, from cursor: Int) -> Int {
        guard let first = rowStarts.first else { return cursor }
        let page = max(1, visibleHeight - 1)
        let last = rowStarts.count - 1
        guard rowStarts.indices.contains(cursor) else { return down ? min(last, rowIndex(atOrBefore: first + page)) : 0 }
        if down {
            return min(last, max(cursor + 1, rowIndex(atOrBefore: rowStarts[cursor] + page)))
        }
        let target = rowStarts[cursor] - page
        let index = rowStarts.firstIndex { $0 >= target } ?? 0
        return max(0, min(cursor - 1, index))
    }

    private func rowIndex(atOrBefore line: Int) -> Int {
        rowStarts.lastIndex { $0 <= line } ?? 0
    }
}

/// Text that scrolls (the help): the first line shown, and the furthest it goes.
public struct ScrollMetrics: Sendable, Equatable {
    public var scroll: Int
    public var maximumScroll: Int

    public init(scroll: Int, maximumScroll: Int) {
        self.scroll = scroll
        self.maximumScroll = maximumScroll
    }

    /// `offset` kept within the text.
    func clamped(_ offset: Int) -> Int { min(max(0, offset), maximumScroll) }
}

/// Where the result is scrolled to: a line, or the start of a section (after turning it to the
/// other wording, where the lines are not known until it is laid out again).
public enum ResultScroll: Sendable, Equatable {
    case line(Int)
    case section(ReportDocument.SectionKind)
}
