import Foundation
import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>.txt` beside this file. With
/// DISCPATH_RECORD_SNAPSHOTS=1 (`make snapshots`), or when the file does not exist yet, the file
/// is written instead and, for a missing file, the test fails so a new snapshot is never silent.
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
        Issue.record("snapshot \(name) differs (make snapshots re-records):\n\(lineDiff(expected: recorded, actual: text))",
                     sourceLocation: sourceLocation)
    }
}

/// The lines that differ, numbered, expected (-) then actual (+).
func lineDiff(expected: String, actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let left = i < e.count ? e[i] : "<none>", right = i < a.count ? a[i] : "<none>"
        if left != right { out.append(String(format: "%3d - %@\n    + %@", i + 1, left, right)) }
    }
    return out.joined(separator: "\n")
}
