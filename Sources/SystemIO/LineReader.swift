import Glibc

/// Reads a file descriptor a line at a time through one buffer, each line at most `limit`
/// bytes, so an endless line cannot exhaust memory. After a line too long, the next call skips
/// the rest of it and reads on from the line after.
public struct LineReader {
    public enum Next: Sendable, Equatable {
        /// A line, without its "\n" (the last line may lack one).
        case line(ArraySlice<UInt8>)
        case end
        /// The line is longer than the limit.
        case tooLong
        case failed(SystemError)
    }

    public let fd: Int32
    public let limit: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var atEnd = false
    /// Within a line found too long: its rest is dropped.
    private var skipping = false
    private let interrupted: () -> Bool

    /// `interrupted`: checked before each read and when a signal interrupts one; once true,
    /// the input ends there (a signal that is to end the program).
    public init(fd: Int32, limit: Int, interrupted: @escaping () -> Bool = { false }) {
        self.fd = fd
        self.limit = limit
        self.interrupted = interrupted
    }

    /// The next line. `beforeRead` runs before each read(2), which may wait for a writer: the
    /// caller flushes its output there, so a pipeline answers each line as it comes.
    public mutating func next(beforeRead: () -> Void = {}) -> Next {
        var searched = start  // bytes before this hold no line break
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                if skipping {
                    skipping = false
                    start = newline + 1
                    searched = start
                    continue
                }
                guard newline - start <= limit else { return tooLong() }
                defer { start = newline + 1 }
                return .line(buffer[start..<newline])
            }
            if skipping {
                start = buffer.count
            } else if buffer.count - start > limit {
                return tooLong()
            }
            if atEnd {
                skipping = false
                guard start < buffer.count else { return .end }
                defer { start = buffer.count }
                return .line(buffer[start...])
            }
            // Keep only the unread part, then read more after it.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searched = buffer.count
            beforeRead()
            if let failure = fill() { return failure }
        }
    }

    /// A line found too long: its rest is skipped by the next call.
    private mutating func tooLong() -> Next {
        skipping = true
        return .tooLong
    }

    /// Reads once more into the buffer; the end or a failure when there is nothing more.
    private mutating func fill() -> Next? {
        let chunk = 65536
        while true {
            if interrupted() {
                atEnd = true
                return nil
            }
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress.map { $0 + old }, chunk) }
            buffer.removeSubrange((old + max(count, 0))...)
            if count == 0 { atEnd = true }
            if count >= 0 { return nil }
            if errno == EINTR { continue }
            return .failed(.last)
        }
    }
}
