import Testing
@testable import PathwayCore

/// One answer set per tier, each reaching a different part of the document.
let noteCases: [(name: String, answers: Answers)] = [
    ("red flag", Answers(redFlags: [.saddleAnesthesia])),
    ("severe", Answers(redFlags: [], severeRadicularPain: .yes)),
    ("early", Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 3)),
    ("interventional", Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes, therapiesTried: [.physicalTherapy],
                               mri: .notDone, correlation: .unsure, willingToConsiderSurgery: .unsure)),
    ("surgeon", Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
                        therapiesTried: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
                        willingToConsiderSurgery: .yes)),
]

@Suite("The chart note")
struct ChartNoteTests {
    func note(_ answers: Answers, _ audience: Audience, at time: String = "2026-03-05 14:07 CET (UTC+0100)") throws -> (String, ReportDocument) {
        let pathway = try builtIn()
        let decision = try pathway.rules.decide(answers)
        let document = ReportDocument(pathway.explain(decision, for: audience))
        return (ChartNote.render(decision: decision, answers: answers, pathway: pathway, audience: audience, recordedAt: time), document)
    }

    @Test("every section is there: the time, the content, each answer as asked, the tier, what to do, the reasoning, the references",
          arguments: Audience.allCases)
    func everySection(audience: Audience) throws {
        let pathway = try builtIn()
        for item in noteCases {
            let (text, document) = try note(item.answers, audience)
            let flat = folded(text)
            #expect(flat.contains("2026-03-05 14:07 CET (UTC+0100)"), "\(item.name): the time as given")
            #expect(flat.contains(pathway.meta.title), "\(item.name)")
            #expect(flat.contains(pathway.meta.contentVersion), "\(item.name)")
            // Every answer on the path, as the review words it, and nothing off the path.
            let asked = pathway.rules.route(for: item.answers).answered
            for key in asked {
                let title = try #require(pathway.question(key)?.title.text(audience))
                let answer = try #require(item.answers.value(for: key).map { pathway.answerText($0, audience) })
                #expect(flat.contains("- \(title): \(answer)"), "\(item.name) lacks \(key)")
            }
            #expect(flat.contains(folded("\(document.words.tier): \(document.title) (\(document.tier.rawValue))")), "\(item.name)")
            for section in document.sections { #expect(text.contains("\n\(section.heading)\n"), "\(item.name) lacks \(section.heading)") }
            for kind in [ReportDocument.SectionKind.whatToDo, .reasoning, .references] {
                #expect(document.sections.contains { $0.kind == kind }, "\(item.name): the document has \(kind)")
            }
            // Each statement with its citation mark; each reading after its label, never cited.
            for section in document.sections {
                for entry in section.entries {
                    #expect(flat.contains(folded(entry.withMark)), "\(item.name): \(entry.text)")
                    if let reading = entry.reading { #expect(flat.contains(folded("\(document.readingLabel) \(reading)")), "\(item.name)") }
                }
            }
            for line in text.split(separator: "\n") { #expect(line.count <= 78, "\(item.name): \(line)") }
        }
    }

    @Test("the answers come first, under the header, in the order asked; then the report as the text report lays it out")
    func order() throws {
        let answers = noteCases[4].answers
        let (text, document) = try note(answers, .clinician)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "discpath chart note")
        let answersAt = try #require(lines.firstIndex(of: "Answers as asked"))
        let tierAt = try #require(lines.firstIndex { $0.hasPrefix("Referral tier:") })
        #expect(answersAt < tierAt)
        #expect(lines[(answersAt + 2)...].first == "- Red flags: None of these")
        #expect(text.hasSuffix(TextReport.render(document, banner: false)), "the report part is the text report itself, its banner said once at the head")
        #expect(text.contains("This program's reading:"), "readings are labelled")
        #expect(text.contains("[1, 2]"), "citation marks")
    }

    @Test("answers off the path are not in the note")
    func offPath() throws {
        var answers = noteCases[0].answers
        answers.weeksOfConservativeCare = 12
        let (text, _) = try note(answers, .clinician)
        #expect(text.contains("- Red flags:"))
        #expect(!text.contains("- Duration:"))
    }

    @Test("in the patient's words for a patient")
    func patientWords() throws {
        let (text, _) = try note(noteCases[2].answers, .patient)
        #expect(text.hasPrefix("discpath: your result\n"))
        #expect(text.contains("Your answers\n"))
        #expect(text.contains("Your next step:"))
    }
}

/// Text with every run of white space folded to one space, to match phrases across wrapped lines.
func folded(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
}

@Suite("Answers as JSON")
struct AnswersJSONTests {
    @Test("what is written reads back as the same answers, with the same tier, for every path through the answer space")
    func roundTrip() throws {
        let pathway = try builtIn()
        let parser = AnswerParser(rules: pathway.rules)
        var seen: Set<Answers> = []
        // Any red flag ends the path at once: three choices stand for the rest.
        for redFlags in [[], [.unsure], Set(RedFlag.allCases)] as [Set<RedFlag>] {
            for complete in completeAnswers(redFlags: redFlags) {
                let onPath = complete.keeping(only: pathway.rules.route(for: complete).answered)
                guard seen.insert(onPath).inserted else { continue }
                let json = AnswersJSON.encode(onPath)
                guard case .single(let read)? = try? parser.parse(json: Array(json.utf8)) else {
                    Issue.record("not read back: \(json)")
                    return
                }
                #expect(read == onPath)
                #expect(try pathway.rules.decide(read).tier == pathway.rules.decide(complete).tier)
            }
        }
    }

    @Test("keys in the order the questions are asked, checklists in the source's order, the weeks a whole number")
    func stableOrder() throws {
        let answers = noteCases[4].answers
        let expected = """
            {
              "redFlags": [],
              "severeRadicularPain": "no",
              "weeksOfConservativeCare": 12,
              "symptomsPersist": "yes",
              "therapiesTried": ["physicalTherapy", "painSpecialist"],
              "mri": "rootCompression",
              "correlation": "matches",
              "willingToConsiderSurgery": "yes"
            }

            """
        #expect(AnswersJSON.encode(answers) == expected)
        var reordered = Answers()
        reordered.willingToConsiderSurgery = .yes
        reordered.therapiesTried = [.painSpecialist, .physicalTherapy]
        reordered.correlation = .matches
        reordered.mri = .rootCompression
        reordered.weeksOfConservativeCare = 12
        reordered.symptomsPersist = .yes
        reordered.severeRadicularPain = .no
        reordered.redFlags = []
        #expect(AnswersJSON.encode(reordered) == expected, "the same bytes however the answers were set")
        #expect(AnswersJSON.encode(Answers(redFlags: [.unsure, .saddleAnesthesia])) == "{\n  \"redFlags\": [\"saddleAnesthesia\", \"unsure\"]\n}\n")
    }
}
