import Foundation
import Testing

/// The built-in content with the patient's MRI question worded otherwise, in a temporary file.
private func wordingFile() throws -> URL {
    try pathwayFile { tree in
        var questions = try #require(tree["questions"] as? [[String: Any]])
        for i in questions.indices where questions[i]["key"] as? String == "mri" {
            var prompt = try #require(questions[i]["prompt"] as? [String: Any])
            prompt["patient"] = "Have you had a scan of your lower back?"
            questions[i]["prompt"] = prompt
        }
        tree["questions"] = questions
    }
}

@Suite("discpath diff")
struct DiffCommandTests {
    @Test("builtin against builtin reports nothing and exits 0")
    func builtInAgainstItself() throws {
        let run = try discpath(["diff", "builtin", "builtin"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Old: builtin (content "))
        #expect(run.stdout.hasSuffix("\nNo changes.\n"))
        #expect(!run.stdout.contains("Results that change"))
    }

    @Test("a threshold moved: the classes of answer sets, the threshold, and exit 1")
    func thresholdMoved() throws {
        let file = try thresholdFile("surgeonMinimumWeeks", 10)
        let run = try discpath(["diff", "builtin", file.path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.isEmpty)
        let text = folded(run.stdout)
        for phrase in ["Results that change:", "spine-surgeon -> interventional-pain:", "unmet criteria: + duration",
                       "for example: {\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 9,",
                       "surgeonMinimumWeeks: 9 -> 10 weeks", "Clinical changes:"] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 78 })
        // The other way round is a change too.
        #expect(try discpath(["diff", file.path, "builtin"]).status == 1)
    }

    @Test("wording only exits 0, old and new side by side")
    func wordingOnly() throws {
        let run = try discpath(["diff", "builtin", try wordingFile().path])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Wording (not clinical)"))
        #expect(run.stdout.contains("questions[mri].prompt: seen by "))
        #expect(run.stdout.contains("      old                                | new"))
        #expect(run.stdout.hasSuffix("\nNo clinical change: wording and metadata only.\n"))
    }

    @Test("--format json: stable keys, one object per class with its count and example")
    func json() throws {
        let run = try discpath(["diff", "--format", "json", "builtin", try thresholdFile("overdueWeeks", 12).path])
        #expect(run.status == 1, "\(run)")
        let report = try jsonObject(run.stdout)
        #expect(report["clinical"] as? Bool == true)
        #expect((report["old"] as? [String: Any])?["name"] as? String == "builtin")
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            #expect(result["count"] is Int)
            let example = try #require(result["example"] as? [String: Any])
            #expect((example["answers"] as? [String: Any])?["weeksOfConservativeCare"] as? Int == 12)
            #expect((result["warnings"] as? [String: Any])?["added"] as? [String] == ["referral-overdue"])
        }
        let same = try jsonObject(try discpath(["diff", "--format", "json", "builtin", "builtin"]).stdout)
        #expect(same["clinical"] as? Bool == false && (same["results"] as? [Any])?.isEmpty == true)
    }

    @Test("--format markdown, for a review ticket")
    func markdown() throws {
        let run = try discpath(["diff", "builtin", try thresholdFile("surgeonMinimumWeeks", 10).path, "--format", "markdown"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("# Pathway content diff\n"))
        #expect(run.stdout.contains("\n## Results that change\n"))
        #expect(run.stdout.contains("| `surgeonMinimumWeeks` | 9 | 10 |"))
    }

    @Test("content that fails lint is reported as such, exit 65, before any diff")
    func lintFirst() throws {
        let broken = try thresholdFile("surgeonMinimumWeeks", 521)
        for arguments in [["diff", "builtin", broken.path], ["diff", broken.path, "builtin"]] {
            let run = try discpath(arguments)
            #expect(run.status == 65, "\(run)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("discpath: error: pathway '\(broken.path)' is invalid ("))
            #expect(run.stderr.contains("run 'discpath lint --pathway \(broken.path)' for all"))
        }
        let malformed = try temporaryFile("{\"format\": 2,", name: "pathway.json")
        let run = try discpath(["diff", "builtin", malformed.path])
        #expect(run.status == 65 && run.stdout.isEmpty)
        #expect(run.stderr.contains("cannot be read"))
    }

    @Test("bad usage exits 64, a file that cannot be opened 66")
    func usageAndMissing() throws {
        #expect(try discpath(["diff", "builtin"]).status == 64)
        #expect(try discpath(["diff", "builtin", "builtin", "--format", "yaml"]).status == 64)
        let both = try discpath(["diff", "-", "-"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("only one of the two contents can come from standard input"))
        let missing = try discpath(["diff", "builtin", "/nonexistent/pathway.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "discpath: error: cannot read pathway file '/nonexistent/pathway.json': No such file or directory\n")
    }

    @Test("one content from standard input")
    func standardInput() throws {
        let run = try discpath(["diff", "builtin", "-"], stdin: String(decoding: try builtInContentBytes(), as: UTF8.self))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\nNew: standard input (content "))
        #expect(run.stdout.hasSuffix("\nNo changes.\n"))
    }

    @Test("discpath help diff explains the command, its formats and exit status")
    func help() throws {
        let run = try discpath(["help", "diff"])
        #expect(run.status == 0)
        let text = folded(run.stdout)
        for phrase in ["USAGE: discpath diff <old> <new>", "'builtin' for the content built into this program",
                       "values: text, json, markdown", "Exit status: 0 when nothing clinical changes", "discpath diff builtin local-pathway.json"] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
    }
}
