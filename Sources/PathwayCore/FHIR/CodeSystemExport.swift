extension Pathway {
    /// discpath's own code systems as a Bundle of CodeSystem resources (R5 by default, or R4):
    /// one for the answers of each choice question, and the tiers, criteria, reasons and actions,
    /// every code with the clinician's wording as its display. Their canonical URLs are the
    /// systems the Questionnaire and the results use, and each entry's full URL; the Bundle's id
    /// is name-based on its content, so the export is the same bytes every time.
    public func fhirCodeSystems(_ version: FHIRVersion = .r5) -> FHIRBundle {
        let audience = Audience.clinician
        func concepts(_ pairs: [(String, String)]) -> [FHIRCodeSystem.Concept] {
            var seen: Set<String> = []
            return pairs.filter { seen.insert($0.0).inserted }.map { FHIRCodeSystem.Concept(code: $0.0, display: $0.1) }
        }
        var systems: [(id: String, url: String, title: String, about: String, concepts: [FHIRCodeSystem.Concept])] = []
        for key in QuestionKey.allCases where key.kind != .weeks {
            systems.append((key.rawValue, FHIRCanonical.answers(key), "Answers: " + (question(key)?.title.text(audience) ?? key.rawValue),
                            "The answers to the question '\(question(key)?.prompt.text(audience) ?? key.rawValue)' (linkId \(key.rawValue)), "
                                + "coded by the values discpath evaluate reads.",
                            concepts(fhirOptions(key, audience).filter { $0.countsAs == nil }.map { ($0.value, $0.label.text(audience)) })))
        }
        systems.append(("tier", FHIRCanonical.tier, "Referral tiers", "The referral tiers the pathway ends on.",
                        concepts(TierID.allCases.map { ($0.rawValue, tier($0)?.title.text(audience) ?? $0.rawValue) })))
        systems.append(("criterion", FHIRCanonical.criterion, "Surgical criteria",
                        "The criteria for a spine surgeon referral, all required; pain-specialist-first is this program's "
                            + "inference from the source, not one of the source's own.",
                        concepts(CriterionID.allCases.map { ($0.rawValue, criterion($0)?.label.text(audience) ?? $0.rawValue) })))
        systems.append(("reason", FHIRCanonical.reason, "Reasons",
                        "The reasons a decision gives. A display in braces ({weeks}, {findings}, {criteria}) is filled from "
                            + "the answers in each result.",
                        concepts(ReasonID.allCases.map { ($0.rawValue, reason($0)?.text.text(audience) ?? $0.rawValue) })))
        systems.append(("action", FHIRCanonical.action, "Actions", "What to do, on each tier; one code for an action several tiers share.",
                        concepts(document.tiers.flatMap(\.actions).map { ($0.id, $0.text.text(audience)) })))

        let entries = systems.map { system in
            FHIRBundle.Entry(fullUrl: system.url, resource: .codeSystem(FHIRCodeSystem(
                id: system.id, meta: FHIRMeta(version, "CodeSystem"), language: FHIRGuidanceReport.language,
                text: FHIRNarrative([.init(nil, system.title + ": " + system.about)] + system.concepts.map { .init($0.code + ":", $0.display) }),
                url: system.url, version: meta.contentVersion,
                versionAlgorithmCoding: version.semverAlgorithm,
                name: FHIRCanonical.questionnaireName + system.id.prefix(1).uppercased() + system.id.dropFirst(),
                title: meta.title + ": " + system.title, date: meta.lastUpdated, publisher: FHIRCanonical.publisher,
                description: system.about + " Review status: \(meta.reviewStatus).",
                count: system.concepts.count, concept: system.concepts)))
        }
        let id = RFCUUID(namespace: RFCUUID(namespace: .urlNamespace, name: FHIRCanonical.base),
                         name: version.rawValue + "\n" + FHIRJSON.encode(entries.map(\.resource), .oneLine))
        return FHIRBundle(id: id.description, meta: FHIRMeta(version, "Bundle"), type: .collection, timestamp: nil, entry: entries)
    }

    /// The code systems as `discpath export codesystems` prints them.
    public func fhirCodeSystemsJSON(_ version: FHIRVersion = .r5) -> String { FHIRJSON.encode(fhirCodeSystems(version), .pretty) }
}
