import Testing

@Suite("FHIR R5 output, checked by an independent validator")
struct FHIRValidationTests {
    /// Runs Tests/FHIR/validate_fhir.py (fhir.resources 8.3.0, FHIR R5, in the venv `make test`
    /// creates) on `export questionnaire` and on `evaluate --format fhir` for every tier.
    @Test("the Questionnaire and every tier's Bundle are valid R5, with codes from the R5 value sets")
    func validatedByFHIRResources() throws {
        guard let check = try runPythonCheck("Tests/FHIR/validate_fhir.py") else { return }
        if let summary = check.output.split(separator: "\n").last { print(summary) }
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("fhir: ") && check.output.contains(", 0 problems"),
                "no clean summary line from the validator: \(check.output)")
    }
}
