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
    BrokenContent(name: "a bare threshold number in a text", expected: "states the threshold 6 as a bare number; write {primaryCareWeeks}") { tree in
        edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in
            pitfalls[0]["text"] = ["clinician": "No MRI before 6 weeks.", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]
        }
    },
    BrokenContent(name: "an unknown placeholder outside the reasons", expected: "unknown placeholder {weeks}") { tree in
        edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in
            pitfalls[0]["text"] = ["clinician": "After {weeks}.", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]
        }
    },
    BrokenContent(name: "a condition on an unknown answer key", expected: "when.scan: unknown answer key") { tree in
        editTier(&tree, "interventional-pain") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[2]["when"] = ["scan": ["is": ["done"]]]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "a condition on an unknown value", expected: "unknown value \"done\"") { tree in
        editTier(&tree, "interventional-pain") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[2]["when"] = ["mri": ["isNot": ["done"]]]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "a checklist tested as a single choice", expected: "a checklist is tested with") { tree in
        editTier(&tree, "interventional-pain") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[2]["when"] = ["therapiesTried": ["is": ["nsaids"]]]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "an action id given twice in a tier", expected: "id appears twice in this tier") { tree in
        editTier(&tree, "interventional-pain") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[2]["id"] = actions[1]["id"]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "a path on which no action of its tier applies",
                  expected: "tiers[spine-surgeon].actions: no action applies to some answers that reach this tier") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            for i in actions.indices { actions[i]["when"] = ["willingToConsiderSurgery": ["is": ["no"]]] }
            tier["actions"] = actions
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

    @Test("a threshold is changed in one place: every text that states it follows")
    func thresholdsFillTexts() throws {
        var tree = try builtInJSON()
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["primaryCareWeeks"] = 7; t["surgeonMinimumWeeks"] = 11 }
        guard case .success(let pathway) = try load(tree) else {
            Issue.record("content with other thresholds does not load"); return
        }
        let pitfall = pathway.document.pitfalls.first { $0.id == "mri-before-6-weeks" }?.text.text(.patient) ?? ""
        #expect(pitfall.contains("7 weeks") && !pitfall.contains("{"))
        let decision = try pathway.rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 6)).get()
        #expect(decision.tier == .primaryCareConservative)
        let text = TextReport.render(pathway.explain(decision, for: .clinician))
        #expect(text.contains("under 7 weeks") && text.contains("after 7 weeks") && !text.contains("after 6 weeks"))
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
