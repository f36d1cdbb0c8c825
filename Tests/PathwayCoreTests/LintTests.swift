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
    // (A primary-care threshold of 0 no longer hides primary care: improving symptoms reach it.)
    BrokenContent(name: "a primary-care threshold past the largest answer: persistence is never asked",
                  expected: "questions[symptomsPersist]: is never asked") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["primaryCareWeeks"] = 521 }
    },
    BrokenContent(name: "a threshold at the edge of Int is refused, not overflowed", expected: "thresholds.primaryCareWeeks: is -9223372036854775808") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["primaryCareWeeks"] = Int.min }
    },
    BrokenContent(name: "a maximum beyond ten years", expected: "thresholds.maximumWeeks") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["maximumWeeks"] = Int.max }
    },
    // Review 2: this program's own advice, audience-only actions and options, reason filters.
    BrokenContent(name: "this program's own advice with a citation", expected: "actions[get-help-now].citations: this program's own advice carries no citation") { tree in
        editTier(&tree, "immediate-spine-surgeon") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[0]["citations"] = [1]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "an action for an unknown audience", expected: "actions[get-help-now].audiences: unknown audience \"nurse\"") { tree in
        editTier(&tree, "immediate-spine-surgeon") { tier in
            var actions = tier["actions"] as? [[String: Any]] ?? []
            actions[0]["audiences"] = ["nurse"]
            tier["actions"] = actions
        }
    },
    BrokenContent(name: "an option that counts as an unknown value", expected: "options[otherWorries].countsAs: unknown value \"worried\"") { tree in
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in
            var options = questions[0]["options"] as? [[String: Any]] ?? []
            for i in options.indices where options[i]["value"] as? String == "otherWorries" { options[i]["countsAs"] = "worried" }
            questions[0]["options"] = options
        }
    },
    BrokenContent(name: "an option that counts as another but takes an answer value", expected: "an option that counts as another needs a value of its own") { tree in
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in
            var options = questions[0]["options"] as? [[String: Any]] ?? []
            for i in options.indices where options[i]["value"] as? String == "otherWorries" { options[i]["value"] = "suspectedFracture" }
            questions[0]["options"] = options
        }
    },
    BrokenContent(name: "a pitfall shown with an unknown reason", expected: "pitfalls[mri-before-6-weeks].withReason: unknown reason \"early\"") { tree in
        edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in pitfalls[0]["withReason"] = ["early"] }
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
    // Trial 2, finding 19: a date in the right shape that no calendar has.
    BrokenContent(name: "a day that does not exist", expected: "meta.lastUpdated: \"2026-02-30\" is not a real date as YYYY-MM-DD") { tree in
        edit(&tree, "meta") { (meta: inout [String: Any]) in meta["lastUpdated"] = "2026-02-30" }
    },
    BrokenContent(name: "a tab in an option label",
                  expected: "questions[redFlags].options[saddleAnesthesia].label.clinician: contains the control character \\u{9}") { tree in
        editOption(&tree, "redFlags", "saddleAnesthesia") { option in
            option["label"] = ["clinician": "Saddle\tanesthesia", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]
        }
    },
    BrokenContent(name: "an escape sequence in a tier title",
                  expected: "tiers[spine-surgeon].title.clinician: contains the control character \\u{1B}") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            var title = tier["title"] as? [String: Any] ?? [:]
            title["clinician"] = "Spine \u{1B}]52;c;SGVsbG8=\u{7} surgeon"
            tier["title"] = title
        }
    },
    BrokenContent(name: "a C1 control in the content version", expected: "meta.contentVersion: contains the control character \\u{9B}") { tree in
        edit(&tree, "meta") { (meta: inout [String: Any]) in meta["contentVersion"] = "1.0\u{9B}31m" }
    },
    BrokenContent(name: "a bidi override in a reference", expected: "references[0].text: contains the control character \\u{202E}") { tree in
        edit(&tree, "references") { (references: inout [[String: Any]]) in references[0]["text"] = "abc \u{202E}fed" }
    },
    BrokenContent(name: "a line break in a reason", expected: "reasons[referral-overdue].text.patient: contains the control character \\u{A}") { tree in
        edit(&tree, "reasons") { (reasons: inout [[String: Any]]) in
            for i in reasons.indices where reasons[i]["id"] as? String == "referral-overdue" {
                var text = reasons[i]["text"] as? [String: Any] ?? [:]
                text["patient"] = "two\nlines"
                reasons[i]["text"] = text
            }
        }
    },
    BrokenContent(name: "a text over the length limit", expected: "references[0].text: is 2001 characters long; a text may have at most 2000") { tree in
        edit(&tree, "references") { (references: inout [[String: Any]]) in references[0]["text"] = String(repeating: "x", count: 2001) }
    },
    BrokenContent(name: "a misspelt optional field", expected: "questions[mri].note: unknown field; did you mean \"notes\"?") { tree in
        edit(&tree, "questions") { (questions: inout [[String: Any]]) in
            for i in questions.indices where questions[i]["key"] as? String == "mri" {
                questions[i]["note"] = [["clinician": "A note.", "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"]]]
            }
        }
    },
    BrokenContent(name: "an unknown top-level field", expected: "comment: unknown field; the fields read here: format, meta,") { tree in
        tree["comment"] = "not read by anything"
    },
    BrokenContent(name: "an unknown field beside sameAs", expected: "tiers[spine-surgeon].title.trainee.note: unknown field; the fields read here: sameAs") { tree in
        editTier(&tree, "spine-surgeon") { tier in
            var title = tier["title"] as? [String: Any] ?? [:]
            title["trainee"] = ["sameAs": "clinician", "note": "x"]
            tier["title"] = title
        }
    },
    BrokenContent(name: "an unknown field in a threshold block", expected: "thresholds.overdueWeek: unknown field; did you mean \"overdueWeeks\"?") { tree in
        edit(&tree, "thresholds") { (t: inout [String: Any]) in t["overdueWeek"] = 12 }
    },
]

private func editOption(_ tree: inout [String: Any], _ key: String, _ value: String, _ change: (inout [String: Any]) -> Void) {
    edit(&tree, "questions") { (questions: inout [[String: Any]]) in
        for i in questions.indices where questions[i]["key"] as? String == key {
            var options = questions[i]["options"] as? [[String: Any]] ?? []
            for j in options.indices where options[j]["value"] as? String == value { change(&options[j]) }
            questions[i]["options"] = options
        }
    }
}

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
        let decision = try pathway.rules.decide(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 6, symptomsPersist: .yes))
        #expect(decision.tier == .primaryCareConservative)
        let text = TextReport.render(pathway.explain(decision, for: .clinician))
        #expect(text.contains("under 7 weeks") && text.contains("after 7 weeks") && !text.contains("after 6 weeks"))
    }

    /// The built-in content as text, with `change` applied to its bytes.
    func builtInText() -> String { String(decoding: Array(Pathway.builtInBytes), as: UTF8.self) }

    func malformedDetail(_ bytes: [UInt8]) -> String? {
        if case .failure(.malformed(let detail)) = pathwayResult(bytes) { return detail }
        return nil
    }

    struct Malformed: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: String
        var testDescription: String { name }
    }

    static var malformedContents: [Malformed] {
        let text = String(decoding: Array(Pathway.builtInBytes), as: UTF8.self)
        let weeks = #""maximumWeeks": 520"#
        return [
            Malformed(name: "not JSON", text: "{", expected: "malformed JSON at line 1, column 2: expected a key in double quotes"),
            Malformed(name: "cut in half", text: String(text.prefix(text.utf8.count / 2)), expected: "malformed JSON at line "),
            Malformed(name: "deeply nested", text: String(repeating: "[", count: 100_000), expected: "nested more than 64 levels deep"),
            Malformed(name: "a required field missing", text: "{\"format\": 1}", expected: "meta: missing"),
            Malformed(name: "a fraction where a whole number goes", text: text.replacingOccurrences(of: weeks, with: #""maximumWeeks": 1.5"#),
                      expected: "thresholds.maximumWeeks: expected a whole number, got 1.5"),
            Malformed(name: "a huge number, echoed as written", text: text.replacingOccurrences(of: weeks, with: #""maximumWeeks": 1e400"#),
                      expected: "thresholds.maximumWeeks: 1e400 is too large a number"),
            Malformed(name: "a string where a number goes", text: text.replacingOccurrences(of: weeks, with: #""maximumWeeks": "520""#),
                      expected: "thresholds.maximumWeeks: expected a whole number, got a string"),
            Malformed(name: "a number where a list goes", text: text.replacingOccurrences(of: #""references": ["#, with: #""references": 3, "x": ["#),
                      expected: "references: expected an array, got 3"),
            Malformed(name: "null where a text goes", text: text.replacingOccurrences(of: #""reviewStatus": ""#, with: #""reviewStatus": null, "x": ""#),
                      expected: "meta.reviewStatus: expected a string, got null"),
            Malformed(name: "a key given twice", text: text.replacingOccurrences(of: weeks, with: weeks + ", " + weeks),
                      expected: "thresholds.maximumWeeks: given twice in one object"),
        ]
    }

    @Test("content that is not JSON, or of the wrong shape, is malformed with a location", arguments: malformedContents)
    func malformed(_ bad: Malformed) {
        guard let detail = malformedDetail(Array(bad.text.utf8)) else {
            Issue.record("\(bad.name) was not refused as malformed")
            return
        }
        #expect(detail.contains(bad.expected), "\(detail)")
        #expect(!detail.contains("\n"))
    }

    @Test("invalid UTF-8 in a text is named as such, with its place")
    func invalidUTF8() throws {
        var bytes = Array(builtInText().utf8)
        let title = Array(#""title": ""#.utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: title) })
        bytes.insert(0xFF, at: at + title.count)
        let detail = try #require(malformedDetail(bytes))
        #expect(detail.contains("not valid UTF-8"), "\(detail)")
        #expect(detail.contains("line "), "\(detail)")
    }

    @Test("a byte order mark is skipped, and whole numbers may be written 520.0 or 5.2e2")
    func lenientWhereHarmless() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard case .success = pathwayResult(bom + Array(builtInText().utf8)) else {
            Issue.record("content with a byte order mark did not load")
            return
        }
        for written in ["520.0", "5.2e2"] {
            let text = builtInText().replacingOccurrences(of: #""maximumWeeks": 520"#, with: "\"maximumWeeks\": \(written)")
            let pathway = try Pathway.load(json: Array(text.utf8))
            #expect(pathway.thresholds.maximumWeeks == 520)
        }
    }
}

@Suite("Fields nothing reads")
struct UnknownFieldTests {
    /// A type of this test only: its fields are known from its CodingKeys alone, as every
    /// content type's are, so a field added to the content model needs no list.
    struct Probe: Decodable {
        let count: Int
        let label: String?
        let parts: [Part]
        struct Part: Decodable { let id: String; let size: Int? }
    }

    @Test("found from each type's CodingKeys, at every depth, with the fields read there")
    func fromCodingKeys() throws {
        let json = #"{"count": 1, "lable": "x", "parts": [{"id": "a", "szie": 2}, {"id": "b"}], "extra": {"deep": 1}}"#
        let tree = try StrictJSON.parse(Array(json.utf8))
        let (probe, unknown) = try ContentDecoder.decode(Probe.self, from: tree)
        #expect(probe.count == 1)
        #expect(probe.label == nil)
        #expect(unknown.map(\.location) == ["extra", "lable", "parts[a].szie"])
        #expect(unknown.first { $0.name == "lable" }?.known == ["count", "label", "parts"])
        #expect(unknown.first { $0.name == "szie" }?.known == ["id", "size"])
        let problems = PathwayLint.unknownFieldProblems(unknown).map(\.description)
        #expect(problems.contains("lable: unknown field; did you mean \"label\"? the fields read here: count, label, parts"))
    }

    @Test("the built-in content has none")
    func builtInHasNone() throws {
        let tree = try StrictJSON.parse(Array(Pathway.builtInBytes))
        let (_, unknown) = try ContentDecoder.decode(PathwayDocument.self, from: tree)
        #expect(unknown.isEmpty)
    }
}

@Suite("The built-in content at start")
struct BuiltInStartTests {
    @Test("is compiled at build time, and lints clean when lint asks")
    func lintedOnRequest() throws {
        #expect(throws: Never.self) { try Pathway.lintedBuiltIn() }
        #expect(throws: Never.self) { try Pathway.builtIn() }
    }
}

@Suite("The built-in content, compiled at build time")
struct CompiledContentTests {
    @Test("the compiled content and the strict reader with lint give the same content, field for field")
    func sameContent() throws {
        let strict = try Pathway.lintedBuiltIn()
        // Equal Wordings hold the same texts and the same texts filled from the thresholds.
        #expect(try Pathway.builtIn().document == strict.document)
    }

    @Test("the compiled cases and the cases read and checked against the content are the same, case for case")
    func sameCases() throws {
        let strict = try CaseBook.builtIn(for: try Pathway.lintedBuiltIn())
        #expect(CaseBook.builtIn() == strict)
        #expect(!strict.cases.isEmpty)
    }
}

@Suite("Calendar dates in the content")
struct CalendarDateTests {
    @Test("real days pass, leap days only in leap years", arguments: ["2026-01-28", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])
    func real(text: String) {
        #expect(PathwayLint.isCalendarDate(text))
    }

    @Test("days no calendar has, and other shapes, are refused",
          arguments: ["2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                      "2026-1-28", "+026-01-28", "2026-+1-28", "2026-01-28T00:00", "January 28, 2026", "2026-٠١-28", ""])
    func refused(text: String) {
        #expect(!PathwayLint.isCalendarDate(text))
    }
}
