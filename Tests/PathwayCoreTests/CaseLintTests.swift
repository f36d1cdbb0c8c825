import Foundation
import Testing
@testable import PathwayCore

/// The built-in cases as a mutable JSON tree, for making broken fixtures.
func builtInCasesJSON() throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(Array(CaseBook.builtInBytes))) as? [String: Any])
}

/// Loads a JSON tree as cases against the built-in pathway.
func loadCases(_ tree: [String: Any]) throws -> Result<CaseBook, CaseBookLoadError> {
    caseBookResult(Array(try JSONSerialization.data(withJSONObject: tree)), try builtIn())
}

/// Applies `change` to the case with `id`.
func editCase(_ tree: inout [String: Any], _ id: String, _ change: (inout [String: Any]) -> Void) {
    guard var cases = tree["cases"] as? [[String: Any]] else { return }
    for i in cases.indices where cases[i]["id"] as? String == id { change(&cases[i]) }
    tree["cases"] = cases
}

/// A broken copy of the built-in cases and a line its lint report must contain.
struct BrokenCases: CustomTestStringConvertible, @unchecked Sendable {
    let name: String
    let expected: String
    let breakIt: @Sendable (inout [String: Any]) -> Void
    var testDescription: String { name }
}

private func answers(_ c: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
    var value = c["answers"] as? [String: Any] ?? [:]
    change(&value)
    c["answers"] = value
}

private func why(_ c: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
    var value = c["why"] as? [String: Any] ?? [:]
    change(&value)
    c["why"] = value
}

let brokenCases: [BrokenCases] = [
    BrokenCases(name: "a stated tier the pathway does not give",
                expected: "cases[eight-weeks-wants-surgery].tier: is spine-surgeon, but the pathway gives interventional-pain for the case's answers") { tree in
        editCase(&tree, "eight-weeks-wants-surgery") { $0["tier"] = "spine-surgeon" }
    },
    BrokenCases(name: "an unknown tier", expected: "cases[declines-surgery].tier: unknown tier \"surgeon\"") { tree in
        editCase(&tree, "declines-surgery") { $0["tier"] = "surgeon" }
    },
    BrokenCases(name: "an invalid answer, in evaluate's words",
                expected: "cases[declines-surgery].answers.mri: unknown value \"compression\"; expected one of notDone, noRootCompression, rootCompression, unknown") { tree in
        editCase(&tree, "declines-surgery") { c in answers(&c) { $0["mri"] = "compression" } }
    },
    BrokenCases(name: "weeks that are not whole", expected: "cases[six-weeks-no-better].answers.weeksOfConservativeCare: must be a whole number from 0 to 520, got 6.5") { tree in
        editCase(&tree, "six-weeks-no-better") { c in answers(&c) { $0["weeksOfConservativeCare"] = 6.5 } }
    },
    BrokenCases(name: "an answer the path needs is missing",
                expected: "cases[declines-surgery].answers.willingToConsiderSurgery: missing; this answer set's path needs it") { tree in
        editCase(&tree, "declines-surgery") { c in answers(&c) { $0["willingToConsiderSurgery"] = nil } }
    },
    BrokenCases(name: "an answer the intake never asks on the case's path",
                expected: "cases[six-weeks-no-better].answers.mri: the intake does not ask this on the case's path (it ends after symptomsPersist on interventional-pain)") { tree in
        editCase(&tree, "six-weeks-no-better") { c in
            answers(&c) { $0["mri"] = "notDone" }
            why(&c) { $0["mri"] = ["text": "No imaging."] }
        }
    },
    BrokenCases(name: "answers not an object", expected: "cases[declines-surgery].answers: expected an object of answers, got an array") { tree in
        editCase(&tree, "declines-surgery") { $0["answers"] = [] as [Any] }
    },
    BrokenCases(name: "an answer without a why", expected: "cases[declines-surgery].why.mri: missing; every answer needs a why") { tree in
        editCase(&tree, "declines-surgery") { c in why(&c) { $0["mri"] = nil } }
    },
    BrokenCases(name: "a why for an answer the case does not give", expected: "cases[disabling-sciatica].why.mri: explains an answer the case does not give") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["mri"] = ["text": "No imaging."] } }
    },
    BrokenCases(name: "a why for an unknown question", expected: "cases[disabling-sciatica].why.age: unknown question") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["age"] = ["text": "34."] } }
    },
    BrokenCases(name: "a rule without citations", expected: "cases[disabling-sciatica].why.severeRadicularPain.citations: the source's rule needs its citation numbers") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["severeRadicularPain"] = ["text": "Off work.", "rule": "Refer within 2 weeks."] } }
    },
    BrokenCases(name: "citations on the story, with no rule",
                expected: "cases[disabling-sciatica].why.severeRadicularPain.citations: cites without a rule") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["severeRadicularPain"] = ["text": "Off work.", "citations": [1]] } }
    },
    BrokenCases(name: "a citation with no reference entry",
                expected: "cases[disabling-sciatica].why.severeRadicularPain.citations: [7] does not resolve to a reference entry") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["severeRadicularPain"] = ["text": "Off work.", "rule": "Refer.", "citations": [1, 7]] } }
    },
    BrokenCases(name: "an empty why", expected: "cases[disabling-sciatica].why.redFlags.text: is empty") { tree in
        editCase(&tree, "disabling-sciatica") { c in why(&c) { $0["redFlags"] = ["text": " "] } }
    },
    BrokenCases(name: "an empty story", expected: "cases[disabling-sciatica].story: is empty") { tree in
        editCase(&tree, "disabling-sciatica") { $0["story"] = "" }
    },
    BrokenCases(name: "a title too long for the list", expected: "cases[disabling-sciatica].title: is 61 characters long") { tree in
        editCase(&tree, "disabling-sciatica") { $0["title"] = String(repeating: "t", count: 61) }
    },
    BrokenCases(name: "an id that is not kebab-case", expected: "cases[Disabling_Sciatica].id: \"Disabling_Sciatica\" is not a stable kebab-case id") { tree in
        editCase(&tree, "disabling-sciatica") { $0["id"] = "Disabling_Sciatica" }
    },
    BrokenCases(name: "an id given twice", expected: "cases[declines-surgery].id: \"declines-surgery\" is the id of an earlier case too") { tree in
        editCase(&tree, "disabling-sciatica") { $0["id"] = "declines-surgery" }
    },
    BrokenCases(name: "a misspelt field", expected: "cases[disabling-sciatica].storey: unknown field; did you mean \"story\"?") { tree in
        editCase(&tree, "disabling-sciatica") { $0["storey"] = "A misspelt story." }
    },
    BrokenCases(name: "an escape sequence in a story", expected: "cases[disabling-sciatica].story: contains the control character \\u{1B}") { tree in
        editCase(&tree, "disabling-sciatica") { $0["story"] = "Leg pain.\u{1B}[2J Off work." }
    },
    BrokenCases(name: "a second right tier where no reading decides the case",
                expected: "cases[declines-surgery].alsoRight: a second right tier is only for a spine-surgeon case from 9 to 12 weeks") { tree in
        editCase(&tree, "declines-surgery") { $0["alsoRight"] = ["tier": "spine-surgeon", "why": ["text": "No."]] }
    },
    BrokenCases(name: "a second right tier past 3 months",
                expected: "cases[six-months-ready-for-surgeon].alsoRight: a second right tier is only for a spine-surgeon case from 9 to 12 weeks") { tree in
        editCase(&tree, "six-months-ready-for-surgeon") { $0["alsoRight"] = ["tier": "interventional-pain", "why": ["text": "No."]] }
    },
    BrokenCases(name: "a second right tier whose rule is uncited",
                expected: "cases[nine-weeks-all-criteria].alsoRight.why.citations: the source's rule needs its citation numbers") { tree in
        editCase(&tree, "nine-weeks-all-criteria") { $0["alsoRight"] = ["tier": "interventional-pain", "why": ["text": "9 weeks.", "rule": "2-3 months."]] }
    },
    BrokenCases(name: "another format", expected: "format: is 2; this program reads cases format 1") { tree in tree["format"] = 2 },
    BrokenCases(name: "no cases", expected: "cases: there are no cases") { tree in tree["cases"] = [] as [Any] },
]

@Suite("Lint of the practice cases")
struct CaseLintTests {
    @Test("broken cases are refused, each problem located by its path", arguments: brokenCases)
    func broken(_ fixture: BrokenCases) throws {
        var tree = try builtInCasesJSON()
        fixture.breakIt(&tree)
        guard case .failure(.invalid(let problems)) = try loadCases(tree) else {
            Issue.record("\(fixture.name): not refused as invalid")
            return
        }
        #expect(problems.contains { $0.description.hasPrefix(fixture.expected) },
                "\(fixture.name): \(problems.map(\.description))")
    }

    @Test("only the broken case is refused: the others still pass")
    func onlyTheBrokenCase() throws {
        var tree = try builtInCasesJSON()
        editCase(&tree, "declines-surgery") { $0["tier"] = "spine-surgeon" }
        guard case .failure(.invalid(let problems)) = try loadCases(tree) else { Issue.record("not refused"); return }
        #expect(problems.count == 1)
    }

    @Test("malformed JSON and wrong types say where, as the content reader does")
    func malformed() throws {
        let pathway = try builtIn()
        let cut = Array(Array(CaseBook.builtInBytes).prefix(500))
        guard case .failure(.malformed(let syntax)) = caseBookResult(cut, pathway) else { Issue.record("accepted"); return }
        #expect(syntax.contains("malformed JSON at line"))
        var tree = try builtInCasesJSON()
        editCase(&tree, "declines-surgery") { $0["story"] = 3 }
        guard case .failure(.malformed(let type)) = try loadCases(tree) else { Issue.record("accepted"); return }
        #expect(type == "cases[declines-surgery].story: expected a string, got 3")
        let twice = Array(#"{"format": 1, "format": 1, "cases": []}"#.utf8)
        guard case .failure(.malformed(let duplicate)) = caseBookResult(twice, pathway) else { Issue.record("accepted"); return }
        #expect(duplicate.contains("given twice"))
    }

    @Test("with other thresholds the stated tiers no longer hold, and lint says which")
    func otherThresholds() throws {
        var content = try builtInJSON()
        var thresholds = try #require(content["thresholds"] as? [String: Any])
        thresholds["surgeonMinimumWeeks"] = 10
        content["thresholds"] = thresholds
        let pathway = try load(content).get()
        guard case .failure(.invalid(let problems)) = Result(catching: { () throws(CaseBookLoadError) in try CaseBook.builtIn(for: pathway) }) else { Issue.record("accepted"); return }
        #expect(problems.contains { $0.description.hasPrefix("cases[nine-weeks-all-criteria].answers.therapiesTried: the intake does not ask this") })
        #expect(problems.contains { $0.description == "cases[nine-weeks-all-criteria].tier: is spine-surgeon, but the pathway gives interventional-pain for the case's answers" })
    }
}
