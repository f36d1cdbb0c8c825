/// The `evaluate` mode as a pure function: answer JSON in, a report out.
/// `fhir`: one FHIR R5 Bundle per answer set, one per line (see FHIRGuidanceReport).
public enum ReportFormat: String, CaseIterable, Sendable { case text, json, fhir }

public enum Evaluation {
    /// Parses `json` (one answer object or an array), decides each, and renders the reports.
    /// Any bad element fails the whole batch.
    public static func report(
        json: some Collection<UInt8>, pathway: Pathway, audience: Audience, format: ReportFormat
    ) -> Result<String, AnswerError> {
        let input: AnswerInput
        switch AnswerParser(rules: pathway.rules).parse(json: json) {
        case .success(let parsed): input = parsed
        case .failure(let error): return .failure(error)
        }
        let decisions: [Decision]
        switch pathway.decideAll(input) {
        case .success(let list): decisions = list
        case .failure(let error): return .failure(error)
        }
        let explanations = decisions.map { pathway.explain($0, for: audience) }
        switch (format, input) {
        case (.json, .single):
            return .success(JSONReport.encode(explanations.map(JSONReport.init).first))
        case (.json, .batch):
            return .success(JSONReport.encode(explanations.map(JSONReport.init)))
        case (.text, .single):
            return .success(explanations.map { TextReport.render($0) }.joined())
        case (.fhir, _):
            return .success(zip(decisions, explanations).map { FHIRGuidanceReport.line($0, $1, in: pathway) }.joined())
        case (.text, .batch):
            return .success(explanations.enumerated().map { index, explanation in
                "=== [\(index)] ===\n" + TextReport.render(explanation)
            }.joined(separator: "\n"))
        }
    }
}

/// The program's own version, shown by `--version` beside the content's.
public enum ProgramVersion {
    public static let string = "0.1.0"
}
