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

    @Test("the help is one display item under each question, shown as help, with citations, and readings labelled")
    func helpItems() throws {
        let q = try exported()
        let pathway = try builtIn()
        for key in QuestionKey.allCases {
            // LHC-Forms keeps only the last of several help items: there is one.
            let children = try item(q, key.rawValue)["item"] as? [[String: Any]] ?? []
            #expect(children.count == 1, "\(key)")
            let help = try #require(children.first)
            #expect(help["type"] as? String == "display" && help["linkId"] as? String == "\(key.rawValue).help")
            #expect(controls(help) == ["help"])
            let paragraphs = (help["text"] as? String ?? "").components(separatedBy: "\n\n")
            for statement in pathway.question(key)?.help ?? [] {
                let mark = "[" + statement.citations.map(String.init).joined(separator: ", ") + "]"
                #expect(paragraphs.contains(statement.text.text(.clinician) + " " + mark), "\(key): \(mark)")
            }
            #expect(paragraphs.filter { $0.hasPrefix("This program's reading:") }.count == (pathway.question(key)?.notes ?? []).count)
        }
    }

    /// The itemControl codes of an item.
    func controls(_ item: [String: Any]) -> [String] {
        (item["extension"] as? [[String: Any]] ?? [])
            .filter { $0["url"] as? String == "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl" }
            .flatMap { (($0["valueCodeableConcept"] as? [String: Any])?["coding"] as? [[String: Any]]) ?? [] }
            .compactMap { $0["code"] as? String }
    }

    @Test("checklists are check boxes, single choices radio buttons, the weeks a number of weeks")
    func rendering() throws {
        let q = try exported()
        for key in QuestionKey.allCases {
            let item = try item(q, key.rawValue)
            switch key.kind {
            case .multiSelect: #expect(controls(item) == ["check-box"], "\(key)")
            case .singleSelect: #expect(controls(item) == ["radio-button"], "\(key)")
            case .weeks:
                let extensions = item["extension"] as? [[String: Any]] ?? []
                let unit = extensions.first { $0["url"] as? String == "http://hl7.org/fhir/StructureDefinition/questionnaire-unit" }
                #expect((unit?["valueCoding"] as? [String: Any])?["system"] as? String == "http://unitsofmeasure.org")
                #expect((unit?["valueCoding"] as? [String: Any])?["code"] as? String == "wk")
                let format = extensions.first { $0["url"] as? String == "http://hl7.org/fhir/StructureDefinition/entryFormat" }
                #expect((format?["valueString"] as? String)?.contains("weeks") == true)
            }
            if key.kind != .weeks { #expect(item["answerConstraint"] as? String == "optionsOnly") }
        }
    }

    @Test("the release is named in meta.profile; the language, and a narrative, are given")
    func releaseAndNarrative() throws {
        let q = try exported()
        #expect((q["meta"] as? [String: [String]])?["profile"] == ["http://hl7.org/fhir/5.0/StructureDefinition/Questionnaire"])
        #expect(q["language"] as? String == "en")
        let div = (q["text"] as? [String: String])?["div"] ?? ""
        #expect(div.hasPrefix("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && div.contains("pending human review"))
    }

    @Test("R4: choice items, no versionAlgorithm or answerConstraint, the R4 profile; the rest as R5")
    func release4() throws {
        let pathway = try builtIn()
        let q = try #require(try JSONSerialization.jsonObject(with: Data(pathway.fhirQuestionnaireJSON(.r4).utf8)) as? [String: Any])
        #expect((q["meta"] as? [String: [String]])?["profile"] == ["http://hl7.org/fhir/4.0/StructureDefinition/Questionnaire"])
        #expect(q["versionAlgorithmCoding"] == nil)
        for key in QuestionKey.allCases where key.kind != .weeks {
            let item = try item(q, key.rawValue)
            #expect(item["type"] as? String == "choice" && item["answerConstraint"] == nil, "\(key)")
        }
        // The enableWhen logic is the same in both (FHIREnableWhenTests checks it on R5's).
        let r5 = try exported()
        for key in QuestionKey.allCases {
            #expect(try item(q, key.rawValue)["enableWhen"] as? NSArray == (try item(r5, key.rawValue))["enableWhen"] as? NSArray, "\(key)")
            #expect(try item(q, key.rawValue)["enableBehavior"] as? String == (try item(r5, key.rawValue))["enableBehavior"] as? String)
        }
    }

    @Test("the code systems hold every code the Questionnaire offers, with its display, and every tier, criterion, reason and action")
    func codeSystems() throws {
        let pathway = try builtIn()
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(pathway.fhirCodeSystemsJSON().utf8)) as? [String: Any])
        var systems: [String: [String: String]] = [:]
        for entry in bundle["entry"] as? [[String: Any]] ?? [] {
            let system = entry["resource"] as? [String: Any] ?? [:]
            #expect(entry["fullUrl"] as? String == system["url"] as? String)
            #expect(system["status"] as? String == "draft" && system["content"] as? String == "complete")
            let concepts = system["concept"] as? [[String: String]] ?? []
            systems[system["url"] as? String ?? ""] = Dictionary(concepts.map { ($0["code"] ?? "", $0["display"] ?? "") }) { first, _ in first }
        }
        let q = try exported()
        for key in QuestionKey.allCases where key.kind != .weeks {
            for option in (try item(q, key.rawValue))["answerOption"] as? [[String: Any]] ?? [] {
                let coding = option["valueCoding"] as? [String: String] ?? [:]
                #expect(systems[coding["system"] ?? ""]?[coding["code"] ?? ""] == coding["display"], "\(coding)")
            }
        }
        #expect(systems[FHIRCanonical.tier]?.keys.sorted() == TierID.allCases.map(\.rawValue).sorted())
        #expect(systems[FHIRCanonical.criterion]?.count == CriterionID.allCases.count)
        #expect(systems[FHIRCanonical.reason]?.count == ReasonID.allCases.count)
        let actions = Set(pathway.document.tiers.flatMap(\.actions).map(\.id))
        #expect(Set(systems[FHIRCanonical.action]?.keys.map { $0 } ?? []) == actions)
        #expect(pathway.fhirCodeSystemsJSON() == pathway.fhirCodeSystemsJSON())
        #expect(!pathway.fhirCodeSystemsJSON(.r4).contains("versionAlgorithm") && pathway.fhirCodeSystemsJSON().contains("versionAlgorithm"))
    }

    @Test("the export is the same bytes every time")
    func deterministic() throws {
        #expect(try builtIn().fhirQuestionnaireJSON() == (try builtIn()).fhirQuestionnaireJSON())
        #expect(try builtIn().fhirQuestionnaireJSON(.r4) == (try builtIn()).fhirQuestionnaireJSON(.r4))
    }
}
