import Foundation
import Testing
@testable import PathwayCore

/// The second clinical review (`reviews/clinical-review-2.md`), one test per numbered problem
/// fixed here: what the result says, in each audience, where the answers left it silent.
@Suite("Second clinical review")
struct ClinicalReview2Tests {
    static let noFlags = Answers(redFlags: [], severeRadicularPain: .no)
    static func at(_ weeks: Int, _ persist: YesNoUnsure = .yes, therapies: Set<Therapy>? = nil, mri: MRIFinding? = nil,
                   correlation: Correlation? = nil, willing: YesNoUnsure? = nil) -> Answers {
        Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: weeks, symptomsPersist: persist,
                therapiesTried: therapies, mri: mri, correlation: correlation, willingToConsiderSurgery: willing)
    }

    func explain(_ answers: Answers, _ audience: Audience) throws -> Explanation {
        let pathway = try builtIn()
        return pathway.explain(try pathway.rules.decide(answers), for: audience)
    }

    func text(_ answers: Answers, _ audience: Audience) throws -> String {
        TextReport.render(try explain(answers, audience))
    }

    @Test("#1: a criterion unmet for 'not sure' or 'not known' says so, never 'no', in the text, the screen words and JSON")
    func statusWords() throws {
        let unsure = Self.at(12, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
                             willing: .unsure)
        let patient = try text(unsure, .patient)
        #expect(patient.contains("not sure      Willing to think about surgery"))
        #expect(!patient.contains("no            Willing to think about surgery"))
        let report = JSONReport(try explain(unsure, .clinician))
        let willing = try #require(report.criteria.first { $0.id == "willing-surgery" })
        #expect(willing.status == "unmet" && willing.statusDetail == "not-sure")
        #expect(report.unmetCriteria == ["willing-surgery"])

        let unknown = Self.at(12, therapies: [.physicalTherapy, .painSpecialist], mri: .unknown)
        #expect(try text(unknown, .patient).contains("not known     Ongoing symptoms from a pinched nerve"))
        #expect(try text(unknown, .clinician).contains("not known     Persistent radiculopathy"))
        let declined = Self.at(12, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
                               willing: .no)
        #expect(try text(declined, .patient).contains("no            Willing to think about surgery"))
        #expect(JSONReport(try explain(declined, .clinician)).criteria.allSatisfy { $0.statusDetail == nil })
    }

    @Test("#2, K11: every non-urgent result, every audience, names the red flags and what to do if one starts, the 'at any time' labelled")
    func safetyNet() throws {
        let sets = [Answers(redFlags: [], severeRadicularPain: .yes), Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 3),
                    Self.at(8), Self.at(12, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
                                        willing: .yes)]
        for answers in sets {
            for audience in Audience.allCases {
                let net = try #require(try explain(answers, audience).actions.first { $0.id == "safety-net" })
                #expect(net.citations == [1])
                #expect(net.reading?.contains("any time") == true)
                #expect(net.text.contains(audience == .patient ? "get medical help now" : "refer immediately"))
            }
        }
        #expect(try explain(Answers(redFlags: [.unsure]), .patient).actions.allSatisfy { $0.id != "safety-net" })
    }

    @Test("#3, #4, G1: what the intake did not ask is worded conditionally, never as if known")
    func conditionalWording() throws {
        let eight = try explain(Self.at(8), .clinician)
        let ids = eight.actions.map(\.id)
        #expect(ids.contains("mri-if-not-already-done") && !ids.contains("mri-to-document-compression"))
        #expect(ids.contains("refer-pain-specialist-unless-involved") && !ids.contains("refer-pain-specialist"))
        #expect(eight.actions.first { $0.id == "mri-if-not-already-done" }?.text.hasPrefix("If not already done:") == true)
        #expect(eight.actions.first { $0.id == "refer-pain-specialist-unless-involved" }?.text.hasSuffix("unless one is already involved.") == true)
        let notDone = try explain(Self.at(12, therapies: [.physicalTherapy], mri: .notDone), .clinician).actions.map(\.id)
        #expect(notDone.contains("mri-to-document-compression") && notDone.contains("refer-pain-specialist"))
    }

    @Test("#5, G1: without a pain specialist the source's criteria are still asked, and the reasoning says when only the inference holds")
    func inferenceNeverEndsTheIntake() throws {
        let rules = try builtIn().rules
        let answers = Self.at(12, therapies: [.nsaids, .physicalTherapy], mri: .rootCompression, correlation: .matches, willing: .yes)
        #expect(rules.route(for: answers).answered.suffix(3) == [.mri, .correlation, .willingToConsiderSurgery])
        let explanation = try explain(answers, .clinician)
        #expect(explanation.tier == .interventionalPain)
        let reason = try #require(explanation.reasons.first { $0.id == "source-criteria-met-inference-holds" })
        #expect(reason.reading?.contains("it alone holds the referral back") == true)
        #expect(explanation.criteria.filter { !$0.inference }.allSatisfy { $0.status == .met })
    }

    @Test("#6, #16, #27: the 3-month sentence only where referral-overdue applies, once; no computed week count under a citation")
    func threeMonths() throws {
        for answers in [Self.at(13, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .noRadicularSymptoms),
                        Self.at(20, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches, willing: .no)] {
            for audience in [Audience.clinician, .patient] {
                let report = try text(answers, audience).replacingOccurrences(of: "\n", with: " ")
                #expect(!report.contains("delay specialist referral beyond"), "\(report)")
                #expect(!report.contains("should not wait any longer"))
                #expect(!report.contains("put off past 3 months"))
            }
        }
        // Where it applies: the warning near the top, and the source's pitfall in its list; not
        // a third time in the timeline.
        let overdue = try text(Self.at(14, therapies: [.nsaids]), .clinician)
        #expect(overdue.components(separatedBy: "Do not delay specialist referral beyond 3 months").count == 3)
    }

    @Test("#7, #18: no injection 'from a pinched nerve' after an MRI that showed none; an injection is not 'one injection'")
    func injectionWording() throws {
        let clear = try explain(Self.at(9, therapies: [.physicalTherapy, .painSpecialist], mri: .noRootCompression), .patient)
        #expect(clear.actions.contains { $0.id == "consider-epidural-injection" })
        #expect(!clear.actions.contains { $0.text.contains("pinched nerve") })
        let given = try explain(Self.at(9, therapies: [.physicalTherapy, .epiduralSteroidInjection], mri: .notDone), .patient)
        let reading = try #require(given.actions.first { $0.id == "consider-further-epidural-injection" }?.reading)
        #expect(!reading.contains("one injection") && reading.contains("an injection"))
    }

    @Test("#8, #9, K3, K4: a patient's urgent result says where to go first, as advice, with its label after it")
    func whereToGo() throws {
        for flags: Set<RedFlag> in [[.saddleAnesthesia], [.unsure]] {
            let patient = try explain(Answers(redFlags: flags), .patient)
            let first = try #require(patient.actions.first)
            #expect(first.id == "get-help-now" && first.ownAdvice && first.citations.isEmpty && first.reading == nil)
            #expect(first.text.hasPrefix("Go to an emergency department now, or call your emergency number."))
            #expect(first.text.contains("At a clinic kiosk, tell the staff now."))
            let report = TextReport.render(patient)
            let lines = report.components(separatedBy: "\n")
            let at = try #require(lines.firstIndex { $0.hasPrefix("- Go to an emergency department now") })
            let label = try #require(lines.firstIndex(of: "  (This tool's own advice, not the guideline's.)"))
            #expect(at < label && lines[(at + 1)..<label].allSatisfy { $0.hasPrefix("  ") && !$0.contains("own advice") },
                    "the label follows the advice, never before it")
            // The kiosk sentence is no longer under the source's citation.
            #expect(!patient.actions.contains { !$0.citations.isEmpty && $0.text.contains("kiosk") })
            #expect(try explain(Answers(redFlags: flags), .clinician).actions.allSatisfy { !$0.ownAdvice })
        }
        #expect(try explain(Answers(redFlags: [.unsure]), .clinician).title.contains("not ruled out"))
    }

    @Test("#10, K2: patient red flags are new symptoms; the patient's own 'something else worries me' counts as not sure")
    func patientRedFlags() throws {
        let pathway = try builtIn()
        let question = try #require(pathway.question(.redFlags))
        let options = question.options ?? []
        for value in ["urinaryRetentionOrIncontinence", "bilateralLegWeakness", "saddleAnesthesia"] {
            #expect(options.first { $0.value == value }?.label.text(.patient).hasPrefix("New ") == true)
            #expect(options.first { $0.value == value }?.label.text(.clinician).hasPrefix("New ") == false, "clinician wording unchanged")
        }
        let worries = try #require(options.first { $0.countsAs != nil })
        #expect(worries.answerValue == "unsure" && worries.isOffered(to: .patient) && !worries.isOffered(to: .clinician))
        for word in ["fever", "cancer in the past", "fall", "weight loss"] { #expect(worries.label.text(.patient).contains(word)) }
        #expect(pathway.answerText(.redFlags([.unsure]), .patient) == "Not sure, or something else worries me")
        // The Questionnaire, in the clinician's wording, has no option of the patient's own.
        let codes = pathway.fhirQuestionnaire().item.first { $0.linkId == "redFlags" }?.answerOption?.map(\.valueCoding.code) ?? []
        #expect(!codes.contains(worries.value) && codes.contains("unsure"))
        let reading = try explain(Answers(redFlags: [.unsure]), .patient).reasons.first?.reading ?? ""
        #expect(reading.contains("something else worries you"))
    }

    @Test("#11: the banner opens the text report, the chart note, JSON and the FHIR GuidanceResponse, in the audience's words")
    func banner() throws {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(Self.at(3))
        for audience in Audience.allCases {
            let explanation = pathway.explain(decision, for: audience)
            let banner = explanation.banner
            #expect(banner == pathway.meta.banner.text(audience) && !banner.isEmpty)
            let flat = { (text: String) in text.replacingOccurrences(of: "\n", with: " ") }
            let report = TextReport.render(explanation)
            #expect(flat(report.components(separatedBy: "\n\n").first ?? "").contains(banner))
            let note = ChartNote.render(decision: decision, answers: decision.answers, pathway: pathway, audience: audience,
                                        recordedAt: "2026-03-05 14:07")
            #expect(flat(note.components(separatedBy: "\n\n").first ?? "").contains(banner))
            #expect(flat(note).components(separatedBy: banner).count == 2, "the note says it once, at its head (fresh-eyes trial 14)")
            #expect(JSONReport(explanation).content.banner == banner)
            let bundle = try #require(try JSONSerialization.jsonObject(
                with: Data(FHIRGuidanceReport.line(decision, explanation, in: pathway, FHIRRun(stableIDs: FHIROptions())).utf8))
                as? [String: Any])
            let guidance = (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
                .first { $0["resourceType"] as? String == "GuidanceResponse" }
            let notes = (guidance?["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(notes.first == banner)
            #expect(notes.contains { $0.contains(pathway.meta.reviewStatus) })
            #expect(notes.contains(pathway.meta.disclaimer))
        }
        #expect(pathway.meta.banner.text(.clinician) == "Educational use only. Content pending human review.")
    }

    @Test("#13: improving symptoms from 6 weeks stay in primary care, re-assessed, with the source's 'most improve'; unsure counts as persisting")
    func persistence() throws {
        let improving = try explain(Self.at(10, .no), .clinician)
        #expect(improving.tier == .primaryCareConservative)
        #expect(improving.reasons.map(\.id).contains("symptoms-improving"))
        #expect(improving.reasons.first { $0.id == "symptoms-improving" }?.reading?.contains("10 weeks") == true)
        #expect(improving.evidence.contains { $0.id == "most-improve" })
        #expect(!improving.pitfalls.contains { $0.id == "mri-before-6-weeks" }, "past 6 weeks the early-MRI pitfall does not apply")
        let unsure = try explain(Self.at(10, .unsure, therapies: [.nsaids]), .clinician)
        #expect(unsure.tier == .interventionalPain)
        #expect(unsure.reasons.first { $0.id == "failed-6-weeks" }?.reading?.contains("not sure") == true)
        let persisting = try explain(Self.at(10, .yes, therapies: [.nsaids]), .clinician)
        #expect(persisting.reasons.first { $0.id == "failed-6-weeks" }?.reading == nil, "no assumption left to state")
    }

    @Test("#15, #30: lay definitions are labelled readings, never under the source's citation; wording no stronger than the source")
    func definitions() throws {
        let surgeon = try explain(Self.at(12, therapies: [.physicalTherapy, .painSpecialist], mri: .rootCompression,
                                          correlation: .matches, willing: .yes), .patient)
        let fusion = try #require(surgeon.evidence.first { $0.id == "fusion-not-routine" })
        #expect(!fusion.text.contains("is surgery that joins") && fusion.reading?.contains("joins bones") == true)
        let discectomy = try #require(surgeon.evidence.first { $0.id == "discectomy-outcomes" })
        #expect(!discectomy.text.contains("removes the part") && !discectomy.text.contains("are the same"))
        let early = try explain(Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 2), .patient)
        #expect(!(early.reasons.first { $0.id == "no-mri-before-6-weeks" }?.text.contains("only adds") ?? true))
    }

    @Test("#14, #19, #20: patients get something they can do, as this tool's own advice: check severity, medicines, ask for the referral")
    func patientActions() throws {
        let early = try explain(Answers(redFlags: [], severeRadicularPain: .unsure, weeksOfConservativeCare: 3), .patient)
        #expect(early.actions.first?.id == "check-severity")
        #expect(early.actions.contains { $0.id == "ask-about-medicines" && $0.ownAdvice && $0.text.contains("pharmacist") })
        #expect(!(early.reasons.first { $0.id == "severity-not-sure" }?.reading?.contains("your pain was counted as not severe") ?? true))
        let severe = try explain(Answers(redFlags: [], severeRadicularPain: .yes), .patient)
        #expect(severe.actions.first?.id == "tell-doctor-now" && severe.actions.first?.ownAdvice == true)
        #expect(try explain(Answers(redFlags: [], severeRadicularPain: .yes), .clinician).actions.first?.id == "refer-within-2-weeks")
    }

    @Test("#23: an injection with no specialist ticked: the overdue warning asks whether a specialist gave it")
    func injectionWithoutSpecialist() throws {
        let reading = try explain(Self.at(14, therapies: [.physicalTherapy, .epiduralSteroidInjection], mri: .notDone), .clinician)
            .reasons.first { $0.id == "referral-overdue" }?.reading ?? ""
        #expect(reading.contains("if one gave the injection"))
    }

    @Test("#25: the source states the duration and formal physical therapy as one criterion; the split is labelled")
    func criterionSplit() throws {
        let pathway = try builtIn()
        for audience in Audience.allCases {
            #expect(pathway.criterion(.physicalTherapy)?.reading?.text(audience).isEmpty == false)
        }
    }

    @Test("every case of the case book has a symptomsPersist answer where its path asks it, and one case is improving")
    func casesAnswerPersistence() throws {
        let pathway = try builtIn()
        let cases = try builtInCases().cases
        for practiceCase in cases where (practiceCase.answers.weeksOfConservativeCare ?? 0) >= 6 {
            #expect(practiceCase.answers.symptomsPersist != nil, "\(practiceCase.id)")
        }
        let improving = cases.filter { $0.answers.symptomsPersist == .no }
        #expect(!improving.isEmpty)
        for practiceCase in improving { #expect(try pathway.rules.decide(practiceCase.answers).tier == .primaryCareConservative) }
    }
}
