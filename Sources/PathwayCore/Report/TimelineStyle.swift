/// How the timeline's bar is drawn: with box-drawing lines and a triangle, or in plain ASCII
/// where lines cannot be drawn (`--ascii`, the Linux console without a Unicode font).
public enum TimelineStyle: Sendable, Equatable {
    case unicode, ascii

    var start: Character { self == .unicode ? "├" : "|" }
    var tick: Character { self == .unicode ? "┼" : "+" }
    var end: Character { self == .unicode ? "┤" : "|" }
    var line: Character { self == .unicode ? "─" : "-" }
    var marker: Character { self == .unicode ? "▲" : "^" }
    var ellipsis: Character { self == .unicode ? "…" : "." }
}
