extension Session {
    /// Where a session stands: a name each screen declares for itself, in its own file
    /// (`.review`, `.welcome`), with a detail where one kind of screen stands in several places
    /// (`.question(.mri)`, `.result(.spineSurgeon)`).
    public struct Position: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        public let detail: String?

        public init(_ name: String, _ detail: String? = nil) {
            self.name = name
            self.detail = detail
        }

        public var description: String { detail.map { "\(name)(\($0))" } ?? name }
    }

    public var position: Position { screen.current.position }
}
