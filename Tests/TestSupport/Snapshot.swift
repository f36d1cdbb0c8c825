import Foundation
import Testing

/// Compares `text` with the snapshot file `Snapshots/<name>.txt` beside the calling test's file.
/// With DISCPATH_RECORD_SNAPSHOTS=1 (`make snapshots`), or when the file does not exist yet, the
/// file is written instead and, for a missing file, the test fails so a new snapshot is never silent.
public func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
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

/// The lines that differ, from the standard library's diff: removed lines (-) at their line in
/// the snapshot, inserted ones (+) at their line in the new screen.
public func lineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
    var changes: [(line: Int, order: Int, text: String)] = []
    for change in new.difference(from: old) {
        switch change {
        case .remove(let offset, let line, _): changes.append((offset + 1, 0, "-\(offset + 1): \(line)"))
        case .insert(let offset, let line, _): changes.append((offset + 1, 1, "+\(offset + 1): \(line)"))
        }
    }
    return changes.sorted { ($0.line, $0.order) < ($1.line, $1.order) }.map(\.text).joined(separator: "\n")
}
