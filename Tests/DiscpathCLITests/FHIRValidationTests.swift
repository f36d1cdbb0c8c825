import BuiltInContent
import Foundation
import PathwayCore
import Testing

@Suite("FHIR output in R5 and R4, checked by an independent validator")
struct FHIRValidationTests {
    /// Runs Tests/FHIR/validate_fhir.py (fhir.resources 8.3.0: its R5 models, and its R4B ones
    /// for R4, in the venv `make test` creates) on `export questionnaire` and on `evaluate
    /// --format fhir` in both releases: every tier's cases in every audience, and every answer
    /// set of the intake's whole answer space (written here from the core's AnswerSpace),
    /// streamed to that one Python process from one evaluate run per release and audience.
    @Test("the Questionnaire and the Bundle of every answer set are valid R5 and R4, consistent, with codes from the value sets")
    func validatedByFHIRResources() throws {
        let pathway = try Pathway.builtIn()
        var answerSets: [String] = []
        AnswerSpace([pathway.document], weekClasses: true).forEach { answerSets.append(AnswersJSON.line($0.answers)) }
        #expect(answerSets.count > 1000, "the whole answer space, thousands of answer sets")
        let space = try temporaryFile("[\n" + answerSets.joined(separator: ",\n") + "\n]\n", name: "answer-space.json")
        defer { try? FileManager.default.removeItem(at: space.deletingLastPathComponent()) }
        guard let check = try runPythonCheck("Tests/FHIR/validate_fhir.py", ["--answer-space", space.path]) else { return }
        if let summary = check.output.split(separator: "\n").last { print(summary) }
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("fhir: 2 Questionnaires, 22 CodeSystems") && check.output.contains(", 0 problems")
                    && check.output.contains("over \(answerSets.count) answer sets"),
                "no clean summary line from the validator: \(check.output)")
    }
}
