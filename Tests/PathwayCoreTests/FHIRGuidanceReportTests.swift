import Foundation
import Testing
@testable import PathwayCore

@Suite("FHIR Bundle of evaluate --format fhir")
struct FHIRGuidanceReportTests {
    static let surgeon = Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
                                 therapiesTried: [.physicalTherapy, .painSpecialist], mri: .rootCompression,
                                 correlation: .matches, willingToConsiderSurgery: .yes)
    static let time = FHIRDateTime("2026-12-02T10:30:00+01:00")
    static let subject = FHIRSubject("Patient/123")

    /// One answer set of each tier.
    static let tiers: [(TierID, Answers)] = [
        (.immediateSpineSurgeon, Answers(redFlags: [.saddleAnesthesia])),
        (.specialistWithin2Weeks, Answers(redFlags: [], severeRadicularPain: .yes)),
        (.primaryCareConservative, Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 3)),
        (.interventionalPain, Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 7, symptomsPersist: .yes)),
        (.spineSurgeon, surgeon),
    ]

    func line(_ answers: Answers, _ audience: Audience = .clinician, _ run: FHIRRun = FHIRRun(stableIDs: FHIROptions())) throws -> String {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(answers)
        return FHIRGuidanceReport.line(decision, pathway.explain(decision, for: audience), in: pathway, run)
    }

    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func resource(_ bundle: [String: Any], _ type: String) -> [String: Any]? {
        let entries = bundle["entry"] as? [[String: Any]] ?? []
        return entries.compactMap { $0["resource"] as? [String: Any] }.first { $0["resourceType"] as? String == type }
    }

    func required(_ bundle: [String: Any], _ type: String) throws -> [String: Any] { try #require(resource(bundle, type)) }

    /// The entry's full URL of the resource of `type`.
    func url(_ bundle: [String: Any], _ type: String) -> String? {
        (bundle["entry"] as? [[String: Any]] ?? []).first { ($0["resource"] as? [String: Any])?["resourceType"] as? String == type }?["fullUrl"] as? String
    }

    /// The GuidanceResponse's contained Parameters, by name.
    func parameters(_ bundle: [String: Any]) throws -> [[String: Any]] {
        let guidance = try required(bundle, "GuidanceResponse")
        let contained = try #require((guidance["contained"] as? [[String: Any]])?.first)
        #expect(contained["resourceType"] as? String == "Parameters")
        #expect((guidance["outputParameters"] as? [String: Any])?["reference"] as? String == "#" + (contained["id"] as? String ?? "?"))
        return contained["parameter"] as? [[String: Any]] ?? []
    }

    func ids(_ bundle: [String: Any]) -> [String] {
        [bundle["id"] as? String ?? ""] + (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["fullUrl"] as? String }
    }

    @Test("stable ids: one line per Bundle, the same answers giving the same bytes, name-based UUIDs")
    func stableLine() throws {
        let first = try line(Self.surgeon)
        #expect(first.hasSuffix("\n") && first.dropLast().contains("\n") == false)
        #expect(first == (try line(Self.surgeon)))
        for id in ids(try object(first)) {
            #expect(RFCUUIDTests.version(of: id) == 5, "\(id)")
        }
    }

    @Test("stable ids follow each resource's content: the same answers on the path, the same response id")
    func stableIDsFollowTheContent() throws {
        let base = try object(line(Self.surgeon))
        var declined = Self.surgeon
        declined.willingToConsiderSurgery = .no
        let other = try object(line(declined))
        #expect(Set(ids(base)).isDisjoint(with: ids(other)))
        // Another audience leaves the response as it was, so its id; the result's words change,
        // so the GuidanceResponse's id does.
        let patient = try object(line(Self.surgeon, .patient))
        #expect(url(base, "QuestionnaireResponse") == url(patient, "QuestionnaireResponse"))
        #expect(url(base, "GuidanceResponse") != url(patient, "GuidanceResponse"))
        #expect(base["id"] as? String != patient["id"] as? String)
        // An answer off the path changes nothing in the Bundle, so none of its ids.
        var offPath = Answers(redFlags: [], severeRadicularPain: .yes)
        let asked = try line(offPath)
        offPath.mri = .notDone
        #expect(try line(offPath) == asked)
        // Two patients with the same answers: different ids.
        let other123 = try object(line(Self.surgeon, .clinician, FHIRRun(stableIDs: FHIROptions(subject: Self.subject))))
        #expect(Set(ids(base)).isDisjoint(with: ids(other123)))
    }

    @Test("random ids: version-4 UUIDs from the generator given, new for every Bundle, the same for the same seed")
    func randomIDs() throws {
        let run = FHIRRun(randomIDs: SplitMix64(seed: 7))
        let one = try object(line(Self.surgeon, .clinician, run)), two = try object(line(Self.surgeon, .clinician, run))
        #expect(Set(ids(one)).isDisjoint(with: ids(two)), "the same answers twice: other ids")
        for id in ids(one) + ids(two) { #expect(RFCUUIDTests.version(of: id) == 4, "\(id)") }
        let again = FHIRRun(randomIDs: SplitMix64(seed: 7))
        #expect(ids(try object(line(Self.surgeon, .clinician, again))) == ids(one), "a seeded generator gives the same ids")
    }

    @Test("the subject and the time go into the response, the guidance, the referral and the Bundle")
    func subjectAndTime() throws {
        let run = FHIRRun(stableIDs: FHIROptions(subject: Self.subject, authored: Self.time))
        let bundle = try object(line(Self.surgeon, .clinician, run))
        let reference = ["reference": "Patient/123"]
        let response = try required(bundle, "QuestionnaireResponse"), guidance = try required(bundle, "GuidanceResponse")
        let request = try required(bundle, "ServiceRequest")
        #expect(response["subject"] as? [String: String] == reference)
        #expect(guidance["subject"] as? [String: String] == reference)
        #expect(request["subject"] as? [String: String] == reference)
        #expect(response["authored"] as? String == "2026-12-02T10:30:00+01:00")
        #expect(guidance["occurrenceDateTime"] as? String == "2026-12-02T10:30:00+01:00")
        #expect(request["authoredOn"] as? String == "2026-12-02T10:30:00+01:00")
        #expect(bundle["timestamp"] as? String == "2026-12-02T10:30:00+01:00")

        // Neither given: no time at all, no subject, and the referral's required subject absent
        // for a reason FHIR names.
        let bare = try object(line(Self.surgeon))
        let bareResponse = try required(bare, "QuestionnaireResponse")
        #expect(bare["timestamp"] == nil && bareResponse["authored"] == nil)
        #expect((try required(bare, "GuidanceResponse"))["subject"] == nil)
        let absent = (try required(bare, "ServiceRequest"))["subject"] as? [String: Any]
        let reason = (absent?["extension"] as? [[String: Any]])?.first
        #expect(reason?["url"] as? String == "http://hl7.org/fhir/StructureDefinition/data-absent-reason")
        #expect(reason?["valueCode"] as? String == "unknown")
    }

    @Test("the referral: a draft proposal whose priority follows the tier; none for primary care")
    func referral() throws {
        let priorities: [TierID: String?] = [.immediateSpineSurgeon: "stat", .specialistWithin2Weeks: "urgent",
                                             .primaryCareConservative: nil, .interventionalPain: "routine", .spineSurgeon: "routine"]
        for (tier, answers) in Self.tiers {
            #expect(try builtIn().rules.decide(answers).tier == tier)
            let bundle = try object(line(answers))
            let guidance = try required(bundle, "GuidanceResponse")
            guard let priority = priorities[tier] ?? nil else {
                #expect(resource(bundle, "ServiceRequest") == nil && guidance["result"] == nil, "\(tier)")
                continue
            }
            let request = try required(bundle, "ServiceRequest")
            #expect(request["status"] as? String == "draft" && request["intent"] as? String == "proposal")
            #expect(request["priority"] as? String == priority, "\(tier)")
            let coding = (((request["code"] as? [String: Any])?["concept"] as? [String: Any])?["coding"] as? [[String: Any]])?.first
            #expect(coding?["code"] as? String == tier.rawValue)
            #expect((guidance["result"] as? [[String: String]])?.first?["reference"] == url(bundle, "ServiceRequest"))
            let support = (request["supportingInfo"] as? [[String: Any]])?.first?["reference"] as? [String: String]
            #expect(support?["reference"] == url(bundle, "QuestionnaireResponse"))
            let notes = (request["note"] as? [[String: String]] ?? []).compactMap { $0["text"] }
            #expect(notes.contains { $0.contains("pending human review") })
        }
    }

    @Test("R4: the referral through a RequestGroup, the concept bare, no reason; every resource says its release")
    func release4() throws {
        let run = FHIRRun(stableIDs: FHIROptions(version: .r4))
        let bundle = try object(line(Self.surgeon, .clinician, run))
        let guidance = try required(bundle, "GuidanceResponse"), group = try required(bundle, "RequestGroup")
        let request = try required(bundle, "ServiceRequest")
        #expect((guidance["result"] as? [String: String])?["reference"] == url(bundle, "RequestGroup"))
        #expect(guidance["reason"] == nil && guidance["reasonReference"] == nil)
        let action = (group["action"] as? [[String: Any]])?.first?["resource"] as? [String: String]
        #expect(action?["reference"] == url(bundle, "ServiceRequest"))
        #expect(((request["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String == "spine-surgeon")
        #expect((request["supportingInfo"] as? [[String: String]])?.first?["reference"] == url(bundle, "QuestionnaireResponse"))
        let named = try parameters(bundle)
        #expect((named.first { $0["name"] as? String == "questionnaireResponse" }?["valueReference"] as? [String: String])?["reference"]
                == url(bundle, "QuestionnaireResponse"))
        for entry in bundle["entry"] as? [[String: Any]] ?? [] {
            let resource = entry["resource"] as? [String: Any] ?? [:]
            let type = resource["resourceType"] as? String ?? ""
            #expect((resource["meta"] as? [String: [String]])?["profile"] == ["http://hl7.org/fhir/4.0/StructureDefinition/\(type)"])
            #expect(resource["language"] as? String == "en")
            #expect(((resource["text"] as? [String: String])?["div"] ?? "").hasPrefix("<div xmlns=\"http://www.w3.org/1999/xhtml\">"))
        }
    }

    @Test("the response holds the path's answers; the guidance and its Parameters the outcome")
    func content() throws {
        let pathway = try builtIn()
        let bundle = try object(line(Self.surgeon))
        #expect(bundle["type"] as? String == "collection")
        let response = try required(bundle, "QuestionnaireResponse")
        let canonical = "https://discpath.example.org/fhir/Questionnaire/lumbar-disc-bulge-referral|\(pathway.meta.contentVersion)"
        #expect(response["questionnaire"] as? String == canonical)
        #expect(response["status"] as? String == "completed")
        let items = response["item"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["linkId"] as? String } == QuestionKey.allCases.map(\.rawValue))
        let redFlags = try #require(items.first)["answer"] as? [[String: Any]]
        #expect((redFlags?.first?["valueCoding"] as? [String: Any])?["code"] as? String == "none")
        let guidance = try required(bundle, "GuidanceResponse")
        #expect(guidance["status"] as? String == "success")
        #expect(guidance["moduleCanonical"] as? String == canonical)
        #expect(((guidance["reason"] as? [[String: Any]])?.first?["reference"] as? [String: String])?["reference"]
                == url(bundle, "QuestionnaireResponse"))
        let parameters = try parameters(bundle)
        let tier = parameters.first { $0["name"] as? String == "tier" }?["valueCoding"] as? [String: Any]
        #expect(tier?["code"] as? String == "spine-surgeon")
        let reasons = parameters.filter { $0["name"] as? String == "reason" }
        #expect(reasons.count == (try pathway.rules.decide(Self.surgeon)).reasons.count)
        #expect(parameters.filter { $0["name"] as? String == "metCriterion" }.count == CriterionID.allCases.count)
    }

    @Test("a tier's code has the code system's display in every audience; the audience's title is beside it")
    func tierDisplay() throws {
        var displays: Set<String> = [], titles: Set<String> = []
        for audience in Audience.allCases {
            let parameters = try parameters(object(line(Self.surgeon, audience)))
            displays.insert((parameters.first { $0["name"] as? String == "tier" }?["valueCoding"] as? [String: Any])?["display"] as? String ?? "")
            titles.insert(parameters.first { $0["name"] as? String == "title" }?["valueString"] as? String ?? "")
        }
        #expect(displays == [try builtIn().tier(.spineSurgeon)?.title.text(.clinician) ?? "?"])
        #expect(titles.count > 1, "the patient's title is the patient's")
    }

    @Test("the warnings travel with the result: banner, review status and both disclaimers in the notes")
    func notes() throws {
        let pathway = try builtIn()
        for audience in Audience.allCases {
            let guidance = try required(object(line(Self.surgeon, audience)), "GuidanceResponse")
            let notes = (guidance["note"] as? [[String: String]] ?? []).compactMap { $0["text"] }
            #expect(notes.first == pathway.meta.banner.text(audience))
            #expect(notes.contains { $0.contains(pathway.meta.reviewStatus) })
            #expect(notes.contains(pathway.meta.plainDisclaimer.text(audience)))
            #expect(notes.contains(pathway.meta.disclaimer))
            #expect(((guidance["text"] as? [String: String])?["div"] ?? "").contains(pathway.meta.reviewStatus))
        }
    }

    @Test("a short path answers only what it reached; unmet criteria and readings are carried")
    func shortPath() throws {
        let answers = Answers(redFlags: [], severeRadicularPain: .unsure, weeksOfConservativeCare: 14, symptomsPersist: .yes,
                              therapiesTried: [.nsaids])
        let bundle = try object(line(answers))
        let items = try required(bundle, "QuestionnaireResponse")["item"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["linkId"] as? String }
                == ["redFlags", "severeRadicularPain", "weeksOfConservativeCare", "symptomsPersist", "therapiesTried"])
        let parameters = try parameters(bundle)
        let unmet = parameters.filter { $0["name"] as? String == "unmetCriterion" }
            .compactMap { ($0["valueCoding"] as? [String: Any])?["code"] as? String }
        #expect(unmet == ["physical-therapy", "pain-specialist-first"])
        let parts = parameters.filter { $0["name"] as? String == "reason" }.flatMap { $0["part"] as? [[String: Any]] ?? [] }
        #expect(parts.contains { $0["name"] as? String == "reading" })
        #expect(parts.contains { $0["name"] as? String == "citation" })
    }

    @Test("narratives escape what they quote")
    func narrativeEscapes() {
        let narrative = FHIRNarrative([.init("A & B:", "<script> \"x\" \u{1}")])
        #expect(narrative.div == "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>A &amp; B:</b> &lt;script&gt; &quot;x&quot;  </p></div>")
    }

    @Test("evaluate --format fhir: one line per answer set, for an object and for an array")
    func evaluation() throws {
        let pathway = try builtIn()
        func report(_ json: String) throws -> String {
            try Evaluation.report(json: Array(json.utf8), pathway: pathway, audience: .clinician, format: .fhir,
                                  fhir: FHIRRun(FHIROptions(version: .r4), randomIDs: SplitMix64(seed: 3)))
        }
        let one = #"{"redFlags": ["unsure"]}"#
        #expect(try report(one).split(separator: "\n").count == 1)
        #expect(try report(one).contains("http://hl7.org/fhir/4.0/StructureDefinition/Bundle"))
        #expect(try report("[\(one), \(one), {\"redFlags\": [], \"severeRadicularPain\": \"yes\"}]").split(separator: "\n").count == 3)
        #expect(try report("[]") == "")
    }
}
