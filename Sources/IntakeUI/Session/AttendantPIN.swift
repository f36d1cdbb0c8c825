/// The PIN that lets a kiosk's attendant end it. Never shown, never in a description; compared
/// in constant time, so how long a refusal takes says nothing about how much of a try was right.
public struct AttendantPIN: Sendable, Equatable, CustomStringConvertible {
    /// From 4 to `maximumLength` printable ASCII characters, no spaces: what any keyboard types.
    public static let minimumLength = 4
    public static let maximumLength = 64

    private let bytes: [UInt8]

    /// The PIN in `text`, or nil when it is not one (too short or long, or a character a
    /// console keyboard may not type).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard (Self.minimumLength...Self.maximumLength).contains(bytes.count), bytes.allSatisfy(Self.isAllowed) else { return nil }
        self.bytes = bytes
    }

    /// Whether `character` can be part of a PIN (and so is taken by the PIN prompt).
    public static func isAllowed(_ character: Character) -> Bool {
        character.utf8.count == 1 && character.utf8.allSatisfy(isAllowed)
    }

    static func isAllowed(_ byte: UInt8) -> Bool { (0x21...0x7E).contains(byte) }

    /// Whether `attempt` is the PIN. Both are padded to the longest PIN and every byte is
    /// compared, whatever the length or the first difference.
    public func matches(_ attempt: String) -> Bool {
        let typed = Array(attempt.utf8)
        var difference = typed.count == bytes.count ? 0 as UInt8 : 1
        if typed.count > Self.maximumLength { difference |= 1 }
        let expected = Self.padded(bytes), given = Self.padded(typed)
        for index in 0..<Self.maximumLength { difference |= expected[index] ^ given[index] }
        return difference == 0
    }

    private static func padded(_ bytes: [UInt8]) -> [UInt8] {
        var padded = [UInt8](repeating: 0, count: maximumLength)
        for (index, byte) in bytes.prefix(maximumLength).enumerated() { padded[index] = byte }
        return padded
    }

    public static func == (lhs: AttendantPIN, rhs: AttendantPIN) -> Bool {
        lhs.matches(String(decoding: rhs.bytes, as: UTF8.self))
    }

    public var description: String { "AttendantPIN(hidden)" }
}
