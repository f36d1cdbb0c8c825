import Foundation
import Testing
@testable import PathwayCore

@Suite("FHIR Questionnaire export")
struct FHIRExportTests {
    /// The exported Questionnaire as plain JSON objects.
    func exported() throws -> [String: Any] {
        let json = try builtIn().fhirQuestionnaireJSON()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func item(_ q: [String: Any], _ linkId: String) throws -> [String: Any] {
        try #require((q["item"] as? [[String: Any]])?.first { $0["linkId"] as? String == linkId })
    }

    @Test("the canonical URL is stable and the version is the content version")
    func canonical() throws {
        let q = try exported()
        // Changing this URL breaks every response stored against it: change it on purpose only.
        #expect(q["url"] as? String == "https://discpath.example.org/fhir/Questionnaire/lumbar-disc-bulge-referral")
        #expect(q["version"] as? String == (try builtIn()).meta.contentVersion)
        #expect(q["resourceType"] as? String == "Questionnaire")
        #expect(q["status"] as? String == "draft")
        #expect(q["copyright"] as? String == (try builtIn()).meta.disclaimer)
        #expect(q["date"] as? String == (try builtIn()).meta.lastUpdated)
        for key in ["title", "publisher", "description", "purpose"] { #expect((q[key] as? String)?.isEmpty == false, "\(key)") }
    }

    @Test("one question item per answer key, coded with the answer values, a none option on checklists")
    func questionItems() throws {
        let q = try exported()
        let pathway = try builtIn()
        let questions = (q["item"] as? [[String: Any]] ?? []).filter { $0["type"] as? String != "display" }
        #expect(questions.compactMap { $0["linkId"] as? String } == QuestionKey.allCases.map(\.rawValue))
        for key in QuestionKey.allCases {
            let item = try item(q, key.rawValue)
            #expect(item["required"] as? Bool == true)
            #expect(item["text"] as? String == pathway.question(key)?.prompt.text(.clinician))
            let codings = (item["answerOption"] as? [[String: Any]] ?? []).compactMap { $0["valueCoding"] as? [String: Any] }
            switch key.kind {
            case .weeks:
                #expect(item["type"] as? String == "integer")
                let bounds = (item["extension"] as? [[String: Any]] ?? []).compactMap { $0["valueInteger"] as? Int }
                #expect(bounds == [0, pathway.thresholds.maximumWeeks])
            case .singleSelect, .multiSelect:
                #expect(item["type"] as? String == "coding")
                #expect((item["repeats"] as? Bool ?? false) == (key.kind == .multiSelect))
                let none = key.kind == .multiSelect ? [pathway.noneValue(key)] : []
                #expect(codings.compactMap { $0["code"] as? String } == key.allowedValues + none)
                #expect(Set(codings.compactMap { $0["system"] as? String })
                        == ["https://discpath.example.org/fhir/CodeSystem/\(key.rawValue)"])
            }
        }
    }

    @Test("the help is display items under each question, with citations, and readings labelled")
    func helpItems() throws {
        let q = try exported()
        let pathway = try builtIn()
        for key in QuestionKey.allCases {
            let children = try item(q, key.rawValue)["item"] as? [[String: Any]] ?? []
            #expect(children.allSatisfy { $0["type"] as? String == "display" })
            let texts = children.compactMap { $0["text"] as? String }
            for statement in pathway.question(key)?.help ?? [] {
                let mark = "[" + statement.citations.map(String.init).joined(separator: ", ") + "]"
                #expect(texts.contains(statement.text.text(.clinician) + " " + mark), "\(key): \(mark)")
            }
            #expect(texts.filter { $0.hasPrefix("This program's reading:") }.count == (pathway.question(key)?.notes ?? []).count)
        }
    }

    @Test("the export is the same bytes every time")
    func deterministic() throws {
        #expect(try builtIn().fhirQuestionnaireJSON() == (try builtIn()).fhirQuestionnaireJSON())
    }
}
