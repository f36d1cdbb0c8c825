import Foundation
import Testing
@testable import PathwayCore

/// The built-in cases, checked against the built-in pathway; a test fails rather than traps.
func builtInCases() throws -> CaseBook { try CaseBook.builtIn(for: try builtIn()) }

@Suite("The built-in practice cases")
struct PracticeCaseTests {
    @Test("they load through the strict reader and lint, at least 15, with stable unique kebab-case ids")
    func load() throws {
        let book = try builtInCases()
        #expect(book.cases.count >= 15)
        #expect(Set(book.ids).count == book.ids.count)
        #expect(book.ids.allSatisfy(CaseLint.isKebabCase))
        for practiceCase in book.cases {
            #expect(!practiceCase.title.isEmpty && practiceCase.title.count <= CaseLint.longestTitle)
            // Short stories: two to five sentences.
            let sentences = practiceCase.story.split(separator: " ").filter { $0.last == "." || $0.last == "?" || $0.last == "!" }.count
            #expect((2...5).contains(sentences), "\(practiceCase.id): \(sentences) sentences")
        }
    }

    @Test("each case's answers through evaluate's parser and decision give its stated tier")
    func statedTier() throws {
        let pathway = try builtIn()
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(Array(CaseBook.builtInBytes))) as? [String: Any])
        let entries = try #require(tree["cases"] as? [[String: Any]])
        #expect(entries.count == (try builtInCases()).cases.count)
        for entry in entries {
            let answers = try JSONSerialization.data(withJSONObject: try #require(entry["answers"]))
            let report = try Evaluation.report(json: Array(answers), pathway: pathway, audience: .trainee, format: .json)
            let decided = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
            #expect(decided["tier"] as? String == entry["tier"] as? String, "\(entry["id"] ?? "?")")
        }
    }

    @Test("a trainee answering the intake with the case's answers is asked exactly those questions and reaches its tier")
    func intakeWalk() throws {
        let pathway = try builtIn()
        for practiceCase in try builtInCases().cases {
            var state = IntakeState(rules: pathway.rules)
            for key in practiceCase.questions {
                #expect(state.step == .question(key), "\(practiceCase.id): asked \(state.step), expected \(key)")
                let value = try #require(practiceCase.answers.value(for: key))
                state = state.after(.answered(value), rules: pathway.rules)
            }
            #expect(state.step == .complete(practiceCase.tier), "\(practiceCase.id)")
            #expect(state.effectiveAnswers(pathway.rules) == practiceCase.answers)
        }
    }

    @Test("every answer has a why; a rule carries the source's citations, a reading none")
    func whys() throws {
        let pathway = try builtIn()
        for practiceCase in try builtInCases().cases {
            #expect(Set(practiceCase.why.keys) == Set(practiceCase.questions), "\(practiceCase.id)")
            for (key, why) in practiceCase.why {
                #expect(!why.text.isEmpty, "\(practiceCase.id).\(key)")
                if let rule = why.rule {
                    #expect(!rule.citations.isEmpty && rule.citations.allSatisfy { pathway.reference($0) != nil })
                }
                #expect(!(why.reading ?? "").contains("["), "a reading with a citation mark: \(practiceCase.id).\(key)")
            }
        }
    }

    @Test("they cover every tier, every unmet criterion, an unsure red flag, the overdue warning, and 5/6, 8/9 and 12/13 weeks")
    func coverage() throws {
        let pathway = try builtIn()
        let cases = try builtInCases().cases
        var tiers: Set<TierID> = [], unmet: Set<CriterionID> = [], weeks: Set<Int> = []
        var overdue: [Int] = [], notOverdue: [Int] = []
        var unsureRedFlag = false, noRadicularSymptoms = false
        for practiceCase in cases {
            let decision = try pathway.rules.decide(practiceCase.answers)
            tiers.insert(decision.tier)
            unmet.formUnion(decision.criteria(.unmet))
            if let w = practiceCase.answers.weeksOfConservativeCare { weeks.insert(w) }
            if decision.reasonIDs.contains(.referralOverdue) { overdue.append(practiceCase.answers.weeksOfConservativeCare ?? -1) }
            else if let w = practiceCase.answers.weeksOfConservativeCare, practiceCase.answers.therapiesTried?.contains(.painSpecialist) == false {
                notOverdue.append(w)
            }
            if practiceCase.answers.redFlags == [.unsure] { unsureRedFlag = true }
            if practiceCase.answers.correlation == .noRadicularSymptoms, decision.criteria(.unmet).contains(.mriRootCompression) {
                noRadicularSymptoms = true
            }
        }
        #expect(tiers == Set(TierID.allCases))
        #expect(unmet == Set(CriterionID.allCases))
        #expect(unsureRedFlag)
        #expect(noRadicularSymptoms)
        #expect(overdue.contains(13))
        #expect(notOverdue.contains(12), "a 12-week case without a pain specialist and without the warning")
        for boundary in [5, 6, 8, 9, 12, 13] { #expect(weeks.contains(boundary), "no case at \(boundary) weeks") }
        let byWeeks = Dictionary(grouping: cases.filter { $0.answers.weeksOfConservativeCare != nil }) { $0.answers.weeksOfConservativeCare ?? 0 }
        #expect(byWeeks[5]?.contains { $0.tier == .primaryCareConservative } == true)
        #expect(byWeeks[6]?.contains { $0.tier == .interventionalPain } == true)
        #expect(byWeeks[8]?.contains { $0.tier == .interventionalPain } == true)
        #expect(byWeeks[9]?.contains { $0.tier == .spineSurgeon } == true)
    }

    @Test("issue 28: 30 cases or more, with malignancy, fracture, an unsure MRI, correlation and willingness, severe pain after 6 weeks, improving symptoms, and the 9-12 week reading")
    func issue28Coverage() throws {
        let cases = try builtInCases().cases
        #expect(cases.count >= 30)
        func has(_ id: String, _ check: (PracticeCase) -> Bool) {
            let found = cases.first { $0.id == id }
            #expect(found.map(check) == true, "\(id)")
        }
        has("suspected-metastasis") { $0.answers.redFlags == [.suspectedMalignancy] && $0.tier == .immediateSpineSurgeon }
        has("fall-suspected-fracture") { $0.answers.redFlags == [.suspectedFracture] && $0.tier == .immediateSpineSurgeon }
        has("mri-report-not-available") { $0.answers.mri == .unknown && $0.tier == .interventionalPain }
        has("correlation-unclear") { $0.answers.correlation == .unsure && $0.tier == .interventionalPain }
        has("undecided-about-surgery") { $0.answers.willingToConsiderSurgery == .unsure && $0.tier == .interventionalPain }
        has("severe-pain-at-eight-weeks") { $0.answers.severeRadicularPain == .yes && $0.story.contains("8 weeks") && $0.tier == .specialistWithin2Weeks }
        has("seven-weeks-getting-better") { $0.answers.symptomsPersist == .no && $0.answers.weeksOfConservativeCare == 7 && $0.tier == .primaryCareConservative }
        has("twelve-weeks-easing") { $0.answers.symptomsPersist == .no && $0.tier == .primaryCareConservative }
        // A second right tier only where the "2-3 months" reading decides it, each with its why.
        let reading = cases.filter { $0.alsoRight != nil }
        #expect(reading.map(\.id).sorted() == ["eleven-weeks-ready-for-surgeon", "nine-weeks-all-criteria"])
        for practiceCase in reading {
            let weeks = try #require(practiceCase.answers.weeksOfConservativeCare)
            #expect((9...12).contains(weeks) && practiceCase.tier == .spineSurgeon)
            #expect(practiceCase.alsoRight?.tier == .interventionalPain)
            #expect(practiceCase.rightTiers == [.spineSurgeon, .interventionalPain])
            #expect(practiceCase.alsoRight?.why.rule?.citations.isEmpty == false)
            #expect(practiceCase.alsoRight?.why.reading?.contains("[") == false)
        }
    }

    @Test("clinical-review-2 17, 22 and 14: no case claims to rule out cauda equina syndrome; the phone call teaches assessment now, wherever she is; the unclear severity was asked")
    func reviewedTexts() throws {
        let cases = try builtInCases().cases
        for practiceCase in cases {
            for why in practiceCase.why.values {
                #expect(!why.text.lowercased().contains("rule out cauda equina"), "\(practiceCase.id)")
                // Rehearsal asks every question, so no why may say the intake stops asking.
                #expect(!why.text.contains("asks nothing more") && !(why.reading ?? "").contains("asks nothing more"), "\(practiceCase.id)")
            }
        }
        let phone = try #require(cases.first { $0.id == "red-flag-cannot-be-excluded" }?.why[.redFlags])
        #expect(phone.text.contains("now, wherever she is"))
        #expect(phone.rule?.text.contains("urgent MRI and surgical evaluation") == true)
        let video = try #require(cases.first { $0.id == "severity-unclear-at-4-weeks" })
        #expect(video.story.contains("Asked directly whether it stops him working"))
    }

    @Test("titles do not name the deciding fact (users.md T4): no tier, week count or criterion word in a title")
    func neutralTitles() throws {
        let giveaways = ["week", "month", "criterion", "criteria", "retention", "foot drop", "fever", "severity", "mri", "compression",
                         "surgeon", "willing", "declines", "bulge", "specialist yet", "better", "unsure", "not sure"]
        for practiceCase in try builtInCases().cases {
            let title = practiceCase.title.lowercased()
            #expect(!giveaways.contains { title.contains($0) }, "\(practiceCase.id): \(practiceCase.title)")
        }
    }

    @Test("a run takes all cases in the file's order, the seed's order, or the one named; an unknown id is named back")
    func run() throws {
        let book = try builtInCases()
        #expect(try book.run() == book.cases)
        let seeded = try book.run(seed: 7)
        #expect(seeded == CaseOrder.shuffled(book.cases, seed: 7))
        #expect(Set(seeded.map(\.id)) == Set(book.ids))
        #expect(try book.run(only: "declines-surgery", seed: 7).map(\.id) == ["declines-surgery"])
        guard case .failure(let unknown) = Result(catching: { () throws(UnknownCase) in try book.run(only: "nine-weeks") }) else { Issue.record("an unknown id was accepted"); return }
        #expect(unknown.id == "nine-weeks")
        #expect(unknown.suggestion == "nine-weeks-all-criteria")
        #expect(unknown.description.hasPrefix("unknown case 'nine-weeks'; did you mean 'nine-weeks-all-criteria'?"))
        #expect(unknown.description.contains("cauda-equina-retention"))
        #expect(!unknown.description.contains("\n"))
        #expect(unknown.description.count < 600)
        guard case .failure(let other) = Result(catching: { () throws(UnknownCase) in try book.run(only: "nope") }) else { Issue.record("an unknown id was accepted"); return }
        #expect(other.suggestion == nil)
        #expect(other.description.hasPrefix("unknown case 'nope'; the cases: cauda-equina-retention, progressive-foot-drop, "))
        #expect(other.description.hasSuffix(" more ('discpath rehearse --list' shows them with their titles)"))
    }
}
