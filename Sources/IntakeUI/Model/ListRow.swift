/// One row of a list: an answer to choose or tick, or the review's way on.
public struct ListRow: Sendable, Equatable {
    public let label: String
    /// Ticked, on a checklist.
    public let ticked: Bool
    /// The review's last row: not an answer but the way on.
    public let goesOn: Bool
    /// A checklist's "None of these": chosen alone.
    public let meansNone: Bool

    public init(label: String, ticked: Bool = false, goesOn: Bool = false, meansNone: Bool = false) {
        self.label = label
        self.ticked = ticked
        self.goesOn = goesOn
        self.meansNone = meansNone
    }
}
