import BuiltInContent
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

    @Test("export codesystems prints the code systems as a Bundle, in R5 or R4")
    func exportCodeSystems() throws {
        let run = try discpath(["export", "codesystems"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout == (try Pathway.builtIn()).fhirCodeSystemsJSON())
        let r4 = try discpath(["export", "codesystems", "--fhir-version", "R4"])
        #expect(r4.status == 0 && r4.stdout.contains("http://hl7.org/fhir/4.0/StructureDefinition/CodeSystem"))
    }

    @Test("export without a format, or with an unknown one, is a usage error; bad content is bad data")
    func exportErrors() throws {
        let bare = try discpath(["export"])
        #expect(bare.status == 64)
        #expect(bare.stdout.isEmpty)
        #expect(bare.stderr.contains("say what to export: questionnaire or codesystems"))
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
        let tiers = try lines.dropLast().map { try Self.tier(jsonObject(String($0))) }
        #expect(tiers == ["spine-surgeon", "immediate-spine-surgeon", "specialist-within-2-weeks"])
        // New random ids every time: the same answers, other ids.
        #expect(try Self.ids(jsonObject(String(lines[0]))).isDisjoint(with: Self.ids(jsonObject(single.stdout))))
    }

    /// The tier in a Bundle's GuidanceResponse's contained Parameters.
    static func tier(_ bundle: [String: Any]) -> String? {
        let entries = bundle["entry"] as? [[String: Any]] ?? []
        let guidance = entries.compactMap { $0["resource"] as? [String: Any] }.first { $0["resourceType"] as? String == "GuidanceResponse" }
        let parameters = (guidance?["contained"] as? [[String: Any]])?.first
        let tier = (parameters?["parameter"] as? [[String: Any]])?.first { $0["name"] as? String == "tier" }
        return (tier?["valueCoding"] as? [String: Any])?["code"] as? String
    }

    static func ids(_ bundle: [String: Any]) -> Set<String> {
        Set([bundle["id"] as? String ?? ""] + (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["fullUrl"] as? String })
    }

    @Test("--stable-ids: the same input gives the same bytes, with no time unless --authored")
    func stableIDs() throws {
        let one = try discpath(["evaluate", "--format", "fhir", "--stable-ids"], stdin: surgeonAnswers)
        let two = try discpath(["evaluate", "--format", "fhir", "--stable-ids"], stdin: surgeonAnswers)
        #expect(one.status == 0 && one.stdout == two.stdout)
        #expect(!one.stdout.contains("\"authored\"") && !one.stdout.contains("\"timestamp\""))
        let timed = try discpath(["evaluate", "--format", "fhir", "--stable-ids", "--authored", "2026-12-02T10:30:00Z"], stdin: surgeonAnswers)
        #expect(timed.stdout.contains("\"authored\":\"2026-12-02T10:30:00Z\""))
        #expect(try Self.tier(jsonObject(one.stdout)) == "spine-surgeon")
    }

    @Test("without --authored the time is now, with its offset; --subject goes where it belongs")
    func timeAndSubject() throws {
        let run = try discpath(["evaluate", "--format", "fhir", "--subject", "https://fhir.example.org/Patient/p-1"], stdin: surgeonAnswers)
        #expect(run.status == 0)
        let bundle = try jsonObject(run.stdout)
        let time = try #require(bundle["timestamp"] as? String)
        #expect(FHIRDateTime(time) != nil, "\(time)")
        #expect(run.stdout.components(separatedBy: "\"reference\":\"https://fhir.example.org/Patient/p-1\"").count - 1 == 3,
                "the subject of the QuestionnaireResponse, the GuidanceResponse and the ServiceRequest")
    }

    @Test("--fhir-version 4.0.1 (or R4) writes R4; export questionnaire takes it too")
    func release4() throws {
        for name in ["4.0.1", "R4", "r4"] {
            let run = try discpath(["evaluate", "--format", "fhir", "--fhir-version", name], stdin: surgeonAnswers)
            #expect(run.status == 0)
            #expect(run.stdout.contains("http://hl7.org/fhir/4.0/StructureDefinition/RequestGroup"))
            #expect(!run.stdout.contains("/5.0/"))
        }
        let q = try discpath(["export", "questionnaire", "--fhir-version", "4.0.1"])
        #expect(q.status == 0)
        #expect(try jsonObject(q.stdout)["meta"] as? [String: [String]] == ["profile": ["http://hl7.org/fhir/4.0/StructureDefinition/Questionnaire"]])
        #expect(try discpath(["export", "questionnaire"]).stdout.contains("http://hl7.org/fhir/5.0/StructureDefinition/Questionnaire"))
    }

    @Test("bad FHIR options are usage errors with one line naming what was wrong")
    func badOptions() throws {
        let cases: [([String], String)] = [
            (["--format", "fhir", "--subject", "Practitioner/1"], "--subject must be a FHIR reference to a Patient or Group"),
            (["--format", "fhir", "--subject", "Patient/"], "--subject must be a FHIR reference"),
            (["--format", "fhir", "--subject", "ftp://x/Patient/1"], "--subject must be a FHIR reference"),
            (["--format", "fhir", "--authored", "2026-12-02"], "--authored must be a date and time to the second with a time zone"),
            (["--format", "fhir", "--authored", "2026-02-30T10:00:00Z"], "--authored must be"),
            (["--format", "fhir", "--authored", "2026-12-02T10:00:00"], "--authored must be"),
            (["--format", "fhir", "--fhir-version", "3.0.2"], "The value '3.0.2' is invalid for '--fhir-version <version>'"),
            (["--format", "json", "--stable-ids"], "only apply with --format fhir"),
            (["--subject", "Patient/1"], "only apply with --format fhir"),
        ]
        for (arguments, message) in cases {
            let run = try discpath(["evaluate"] + arguments, stdin: surgeonAnswers)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(message) && run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
    }

    @Test("evaluate --format fhir: a bad element fails the batch and prints nothing")
    func evaluateFHIRError() throws {
        let run = try discpath(["evaluate", "--format", "fhir"], stdin: "[\(surgeonAnswers), {\"redFlags\": []}]")
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "discpath: error: [1].severeRadicularPain: missing; this answer set's path needs it\n")
    }
}
