import PathwayCore
import TextLayout

/// Everything a view needs besides the state: the content, the terminal size, and whether
/// line drawing and symbols must be plain ASCII.
public struct ViewContext: Sendable {
    public let pathway: Pathway
    public let width: Int
    public let height: Int
    public let ascii: Bool

    public init(pathway: Pathway, width: Int, height: Int, ascii: Bool = false) {
        self.pathway = pathway
        self.width = max(0, width)
        self.height = max(0, height)
        self.ascii = ascii
    }

    /// Below this the screens cannot be laid out, and the program asks for a larger window.
    public static let minimumWidth = 30
    public static let minimumHeight = 8

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Rows between the title bar and the message and hint lines.
    public var bodyHeight: Int { max(0, height - 3) }
    /// Columns of body text, inside a one-column margin on each side, and no wider than reads well.
    public var bodyWidth: Int { max(1, min(width - 2, Self.readableWidth)) }
    public static let readableWidth = 100
    /// How far PgUp and PgDn move: a page, less one line kept for context.
    public var pageHeight: Int { max(1, bodyHeight - 1) }

    func symbol(_ unicode: String, _ plain: String) -> String { ascii ? plain : unicode }
}

/// A line of body text with its style and left indent.
struct BodyLine: Equatable {
    var text: String
    var style: Style = .normal
    var indent: Int = 0
    /// How many leading characters (a list row's pointer and box) take `leadStyle` instead.
    var lead = 0
    var leadStyle: Style = .normal

    static let blank = BodyLine(text: "")
}

extension Array where Element == BodyLine {
    /// Appends `text` wrapped to `width`, the first line after `marker` and the rest indented to
    /// line up with the text after it.
    /// `markerStyle`: the marker's first character alone drawn in it (the cursor's pointer), so
    /// moving the cursor restyles one cell on each row, not two whole rows.
    mutating func paragraph(_ text: String, width: Int, style: Style = .normal, indent: Int = 0, marker: String = "",
                            markerStyle: Style? = nil) {
        let markerWidth = marker.count
        let lines = TextWrap.lines(text, width: Swift.max(1, width - indent - markerWidth))
        for (i, line) in lines.enumerated() {
            var body = BodyLine(text: (i == 0 ? marker : String(repeating: " ", count: markerWidth)) + line, style: style, indent: indent)
            if i == 0, let markerStyle {
                body.lead = Swift.min(1, markerWidth)
                body.leadStyle = markerStyle
            }
            append(body)
        }
    }
}
