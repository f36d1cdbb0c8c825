import Glibc
import Testing
@testable import SystemIO

/// A pipe whose write end has `bytes` written and is then closed; the read end, to read.
private func pipeHolding(_ bytes: [UInt8]) throws -> Int32 {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    // Small enough for the pipe's buffer (64 KiB), so nothing waits.
    try Descriptor.writeAll(bytes, to: ends[1])
    close(ends[1])
    return ends[0]
}

@Suite("SystemIO: whole reads and writes, lines")
struct SystemIOTests {
    @Test("readAll reads to the end, and refuses more than the limit")
    func readAll() throws {
        let fd = try pipeHolding(Array("twelve bytes".utf8))
        defer { close(fd) }
        #expect(try Descriptor.readAll(fd, limit: 12) == Array("twelve bytes".utf8))
        let over = try pipeHolding(Array("thirteen byte".utf8))
        defer { close(over) }
        #expect(throws: Descriptor.ReadFailure.tooLarge) { try Descriptor.readAll(over, limit: 12) }
        #expect(throws: Descriptor.ReadFailure.failed(SystemError(EBADF))) { try Descriptor.readAll(-1, limit: 12) }
    }

    @Test("writeAll names the error of the write that failed")
    func writeAllFails() {
        #expect(throws: SystemError(EBADF)) { try Descriptor.writeAll(Array("x".utf8), to: -1) }
        let full = open("/dev/full", O_WRONLY)
        defer { close(full) }
        #expect(throws: SystemError(ENOSPC)) { try Descriptor.writeAll(Array("x".utf8), to: full) }
    }

    @Test("lines come without their breaks, the last one without one too")
    func lines() throws {
        let fd = try pipeHolding(Array("one\ntwo\n\nlast".utf8))
        defer { close(fd) }
        var reader = LineReader(fd: fd, limit: 10)
        var lines: [String] = []
        while case .line(let bytes) = reader.next() { lines.append(String(decoding: bytes, as: UTF8.self)) }
        #expect(lines == ["one", "two", "", "last"])
        #expect(reader.next() == .end)
    }

    @Test("a line over the limit is refused, and the next read skips its rest")
    func tooLong() throws {
        let long = String(repeating: "x", count: 100)
        let fd = try pipeHolding(Array("1234\n\(long)\nnext\n\(long)".utf8))
        defer { close(fd) }
        var reader = LineReader(fd: fd, limit: 4)
        #expect(reader.next() == .line(ArraySlice("1234".utf8)), "a line of exactly the limit is taken")
        #expect(reader.next() == .tooLong)
        #expect(reader.next() == .line(ArraySlice("next".utf8)))
        #expect(reader.next() == .tooLong)
        #expect(reader.next() == .end, "the rest of the last line is dropped")
    }

    @Test("input ends once interrupted says so")
    func interrupted() throws {
        let fd = try pipeHolding(Array("never read\n".utf8))
        defer { close(fd) }
        var reader = LineReader(fd: fd, limit: 100, interrupted: { true })
        #expect(reader.next() == .end)
    }

    @Test("the output buffer keeps the first failure, and end() throws it")
    func outputFailure() {
        let full = open("/dev/full", O_WRONLY)
        defer { close(full) }
        var output = OutputBuffer(fd: full)
        output.writeNow("a line\n")
        #expect(output.failure == SystemError(ENOSPC))
        #expect(throws: SystemError(ENOSPC)) { try output.end() }
    }

    @Test("the terminal environment of a process without a terminal")
    func terminalEnvironment() {
        let closed = TerminalEnvironment.isTerminal(-1)
        #expect(!closed)
        #expect(Environment.value("DISCPATH_NO_SUCH_VARIABLE_SET") == nil)
    }
}
