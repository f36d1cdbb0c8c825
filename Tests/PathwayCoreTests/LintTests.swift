import Foundation
import Testing
@testable import PathwayCore

/// A broken copy of the built-in content and a word its lint report must contain.
struct BrokenContent: CustomTestStringConvertible, @unchecked Sendable {
    let name: String
    let expected: String
    let breakIt: @Sendable (inout [String: Any]) -> Void
    var testDescription: String { name }
}

private func edit<T>(_ tree: inout [String: Any], _ key: String, _ change: (inout T) -> Void) {
    guard var value = tree[key] as? T else { return }
    change(&value)
    tree[key] = value
}

private func editTier(_ tree: inout [String: Any], _ id: String, _ change: (inout [String: Any]) -> Void) {
    edit(&tree, "tiers") { (tiers: inout [[String: Any]]) in
        for i in tiers.indices where tiers[i]["id"] as? String == id { change(&tiers[i]) }
    }
}

let brokenContents: [BrokenContent] = [
    BrokenContent(name: "patient wording missing with no fallback", expected: "tiers[spine-surgeon].title.patient: no wording and no explicit fallback") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            var title = tier["title"] as? [String: Any] ?? [:]
            title["patient"] = nil
            tier["title"] = title
        }
    },
    BrokenContent(name: "fallback to an unknown audience", expected: "falls back to unknown audience \"nurse\"") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            var title = tier["title"] as? [String: Any] ?? [:]
            title["trainee"] = ["sameAs": "nurse"]
            tier["title"] = title
        }
    },
    BrokenContent(name: "fallbacks in a cycle", expected: "its fallbacks never reach any wording") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            tier["title"] = ["clinician": ["sameAs": "patient"], "patient": ["sameAs": "trainee"], "trainee": ["sameAs": "clinician"]]
        }
    },
    BrokenContent(name: "a citation with no reference entry", expected: "[7] does not resolve to a reference entry") { tree in
        editTier(&tree, "primary-care-conservative") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[0]["citations"] = [1, 7]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "a statement with no citation", expected: "needs at least one citation") { tree in
        edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in pitfalls[0]["citations"] = [Int]() }
    },
    BrokenContent(name: "a tier missing", expected: "tiers[spine-surgeon]: is missing") { tree in
        edit(&tree, "tiers") { (tiers: inout [[String: Any]]) in tiers.removeAll { $0["id"] as? String == "spine-surgeon" } }
    },
    BrokenContent(name: "a surgeon threshold past the largest answer makes spine-surgeon unreachable",
                  expected: "tiers[spine-surgeon]: is never reached") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["surgeonMinimumWeeks"] = 521 }
    },
    BrokenContent(name: "a primary-care threshold of 0 makes primary care unreachable",
                  expected: "tiers[primary-care-conservative]: is never reached") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["primaryCareWeeks"] = 0 }
    },
    BrokenContent(name: "a threshold at the edge of Int is refused, not overflowed", expected: "thresholds.primaryCareWeeks: is -9223372036854775808") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["primaryCareWeeks"] = Int.min }
    },
    BrokenContent(name: "a maximum beyond ten years", expected: "thresholds.maximumWeeks") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["maximumWeeks"] = Int.max }
    },
    BrokenContent(name: "a question missing", expected: "questions[mri]: is missing") { tree in
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in questions.removeAll { $0["key"] as? String == "mri" } }
    },
    BrokenContent(name: "an answer option missing", expected: "questions[mri].options[unknown]: is missing") { tree in
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in
            for i in questions.indices where questions[i]["key"] as? String == "mri" {
                var options = questions[i]["options"] as? [[String: Any]] ?? []
                options.removeAll { $0["value"] as? String == "unknown" }
                questions[i]["options"] = options
            }
        }
    },
    BrokenContent(name: "a reason missing", expected: "reasons[referral-overdue]: is missing") { tree in
        edit(&tree, "reasons") { (reasons: inout [[String: Any]]) in reasons.removeAll { $0["id"] as? String == "referral-overdue" } }
    },
    BrokenContent(name: "an unknown placeholder", expected: "unknown placeholder {days}") { tree in
        edit(&tree, "reasons") { (reasons: inout [[String: Any]]) in
            for i in reasons.indices where reasons[i]["id"] as? String == "under-6-weeks" {
                reasons[i]["text"] = ["clinician": "{days} of care.", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]
            }
        }
    },
    BrokenContent(name: "a pitfall for an unknown tier", expected: "unknown tier \"surgeon\"") { tree in
        edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in pitfalls[0]["appliesTo"] = ["surgeon"] }
    },
    BrokenContent(name: "a date that is not a date", expected: "meta.lastUpdated") { tree in
        edit(&tree, "meta") { (meta: inout [String: Any]) in meta["lastUpdated"] = "January 28, 2026" }
    },
]

@Suite("Lint")
struct LintTests {
    @Test("the shipped content is clean")
    func shippedContentIsClean() throws {
        let tree = try builtInJSON()
        guard case .success = try load(tree) else {
            Issue.record("the built-in pathway does not load")
            return
        }
        #expect(try builtIn().document.questions.count == QuestionKey.allCases.count)
    }

    @Test("broken content fails, naming the problem", arguments: brokenContents)
    func brokenContentFails(_ broken: BrokenContent) throws {
        var tree = try builtInJSON()
        broken.breakIt(&tree)
        switch try load(tree) {
        case .success:
            Issue.record("lint passed content with: \(broken.name)")
        case .failure(.malformed(let detail)):
            Issue.record("content did not decode: \(detail)")
        case .failure(.invalid(let problems)):
            let lines = problems.map(\.description)
            #expect(lines.contains { $0.contains(broken.expected) }, "\(lines)")
        }
    }

    @Test("content that is not JSON, or of the wrong shape, is malformed with a location")
    func malformed() {
        guard case .failure(.malformed(let notJSON)) = Pathway.load(json: Array("{".utf8)) else {
            Issue.record("expected malformed"); return
        }
        #expect(notJSON.contains("not valid JSON"))
        guard case .failure(.malformed(let missing)) = Pathway.load(json: Array("{\"format\": 1}".utf8)) else {
            Issue.record("expected malformed"); return
        }
        #expect(missing.contains("missing"))
    }
}
