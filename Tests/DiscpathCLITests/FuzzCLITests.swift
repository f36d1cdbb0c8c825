import Foundation
import Testing

/// A few dozen seeded mutations through the real binary: exit 0 or 65, one line on stderr when
/// it refuses, and never a byte a terminal would act on in anything it writes. The in-process
/// fuzzing (PathwayCoreTests' ContentFuzzTests) runs thousands of them against the loaders.
@Suite("Mutated files through the binary")
struct FuzzCLITests {
    /// Seeded choices, the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let escapes = ["\u{1B}[2J\u{1B}[H", "\u{1B}]0;owned\u{7}", "\u{9B}31m", "\n", "\u{202E}", "\u{7F}", "\u{0}"]

    /// The bytes changed one of several ways; what was done, for the message.
    static func mutate(_ original: Data, seed: UInt64) -> (Data, String) {
        var random = Generator(state: seed)
        var bytes = [UInt8](original)
        switch seed % 5 {
        case 0:
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes[at] = [0x1B, 0x00, 0x9B, 0xFF, 0x22, 0x7B][Int.random(in: 0..<6, using: &random)]
            return (Data(bytes), "byte \(at) changed")
        case 1:
            let at = Int.random(in: 0..<bytes.count, using: &random)
            return (Data(bytes.prefix(at)), "cut at \(at)")
        case 2, 3:
            // A string value somewhere in the tree with an escape sequence in it (JSON-escaped,
            // so it passes the reader and must be caught after it).
            guard var tree = try? JSONSerialization.jsonObject(with: original) else { return (original, "unchanged") }
            let escape = escapes[Int.random(in: 0..<escapes.count, using: &random)]
            var strings = 0
            func visit(_ value: Any, _ change: Int) -> Any {
                switch value {
                case let text as String:
                    strings += 1
                    return strings == change ? text + escape + text : text
                case let list as [Any]: return list.map { visit($0, change) }
                case let object as [String: Any]:
                    var copy: [String: Any] = [:]
                    for (key, element) in object {
                        strings += 1
                        copy[strings == change ? escape + key : key] = visit(element, change)
                    }
                    return copy
                default: return value
                }
            }
            _ = visit(tree, -1)
            let change = Int.random(in: 1...max(1, strings), using: &random)
            strings = 0
            tree = visit(tree, change)
            let data = (try? JSONSerialization.data(withJSONObject: tree)) ?? original
            return (data, "string \(change) of \(strings) given \(escape.debugDescription)")
        default:
            // A key given twice: the text from the first quote after an opening brace to the
            // next comma, repeated.
            let braces = bytes.indices.filter { bytes[$0] == UInt8(ascii: "{") }
            let brace = braces[Int.random(in: 0..<braces.count, using: &random)]
            guard let comma = bytes[brace...].firstIndex(of: UInt8(ascii: ",")) else { return (original, "unchanged") }
            bytes.insert(contentsOf: bytes[(brace + 1)...comma], at: comma + 1)
            return (Data(bytes), "the key after byte \(brace) repeated")
        }
    }

    /// Exit 0 or 65, nothing raw for a terminal in either stream, one line on stderr when refused.
    func expectClean(_ run: Run, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 0 || run.status == 65, "\(context): exit \(run.status)", sourceLocation: sourceLocation)
        #expect(!run.stdout.unicodeScalars.contains("\u{1B}") && !run.stderr.unicodeScalars.contains("\u{1B}"),
                "\(context)", sourceLocation: sourceLocation)
        #expect(isTerminalSafe(run.stdout) && isTerminalSafe(run.stderr), "\(context)", sourceLocation: sourceLocation)
        if run.status == 65 {
            #expect(run.stderr.hasPrefix("discpath: error: ") && run.stderr.split(separator: "\n").count == 1,
                    "\(context): \(run.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test("mutated pathway files: lint, evaluate and the intake with --pathway exit 0 or 65 (the intake 69 without a terminal) and write nothing raw", arguments: 0..<20)
    func pathway(seed: UInt64) throws {
        let (bytes, what) = Self.mutate(try builtInContentBytes(), seed: seed &* 7_919)
        let file = try temporaryFile(String(decoding: bytes, as: UTF8.self), name: "pathway.json")
        try bytes.write(to: file)  // the bytes themselves, invalid UTF-8 included
        let context = "pathway seed \(seed &* 7_919) (\(what))"
        let lint = try discpath(["lint", "--pathway", file.path])
        expectClean(lint, "lint, " + context)
        if lint.status == 65 {
            #expect(lint.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("\(file.path): ") }, "\(context)")
        }
        let evaluate = try discpath(["evaluate", "--pathway", file.path], stdin: surgeonAnswers)
        expectClean(evaluate, "evaluate, " + context)
        #expect((lint.status == 0) == (evaluate.status == 0), "\(context)")
        // The intake reads the content before it looks for a terminal: bad content is 65 there
        // too; good content goes on to find no terminal (69).
        let intake = try discpath(["--audience", "clinician", "--pathway", file.path])
        #expect(intake.status == (lint.status == 0 ? 69 : 65), "intake, \(context): exit \(intake.status)")
        #expect(isTerminalSafe(intake.stdout) && isTerminalSafe(intake.stderr), "intake, \(context)")
        #expect(intake.stderr.split(separator: "\n").count == 1, "intake, \(context): \(intake.stderr)")
    }

    static let answers = Data("""
        [\(surgeonAnswers), {"redFlags": ["unsure"]}, {"redFlags": [], "severeRadicularPain": "yes"},
         {"redFlags": [], "severeRadicularPain": "unsure", "weeksOfConservativeCare": 14, "symptomsPersist": "yes", "therapiesTried": ["nsaids"]}]
        """.utf8)

    /// The same sets one a line, for `--format ndjson`.
    static let answerLines = Data(("\(surgeonAnswers.split(separator: "\n").joined(separator: " "))\n{\"redFlags\": [\"unsure\"]}\n"
        + "{\"redFlags\": [], \"severeRadicularPain\": \"yes\"}\n").utf8)

    @Test("mutated answer files: evaluate exits 0 or 65 and writes nothing raw, in every format", arguments: 0..<15)
    func answers(seed: UInt64) throws {
        let format = ["text", "json", "ndjson"][Int(seed % 3)]
        let (bytes, what) = Self.mutate(format == "ndjson" ? Self.answerLines : Self.answers, seed: seed &* 104_729 &+ 1)
        let file = try temporaryFile("", name: "answers.json")
        try bytes.write(to: file)
        let run = try discpath(["evaluate", "--format", format, "--answers", file.path])
        expectClean(run, "answers seed \(seed &* 104_729 &+ 1) (\(what)), \(format)")
    }
}
