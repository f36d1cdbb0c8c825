import TextLayout

/// What a cell means on screen; the theme (`Theme`) says how it looks, the terminal adapter
/// draws it so.
public enum Style: Sendable, Equatable, Hashable, CaseIterable {
    case normal, titleBar, heading, prompt, selected, dim, banner, urgent, warning, good, hintBar, field, border
    /// The cursor row's pointer on a list: the one cell a cursor move restyles.
    case pointer

    /// How a styled snapshot names it: "" for plain text.
    public var markerName: String {
        switch self {
        case .normal: return ""
        case .titleBar: return "title"
        case .heading: return "head"
        case .prompt: return "prompt"
        case .selected: return "sel"
        case .dim: return "dim"
        case .banner: return "banner"
        case .urgent: return "urgent"
        case .warning: return "warn"
        case .good: return "good"
        case .hintBar: return "hint"
        case .field: return "field"
        case .border: return "line"
        case .pointer: return "ptr"
        }
    }
}

/// A piece of a line-drawing box.
public enum LinePiece: Sendable, Equatable {
    case horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight

    /// How the piece looks as Unicode box drawing, or as ASCII.
    public func character(ascii: Bool) -> Character {
        switch (self, ascii) {
        case (.horizontal, false): return "─"
        case (.vertical, false): return "│"
        case (.topLeft, false): return "┌"
        case (.topRight, false): return "┐"
        case (.bottomLeft, false): return "└"
        case (.bottomRight, false): return "┘"
        case (.horizontal, true): return "-"
        case (.vertical, true): return "|"
        case (_, true): return "+"
        }
    }
}

/// One cell's content. A plain value (no reference inside), so a screen's cells are copied,
/// compared and freed without reference counting: every key lays out and compares a screen.
public enum Glyph: Sendable, Equatable {
    /// A character of one Unicode scalar: what nearly every cell holds.
    case scalar(Unicode.Scalar)
    /// A character of several scalars (a ZWJ emoji, a letter and a combining mark): the
    /// grid's `clusters` at this index.
    case cluster(Int)
    /// A cell covered by a wide character (or cluster) that starts in a cell before.
    case wideTail
    case line(LinePiece)
}

public struct Cell: Sendable, Equatable {
    public var glyph: Glyph
    public var style: Style

    public static let blank = Cell(glyph: .scalar(" "), style: .normal)
}

/// A terminal screen as a value: rows of cells. Writing outside it is clipped, never a trap.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// The characters of several scalars that `.cluster` cells name, in the order written.
    public private(set) var clusters: [Character] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < height, column >= 0, column < width else { return .blank }
        return cells[row * width + column]
    }

    /// The character a cell shows: nil for the tail of a wide one and for a box piece.
    public func character(_ glyph: Glyph) -> Character? {
        switch glyph {
        case .scalar(let scalar): return Character(scalar)
        case .cluster(let index): return clusters.indices.contains(index) ? clusters[index] : nil
        case .wideTail, .line: return nil
        }
    }

    /// Whether a row shows the same here as in `other` (a grid of the same width): the same
    /// cells, clusters compared by what they hold, not where each grid keeps them.
    public func sameRow(_ row: Int, as other: Grid) -> Bool {
        guard width == other.width, row >= 0, row < height, row < other.height else { return false }
        let start = row * width
        for index in start..<(start + width) {
            let mine = cells[index], theirs = other.cells[index]
            switch (mine.glyph, theirs.glyph) {
            case (.cluster, .cluster):
                if mine.style != theirs.style || character(mine.glyph) != other.character(theirs.glyph) { return false }
            default:
                if mine != theirs { return false }
            }
        }
        return true
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && (0..<lhs.height).allSatisfy { lhs.sameRow($0, as: rhs) }
    }

    mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        cells[row * width + column] = cell
    }

    /// Writes `text` from (row, column), at most `limit` columns (to the right edge by default).
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        let end = min(width, column + (limit ?? width))
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return putASCII(text.utf8, row: row, column: column, style: style, end: end) }
        return putCharacters(text, row: row, column: column, style: style, end: end)
    }

    /// `put` for ASCII text, most of what a screen says: a byte is a character one column wide
    /// (a control character none, as `DisplayWidth` says), so no grapheme breaking or width
    /// lookup, and the cells are written in one pass.
    mutating func putASCII(_ bytes: some Collection<UInt8>, row: Int, column: Int, style: Style, end: Int) -> Int {
        var x = column
        let inRow = row >= 0 && row < height
        let start = row * width
        cells.withUnsafeMutableBufferPointer { cells in
            for byte in bytes where byte >= 0x20 && byte != 0x7F {
                if x + 1 > end { break }
                if inRow && x >= 0 { cells[start + x] = Cell(glyph: .scalar(Unicode.Scalar(byte)), style: style) }
                x += 1
            }
        }
        return x
    }

    /// `put` for any text: a grapheme cluster at a time, as wide as `DisplayWidth` says.
    mutating func putCharacters(_ text: some StringProtocol, row: Int, column: Int, style: Style, end: Int) -> Int {
        var x = column
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if x + w > end { break }
            set(row, x, Cell(glyph: glyph(character, row: row, column: x), style: style))
            // The terminal draws a wide character, or a cluster of several (a ZWJ emoji), over all w cells.
            for tail in 1..<w { set(row, x + tail, Cell(glyph: .wideTail, style: style)) }
            x += w
        }
        return x
    }

    /// The glyph for a character written at (row, column): a cluster is kept only where it lands.
    private mutating func glyph(_ character: Character, row: Int, column: Int) -> Glyph {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return .scalar(first) }
        guard row >= 0, row < height, column >= 0, column < width else { return .wideTail }
        clusters.append(character)
        return .cluster(clusters.count - 1)
    }

    /// Paints `count` cells of a row with a style, keeping what they hold (or blanking them).
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: Style, blank: Bool = true) {
        let end = min(width, column + (count ?? width))
        guard column < end else { return }
        for x in max(0, column)..<end {
            var cell = blank ? .blank : self[row, x]
            cell.style = style
            set(row, x, cell)
        }
    }

    public mutating func horizontalLine(row: Int, from column: Int = 0, to end: Int? = nil, style: Style = .border) {
        let last = min(width, end ?? width)
        guard column < last else { return }
        for x in max(0, column)..<last { set(row, x, Cell(glyph: .line(.horizontal), style: style)) }
    }

    /// A box outline on the rectangle's edge.
    public mutating func box(top: Int, left: Int, height boxHeight: Int, width boxWidth: Int, style: Style = .border) {
        guard boxHeight >= 2, boxWidth >= 2 else { return }
        let bottom = top + boxHeight - 1, right = left + boxWidth - 1
        horizontalLine(row: top, from: left + 1, to: right, style: style)
        horizontalLine(row: bottom, from: left + 1, to: right, style: style)
        for y in (top + 1)..<bottom {
            set(y, left, Cell(glyph: .line(.vertical), style: style))
            set(y, right, Cell(glyph: .line(.vertical), style: style))
        }
        set(top, left, Cell(glyph: .line(.topLeft), style: style))
        set(top, right, Cell(glyph: .line(.topRight), style: style))
        set(bottom, left, Cell(glyph: .line(.bottomLeft), style: style))
        set(bottom, right, Cell(glyph: .line(.bottomRight), style: style))
    }

    /// The screen as plain text lines, trailing spaces trimmed.
    public func text(ascii: Bool = false) -> String {
        (0..<height).map { row in String(characters(row: row, ascii: ascii).map(\.character)) }.joined(separator: "\n") + "\n"
    }

    /// The screen as text with a marker where a run of another style starts (`⟦urgent⟧`, and
    /// `⟦⟧` back to plain), as named by `marker`; otherwise `text()` to the byte: what a
    /// snapshot records, so the urgent banner, the cursor row and the bars are under test.
    public func styledText(ascii: Bool = false, marker: (Style) -> String = \.markerName) -> String {
        var lines: [String] = []
        for row in 0..<height {
            var line = "", current = ""
            for (character, style) in characters(row: row, ascii: ascii) {
                let name = marker(style)
                if name != current {
                    line += "⟦\(name)⟧"
                    current = name
                }
                line.append(character)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A row's characters and their styles, up to the last that is not a space.
    private func characters(row: Int, ascii: Bool) -> [(character: Character, style: Style)] {
        var characters: [(character: Character, style: Style)] = []
        for column in 0..<width {
            let cell = self[row, column]
            switch cell.glyph {
            case .scalar(let scalar): characters.append((Character(scalar), cell.style))
            case .cluster: characters.append((character(cell.glyph) ?? " ", cell.style))
            case .wideTail: break
            case .line(let piece): characters.append((piece.character(ascii: ascii), cell.style))
            }
        }
        while characters.last?.character == " " { characters.removeLast() }
        return characters
    }
}
