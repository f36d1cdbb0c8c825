import Foundation
import Testing

/// The package root: three levels up from this file (Tests/DiscpathCLITests/ReadabilityTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Readability of the patient wording")
struct ReadabilityTests {
    /// Runs Tests/Readability/check_readability.py (textstat 0.7.4 in the venv `make test`
    /// creates) on the content and on the built binary's patient results.
    @Test("every patient text of 12+ words and every whole patient result is at grade 8 or below")
    func patientWordingGrade() throws {
        let python = packageRoot.appendingPathComponent(".build/venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no \(python.path): run make test: the venv is created by it")
            return
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [packageRoot.appendingPathComponent("Tests/Readability/check_readability.py").path,
                             "--discpath", try discpathBinary().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if let summary = text.split(separator: "\n").last { print(summary) }
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("readability: "), "no summary line from the checker: \(text)")
    }
}
