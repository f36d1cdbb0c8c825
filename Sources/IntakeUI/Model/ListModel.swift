/// A list on screen: its rows, what kind of list it is, and the row under the cursor.
public struct ListModel: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One answer; the chosen row is the cursor's.
        case single
        /// Any number of ticks.
        case checklist
        /// Answers to change, then a last row that goes on (to the result).
        case review
    }

    public let kind: Kind
    public let rows: [ListRow]
    /// The row under the cursor; nil before a single choice is made.
    public let cursor: Int?
}
