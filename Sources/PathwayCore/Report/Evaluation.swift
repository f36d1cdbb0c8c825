/// How `evaluate` writes its reports. `ndjson` also reads its input as one answer set a line;
/// `fhir` writes one FHIR Bundle per answer set, one per line (see FHIRGuidanceReport).
public enum ReportFormat: String, CaseIterable, Sendable { case text, json, ndjson, fhir }

/// The `evaluate` mode as pure functions: answers in, reports out, one answer set at a time.
/// The reports go to a `write` function piece by piece, so a batch of any size is never held
/// whole in memory as output; only its answers are kept, a few bytes each.
public enum Evaluation {
    /// Where one report goes: alone (the input was one object or one line), or at an index of
    /// a batch.
    public enum Position: Sendable, Equatable {
        case alone
        case element(Int)
    }

    /// Parses `json` (one answer object or an array), then writes each report in turn. Any bad
    /// element fails the whole batch before anything is written. `fhir` sets the FHIR output
    /// (release, subject, time, ids); stable ids in R5 when not given.
    public static func write(
        json: some Collection<UInt8>, pathway: Pathway, audience: Audience, format: ReportFormat,
        fhir: FHIRRun? = nil, to write: (String) -> Void
    ) throws(Diagnostic) {
        switch try AnswerParser(rules: pathway.rules).parse(json: json) {
        case .single(let answers):
            write(try report(answers, pathway: pathway, audience: audience, format: format, fhir: fhir, at: .alone))
        case .batch(let list):
            let framing = batchFraming(format)
            if list.isEmpty { write(framing.empty); return }
            write(framing.opening)
            for (index, answers) in list.enumerated() {
                if index > 0 { write(framing.separator) }
                write(try report(answers, pathway: pathway, audience: audience, format: format, fhir: fhir, at: .element(index)))
            }
            write(framing.closing)
        }
    }

    /// The whole output for `json` as one string (for tests and small inputs).
    public static func report(
        json: some Collection<UInt8>, pathway: Pathway, audience: Audience, format: ReportFormat, fhir: FHIRRun? = nil
    ) throws(Diagnostic) -> String {
        var out = ""
        try write(json: json, pathway: pathway, audience: audience, format: format, fhir: fhir) { out += $0 }
        return out
    }

    /// The report line for one line of NDJSON input, numbered from 1; nil for a blank line.
    /// Errors name the line: `line 3: mri: ...`.
    public static func reportLine(
        _ line: some Collection<UInt8>, number: Int, pathway: Pathway, audience: Audience
    ) throws(Diagnostic) -> String? {
        guard let answers = try AnswerParser(rules: pathway.rules).parse(line: line, number: number) else { return nil }
        return try report(answers, pathway: pathway, audience: audience, format: .ndjson, at: .alone)
    }

    /// One answer set decided and put into words, in `format`.
    public static func report(
        _ answers: Answers, pathway: Pathway, audience: Audience, format: ReportFormat, fhir: FHIRRun? = nil,
        at position: Position
    ) throws(Diagnostic) -> String {
        let decision: Decision
        do {
            decision = try pathway.rules.decide(answers)
        } catch {
            // The parser has checked each set is complete; a set from elsewhere is checked here.
            if case .element(let index) = position { throw error.diagnostic(at: "[\(index)].") }
            throw error.diagnostic()
        }
        return render(decision, pathway.explain(decision, for: audience), format: format, at: position, pathway: pathway, fhir: fhir)
    }

    /// One report in `format`: each format is one case here and one in `batchFraming`.
    public static func render(_ decision: Decision, _ explanation: Explanation, format: ReportFormat, at position: Position,
                              pathway: Pathway, fhir: FHIRRun? = nil) -> String {
        switch format {
        case .text:
            switch position {
            case .alone: return TextReport.render(explanation)
            case .element(let index): return "=== [\(index)] ===\n" + TextReport.render(explanation)
            }
        case .json:
            switch position {
            case .alone: return JSONReport.encode(JSONReport(explanation))
            // As an element of the pretty-printed array: each line indented one level.
            case .element: return JSONReport.indented(JSONReport.encode(JSONReport(explanation), newline: false))
            }
        case .ndjson:
            return JSONReport.encodeLine(JSONReport(explanation))
        case .fhir:
            return FHIRGuidanceReport.line(decision, explanation, in: pathway, fhir ?? FHIRRun(stableIDs: FHIROptions()))
        }
    }

    /// What surrounds and separates the reports of a batch.
    public struct BatchFraming: Sendable, Equatable {
        public let opening, separator, closing: String
        /// The whole output for an empty batch.
        public let empty: String
    }

    public static func batchFraming(_ format: ReportFormat) -> BatchFraming {
        switch format {
        case .text: return BatchFraming(opening: "", separator: "\n", closing: "", empty: "")
        case .json: return BatchFraming(opening: "[\n", separator: ",\n", closing: "\n]\n", empty: "[]\n")
        case .ndjson, .fhir: return BatchFraming(opening: "", separator: "", closing: "", empty: "")
        }
    }
}

/// The program's own version, shown by `--version` beside the content's.
public enum ProgramVersion {
    public static let string = "0.1.0"
}
