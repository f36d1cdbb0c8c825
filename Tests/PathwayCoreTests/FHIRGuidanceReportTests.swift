import Foundation
import Testing
@testable import PathwayCore

@Suite("FHIR Bundle of evaluate --format fhir")
struct FHIRGuidanceReportTests {
    static let surgeon = Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
                                 therapiesTried: [.physicalTherapy, .painSpecialist], mri: .rootCompression,
                                 correlation: .matches, willingToConsiderSurgery: .yes)

    func line(_ answers: Answers, _ audience: Audience = .clinician) throws -> String {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(answers)
        return FHIRGuidanceReport.line(decision, pathway.explain(decision, for: audience), in: pathway)
    }

    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func resource(_ bundle: [String: Any], _ type: String) throws -> [String: Any] {
        let entries = bundle["entry"] as? [[String: Any]] ?? []
        return try #require(entries.compactMap { $0["resource"] as? [String: Any] }.first { $0["resourceType"] as? String == type })
    }

    @Test("one line per Bundle, the same answers giving the same bytes")
    func deterministicLine() throws {
        let first = try line(Self.surgeon)
        #expect(first.hasSuffix("\n") && first.dropLast().contains("\n") == false)
        #expect(first == (try line(Self.surgeon)))
    }

    @Test("different answers or another audience give other ids")
    func idsFollowTheAnswers() throws {
        func ids(_ line: String) throws -> Set<String> {
            let bundle = try object(line)
            return Set([bundle["id"] as? String ?? ""] + (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["fullUrl"] as? String })
        }
        let base = try ids(line(Self.surgeon))
        #expect(base.count == 4)
        var declined = Self.surgeon
        declined.willingToConsiderSurgery = .no
        // An answer off the path changes the criteria shown, so it changes the ids too.
        var offPath = Answers(redFlags: [], severeRadicularPain: .yes)
        let yes = try ids(line(offPath))
        offPath.mri = .notDone
        for other in [try ids(line(declined)), try ids(line(Self.surgeon, .patient)), try ids(line(offPath))] {
            #expect(base.isDisjoint(with: other))
        }
        #expect(yes.isDisjoint(with: try ids(line(offPath))))
    }

    @Test("the response holds the path's answers; the guidance and Parameters the outcome")
    func content() throws {
        let pathway = try builtIn()
        let bundle = try object(line(Self.surgeon))
        #expect(bundle["type"] as? String == "collection")
        let response = try resource(bundle, "QuestionnaireResponse")
        let canonical = "https://discpath.example.org/fhir/Questionnaire/lumbar-disc-bulge-referral|\(pathway.meta.contentVersion)"
        #expect(response["questionnaire"] as? String == canonical)
        #expect(response["status"] as? String == "completed")
        let items = response["item"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["linkId"] as? String } == QuestionKey.allCases.map(\.rawValue))
        let redFlags = try #require(items.first)["answer"] as? [[String: Any]]
        #expect((redFlags?.first?["valueCoding"] as? [String: Any])?["code"] as? String == "none")
        let guidance = try resource(bundle, "GuidanceResponse")
        #expect(guidance["status"] as? String == "success")
        #expect(guidance["moduleCanonical"] as? String == canonical)
        let parameters = try resource(bundle, "Parameters")["parameter"] as? [[String: Any]] ?? []
        let tier = parameters.first { $0["name"] as? String == "tier" }?["valueCoding"] as? [String: Any]
        #expect(tier?["code"] as? String == "spine-surgeon")
        let reasons = parameters.filter { $0["name"] as? String == "reason" }
        #expect(reasons.count == (try pathway.rules.decide(Self.surgeon)).reasons.count)
    }

    @Test("a short path answers only what it reached; unmet criteria and readings are carried")
    func shortPath() throws {
        let answers = Answers(redFlags: [], severeRadicularPain: .unsure, weeksOfConservativeCare: 14, symptomsPersist: .yes,
                              therapiesTried: [.nsaids])
        let bundle = try object(line(answers))
        let items = try resource(bundle, "QuestionnaireResponse")["item"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["linkId"] as? String }
                == ["redFlags", "severeRadicularPain", "weeksOfConservativeCare", "symptomsPersist", "therapiesTried"])
        let parameters = try resource(bundle, "Parameters")["parameter"] as? [[String: Any]] ?? []
        let unmet = parameters.filter { $0["name"] as? String == "unmetCriterion" }
            .compactMap { ($0["valueCoding"] as? [String: Any])?["code"] as? String }
        #expect(unmet == ["physical-therapy", "pain-specialist-first"])
        let parts = parameters.filter { $0["name"] as? String == "reason" }.flatMap { $0["part"] as? [[String: Any]] ?? [] }
        #expect(parts.contains { $0["name"] as? String == "reading" })
        #expect(parts.contains { $0["name"] as? String == "citation" })
    }

    @Test("evaluate --format fhir: one line per answer set, for an object and for an array")
    func evaluation() throws {
        let pathway = try builtIn()
        func report(_ json: String) throws -> String {
            try Evaluation.report(json: Array(json.utf8), pathway: pathway, audience: .clinician, format: .fhir)
        }
        let one = #"{"redFlags": ["unsure"]}"#
        #expect(try report(one).split(separator: "\n").count == 1)
        #expect(try report("[\(one), \(one), {\"redFlags\": [], \"severeRadicularPain\": \"yes\"}]").split(separator: "\n").count == 3)
        #expect(try report("[]") == "")
    }
}
