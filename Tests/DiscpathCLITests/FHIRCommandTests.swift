import Foundation
import PathwayCore
import Testing

@Suite("discpath export questionnaire and evaluate --format fhir")
struct FHIRCommandTests {
    @Test("export questionnaire prints the built-in content's Questionnaire")
    func exportQuestionnaire() throws {
        let run = try discpath(["export", "questionnaire"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == (try Pathway.builtIn()).fhirQuestionnaireJSON())
        let q = try jsonObject(run.stdout)
        #expect(q["resourceType"] as? String == "Questionnaire")
        #expect(q["url"] as? String == FHIRCanonical.questionnaire)
    }

    @Test("export questionnaire --pathway FILE exports that file's content, with its version")
    func exportOtherContent() throws {
        let file = try pathwayFile { tree in
            var meta = tree["meta"] as? [String: Any] ?? [:]
            meta["contentVersion"] = "9.9.9"
            tree["meta"] = meta
        }
        let run = try discpath(["export", "questionnaire", "--pathway", file.path])
        #expect(run.status == 0)
        #expect(try jsonObject(run.stdout)["version"] as? String == "9.9.9")
    }

    @Test("export without a format, or with an unknown one, is a usage error; bad content is bad data")
    func exportErrors() throws {
        let bare = try discpath(["export"])
        #expect(bare.status == 64)
        #expect(bare.stdout.isEmpty)
        #expect(bare.stderr.contains("say what to export: questionnaire"))
        #expect(bare.stderr.contains("(see 'discpath export --help')"), "export's own help (trial 2, finding 23)")
        #expect(try discpath(["export", "valueset"]).status == 64)
        let bad = try temporaryFile("{\"format\": 1}", name: "pathway.json")
        let run = try discpath(["export", "questionnaire", "--pathway", bad.path])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
    }

    @Test("evaluate --format fhir: one Bundle line for an object, one per answer set for an array")
    func evaluateFHIR() throws {
        let single = try discpath(["evaluate", "--format", "fhir"], stdin: surgeonAnswers)
        #expect(single.status == 0)
        #expect(single.stderr.isEmpty)
        #expect(single.stdout.split(separator: "\n").count == 1)
        #expect(try jsonObject(single.stdout)["resourceType"] as? String == "Bundle")

        let batch = try discpath(["evaluate", "--format", "fhir"],
                                 stdin: "[\(surgeonAnswers), {\"redFlags\": [\"unsure\"]}, {\"redFlags\": [], \"severeRadicularPain\": \"yes\"}]")
        #expect(batch.status == 0)
        let lines = batch.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")
        let tiers = try lines.dropLast().map { line -> String? in
            let entries = try jsonObject(String(line))["entry"] as? [[String: Any]] ?? []
            let parameters = entries.compactMap { $0["resource"] as? [String: Any] }.first { $0["resourceType"] as? String == "Parameters" }
            let tier = (parameters?["parameter"] as? [[String: Any]])?.first { $0["name"] as? String == "tier" }
            return (tier?["valueCoding"] as? [String: Any])?["code"] as? String
        }
        #expect(tiers == ["spine-surgeon", "immediate-spine-surgeon", "specialist-within-2-weeks"])
        #expect(String(lines[0]) + "\n" == single.stdout)
    }

    @Test("evaluate --format fhir: a bad element fails the batch and prints nothing")
    func evaluateFHIRError() throws {
        let run = try discpath(["evaluate", "--format", "fhir"], stdin: "[\(surgeonAnswers), {\"redFlags\": []}]")
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "discpath: error: [1].severeRadicularPain: missing; this answer set's path needs it\n")
    }
}
