/// Hint lines already made, by everything that makes one: a front end keeps one with what it
/// has drawn, so a key that moves the cursor does not make its screen's hint line again (it is
/// a tenth of a key's work). A few are kept: the screens a person goes back and forth between.
public struct HintLines: Sendable {
    struct Key: Equatable {
        let context: KeyContext
        let ascii: Bool
        let canGoBack: Bool
        let canGoOn: Bool
        let width: Int
        let mode: Mode
    }

    private var made: [(key: Key, line: String)] = []
    static let kept = 16

    public init() {}

    /// `KeyTable.hints` for these, made once.
    mutating func line(for context: KeyContext, ascii: Bool, canGoBack: Bool, canGoOn: Bool, width: Int, mode: Mode) -> String {
        let key = Key(context: context, ascii: ascii, canGoBack: canGoBack, canGoOn: canGoOn, width: width, mode: mode)
        if let found = made.first(where: { $0.key == key }) { return found.line }
        let line = KeyTable.hints(for: context, ascii: ascii, canGoBack: canGoBack, canGoOn: canGoOn, width: width, mode: mode)
        if made.count >= Self.kept { made.removeFirst() }
        made.append((key, line))
        return line
    }
}
