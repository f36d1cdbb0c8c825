import TextLayout

/// A one-line text field: the characters and an insertion point between them. Every edit keeps
/// the cursor within the text, whatever keys come.
public struct TextField: Sendable, Equatable {
    /// The longest text taken: a path longer than this cannot be opened anyway (PATH_MAX).
    public static let maximumLength = 4096

    public private(set) var characters: [Character]
    /// How many characters come before the insertion point.
    public private(set) var cursor: Int

    public init(_ text: String) {
        characters = Array(text.prefix(Self.maximumLength))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Inserts `c` at the cursor; characters a terminal would act on are never taken.
    mutating func insert(_ c: Character) {
        guard characters.count < Self.maximumLength, !c.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor, if any.
    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Empties the field (Ctrl-U).
    mutating func clear() {
        characters = []
        cursor = 0
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    mutating func moveToStart() { cursor = 0 }
    mutating func moveToEnd() { cursor = characters.count }
}
