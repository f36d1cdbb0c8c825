import Foundation
import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>.txt` beside this file, as the screen
/// snapshots do (Tests/IntakeUITests/Snapshot.swift): DISCPATH_RECORD_SNAPSHOTS=1 re-records, and
/// a missing file is written and fails the test, so a new snapshot is never silent.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["DISCPATH_RECORD_SNAPSHOTS"] == "1"
    guard !record, let recorded = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        if !record { Issue.record("no snapshot \(name) yet: recorded it; check it and run again", sourceLocation: sourceLocation) }
        return
    }
    if recorded != text {
        let expected = recorded.components(separatedBy: "\n"), actual = text.components(separatedBy: "\n")
        var lines: [String] = []
        for i in 0..<max(expected.count, actual.count) {
            let left = i < expected.count ? expected[i] : "<none>", right = i < actual.count ? actual[i] : "<none>"
            if left != right { lines.append("\(i + 1) - \(left)\n    + \(right)") }
        }
        Issue.record("snapshot \(name) differs (DISCPATH_RECORD_SNAPSHOTS=1 re-records):\n\(lines.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
    }
}
