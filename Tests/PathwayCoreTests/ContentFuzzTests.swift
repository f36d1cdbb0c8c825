#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PathwayCore
import TextLayout

/// Seeded mutations of the built-in content and of answer files through the pure loaders:
/// each gives content or answers that work, or a clear error of one safe line, never a trap.
/// A failing case names its seed; `DISCPATH_FUZZ_SEED=N` runs that one case alone.
@Suite("Content and answer fuzzing", .serialized)
struct ContentFuzzTests {
    static let replay: UInt64? = {
        guard let text = getenv("DISCPATH_FUZZ_SEED") else { return nil }
        return UInt64(String(cString: text))
    }()

    static func seeds(_ range: Range<UInt64>) -> [UInt64] { replay.map { [$0] } ?? Array(range) }

    @Test("mutated pathway files load, or fail with one safe line per problem")
    func pathwayMutations() throws {
        let original = Array(Pathway.builtInBytes)
        var loaded = 0, refused = 0
        for seed in Self.seeds(0..<1500) {
            var mutator = JSONMutator(seed: seed)
            let (bytes, what) = mutator.mutate(original)
            let context = "pathway seed \(seed) (\(what))"
            let result = FuzzCase.run(context) { pathwayResult(bytes) }
            switch result {
            case .success(let pathway):
                loaded += 1
                // Content that loads also decides and renders, with nothing unsafe in it.
                FuzzCase.run(context + ", rendering") {
                    for answers in [Answers(redFlags: [.unsure]), Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes, therapiesTried: [])] {
                        guard let decision = try? pathway.rules.decide(answers) else { continue }
                        let report = TextReport.render(pathway.explain(decision, for: .patient))
                        #expect(report.split(separator: "\n").allSatisfy { isOneSafeLine(String($0)) }, "\(context)")
                    }
                }
            case .failure(.malformed(let detail)):
                refused += 1
                #expect(!detail.isEmpty && isOneSafeLine(detail), "\(context): \(detail.debugDescription)")
            case .failure(.invalid(let problems)):
                refused += 1
                #expect(!problems.isEmpty, "\(context)")
                for problem in problems { #expect(isOneSafeLine(problem.description), "\(context): \(problem.description.debugDescription)") }
            }
        }
        // Both outcomes happen, so the mutations reach past the JSON reader into decoding and lint.
        if Self.replay == nil { #expect(loaded > 0 && refused > loaded) }
    }

    @Test("the pathway cut short at every 97th byte is refused with a line and column")
    func pathwayTruncations() {
        let original = Array(Pathway.builtInBytes)
        for cut in stride(from: 0, to: original.count, by: 97) {
            let result = FuzzCase.run("pathway cut at \(cut)") { pathwayResult(original.prefix(cut)) }
            guard case .failure(.malformed(let detail)) = result else {
                Issue.record("cut at \(cut): not refused as malformed")
                continue
            }
            #expect(detail.hasPrefix("malformed JSON"), "cut at \(cut): \(detail)")
            #expect(isOneSafeLine(detail), "cut at \(cut)")
        }
    }

    static let answerBatch = Array("""
        [{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
          "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression",
          "correlation": "matches", "willingToConsiderSurgery": "yes"},
         {"redFlags": ["unsure"]}, {"redFlags": [], "severeRadicularPain": "yes"},
         {"redFlags": [], "severeRadicularPain": "unsure", "weeksOfConservativeCare": 14, "symptomsPersist": "yes", "therapiesTried": ["nsaids"]}]
        """.utf8)

    @Test("mutated answer files are read, or refused with one safe line naming where")
    func answerMutations() throws {
        let pathway = try builtIn()
        let parser = AnswerParser(rules: pathway.rules)
        var read = 0, refused = 0
        for seed in Self.seeds(0..<6000) {
            var mutator = JSONMutator(seed: seed &+ 1_000_000)
            var (bytes, what) = mutator.mutate(Self.answerBatch)
            if seed % 3 == 0 { (bytes, what) = mutator.mutate(bytes) }  // two changes at once, sometimes
            let context = "answers seed \(seed) (\(what))"
            let result = FuzzCase.run(context) {
                Result { () throws(Diagnostic) in
                    _ = try? parser.parse(json: bytes)
                    return try Evaluation.report(json: bytes, pathway: pathway, audience: .clinician, format: .text)
                }
            }
            switch result {
            case .success(let report):
                read += 1
                #expect(report.split(separator: "\n").allSatisfy { isOneSafeLine(String($0)) }, "\(context)")
            case .failure(let error):
                refused += 1
                #expect(isOneSafeLine(error.description), "\(context): \(error.description.debugDescription)")
            }
            // The same bytes as NDJSON lines: one error naming its line, or a report per line.
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let outcome = FuzzCase.run(context + ", line \(index + 1)") {
                    Result { () throws(Diagnostic) in try Evaluation.reportLine(line, number: index + 1, pathway: pathway, audience: .patient) }
                }
                if case .failure(let error) = outcome {
                    #expect(error.description.hasPrefix("line \(index + 1)"), "\(context)")
                    #expect(isOneSafeLine(error.description), "\(context): \(error.description.debugDescription)")
                }
            }
        }
        if Self.replay == nil { #expect(read > 0 && refused > read) }
    }

    @Test("deep nesting, huge numbers and long values in answers are refused with one safe line")
    func answerExtremes() throws {
        let parser = AnswerParser(rules: try builtIn().rules)
        let prefix = #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": "#
        var inputs: [(String, String)] = [
            (String(repeating: "[", count: 100_000), "nested more than 64 levels deep"),
            (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), "nested more than 64 levels deep"),
            (String(repeating: "{\"a\":", count: 50_000), "nested more than 64 levels deep"),
            (#"{"redFlags": "# + String(repeating: "[", count: 70), "nested more than 64 levels deep"),
            (prefix + String(repeating: "9", count: 100_000) + "}", "must be a whole number from 0 to 520, got 999"),
            (prefix + "1e999999999999999999}", "got 1e999999999999999999"),
            (prefix + "-1e999999999999999999}", "got -1e999999999999999999"),
            (prefix + "1e-999999999999999999}", "got 1e-999999999999999999"),
            (prefix + "9223372036854775808}", "got 9223372036854775808"),
            (prefix + "0.55e1}", "got 0.55e1"),
            (#"{"redFlags": [""# + String(repeating: "\\u001b", count: 10_000) + #""]}"#, #"unknown value "\u{1B}\u{1B}"#),
            (#"{""# + String(repeating: "k", count: 100_000) + #"": 1}"#, "unknown key"),
        ]
        inputs.append(("[" + String(repeating: #"{"redFlags": ["unsure"]},"#, count: 20_000) + "7]", "[20000]: expected an object of answers"))
        for (input, expected) in inputs {
            let result = FuzzCase.run("extreme \(input.prefix(40))") { Result { () throws(Diagnostic) in try parser.parse(json: Array(input.utf8)) } }
            guard case .failure(let error) = result else {
                Issue.record("accepted: \(input.prefix(60))")
                continue
            }
            #expect(error.description.contains(expected), "\(error.description.prefix(200))")
            #expect(isOneSafeLine(error.description))
            #expect(error.description.count <= 300, "\(error.description.count) characters")
        }
        // Zero written with any exponent is zero weeks.
        #expect((try? parser.parse(json: Array((prefix + "0e999999999999}").utf8))) != nil)
    }
}

/// Whether `text` is one line with nothing a terminal would act on.
func isOneSafeLine(_ text: String) -> Bool {
    !text.unicodeScalars.contains(where: TerminalSafe.isUnsafe)
}
