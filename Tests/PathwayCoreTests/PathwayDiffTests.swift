import Foundation
import Testing
@testable import PathwayCore

/// The built-in content with the weeks capped at 30, so the independent count (every week, one
/// by one) stays quick; and the same with `change` made: the two sides of a diff.
private func edited(_ change: (inout [String: Any]) -> Void) throws -> (old: Pathway, new: Pathway) {
    var tree = try builtInJSON()
    edit(&tree, "thresholds") { (t: inout [String: Any]) in t["maximumWeeks"] = 30 }
    let old = try load(tree).get()
    change(&tree)
    return (old, try load(tree).get())
}

private func threshold(_ name: String, _ weeks: Int) -> (inout [String: Any]) -> Void {
    { tree in edit(&tree, "thresholds") { (t: inout [String: Any]) in t[name] = weeks } }
}

/// The diff of an edit of the capped content, and every answer set of both sides decided
/// independently; the diff's classes are checked against the independent count here.
private func compared(_ change: (inout [String: Any]) -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> (old: Pathway, new: Pathway, diff: PathwayDiff, pairs: [IndependentPair]) {
    let (old, new) = try edited(change)
    let diff = PathwayDiff(old: old, new: new)
    let pairs = independentPairs(old, new)
    expectClassesMatch(diff, pairs, sourceLocation: sourceLocation)
    return (old, new, diff, pairs)
}

/// The classes of the diff against the independent count, class by class, and the total.
private func expectClassesMatch(_ diff: PathwayDiff, _ pairs: [IndependentPair], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(diff.answerSets == pairs.count, sourceLocation: sourceLocation)
    #expect(classes(diff) == independentClasses(pairs), sourceLocation: sourceLocation)
    #expect(diff.results.reduce(0) { $0 + $1.count } == pairs.filter(\.changes).count, sourceLocation: sourceLocation)
}

@Suite("discpath diff: what an edit does, counted against an independent count of the answer space")
struct PathwayDiffTests {
    @Test("the built-in content against itself: nothing changes, over every answer set the intake can end on")
    func builtInAgainstItself() throws {
        let pathway = try Pathway.lintedBuiltIn()
        let diff = PathwayDiff(old: pathway, new: pathway)
        #expect(diff.isEmpty && !diff.isClinical)
        #expect(diff.answerSets == independentAnswerSets([pathway]).count)
        #expect(diff.render(.text, oldName: "builtin", newName: "builtin").hasSuffix("\nNo changes.\n"))
    }

    @Test("a threshold moved from 9 to 10 weeks: the answer sets at 9 weeks, class by class")
    func thresholdMoved() throws {
        let (_, _, diff, pairs) = try compared(threshold("surgeonMinimumWeeks", 10))
        #expect(diff.thresholds == [ThresholdChange(name: "surgeonMinimumWeeks", old: 9, new: 10)])
        #expect(diff.isClinical)
        // Only 9 weeks moves; a spine surgeon there becomes interventional pain, with duration unmet.
        let changed = pairs.filter(\.changes)
        #expect(!changed.isEmpty && changed.allSatisfy { $0.answers.weeksOfConservativeCare == 9 })
        let surgeon = diff.results.filter { $0.kind.oldTier == .spineSurgeon && $0.kind.newTier == .interventionalPain }
        #expect(surgeon.count == 1)
        #expect(surgeon.first?.count == changed.filter { $0.old?.tier == .spineSurgeon }.count)
        #expect(surgeon.first?.kind.unmetCriteria.added == [.duration])
        // The smallest example of a class is the one with the fewest answers.
        for change in diff.results {
            let members = pairs.filter { $0.changes && $0.kind == change.kind }.map(\.answers)
            let fewest = members.map { QuestionKey.allCases.filter($0.has).count }.min()
            #expect(members.contains(change.example.answers))
            #expect(QuestionKey.allCases.filter(change.example.answers.has).count == fewest)
        }
        // Texts naming the threshold follow it: reported as wording that only moved with it.
        #expect(diff.wording.contains { $0.location == "criteria[duration].reading" && $0.followsThreshold })
    }

    @Test("a criterion's condition changed: duration met from 13 weeks, '2-3 months' read at its upper end (the criterion's threshold; the rest of its condition is code)")
    func criterionConditionChanged() throws {
        let (_, _, diff, pairs) = try compared(threshold("surgeonMinimumWeeks", 13))
        // Every answer set from 9 to 12 weeks that did not name duration unmet names it now.
        let gained = pairs.filter { $0.old?.unmet.contains(.duration) != true && $0.new?.unmet.contains(.duration) == true }
        #expect(!gained.isEmpty && gained.allSatisfy { (9...12).contains($0.answers.weeksOfConservativeCare ?? 0) })
        #expect(diff.results.filter { $0.kind.unmetCriteria.added.contains(.duration) }.reduce(0) { $0 + $1.count } == gained.count)
        #expect(diff.results.contains { $0.kind.oldTier == .spineSurgeon && $0.kind.newTier == .interventionalPain })
    }

    @Test("a criterion marked as this program's inference: a criterion change, seen wherever the criteria are listed")
    func criterionInference() throws {
        let (_, _, diff, pairs) = try compared { tree in
            edit(&tree, "criteria") { (criteria: inout [[String: Any]]) in
                for i in criteria.indices where criteria[i]["id"] as? String == "willing-surgery" { criteria[i]["inference"] = true }
            }
        }
        let listed = pairs.filter { $0.old?.tier.listsCriteria == true || $0.new?.tier.listsCriteria == true }
        #expect(diff.results.isEmpty)
        #expect(diff.content.map(\.kind) == [.criterion])
        #expect(diff.content.first?.location == "criteria[willing-surgery].inference")
        #expect(diff.content.first?.count == listed.count)
        #expect(diff.isClinical)
    }

    @Test("an action's condition changed: an MRI advised also after one that found no compression")
    func actionConditionChanged() throws {
        let (old, _, diff, pairs) = try compared { tree in
            editTier(&tree, "interventional-pain") { tier in
                edit(&tier, "actions") { (actions: inout [[String: Any]]) in
                    for i in actions.indices where actions[i]["id"] as? String == "mri-to-document-compression" {
                        actions[i]["when"] = ["mri": ["isNot": ["rootCompression"]]]
                    }
                }
            }
        }
        let action = "mri-to-document-compression"
        // Every class gains the action and nothing else; the answer sets with an MRI that found no
        // compression are among them.
        #expect(!diff.results.isEmpty)
        #expect(diff.results.allSatisfy { change in
            change.kind.actions == ListChange([], [action]) && !change.kind.tierChanges && change.kind.unmetCriteria.isEmpty
        })
        let gained = pairs.filter { $0.old?.actions.contains(action) == false && $0.new?.actions.contains(action) == true }
        #expect(diff.results.reduce(0) { $0 + $1.count } == gained.count)
        let noCompression = pairs.filter { $0.new?.tier == .interventionalPain && $0.new?.decision.answers.mri == .noRootCompression }
        #expect(!noCompression.isEmpty && noCompression.allSatisfy(\.changes))
        let condition = diff.content.first { $0.kind == .condition }
        #expect(condition?.location == "tiers[interventional-pain].actions[\(action)].when")
        #expect(condition?.old == old.tier(.interventionalPain)?.actions.first { $0.id == action }?.when?.description)
        #expect(condition?.new == "mri isNot rootCompression")
        #expect(condition?.count == pairs.filter { $0.old?.actions.contains(action) == true || $0.new?.actions.contains(action) == true }.count)
    }

    @Test("a reference changed: clinical, no result moves, counted over the results that cite it")
    func referenceChanged() throws {
        let (old, _, diff, pairs) = try compared { tree in
            edit(&tree, "references") { (references: inout [[String: Any]]) in
                for i in references.indices where references[i]["number"] as? Int == 3 {
                    references[i]["text"] = "Guideline. A local summary. 2026."
                    references[i]["listed"] = true
                }
            }
        }
        let citing = pairs.filter { pair in
            pair.old.map { old.explain($0.decision, for: .clinician).references.contains { $0.number == 3 } } ?? false
        }
        #expect(diff.results.isEmpty && diff.isClinical)
        #expect(diff.content.map(\.location) == ["references[3].text", "references[3].listed"])
        #expect(diff.content.allSatisfy { $0.kind == .reference && $0.count == citing.count })
        #expect(!citing.isEmpty)
    }

    @Test("wording only: not clinical, each text counted over the answer sets that see it")
    func wordingOnly() throws {
        let (old, _, diff, pairs) = try compared { tree in
            edit(&tree, "questions") { (questions: inout [[String: Any]]) in
                for i in questions.indices where questions[i]["key"] as? String == "mri" {
                    edit(&questions[i], "prompt") { (prompt: inout [String: Any]) in prompt["patient"] = "Have you had a scan of your lower back?" }
                }
            }
            editTier(&tree, "spine-surgeon") { tier in
                edit(&tier, "title") { (title: inout [String: Any]) in title["clinician"] = "Refer to a spine surgeon" }
            }
            edit(&tree, "meta") { (meta: inout [String: Any]) in meta["contentVersion"] = "1.1.1" }
        }
        #expect(!diff.isClinical && diff.results.isEmpty && diff.content.isEmpty && diff.thresholds.isEmpty)
        #expect(diff.metadata == [MetadataChange(field: "contentVersion", old: old.meta.contentVersion, new: "1.1.1")])
        // The trainee's title falls back to the clinician's, so it changes too.
        #expect(diff.wording.map { "\($0.location) \($0.audience)" } == [
            "questions[mri].prompt patient", "tiers[spine-surgeon].title clinician", "tiers[spine-surgeon].title trainee",
        ])
        let askedMRI = pairs.filter { $0.old?.decision.path.contains(.mri) == true }.count
        let surgeon = pairs.filter { $0.old?.tier == .spineSurgeon }.count
        #expect(diff.wording.map(\.count) == [askedMRI, surgeon, surgeon])
        #expect(diff.wording.allSatisfy { !$0.followsThreshold })
        #expect(diff.render(.text, oldName: "a", newName: "b").hasSuffix("\nNo clinical change: wording and metadata only.\n"))
    }

    @Test("the overdue warning from 12 weeks: a warning gained at 12 weeks")
    func warningMoved() throws {
        let (_, _, diff, pairs) = try compared(threshold("overdueWeeks", 12))
        let warned = pairs.filter { $0.old?.overdue == false && $0.new?.overdue == true }
        #expect(!warned.isEmpty && warned.allSatisfy { $0.answers.weeksOfConservativeCare == 12 })
        #expect(diff.results.filter { $0.kind.warnings.added == [.referralOverdue] }.reduce(0) { $0 + $1.count } == warned.count)
    }

    @Test("the classes whose tier changes come first, each part most answer sets first (fresh-eyes trial 6)")
    func tierChangesFirst() throws {
        let (old, new) = try edited(threshold("surgeonMinimumWeeks", 12))
        let results = PathwayDiff(old: old, new: new).results
        let tierChanges = results.prefix { $0.kind.tierChanges }
        #expect(!tierChanges.isEmpty && tierChanges.count < results.count, "both kinds of class are there")
        #expect(results.dropFirst(tierChanges.count).allSatisfy { !$0.kind.tierChanges })
        for part in [Array(tierChanges), Array(results.dropFirst(tierChanges.count))] {
            #expect(zip(part, part.dropFirst()).allSatisfy { $0.count >= $1.count })
        }
    }

    @Test("a lower maximum: the weeks past it are refused by the new intake")
    func maximumLowered() throws {
        let (_, _, diff, pairs) = try compared(threshold("maximumWeeks", 26))
        let refused = pairs.filter { $0.new == nil }
        #expect(refused.count == pairs.filter { ($0.answers.weeksOfConservativeCare ?? 0) > 26 }.count)
        #expect(diff.results.filter { $0.kind.newTier == nil }.reduce(0) { $0 + $1.count } == refused.count)
        #expect(diff.render(.text, oldName: "a", newName: "b").contains("refused (weeks past the maximum)"))
    }

    @Test("a pitfall shown on another tier, an action added and a piece of evidence removed")
    func placementAndItems() throws {
        let (_, _, diff, pairs) = try compared { tree in
            edit(&tree, "pitfalls") { (pitfalls: inout [[String: Any]]) in
                for i in pitfalls.indices where pitfalls[i]["id"] as? String == "mri-before-6-weeks" {
                    pitfalls[i]["appliesTo"] = ["primary-care-conservative", "specialist-within-2-weeks"]
                }
            }
            edit(&tree, "evidence") { (evidence: inout [[String: Any]]) in evidence.removeAll { $0["id"] as? String == "fusion-not-routine" } }
            editTier(&tree, "specialist-within-2-weeks") { tier in
                edit(&tier, "actions") { (actions: inout [[String: Any]]) in
                    var copy = actions[0]
                    copy["id"] = "tell-the-patient"
                    actions.append(copy)
                }
            }
        }
        let count = { (tiers: [TierID]) in pairs.filter { pair in tiers.contains { $0 == pair.old?.tier } }.count }
        let byLocation = Dictionary(diff.content.map { ($0.location, $0) }) { first, _ in first }
        #expect(byLocation["pitfalls[mri-before-6-weeks].appliesTo"]?.count == count([.primaryCareConservative, .specialistWithin2Weeks]))
        #expect(byLocation["evidence[fusion-not-routine]"]?.kind == .removed)
        #expect(byLocation["evidence[fusion-not-routine]"]?.count == count([.specialistWithin2Weeks, .spineSurgeon]))
        #expect(byLocation["tiers[specialist-within-2-weeks].actions[tell-the-patient]"]?.kind == .added)
        // An item added or removed is reported once, not again text by text.
        #expect(!diff.wording.contains { $0.location.hasPrefix("evidence[fusion-not-routine]") || $0.location.contains("tell-the-patient") })
        #expect(!diff.content.contains { $0.location.hasPrefix("evidence[fusion-not-routine].") })
    }

    @Test("the week classes give the diff walking every week gives", arguments: [("surgeonMinimumWeeks", 10), ("overdueWeeks", 12), ("primaryCareWeeks", 7), ("maximumWeeks", 26)])
    func weekClassesAreExact(name: String, weeks: Int) throws {
        let (old, new) = try edited(threshold(name, weeks))
        let classes = PathwayDiff(old: old, new: new, weekClasses: true)
        let every = PathwayDiff(old: old, new: new, weekClasses: false)
        #expect(classes.answerSets == every.answerSets)
        #expect(classes.results == every.results)
        #expect(classes.wording == every.wording)
        #expect(classes.content == every.content)
    }

    @Test("the JSON report has stable keys and one object per class, with its count and example")
    func json() throws {
        let (old, new) = try edited(threshold("surgeonMinimumWeeks", 10))
        let diff = PathwayDiff(old: old, new: new)
        let text = diff.render(.json, oldName: "old.json", newName: "new.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["old", "new", "answerSets", "clinical", "results", "thresholds", "content", "wording", "metadata"])
        #expect(object["clinical"] as? Bool == true)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == diff.results.count)
        #expect(results.map { $0["count"] as? Int } == diff.results.map(\.count))
        let example = try #require(results.first?["example"] as? [String: Any])
        #expect(Set(example.keys) == ["answers", "old", "new"])
        #expect((example["answers"] as? [String: Any])?["weeksOfConservativeCare"] as? Int == 9)
        let oldSide = try #require(example["old"] as? [String: Any])
        #expect(Set(oldSide.keys) == ["tier", "unmetCriteria", "warnings", "actions", "asked"])
        // The example's answers are answers evaluate reads, and give the old result under the old content.
        let answers = try JSONSerialization.data(withJSONObject: try #require(example["answers"]))
        let report = try Evaluation.report(json: Array(answers), pathway: old, audience: .clinician, format: .json)
        #expect(report.contains("\"tier\" : \"\(oldSide["tier"] as? String ?? "")\""))
    }

    @Test("the markdown report: headings and tables, old and new side by side, pipes escaped")
    func markdown() throws {
        let (old, new) = try edited { tree in
            edit(&tree, "thresholds") { (t: inout [String: Any]) in t["surgeonMinimumWeeks"] = 10 }
            editTier(&tree, "spine-surgeon") { tier in
                edit(&tier, "title") { (title: inout [String: Any]) in title["clinician"] = "Spine surgeon | neurosurgeon" }
            }
        }
        let text = PathwayDiff(old: old, new: new).render(.markdown, oldName: "old.json", newName: "new.json")
        #expect(text.hasPrefix("# Pathway content diff\n"))
        for heading in ["## Results that change", "## Thresholds", "## Wording (not clinical)"] { #expect(text.contains("\n\(heading)\n")) }
        #expect(text.contains("| answer sets | tier | unmet criteria | warnings | actions |"))
        #expect(text.contains("Spine surgeon \\| neurosurgeon"))
        // Every table row has as many cells as its header.
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            #expect([5, 7].contains(cells), "\(line)")
        }
    }
}
