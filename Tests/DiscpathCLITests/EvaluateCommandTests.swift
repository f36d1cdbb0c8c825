import Foundation
import Testing

let surgeonAnswers = """
    {"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 12, "symptomsPersist": "yes",
     "therapiesTried": ["physicalTherapy", "painSpecialist"], "mri": "rootCompression",
     "correlation": "matches", "willingToConsiderSurgery": "yes"}
    """

@Suite("discpath evaluate")
struct EvaluateCommandTests {
    @Test("one answer set from stdin gives a JSON report with the contract's fields")
    func singleJSON() throws {
        let run = try discpath(["evaluate", "--format", "json"], stdin: """
            {"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 13, "symptomsPersist": "yes", "therapiesTried": ["nsaids"]}
            """)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let report = try jsonObject(run.stdout)
        #expect(report["tier"] as? String == "interventional-pain")
        #expect(report["unmetCriteria"] as? [String] == ["physical-therapy", "pain-specialist-first"])
        #expect(report["notAssessedCriteria"] as? [String] == ["mri-root-compression", "clinical-correlation", "willing-surgery"])
        let reasons = try #require(report["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["id"] as? String == "referral-overdue" })
        #expect(reasons.allSatisfy { ($0["citations"] as? [Int])?.isEmpty == false && $0["text"] is String })
        let references = try #require(report["references"] as? [[String: Any]])
        #expect(references.allSatisfy { $0["number"] is Int && $0["text"] is String && $0["listed"] is Bool })
        let content = try #require(report["content"] as? [String: Any])
        #expect(content["lastUpdated"] as? String == "2026-01-28")
        for key in ["title", "version", "reviewStatus", "disclaimer"] { #expect(content[key] is String) }
        #expect(report["pitfalls"] is [[String: Any]])
        #expect(report["title"] is String)
    }

    @Test("a batch gives an array in order, from a file")
    func batchJSON() throws {
        let file = try temporaryFile("[\(surgeonAnswers), {\"redFlags\": [\"unsure\"]}, {\"redFlags\": [], \"severeRadicularPain\": \"yes\"}]")
        let run = try discpath(["evaluate", "--answers", file.path, "--format", "json"])
        #expect(run.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["tier"] as? String } == ["spine-surgeon", "immediate-spine-surgeon", "specialist-within-2-weeks"])
    }

    @Test("text output is a readable report in the audience's wording")
    func text() throws {
        let run = try discpath(["evaluate"], stdin: surgeonAnswers)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Referral tier: "))
        #expect(folded(run.stdout).contains("(spine-surgeon)"))
        for heading in ["What to do", "Reasoning", "surgical criteria (all required)", "added criterion (an inference)", "References", "Last updated: 2026-01-28", "Exercise caution as content is pending human review"] {
            #expect(folded(run.stdout).contains(heading), "missing \(heading)")
        }
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 78 })
        let patient = try discpath(["evaluate", "--audience", "patient"], stdin: "{\"redFlags\": [\"saddleAnesthesia\"]}")
        #expect(patient.status == 0)
        #expect(patient.stdout.contains("(immediate-spine-surgeon)"))
        #expect(folded(patient.stdout).contains("Talk about your result with your clinician"))
    }

    @Test("a batch in text separates the reports by position")
    func batchText() throws {
        let run = try discpath(["evaluate"], stdin: "[{\"redFlags\": [\"unsure\"]}, \(surgeonAnswers)]")
        #expect(run.status == 0)
        #expect(run.stdout.contains("=== [0] ==="))
        #expect(run.stdout.contains("=== [1] ==="))
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        let input: String
        let status: Int32
        let message: String
        var testDescription: String { message }
    }

    static let badInputs: [BadInput] = [
        BadInput(input: "{", status: 65, message: "malformed JSON at line 1, column 2"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 3, \"severeRadicularPain\": \"yes\"}",
                 status: 65, message: "severeRadicularPain: given twice in one object"),
        BadInput(input: "", status: 65, message: "malformed JSON"),
        BadInput(input: "42", status: 65, message: "expected an object of answers or an array of them, got a number"),
        BadInput(input: "{\"redFlag\": []}", status: 65, message: "redFlag: unknown key"),
        BadInput(input: "{\"redFlags\": \"none\"}", status: 65, message: "redFlags: expected an array of strings"),
        BadInput(input: "{\"redFlags\": [\"none\"]}", status: 65, message: "redFlags: unknown value \"none\""),
        BadInput(input: "{\"redFlags\": [\"unsure\", \"unsure\"]}", status: 65, message: "listed twice"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": true}", status: 65, message: "severeRadicularPain: expected a string"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 5.5}", status: 65,
                 message: "weeksOfConservativeCare: must be a whole number from 0 to 520, got 5.5"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": -1}", status: 65,
                 message: "weeksOfConservativeCare: must be a whole number from 0 to 520, got -1"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 521, \"symptomsPersist\": \"yes\"}", status: 65,
                 message: "got 521"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": \"12\"}", status: 65,
                 message: "got a string"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\"}", status: 65,
                 message: "weeksOfConservativeCare: missing"),
        BadInput(input: "{\"redFlags\": [\"unsure\"], \"mri\": \"maybe\"}", status: 65,
                 message: "mri: unknown value \"maybe\""),
        BadInput(input: "[{\"redFlags\": [\"unsure\"]}, 3]", status: 65, message: "[1]: expected an object of answers"),
        // From 6 weeks the path asks whether the symptoms persist: evaluate needs the answer.
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 6}", status: 65,
                 message: "symptomsPersist: missing; this answer set's path needs it"),
        BadInput(input: "{\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 9, \"symptomsPersist\": \"maybe\"}",
                 status: 65, message: "symptomsPersist: unknown value \"maybe\"; expected one of yes, no, unsure"),
        BadInput(input: "[\(surgeonAnswers), \(surgeonAnswers), {\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 9, \"symptomsPersist\": \"yes\"}, {\"redFlags\": [], \"severeRadicularPain\": \"no\", \"weeksOfConservativeCare\": 9, \"symptomsPersist\": \"yes\", \"mri\": 1}]",
                 status: 65, message: "[2].therapiesTried: missing"),
        BadInput(input: "[\(surgeonAnswers), {\"redFlags\": [\"unsure\"], \"mri\": \"x\"}]", status: 65, message: "[1].mri: unknown value"),
    ]

    @Test("bad answers: one line on stderr naming the field, exit 65, nothing on stdout", arguments: badInputs)
    func badAnswers(_ bad: BadInput) throws {
        let run = try discpath(["evaluate", "--format", "json"], stdin: bad.input)
        #expect(run.status == bad.status)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("discpath: error: "))
        #expect(run.stderr.contains(bad.message), "stderr: \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("an answers file that cannot be read exits 66")
    func unreadable() throws {
        let missing = try discpath(["evaluate", "--answers", "/nonexistent/answers.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "discpath: error: cannot read answers file '/nonexistent/answers.json': No such file or directory\n")
        let directory = try discpath(["evaluate", "--answers", "/tmp"])
        #expect(directory.status == 66)
        #expect(directory.stderr.contains("Is a directory"))
    }

    @Test("bad usage exits 64 with one line")
    func usage() throws {
        for arguments in [["evaluate", "--format", "xml"], ["evaluate", "--audience", "nurse"], ["evaluate", "--frobnicate"], ["frobnicate"]] {
            let run = try discpath(arguments, stdin: "{}")
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix("discpath: error: "))
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
    }

    @Test("a usage error points to the help of the command it was meant for")
    func usageHint() throws {
        #expect(try discpath(["evaluate", "--frobnicate"]).stderr.contains("(see 'discpath evaluate --help')"))
        #expect(try discpath(["lint", "--x"]).stderr.contains("(see 'discpath lint --help')"))
        #expect(try discpath(["--audience", "nurse"]).stderr.contains("(see 'discpath intake --help')"))
    }

    @Test("--pathway loads another content file, checked like the built-in one")
    func otherPathway() throws {
        let bad = try temporaryFile("{\"format\": 1}", name: "pathway.json")
        let run = try discpath(["evaluate", "--pathway", bad.path], stdin: surgeonAnswers)
        #expect(run.status == 65)
        #expect(run.stderr.contains("pathway '\(bad.path)' cannot be read"))
        let unreadable = try discpath(["evaluate", "--pathway", "/nonexistent.json"], stdin: surgeonAnswers)
        #expect(unreadable.status == 66)
    }
}

@Suite("discpath lint and --version")
struct LintCommandTests {
    @Test("lint on the shipped content and cases prints one ok line for each")
    func clean() throws {
        let run = try discpath(["lint"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("built-in pathway: ok: 8 questions, 5 tiers, 6 criteria") == true)
        #expect(lines.last?.hasPrefix("built-in cases: ok: ") == true)
        #expect(lines.last?.contains(" cases over 5 tiers") == true)
    }

    @Test("lint on broken content prints each problem on its own line and exits 65")
    func broken() throws {
        let file = try pathwayFile { tree in
            var thresholds = try #require(tree["thresholds"] as? [String: Any])
            thresholds["surgeonMinimumWeeks"] = 521
            tree["thresholds"] = thresholds
            tree["references"] = [] as [Any]
        }
        let run = try discpath(["lint", "--pathway", file.path])
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.hasPrefix("\(file.path): ") })
        #expect(lines.contains { $0.contains("tiers[spine-surgeon]: is never reached") })
        #expect(lines.contains { $0.contains("does not resolve to a reference entry") })
        #expect(run.stderr.contains("problems"))
    }

    @Test("a sound pathway whose thresholds the built-in cases no longer fit: ok for the pathway, the cases' problems, and why (fresh-eyes trial 7)")
    func soundPathwayBuiltInCases() throws {
        let file = try thresholdFile("surgeonMinimumWeeks", 12)
        let run = try discpath(["lint", "--pathway", file.path])
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(file.path): ok: ") == true, "\(run.stdout)")
        #expect(lines.last == "built-in cases: written for the built-in pathway, so checked against \(file.path) they need not hold; "
                + "give --cases FILE with cases written for it", "\(run.stdout)")
        #expect(!run.stdout.contains("from 12 to 12 weeks"), "one week is said as one: at 12 weeks")
        #expect(run.stdout.contains("spine-surgeon case at 12 weeks"), "\(run.stdout)")
    }

    @Test("--version names the program and the content")
    func version() throws {
        let run = try discpath(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("discpath "))
        #expect(run.stdout.contains("content 1.2.1, last updated 2026-01-28"))
    }

    @Test("--help lists the commands")
    func help() throws {
        let run = try discpath(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("evaluate"))
        #expect(run.stdout.contains("lint"))
        #expect(run.stdout.contains("rehearse"))
    }
}

/// The shipped content file, read from the package's Resources folder.
func builtInContentBytes() throws -> Data {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try Data(contentsOf: root.appendingPathComponent("Resources/pathway.json"))
}

/// Text with every run of white space folded to one space, to match phrases across wrapped lines.
func folded(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}
