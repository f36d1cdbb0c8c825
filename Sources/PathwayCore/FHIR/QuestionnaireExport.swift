extension Pathway {
    /// The intake as a FHIR R5 Questionnaire, in the clinician's wording: one item per question
    /// (linkId the answer key, answer codes the answer values), enabled exactly when the intake
    /// asks it, with the source's help and this program's readings as display items under it.
    public func fhirQuestionnaire() -> FHIRQuestionnaire {
        let audience = Audience.clinician
        let references = document.references.map { "[\($0.number)] \($0.text)" }.joined(separator: "\n\n")
        return FHIRQuestionnaire(
            id: FHIRCanonical.questionnaireID,
            url: FHIRCanonical.questionnaire,
            version: meta.contentVersion,
            versionAlgorithmCoding: FHIRCoding(system: "http://hl7.org/fhir/version-algorithm", code: "semver"),
            name: FHIRCanonical.questionnaireName,
            title: meta.title,
            // Pending human review and for education only: not ready for normal use.
            status: .draft,
            experimental: true,
            subjectType: ["Patient"],
            date: meta.lastUpdated,
            publisher: FHIRCanonical.publisher,
            description: "The referral pathway for a patient with a lumbar disc bulge who has not responded to "
                + "initial conservative care, from \(meta.source). Review status: \(meta.reviewStatus).\n\n"
                + "The help items quote the source; the numbers in brackets are its references:\n\n" + references,
            purpose: "Decides the referral tier (\(TierID.allCases.map(\.rawValue).joined(separator: ", "))) "
                + "from the answers, as discpath's intake does. A question is enabled only while its answer can "
                + "still change the tier. Items that start \"\(ReportWords.for(audience).reading)\" are "
                + "discpath's own reading of the source, not the source's words.",
            copyright: meta.disclaimer,
            item: [FHIRQuestionnaire.Item(linkId: "disclaimer", text: meta.plainDisclaimer.text(audience), type: .display)]
                + QuestionKey.allCases.map { fhirItem($0, audience) })
    }

    /// The Questionnaire as `discpath export questionnaire` prints it.
    public func fhirQuestionnaireJSON() -> String { FHIRJSON.encode(fhirQuestionnaire(), .pretty) }

    private func fhirItem(_ key: QuestionKey, _ audience: Audience) -> FHIRQuestionnaire.Item {
        let content = question(key)
        let (conditions, behavior) = enableWhen(for: key)
        var item = FHIRQuestionnaire.Item(
            linkId: key.rawValue, text: content?.prompt.text(audience) ?? key.rawValue, type: .coding,
            enableWhen: conditions.isEmpty ? nil : conditions, enableBehavior: behavior, required: true)
        switch key.kind {
        case .multiSelect, .singleSelect:
            item.repeats = key.kind == .multiSelect ? true : nil
            item.answerOption = (content?.options ?? []).filter { $0.isOffered(to: audience) }.map { option in
                FHIRQuestionnaire.AnswerOption(
                    valueCoding: FHIRCoding(system: FHIRCanonical.answers(key), code: option.value,
                                            display: option.label.text(audience)),
                    extensions: option.meansNone == true ? [.optionExclusive] : nil)
            }
        case .weeks:
            item.type = .integer
            item.extension = [.minValue(0), .maxValue(thresholds.maximumWeeks)]
        }
        var help: [FHIRQuestionnaire.Item] = []
        func add(_ text: String) {
            help.append(FHIRQuestionnaire.Item(linkId: "\(key.rawValue).help.\(help.count + 1)", text: text,
                                               type: .display, extensions: [.helpItemControl]))
        }
        for statement in content?.help ?? [] { add(cited(statement.text.text(audience), statement.citations)) }
        for option in content?.options ?? [] where option.isOffered(to: audience) {
            for statement in option.help ?? [] {
                add(option.label.text(audience) + ": " + cited(statement.text.text(audience), statement.citations))
            }
        }
        for note in content?.notes ?? [] { add(ReportWords.for(audience).reading + " " + note.text(audience)) }
        item.item = help.isEmpty ? nil : help
        return item
    }

    /// A sentence with its citation mark, in plain text: "... [1, 2]".
    private func cited(_ text: String, _ citations: [Int]) -> String {
        citations.isEmpty ? text : text + " [" + citations.map(String.init).joined(separator: ", ") + "]"
    }
}
