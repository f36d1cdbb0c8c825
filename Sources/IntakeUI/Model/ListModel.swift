/// A list on screen: its rows, what kind of list it is, the row under the pointer and, on a
/// single choice, the row chosen.
public struct ListModel: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One answer: the chosen row, once one is.
        case single
        /// Any number of ticks.
        case checklist
        /// Answers to change, then a last row that goes on (to the result).
        case review
    }

    public let kind: Kind
    public let rows: [ListRow]
    /// The row under the pointer, shown from the first frame.
    public let cursor: Int?
    /// A single choice's chosen row; nil before one is chosen (Enter then chooses the pointer's).
    public let chosen: Int?

    public init(kind: Kind, rows: [ListRow], cursor: Int?, chosen: Int? = nil) {
        self.kind = kind
        self.rows = rows
        self.cursor = cursor
        self.chosen = chosen
    }
}
