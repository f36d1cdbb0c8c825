import Foundation
import Testing
@testable import discpath

@Suite("Input size caps")
struct InputSizeTests {
    @Test("an endless answers file is refused at the 64 MiB cap, with one line and exit 65")
    func answersFromDevZero() throws {
        let run = try discpath(["evaluate", "--answers", "/dev/zero"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "discpath: error: answers file '/dev/zero' is larger than 64 MiB, the most discpath reads\n")
    }

    @Test("an endless pathway file is refused at the 4 MiB cap", arguments: [["lint"], ["evaluate"], ["--version"]])
    func pathwayFromDevZero(_ mode: [String]) throws {
        let run = try discpath(mode + ["--pathway", "/dev/zero"], stdin: surgeonAnswers)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "discpath: error: pathway file '/dev/zero' is larger than 4 MiB, the most discpath reads\n")
    }

    @Test("an endless pipe on standard input is refused at the cap, not read to exhaustion")
    func endlessPipe() throws {
        let answers = try shell(#"yes | "$DISCPATH" evaluate"#)
        #expect(answers.status == 65)
        #expect(answers.stderr == "discpath: error: answers file 'standard input' is larger than 64 MiB, the most discpath reads\n")
        let pathway = try shell(#"yes | "$DISCPATH" lint --pathway -"#)
        #expect(pathway.status == 65)
        #expect(pathway.stderr == "discpath: error: pathway file 'standard input' is larger than 4 MiB, the most discpath reads\n")
    }

    @Test("a pathway file of exactly 4 MiB is read; one byte more is refused")
    func pathwayAtTheCap() throws {
        let content = try builtInContentBytes()
        let cap = 4 << 20
        let padding = String(repeating: " ", count: cap - content.count)
        let atCap = try temporaryFile(String(decoding: content, as: UTF8.self) + padding, name: "pathway.json")
        let ok = try discpath(["lint", "--pathway", atCap.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let over = try temporaryFile(String(decoding: content, as: UTF8.self) + padding + " ", name: "pathway.json")
        let refused = try discpath(["lint", "--pathway", over.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("is larger than 4 MiB"))
    }
}

@Suite("Nothing from the input reaches the terminal raw")
struct TerminalSafetyTests {
    /// Checks an error run: exit 65, nothing on stdout, one safe line on stderr.
    func expectOneSafeErrorLine(_ run: Run, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 65, "\(context)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "\(context)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("discpath: error: "), "\(context)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n", omittingEmptySubsequences: false).count == 2, "\(context): \(run.stderr)",
                sourceLocation: sourceLocation)
        #expect(isTerminalSafe(run.stderr), "\(context): \(run.stderr.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("repro A: escape sequences in answer keys and values are written visibly")
    func answerEscapes() throws {
        let key = try discpath(["evaluate"], stdin: #"{"\u001b]0;PWNED\u0007\u001b[2J\u001b[31mred": []}"#)
        expectOneSafeErrorLine(key, "key")
        #expect(key.stderr.contains(#"\u{1B}]0;PWNED\u{7}\u{1B}[2J\u{1B}[31mred: unknown key"#), "\(key.stderr)")

        let value = try discpath(["evaluate"], stdin: #"{"redFlags": [], "severeRadicularPain": "\u001b[31mno"}"#)
        expectOneSafeErrorLine(value, "value")
        #expect(value.stderr.contains(#"severeRadicularPain: unknown value "\u{1B}[31mno""#), "\(value.stderr)")

        let c1 = try discpath(["evaluate"], stdin: #"{"redFlags": ["\u009b31m", "\u202eevil"]}"#)
        expectOneSafeErrorLine(c1, "C1")
        #expect(c1.stderr.contains(#"\u{9B}31m"#), "\(c1.stderr)")

        let listedTwice = try discpath(["evaluate"], stdin: #"{"redFlags": ["unsure", "unsure"], "x\u2067": 1}"#)
        expectOneSafeErrorLine(listedTwice, "bidi isolate in a key")
    }

    @Test("repro C: line breaks never split an error, and huge keys and values are cut")
    func oneLine() throws {
        let breaks = try discpath(["evaluate"], stdin: #"{"a\nb\r\nc": 1}"#)
        expectOneSafeErrorLine(breaks, "line breaks")
        #expect(breaks.stderr.hasPrefix(#"discpath: error: a\u{A}b\u{D}\u{A}c: unknown key"#), "\(breaks.stderr)")

        let huge = String(repeating: "a", count: 10_000_000)
        let value = try discpath(["evaluate"], stdin: #"{"redFlags": ["unsure"], "mri": "\#(huge)"}"#)
        expectOneSafeErrorLine(value, "huge value")
        #expect(value.stderr.contains("mri: unknown value \"\(String(repeating: "a", count: 59))…\""), "\(value.stderr.prefix(300))")
        #expect(value.stderr.utf8.count < 400)

        let key = try discpath(["evaluate"], stdin: #"{"\#(huge)": 1}"#)
        expectOneSafeErrorLine(key, "huge key")
        #expect(key.stderr.utf8.count < 400)

        let twice = try discpath(["evaluate"], stdin: #"{"\#(huge)": 1, "\#(huge)": 2}"#)
        expectOneSafeErrorLine(twice, "huge duplicate key")
        #expect(twice.stderr.contains("…: given twice in one object"))
        #expect(twice.stderr.utf8.count < 400)
    }

    /// The built-in content with escape sequences in a tier title, a reference and the version:
    /// the trial's repro B.
    func contentWithEscapes() throws -> URL {
        try pathwayFile { tree in
            var tiers = try #require(tree["tiers"] as? [[String: Any]])
            for i in tiers.indices where tiers[i]["id"] as? String == "immediate-spine-surgeon" {
                var title = try #require(tiers[i]["title"] as? [String: Any])
                title["clinician"] = "Now \u{1B}]52;c;SGVsbG8=\u{7}"
                tiers[i]["title"] = title
            }
            tree["tiers"] = tiers
            var references = try #require(tree["references"] as? [[String: Any]])
            references[0]["text"] = "Cleared \u{1B}[2J"
            tree["references"] = references
            var meta = try #require(tree["meta"] as? [String: Any])
            meta["contentVersion"] = "\u{1B}]0;PWNED\u{7}"
            tree["meta"] = meta
        }
    }

    @Test("repro B: content with escape sequences fails lint, and lint shows them visibly")
    func contentEscapes() throws {
        let file = try contentWithEscapes()
        let evaluate = try discpath(["evaluate", "--pathway", file.path], stdin: #"{"redFlags":["urinaryRetentionOrIncontinence"]}"#)
        expectOneSafeErrorLine(evaluate, "evaluate")
        #expect(evaluate.stderr.contains("contains the control character"), "\(evaluate.stderr)")

        let lint = try discpath(["lint", "--pathway", file.path])
        #expect(lint.status == 65)
        #expect(isTerminalSafe(lint.stdout), "\(lint.stdout.debugDescription)")
        let lines = lint.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path): meta.contentVersion: contains the control character \\u{1B}; texts must be plain (no tabs, line breaks or escapes)"))
        #expect(lines.contains { $0.contains("tiers[immediate-spine-surgeon].title.clinician: contains the control character \\u{1B}") })
        #expect(lines.contains { $0.contains("references[0].text: contains the control character \\u{1B}") })

        let version = try discpath(["--version", "--pathway", file.path])
        expectOneSafeErrorLine(version, "version")
    }

    @Test("the text report is written with every line made safe, its line breaks kept")
    func textReportEscaped() {
        let report = "Title \u{1B}]52;c;SGVsbG8=\u{7}\n- a \u{9B}31m b\n\n[1] \u{202E}fed\n"
        let safe = EvaluateCommand.terminalSafe(report)
        #expect(safe == "Title \\u{1B}]52;c;SGVsbG8=\\u{7}\n- a \\u{9B}31m b\n\n[1] \\u{202E}fed\n")
        #expect(isTerminalSafe(safe))
    }

    @Test("a usage error echoing an argument is one safe line")
    func usageEcho() throws {
        let run = try discpath(["evaluate", "--format", "\u{1B}[31mxml\nx"])
        #expect(run.status == 64)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(isTerminalSafe(run.stderr), "\(run.stderr.debugDescription)")
    }
}

@Suite("Reading numbers, byte order marks and content fields")
struct InputReadingTests {
    func weeksAnswers(_ weeks: String) -> String {
        #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": \#(weeks), "symptomsPersist": "yes", "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression", "correlation": "matches", "willingToConsiderSurgery": "yes"}"#
    }

    @Test("weeks written as 9.0, 1E1 or 0.9e1 are the whole numbers they are", arguments: [("9.0", "9"), ("1E1", "10"), ("0.9e1", "9"), ("1.2e1", "12"), ("-0", "0")])
    func wholeWeeks(_ written: String, _ plain: String) throws {
        let run = try discpath(["evaluate", "--format", "json"], stdin: weeksAnswers(written))
        let expected = try discpath(["evaluate", "--format", "json"], stdin: weeksAnswers(plain))
        #expect(run.status == expected.status, "\(run.stderr)")
        #expect(run.stdout == expected.stdout)
        #expect(!run.stdout.isEmpty || plain == "0")
    }

    @Test("weeks that are not a whole number in range are refused, echoing exactly what was written",
          arguments: ["9.5", "1e400", "99999999999999999999", "1E3", "-1e0", "5.000001", "1e-400"])
    func badWeeks(_ written: String) throws {
        let run = try discpath(["evaluate"], stdin: weeksAnswers(written))
        #expect(run.status == 65)
        #expect(run.stderr == "discpath: error: weeksOfConservativeCare: must be a whole number from 0 to 520, got \(written)\n")
    }

    @Test("a UTF-8 byte order mark is skipped in answers and in pathway files alike")
    func byteOrderMark() throws {
        let answers = try temporaryFile("\u{FEFF}" + surgeonAnswers)
        let evaluate = try discpath(["evaluate", "--answers", answers.path])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        #expect(evaluate.stdout.contains("(spine-surgeon)"))
        let pathway = try temporaryFile("\u{FEFF}" + String(decoding: try builtInContentBytes(), as: UTF8.self), name: "pathway.json")
        let lint = try discpath(["lint", "--pathway", pathway.path])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains(": ok: "))
    }

    @Test("pathway syntax and type errors say where, as the answers reader does")
    func pathwayErrors() throws {
        let text = String(decoding: try builtInContentBytes(), as: UTF8.self)
        let fraction = try temporaryFile(text.replacingOccurrences(of: #""maximumWeeks": 520"#, with: #""maximumWeeks": 1.5"#), name: "p.json")
        let run = try discpath(["evaluate", "--pathway", fraction.path], stdin: surgeonAnswers)
        #expect(run.status == 65)
        #expect(run.stderr == "discpath: error: pathway '\(fraction.path)' cannot be read: thresholds.maximumWeeks: expected a whole number, got 1.5\n")
        let cut = try temporaryFile(String(text.prefix(1000)), name: "p.json")
        let lint = try discpath(["lint", "--pathway", cut.path])
        #expect(lint.status == 65)
        #expect(lint.stdout.contains(": malformed JSON at line "), "\(lint.stdout)")
    }

    @Test("lint names a misspelt field by its path, and suggests the field meant")
    func unknownField() throws {
        let file = try pathwayFile { tree in
            var questions = try #require(tree["questions"] as? [[String: Any]])
            questions[0]["note"] = [["clinician": "A note.", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]]
            tree["questions"] = questions
        }
        let run = try discpath(["lint", "--pathway", file.path])
        #expect(run.status == 65)
        #expect(run.stdout.contains("\(file.path): questions[redFlags].note: unknown field; did you mean \"notes\"?"), "\(run.stdout)")
    }
}

@Suite("--version and unknown commands")
struct VersionAndCommandTests {
    @Test("--version with --pathway shows that file's content version")
    func versionOfFile() throws {
        let file = try pathwayFile { tree in
            var meta = try #require(tree["meta"] as? [String: Any])
            meta["contentVersion"] = "2.0.0-review"
            meta["lastUpdated"] = "2026-11-30"
            tree["meta"] = meta
        }
        for arguments in [["--version", "--pathway", file.path], ["--pathway=\(file.path)", "--version"], ["lint", "--pathway", file.path, "--version"]] {
            let run = try discpath(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout.hasPrefix("discpath "))
            #expect(run.stdout.contains("(content 2.0.0-review, last updated 2026-11-30)"), "\(arguments): \(run.stdout)")
        }
        let builtIn = try discpath(["--version"])
        #expect(builtIn.stdout.contains("content 1.2.1, last updated 2026-01-28"))
        let missing = try discpath(["--version", "--pathway", "/nonexistent.json"])
        #expect(missing.status == 66)
    }

    @Test("an unknown command points to discpath --help")
    func unknownCommand() throws {
        let run = try discpath(["frobnicate"])
        #expect(run.status == 64)
        #expect(run.stderr == "discpath: error: unknown command 'frobnicate'; the commands are intake, evaluate, lint, diff, rehearse, export and help (see 'discpath --help')\n")
        // A stray word after the intake command is still the intake's.
        #expect(try discpath(["intake", "frobnicate"]).stderr.contains("(see 'discpath intake --help')"))
    }

    @Test("help is a command like the others: discpath help help shows its help, help nope is an error (trial 2, finding 23)")
    func helpHelp() throws {
        let help = try discpath(["help", "help"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("USAGE: discpath help"))
        let nope = try discpath(["help", "nope"])
        #expect(nope.status == 64)
        #expect(nope.stderr.contains("no help for 'nope'"))
    }
}
