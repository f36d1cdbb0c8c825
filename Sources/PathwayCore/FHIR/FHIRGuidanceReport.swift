/// The result of `discpath evaluate --format fhir` for one answer set: a Bundle of type
/// `collection` with the answers the path reached (QuestionnaireResponse), the outcome
/// (GuidanceResponse) and what it carries (Parameters). A pure function of the decision and
/// its explanation, so the evaluate command can render one answer set at a time.
public enum FHIRGuidanceReport {
    /// One Bundle as one line of JSON (NDJSON, as FHIR bulk data writes resources).
    public static func line(_ decision: Decision, _ explanation: Explanation, in pathway: Pathway) -> String {
        FHIRJSON.encode(bundle(decision, explanation, in: pathway), .oneLine)
    }

    /// The Bundle. Its ids are name-based UUIDs of the content version, the audience and every
    /// answer given, so the same answers always give the same Bundle; nothing in it depends on
    /// the clock (no timestamps: whoever stores it records when).
    public static func bundle(_ decision: Decision, _ explanation: Explanation, in pathway: Pathway) -> FHIRBundle {
        let questionnaire = FHIRCanonical.versionedQuestionnaire(explanation.meta.contentVersion)
        let given = QuestionKey.allCases.map { key in
            "\(key.rawValue)=" + (decision.answers.values(for: key).map { $0.joined(separator: ",") } ?? "-")
        }.joined(separator: ";")
        let seed = [questionnaire, explanation.audience.rawValue, given].joined(separator: "\n")
        let namespace = NameBasedUUID(namespace: .urlNamespace, name: FHIRCanonical.questionnaire)
        func id(_ role: String) -> NameBasedUUID { NameBasedUUID(namespace: namespace, name: role + "\n" + seed) }
        let responseID = id("QuestionnaireResponse"), guidanceID = id("GuidanceResponse"), parametersID = id("Parameters")

        let response = FHIRQuestionnaireResponse(
            questionnaire: questionnaire, status: .completed,
            item: decision.path.map { responseItem($0, decision.answers, pathway) })
        let guidance = FHIRGuidanceResponse(
            moduleCanonical: questionnaire, status: .success,
            reason: [FHIRCodeableReference(reference: FHIRReference(reference: responseID.urn))],
            outputParameters: FHIRReference(reference: parametersID.urn),
            note: [explanation.banner,
                   "\(ReportWords.for(explanation.audience).reviewStatus): \(explanation.meta.reviewStatus)",
                   explanation.plainDisclaimer, explanation.sourceDisclaimer].map(FHIRGuidanceResponse.Annotation.init))
        return FHIRBundle(id: id("Bundle").description, type: .collection, entry: [
            FHIRBundle.Entry(fullUrl: responseID.urn, resource: .questionnaireResponse(response)),
            FHIRBundle.Entry(fullUrl: guidanceID.urn, resource: .guidanceResponse(guidance)),
            FHIRBundle.Entry(fullUrl: parametersID.urn, resource: .parameters(parameters(explanation))),
        ])
    }

    /// One reached question with its answer, coded as in the Questionnaire (clinician wording,
    /// like the Questionnaire's); an empty checklist is its "None of these" option.
    private static func responseItem(_ key: QuestionKey, _ answers: Answers, _ pathway: Pathway) -> FHIRQuestionnaireResponse.Item {
        let values = answers.values(for: key) ?? []
        let answer: [FHIRQuestionnaireResponse.Answer]
        switch key.kind {
        case .weeks:
            answer = values.compactMap { Int($0) }.map { FHIRQuestionnaireResponse.Answer(valueInteger: $0) }
        case .multiSelect, .singleSelect:
            let codes = key.kind == .multiSelect && values.isEmpty ? [pathway.noneValue(key)] : values
            answer = codes.map { code in
                FHIRQuestionnaireResponse.Answer(valueCoding: FHIRCoding(
                    system: FHIRCanonical.answers(key), code: code, display: pathway.optionLabel(key, code, .clinician)))
            }
        }
        return FHIRQuestionnaireResponse.Item(
            linkId: key.rawValue, text: pathway.question(key)?.prompt.text(.clinician) ?? key.rawValue, answer: answer)
    }

    /// The outcome in the audience's wording: the tier, what to do, the unmet and not-assessed
    /// criteria (as `evaluate --format json` lists them), the reasons with their citations and
    /// readings, and the references cited.
    private static func parameters(_ explanation: Explanation) -> FHIRParameters {
        typealias Parameter = FHIRParameters.Parameter
        let report = JSONReport(explanation)
        func statement(_ name: String, _ system: String, _ item: JSONReport.Item) -> Parameter {
            .parts(name, [.coding("id", FHIRCoding(system: system, code: item.id)), .string("text", item.text)]
                + item.citations.map { .integer("citation", $0) }
                + (item.reading.map { [.string("reading", $0)] } ?? [])
                + (item.ownAdvice == true ? [.boolean("ownAdvice", true)] : []))
        }
        func criterion(_ name: String, _ id: String) -> Parameter {
            .coding(name, FHIRCoding(system: FHIRCanonical.criterion, code: id,
                                     display: explanation.criteria.first { $0.id.rawValue == id }?.label))
        }
        var parameter: [Parameter] = [
            .coding("tier", FHIRCoding(system: FHIRCanonical.tier, code: report.tier, display: report.title)),
            .code("audience", report.audience),
        ]
        parameter += report.actions.map { statement("action", FHIRCanonical.action, $0) }
        parameter += report.unmetCriteria.map { criterion("unmetCriterion", $0) }
        parameter += report.notAssessedCriteria.map { criterion("notAssessedCriterion", $0) }
        parameter += report.reasons.map { statement("reason", FHIRCanonical.reason, $0) }
        parameter += report.references.map { .parts("reference", [.integer("number", $0.number), .string("text", $0.text)]) }
        return FHIRParameters(parameter: parameter)
    }
}
