import Testing
@testable import PathwayCore

/// `evaluate` writes one report at a time, and its output is byte for byte what rendering the
/// whole batch at once gave: the JSON encoder's own array, and the text reports joined.
@Suite("evaluate one answer set at a time")
struct EvaluationStreamingTests {
    static let sets = [
        #"{"redFlags": ["unsure"]}"#,
        #"{"redFlags": [], "severeRadicularPain": "yes"}"#,
        #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 3}"#,
        #"{"redFlags": [], "severeRadicularPain": "unsure", "weeksOfConservativeCare": 14, "symptomsPersist": "yes", "therapiesTried": ["nsaids"]}"#,
        #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes", "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression", "correlation": "matches", "willingToConsiderSurgery": "yes"}"#,
    ]

    func explanations(_ pathway: Pathway, _ count: Int, _ audience: Audience) throws -> [Explanation] {
        let parser = AnswerParser(rules: pathway.rules)
        return try (0..<count).map { index in
            let parsed = try parser.parse(json: Array(Self.sets[index % Self.sets.count].utf8))
            guard case .single(let answers) = parsed else { throw Diagnostic(location: "", message: "not one set") }
            return pathway.explain(try pathway.rules.decide(answers), for: audience)
        }
    }

    func batch(_ count: Int) -> [UInt8] {
        Array(("[" + (0..<count).map { Self.sets[$0 % Self.sets.count] }.joined(separator: ",\n") + "]").utf8)
    }

    @Test("a JSON batch is the encoder's own array of the reports, byte for byte", arguments: [0, 1, 2, 5, 12])
    func jsonBatch(count: Int) throws {
        let pathway = try builtIn()
        for audience in Audience.allCases {
            let whole = JSONReport.encode(try explanations(pathway, count, audience).map(JSONReport.init))
            let streamed = try Evaluation.report(json: batch(count), pathway: pathway, audience: audience, format: .json)
            #expect(streamed == whole)
        }
    }

    @Test("a text batch is the reports joined with their positions, byte for byte", arguments: [0, 1, 2, 5, 12])
    func textBatch(count: Int) throws {
        let pathway = try builtIn()
        let whole = try explanations(pathway, count, .patient).enumerated().map { index, explanation in
            "=== [\(index)] ===\n" + TextReport.render(explanation)
        }.joined(separator: "\n")
        #expect(try Evaluation.report(json: batch(count), pathway: pathway, audience: .patient, format: .text) == whole)
    }

    @Test("one object gives one report, as before")
    func single() throws {
        let pathway = try builtIn()
        let explanation = try #require(try explanations(pathway, 5, .clinician).last)
        let input = Array(Self.sets[4].utf8)
        #expect(try Evaluation.report(json: input, pathway: pathway, audience: .clinician, format: .json)
                == JSONReport.encode(JSONReport(explanation)))
        #expect(try Evaluation.report(json: input, pathway: pathway, audience: .clinician, format: .text)
                == TextReport.render(explanation))
    }

    @Test("reports are written one at a time, and nothing at all when any set is bad")
    func pieces() throws {
        let pathway = try builtIn()
        var pieces: [String] = []
        try Evaluation.write(json: batch(7), pathway: pathway, audience: .clinician, format: .json) { pieces.append($0) }
        #expect(pieces.filter { $0.contains("\"tier\" : ") }.count == 7)
        #expect(pieces.allSatisfy { $0.components(separatedBy: "\"tier\" : ").count <= 2 })

        var written = 0
        let bad = Array(("[" + Self.sets.joined(separator: ",") + #", {"redFlags": ["unsure"], "mri": "x"}]"#).utf8)
        let failure = diagnostic { () throws(Diagnostic) in
            try Evaluation.write(json: bad, pathway: pathway, audience: .clinician, format: .text) { _ in written += 1 }
        }
        #expect(written == 0)
        guard let error = failure else { Issue.record("a bad set was accepted"); return }
        #expect(error.description.hasPrefix("[5].mri: unknown value \"x\""))
    }

    @Test("errors come as if the whole input were read first: a syntax error anywhere, else the first bad set")
    func errorOrder() throws {
        let parser = AnswerParser(rules: try builtIn().rules)
        func error(_ text: String) -> String? {
            diagnostic { () throws(Diagnostic) in try parser.parse(json: Array(text.utf8)) }?.description
        }
        #expect(error(#"[{"redFlags": ["x"]}, {"redFlags": ["y"]}"#) == "malformed JSON at line 1, column 42: expected ',' or ']' in an array")
        #expect(error(#"[{"redFlags": ["x"]}, {"redFlags": [], "redFlags": []}]"#) == "[1].redFlags: given twice in one object")
        #expect(error(#"[{"redFlags": ["unsure"]}, 7, {"redFlags": ["y"]}]"#) == "[1]: expected an object of answers, got a number")
        #expect(error(#"[{"redFlags": ["unsure"]}, {"redFlags": ["y"]}, 7]"#)?.hasPrefix("[1].redFlags: unknown value \"y\"") == true)
        #expect(error(#""answers""#) == "expected an object of answers or an array of them, got a string")
        #expect(error("[" + String(repeating: "[", count: 70)) == "malformed JSON at line 1, column 65: nested more than 64 levels deep")
    }

    @Test("NDJSON: one report a line, blank lines skipped, errors named by line")
    func ndjsonLines() throws {
        let pathway = try builtIn()
        func line(_ text: String, _ number: Int = 3) throws(Diagnostic) -> String? {
            try Evaluation.reportLine(Array(text.utf8), number: number, pathway: pathway, audience: .trainee)
        }
        func failure(_ text: String, _ number: Int = 3) -> String? {
            diagnostic { () throws(Diagnostic) in try line(text, number) }?.description
        }
        #expect(try line("") == nil)
        #expect(try line(" \t\r") == nil)
        for text in Self.sets {
            let report = try #require(try line(text))
            #expect(report.hasSuffix("\n"))
            #expect(report.dropLast().contains("\n") == false)
            #expect(report.hasPrefix("{\"actions\":["))
            #expect(report.contains("\"audience\":\"trainee\""))
        }
        #expect(failure(#"{"redFlags": ["unsure"], "mri": "x"}"#)?.hasPrefix("line 3: mri: unknown value \"x\"") == true)
        #expect(failure(#"{"redFlags": [], "severeRadicularPain": "no"}"#, 9)
                == "line 9: weeksOfConservativeCare: missing; this answer set's path needs it")
        #expect(failure(#"{"redFlags": [}"#) == "line 3: malformed JSON at column 15: expected a value")
        #expect(failure(#"[{"redFlags": []}]"#) == "line 3: expected an object of answers, got an array")
        #expect(failure(#"{"mri": "notDone", "mri": "notDone"}"#) == "line 3: mri: given twice in one object")
    }

    @Test("each format renders one answer set, and a batch's framing puts them together")
    func everyFormat() throws {
        let pathway = try builtIn()
        let explanation = try #require(try explanations(pathway, 1, .clinician).first)
        let decision = try pathway.rules.decide(try #require(try parsedAnswers(Self.sets[0], pathway)))
        for format in ReportFormat.allCases {
            let framing = Evaluation.batchFraming(format)
            let alone = Evaluation.render(decision, explanation, format: format, at: .alone, pathway: pathway)
            let element = Evaluation.render(decision, explanation, format: format, at: .element(0), pathway: pathway)
            #expect(!alone.isEmpty && !element.isEmpty, "\(format)")
            let output = try Evaluation.report(json: batch(2), pathway: pathway, audience: .clinician, format: format)
            #expect(output.hasPrefix(framing.opening + element), "\(format)")
            #expect(output.hasSuffix(framing.closing), "\(format)")
        }
    }
}

/// The one answer set `json` holds.
private func parsedAnswers(_ json: String, _ pathway: Pathway) throws -> Answers? {
    guard case .single(let answers) = try AnswerParser(rules: pathway.rules).parse(json: Array(json.utf8)) else { return nil }
    return answers
}
