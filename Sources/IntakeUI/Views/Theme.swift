/// How a style looks on a terminal: its attributes, and its colours where the terminal has them
/// and NO_COLOR is unset (no-color.org). The curses adapter applies it; snapshots record it, so
/// what the urgent tier, the cursor or a warning look like is under test.
public struct Look: Sendable, Equatable, CustomStringConvertible {
    public enum Attribute: String, Sendable, CaseIterable { case bold, dim, reverse, underline }
    /// The eight colours every colour terminal has (curses' COLOR_BLACK ... COLOR_WHITE, in order).
    public enum Colour: Int, Sendable, CaseIterable { case black, red, green, yellow, blue, magenta, cyan, white }

    public var attributes: Set<Attribute>
    /// Nil: the terminal's own colour.
    public var foreground: Colour?
    public var background: Colour?

    public init(_ attributes: Set<Attribute> = [], foreground: Colour? = nil, background: Colour? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// "white on red, bold", "bold, reverse", "" for the terminal's plain text.
    public var description: String {
        var parts: [String] = []
        switch (foreground, background) {
        case (let fg?, let bg?): parts.append("\(fg) on \(bg)")
        case (let fg?, nil): parts.append("\(fg)")
        case (nil, let bg?): parts.append("on \(bg)")
        case (nil, nil): break
        }
        parts += Attribute.allCases.filter(attributes.contains).map(\.rawValue)
        return parts.joined(separator: ", ")
    }
}

/// The looks of every style: without colour, attributes alone tell the styles apart (reverse
/// for bars and the cursor, bold for headings and warnings); with colour, the bars, the cursor,
/// the banners and the field take colours instead of reverse, and headings, warnings and good
/// news a colour of their own.
public enum Theme {
    public static func look(_ style: Style, colour: Bool) -> Look {
        switch style {
        case .normal, .border: return Look()
        case .titleBar: return colour ? Look(foreground: .white, background: .blue) : Look([.reverse])
        case .hintBar: return colour ? Look(foreground: .black, background: .white) : Look([.reverse])
        case .selected: return colour ? Look(foreground: .black, background: .cyan) : Look([.reverse])
        case .heading: return colour ? Look([.bold], foreground: .cyan) : Look([.bold])
        case .prompt: return Look([.bold])
        // Bold without colour: moving the cursor restyles one cell, with the shortest reset after it.
        case .pointer: return Look([.bold])
        case .dim: return Look([.dim])
        case .banner: return colour ? Look([.bold], foreground: .white, background: .blue) : Look([.reverse, .bold])
        case .urgent: return colour ? Look([.bold], foreground: .white, background: .red) : Look([.reverse, .bold])
        case .warning: return colour ? Look([.bold], foreground: .red) : Look([.bold])
        case .good: return colour ? Look(foreground: .green) : Look()
        case .field: return colour ? Look([.underline, .bold], foreground: .black, background: .white) : Look([.underline, .bold])
        }
    }
}
