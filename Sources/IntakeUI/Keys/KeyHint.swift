/// How the hint line names a key: short, as in "↑↓ move".
public struct KeyHint: Sendable, Equatable {
    public let keys: String
    public let asciiKeys: String
    public let meaning: String

    public init(_ keys: String, _ asciiKeys: String, _ meaning: String) {
        self.keys = keys
        self.asciiKeys = asciiKeys
        self.meaning = meaning
    }
}
