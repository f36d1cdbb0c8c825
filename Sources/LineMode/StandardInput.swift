import Glibc
import SystemIO

/// Lines from standard input, each at most `limit` bytes (the rest of a longer one is read and
/// dropped), as text. Input ends at the end of the file, or once `interrupted` says so (checked
/// before each read and when a signal interrupts one).
public struct StandardInput {
    public static let limit = 4096
    private var reader: LineReader

    public init(interrupted: @escaping () -> Bool = { false }) {
        reader = LineReader(fd: STDIN_FILENO, limit: Self.limit, interrupted: interrupted)
    }

    public mutating func next() -> LineInput {
        switch reader.next() {
        case .line(let bytes):
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            return .line(text)
        case .tooLong: return .tooLong(limit: Self.limit)
        case .end, .failed: return .end
        }
    }
}
