extension Pathway {
    /// The intake as a FHIR Questionnaire (R5 by default, or R4), in the clinician's wording: one
    /// item per question (linkId the answer key, answer codes the answer values), enabled exactly
    /// when the intake asks it, shown as SDC renderers should (check boxes, radio buttons, a
    /// number of weeks), with the source's help and this program's readings as one help item.
    public func fhirQuestionnaire(_ version: FHIRVersion = .r5) -> FHIRQuestionnaire {
        let audience = Audience.clinician
        let references = document.references.map { "[\($0.number)] \($0.text)" }.joined(separator: "\n\n")
        let disclaimer = meta.plainDisclaimer.text(audience)
        let items = QuestionKey.allCases.map { fhirItem($0, audience, version) }
        return FHIRQuestionnaire(
            id: FHIRCanonical.questionnaireID,
            meta: FHIRMeta(version, "Questionnaire"),
            language: FHIRGuidanceReport.language,
            text: FHIRNarrative([.init(nil, meta.title + ", version " + meta.contentVersion),
                                 .init("Review status:", meta.reviewStatus), .init(nil, disclaimer)]
                + items.map { .init($0.linkId + ":", $0.text) }),
            url: FHIRCanonical.questionnaire,
            version: meta.contentVersion,
            versionAlgorithmCoding: version.semverAlgorithm,
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
                + "still change the tier. Paragraphs of help that start \"\(ReportWords.for(audience).reading)\" are "
                + "discpath's own reading of the source, not the source's words.",
            copyright: meta.disclaimer,
            item: [FHIRQuestionnaire.Item(linkId: "disclaimer", text: disclaimer, type: .display)] + items)
    }

    /// The Questionnaire as `discpath export questionnaire` prints it.
    public func fhirQuestionnaireJSON(_ version: FHIRVersion = .r5) -> String { FHIRJSON.encode(fhirQuestionnaire(version), .pretty) }

    private func fhirItem(_ key: QuestionKey, _ audience: Audience, _ version: FHIRVersion) -> FHIRQuestionnaire.Item {
        let content = question(key)
        let (conditions, behavior) = enableWhen(for: key)
        var item = FHIRQuestionnaire.Item(
            linkId: key.rawValue, text: content?.prompt.text(audience) ?? key.rawValue, type: .coding,
            enableWhen: conditions.isEmpty ? nil : conditions, enableBehavior: behavior, required: true)
        switch key.kind {
        case .multiSelect, .singleSelect:
            item.type = version == .r5 ? .coding : .choice
            item.answerConstraint = version == .r5 ? .optionsOnly : nil
            item.repeats = key.kind == .multiSelect ? true : nil
            // Every option in sight: a red flag one has to search for is easy to miss.
            item.extension = [.itemControl(key.kind == .multiSelect ? .checkBox : .radioButton)]
            item.answerOption = fhirOptions(key, audience).map { option in
                FHIRQuestionnaire.AnswerOption(
                    valueCoding: FHIRCoding(system: FHIRCanonical.answers(key), code: option.value,
                                            display: option.label.text(audience)),
                    extensions: option.meansNone == true ? [.optionExclusive] : nil)
            }
        case .weeks:
            item.type = .integer
            item.extension = [.minValue(0), .maxValue(thresholds.maximumWeeks), .unit(ucum: "wk", display: "week"),
                              .entryFormat("weeks, 0 to \(thresholds.maximumWeeks)")]
        }
        // One help item: LHC-Forms keeps only the last of several.
        var help: [String] = (content?.help ?? []).map { cited($0.text.text(audience), $0.citations) }
        for option in content?.options ?? [] where option.isOffered(to: audience) {
            for statement in option.help ?? [] {
                help.append(option.label.text(audience) + ": " + cited(statement.text.text(audience), statement.citations))
            }
        }
        help += (content?.notes ?? []).map { ReportWords.for(audience).reading + " " + $0.text(audience) }
        item.item = help.isEmpty ? nil : [FHIRQuestionnaire.Item(
            linkId: "\(key.rawValue).help", text: help.joined(separator: "\n\n"), type: .display,
            extensions: [.itemControl(.help)])]
        return item
    }

    /// The options of a choice question as the Questionnaire offers them: the clinician's.
    func fhirOptions(_ key: QuestionKey, _ audience: Audience = .clinician) -> [PathwayDocument.Option] {
        (question(key)?.options ?? []).filter { $0.isOffered(to: audience) }
    }

    /// A sentence with its citation mark, in plain text: "... [1, 2]".
    private func cited(_ text: String, _ citations: [Int]) -> String {
        citations.isEmpty ? text : text + " [" + citations.map(String.init).joined(separator: ", ") + "]"
    }
}
