import Testing

@Suite("Readability of the patient wording")
struct ReadabilityTests {
    /// Runs Tests/Readability/check_readability.py (textstat 0.7.4 in the venv `make test`
    /// creates) on the content and on the built binary's patient results.
    @Test("every patient text of 12+ words and every whole patient result is at grade 8 or below")
    func patientWordingGrade() throws {
        guard let check = try runPythonCheck("Tests/Readability/check_readability.py") else { return }
        if let summary = check.output.split(separator: "\n").last { print(summary) }
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("readability: "), "no summary line from the checker: \(check.output)")
    }
}
