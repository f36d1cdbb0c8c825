import Testing

@Suite("Snapshot failures")
struct SnapshotDiffTests {
    @Test("a failed snapshot names the lines that differ, removed and inserted, by line")
    func lineDiffNamesLines() {
        #expect(lineDiff(expected: "a\nb\nc", actual: "a\nx\nc") == "-2: b\n+2: x")
        #expect(lineDiff(expected: "a\nc", actual: "a\nb\nc") == "+2: b")
        #expect(lineDiff(expected: "same", actual: "same").isEmpty)
    }
}
