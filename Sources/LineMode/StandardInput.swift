#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from standard input, each at most `limit` bytes, so an endless line cannot exhaust
/// memory: the rest of a longer one is read and dropped. Input ends at the end of the file, or
/// once `interrupted` says so (checked before each read and when a signal interrupts one).
public struct StandardInput {
    public static let limit = 4096
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    private let interrupted: () -> Bool

    public init(interrupted: @escaping () -> Bool = { false }) { self.interrupted = interrupted }

    public mutating func next() -> LineInput {
        var line: [UInt8] = []
        var overflow = false
        while true {
            if start == buffer.count {
                if ended { return line.isEmpty && !overflow ? .end : finish(line, overflow) }
                refill()
                continue
            }
            let byte = buffer[start]
            start += 1
            if byte == UInt8(ascii: "\n") { return finish(line, overflow) }
            if line.count < Self.limit { line.append(byte) } else { overflow = true }
        }
    }

    private func finish(_ line: [UInt8], _ overflow: Bool) -> LineInput {
        if overflow { return .tooLong(limit: Self.limit) }
        var text = String(decoding: line, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    private mutating func refill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = interrupted() ? 0 : chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer = Array(chunk[0..<count])
                start = 0
                return
            }
            if count < 0, errno == EINTR { continue }
            ended = true
            buffer = []
            start = 0
            return
        }
    }
}
