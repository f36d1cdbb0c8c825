import TextLayout

/// The chart note: a plain-text record of one result for the patient's record. A header (when,
/// which content, whose wording), every answer as it was asked, then the report document laid
/// out as the text report lays it out: the tier, what to do, the reasoning with its citations
/// and labelled readings, the references and the content's details. The time is read by the
/// caller and passed in formatted, so the note is a pure function of its inputs.
public enum ChartNote {
    /// The note for `decision`, reached with `answers`, in `audience`'s words; `recordedAt` is
    /// the local date and time as it should read ("2026-03-05 14:07 CET (UTC+0100)").
    public static func render(decision: Decision, answers: Answers, pathway: Pathway, audience: Audience,
                              recordedAt: String, width: Int = 78) -> String {
        render(ReportDocument(pathway.explain(decision, for: audience)), answers: answers, pathway: pathway,
               recordedAt: recordedAt, width: width)
    }

    public static func render(_ document: ReportDocument, answers: Answers, pathway: Pathway,
                              recordedAt: String, width: Int = 78) -> String {
        let words = Words.for(document.audience)
        let meta = pathway.meta
        var out: [String] = []
        func paragraph(_ text: String, indent: Int = 0) {
            let lines = TextWrap.lines(text, width: max(1, width - indent))
            out += lines.enumerated().map { $0.offset == 0 ? $0.element : String(repeating: " ", count: indent) + $0.element }
        }
        out.append(words.title)
        out.append(String(repeating: "=", count: DisplayWidth.of(words.title)))
        // What the content is for and its review status head the note, not only close it.
        paragraph(document.banner)
        paragraph("\(words.recorded): \(recordedAt)", indent: 2)
        paragraph("\(words.pathway): \(meta.title)", indent: 2)
        paragraph("\(words.contentVersion): \(meta.contentVersion) (\(words.lastUpdated) \(meta.lastUpdated))", indent: 2)
        paragraph("\(words.wording): \(document.audience.rawValue)", indent: 2)
        out.append("")
        out.append(words.answers)
        out.append(String(repeating: "-", count: DisplayWidth.of(words.answers)))
        for (key, answer) in answersAsAsked(answers, pathway: pathway, audience: document.audience) {
            paragraph("- \(key): \(answer)", indent: 2)
        }
        out.append("")
        return out.joined(separator: "\n") + "\n" + TextReport.render(document, width: width, banner: false)
    }

    /// Each answer on the path, in the order asked: the question's title and the answer, both
    /// in the audience's words.
    public static func answersAsAsked(_ answers: Answers, pathway: Pathway, audience: Audience) -> [(question: String, answer: String)] {
        pathway.rules.route(for: answers).answered.compactMap { key in
            answers.value(for: key).map { value in
                (pathway.question(key)?.title.text(audience) ?? key.rawValue, pathway.answerText(value, audience))
            }
        }
    }

    /// The note's own labels, per audience. Not clinical content.
    struct Words {
        let title, recorded, pathway, contentVersion, lastUpdated, wording, answers: String

        static func `for`(_ audience: Audience) -> Words {
            switch audience {
            case .patient:
                return Words(title: "discpath: your result", recorded: "Saved (local time)", pathway: "Guideline",
                             contentVersion: "Content version", lastUpdated: "last updated", wording: "Worded for",
                             answers: "Your answers")
            case .clinician, .trainee:
                return Words(title: "discpath chart note", recorded: "Recorded (local time)", pathway: "Pathway",
                             contentVersion: "Content version", lastUpdated: "last updated", wording: "Worded for",
                             answers: "Answers as asked")
            }
        }
    }
}
