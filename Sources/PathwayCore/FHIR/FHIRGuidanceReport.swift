/// The result of `discpath evaluate --format fhir` for one answer set: a Bundle of type
/// `collection` with the answers the path reached (QuestionnaireResponse), the outcome
/// (GuidanceResponse, with the whole result in its contained Parameters) and, where the tier
/// refers the patient, the referral as a proposed ServiceRequest (in R4 through a RequestGroup,
/// which is what an R4 GuidanceResponse can point at). A pure function of the decision, its
/// explanation and the run's settings, so the evaluate command can render one answer set at a
/// time.
public enum FHIRGuidanceReport {
    /// One Bundle as one line of JSON.
    public static func line(_ decision: Decision, _ explanation: Explanation, in pathway: Pathway, _ run: FHIRRun = FHIRRun(stableIDs: FHIROptions())) -> String {
        FHIRJSON.encode(bundle(decision, explanation, in: pathway, run), .oneLine)
    }

    /// Every resource is in English.
    static let language = "en"

    /// The priority of a tier's referral, from the source's words for its urgency: "immediate"
    /// is stat and "within 2 weeks" urgent; the other referrals are routine. Nil for the tier
    /// that refers nobody (primary-care conservative management goes on).
    public static func referralPriority(_ tier: TierID) -> FHIRServiceRequest.Priority? {
        switch tier {
        case .immediateSpineSurgeon: return .stat
        case .specialistWithin2Weeks: return .urgent
        case .interventionalPain, .spineSurgeon: return .routine
        case .primaryCareConservative: return nil
        }
    }

    /// The Bundle. Entries have `urn:uuid:` full URLs from `run` (random, or name-based on each
    /// resource's content); the time and the subject are the run's.
    public static func bundle(_ decision: Decision, _ explanation: Explanation, in pathway: Pathway, _ run: FHIRRun = FHIRRun(stableIDs: FHIROptions())) -> FHIRBundle {
        let options = run.options, version = options.version
        let questionnaire = FHIRCanonical.versionedQuestionnaire(explanation.meta.contentVersion)
        func id(_ resource: FHIRResource) -> RFCUUID { run.id(for: FHIRJSON.encode(resource, .oneLine)) }
        let words = ReportWords.for(explanation.audience)
        let reviewed = "\(words.reviewStatus): \(explanation.meta.reviewStatus)"

        let items = decision.path.map { responseItem($0, decision.answers, pathway) }
        let response = FHIRResource.questionnaireResponse(FHIRQuestionnaireResponse(
            meta: FHIRMeta(version, "QuestionnaireResponse"), language: language,
            text: FHIRNarrative([.init("Answers to", "\(explanation.meta.title) (\(questionnaire))")] + items.map { item in
                .init(item.text, item.answer.map { $0.valueCoding?.display ?? $0.valueInteger.map { "\($0) weeks" } ?? "" }
                    .joined(separator: "; "))
            }),
            questionnaire: questionnaire, status: .completed, subject: options.subject?.asReference,
            authored: options.authored, item: items))
        let responseID = id(response)

        // The referral, where the tier makes one: proposed, for a clinician to accept or not.
        var entries: [FHIRBundle.Entry] = []
        var result: FHIRVersioned<[FHIRReference], FHIRReference>?
        let clinicianTitle = pathway.tier(decision.tier)?.title.text(.clinician) ?? decision.tier.rawValue
        if let priority = referralPriority(decision.tier) {
            let concept = FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRCanonical.tier, code: decision.tier.rawValue,
                                                                  display: clinicianTitle)],
                                              text: explanation.title)
            let narrative = FHIRNarrative([.init("Proposed referral:", explanation.title),
                                           .init("Priority:", priority.rawValue),
                                           .init(nil, explanation.banner), .init(nil, reviewed)])
            let request = FHIRResource.serviceRequest(FHIRServiceRequest(
                meta: FHIRMeta(version, "ServiceRequest"), language: language, text: narrative, priority: priority,
                code: version == .r5 ? .r5(FHIRCodeableReference(concept: concept)) : .r4(concept),
                subject: options.subject?.asReference ?? .unknown, authoredOn: options.authored,
                supportingInfo: version == .r5 ? .r5([FHIRCodeableReference(reference: FHIRReference(reference: responseID.urn))])
                    : .r4([FHIRReference(reference: responseID.urn)]),
                note: [FHIRAnnotation(explanation.banner), FHIRAnnotation(reviewed)]))
            let requestID = id(request)
            entries.append(FHIRBundle.Entry(fullUrl: requestID.urn, resource: request))
            switch version {
            case .r5:
                result = .r5([FHIRReference(reference: requestID.urn)])
            case .r4:
                let group = FHIRResource.requestGroup(FHIRRequestGroup(
                    meta: FHIRMeta(version, "RequestGroup"), language: language, text: narrative, priority: priority,
                    subject: options.subject?.asReference, authoredOn: options.authored,
                    action: [FHIRRequestGroup.Action(title: explanation.title, resource: FHIRReference(reference: requestID.urn))]))
                let groupID = id(group)
                entries.insert(FHIRBundle.Entry(fullUrl: groupID.urn, resource: group), at: 0)
                result = .r4(FHIRReference(reference: groupID.urn))
            }
        }

        let output = parameters(explanation, in: pathway, response: responseID, version: version)
        let guidance = FHIRResource.guidanceResponse(FHIRGuidanceResponse(
            meta: FHIRMeta(version, "GuidanceResponse"), language: language,
            text: FHIRNarrative([.init(nil, explanation.banner), .init("Result:", explanation.title)]
                + explanation.actions.map { .init("What to do:", $0.withMark) }
                + [.init(nil, reviewed)]),
            contained: [output], moduleCanonical: questionnaire, status: .success,
            subject: options.subject?.asReference, occurrenceDateTime: options.authored,
            performer: .display("discpath \(ProgramVersion.string) (content \(explanation.meta.contentVersion))"),
            reason: version == .r5 ? [FHIRCodeableReference(reference: FHIRReference(reference: responseID.urn))] : nil,
            note: [explanation.banner, reviewed, explanation.plainDisclaimer, explanation.sourceDisclaimer].map(FHIRAnnotation.init),
            outputParameters: FHIRReference(reference: "#" + (output.id ?? "")),
            result: result))
        let guidanceID = id(guidance)

        entries = [FHIRBundle.Entry(fullUrl: responseID.urn, resource: response),
                   FHIRBundle.Entry(fullUrl: guidanceID.urn, resource: guidance)] + entries
        let bundleID = run.id(for: entries.map(\.fullUrl).joined(separator: "\n") + "\n" + (options.authored?.description ?? ""))
        return FHIRBundle(id: bundleID.description, meta: FHIRMeta(version, "Bundle"), type: .collection,
                          timestamp: options.authored, entry: entries)
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

    /// The id of the Parameters inside the GuidanceResponse.
    static let parametersID = "result"

    /// The outcome in the audience's wording, as `evaluate --format json` has it: the tier
    /// (coded; a code's display is its code system's, the clinician's words, whatever the
    /// audience, and the audience's title is beside it), what to do, the criteria met, unmet and not assessed, the reasons with their
    /// citations and readings, the pitfalls and evidence that apply, the references cited, and
    /// the QuestionnaireResponse it was decided on.
    private static func parameters(_ explanation: Explanation, in pathway: Pathway, response: RFCUUID,
                                   version: FHIRVersion) -> FHIRParameters {
        typealias Parameter = FHIRParameters.Parameter
        let report = JSONReport(explanation)
        func statement(_ name: String, _ system: String?, _ item: JSONReport.Item) -> Parameter {
            .parts(name, (system.map { [.coding("id", FHIRCoding(system: $0, code: item.id))] } ?? [.string("id", item.id)])
                + [.string("text", item.text)]
                + item.citations.map { .integer("citation", $0) }
                + (item.reading.map { [.string("reading", $0)] } ?? [])
                + (item.ownAdvice == true ? [.boolean("ownAdvice", true)] : []))
        }
        func criterion(_ name: String, _ id: String) -> Parameter {
            .coding(name, FHIRCoding(system: FHIRCanonical.criterion, code: id,
                                     display: CriterionID(rawValue: id).flatMap { pathway.criterion($0)?.label.text(.clinician) }))
        }
        var parameter: [Parameter] = [
            .coding("tier", FHIRCoding(system: FHIRCanonical.tier, code: report.tier,
                                       display: pathway.tier(explanation.tier)?.title.text(.clinician))),
            .string("title", report.title),
            .code("audience", report.audience),
            .reference("questionnaireResponse", FHIRReference(reference: response.urn)),
        ]
        parameter += report.actions.map { statement("action", FHIRCanonical.action, $0) }
        parameter += report.metCriteria.map { criterion("metCriterion", $0) }
        parameter += report.unmetCriteria.map { criterion("unmetCriterion", $0) }
        parameter += report.notAssessedCriteria.map { criterion("notAssessedCriterion", $0) }
        parameter += report.reasons.map { statement("reason", FHIRCanonical.reason, $0) }
        parameter += report.pitfalls.map { statement("pitfall", nil, $0) }
        parameter += report.evidence.map { statement("evidence", nil, $0) }
        parameter += report.references.map { .parts("reference", [.integer("number", $0.number), .string("text", $0.text)]) }
        return FHIRParameters(id: parametersID, meta: FHIRMeta(version, "Parameters"), language: language, parameter: parameter)
    }
}
