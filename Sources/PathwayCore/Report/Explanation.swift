/// A sentence with its citation numbers, in one audience's wording.
public struct CitedText: Sendable, Equatable, Codable {
    public let text: String
    public let citations: [Int]

    public init(text: String, citations: [Int]) {
        self.text = text
        self.citations = citations
    }
}

/// A decision put into one audience's words, with everything the result shows: the tier, what to
/// do, the reasoning, the criteria, pitfalls, evidence and the references cited.
public struct Explanation: Sendable, Equatable {
    /// One statement: the source's sentence with its citations, and this program's reading beside
    /// it where it rests on one (never cited).
    public struct Item: Sendable, Equatable {
        public let id: String
        public let text: String
        public let citations: [Int]
        public let reading: String?
        /// True where the text is this program's own advice: uncited, labelled after it.
        public let ownAdvice: Bool

        public init(id: String, text: String, citations: [Int], reading: String? = nil, ownAdvice: Bool = false) {
            self.id = id
            self.text = text
            self.citations = citations
            self.reading = reading
            self.ownAdvice = ownAdvice
        }

        /// The text followed by its citation mark, for wrapping.
        public var withMark: String { CitedText(text: text, citations: citations).withMark }
    }

    public struct CriterionLine: Sendable, Equatable {
        public let id: CriterionID
        public let label: String
        public let status: CriterionStatus
        /// Unmet because the answer was not sure or not known: said so, never as "no".
        public let uncertainty: CriterionUncertainty?
        public let citations: [Int]
        /// True for this program's inferred criterion, shown apart from the source's.
        public let inference: Bool
        public let reading: String?
    }

    public let audience: Audience
    public let tier: TierID
    public let title: String
    /// What to do: the tier's actions whose conditions the answers meet, in the content's order.
    public let actions: [Item]
    public let reasons: [Item]
    public let criteria: [CriterionLine]
    public let pitfalls: [Item]
    public let evidence: [Item]
    public let references: [PathwayDocument.Reference]
    public let meta: PathwayDocument.Meta
    /// The plain disclaimer in the audience's words, read first.
    public let plainDisclaimer: String
    /// The line that opens the result: what the content is for, and its review status.
    public let banner: String
    /// Where the weeks of conservative care stand among the pathway's windows; nil when the
    /// path did not ask them.
    public let timeline: Timeline?
    /// The source's own disclaimer, quoted in full.
    public var sourceDisclaimer: String { meta.disclaimer }

    /// Whether the result lists the surgical criteria one by one.
    public var showsCriteria: Bool { tier.listsCriteria }

    public func criteria(_ status: CriterionStatus) -> [CriterionLine] { criteria.filter { $0.status == status } }

    /// The overdue warning, shown near the top of the result rather than among the reasons.
    public var overdueWarning: Item? { reasons.first { $0.id == ReasonID.referralOverdue.rawValue } }
}

extension Pathway {
    /// `decision` in `audience`'s wording.
    public func explain(_ decision: Decision, for audience: Audience) -> Explanation {
        let tierContent = tier(decision.tier)
        let answers = decision.answers
        let actions = self.actions(for: decision).filter { $0.isShown(to: audience) }.map {
            Explanation.Item(id: $0.id, text: $0.text.text(audience), citations: $0.citations,
                             reading: $0.reading.map { $0.text(audience) }, ownAdvice: $0.ownAdvice ?? false)
        }
        let reasons = decision.reasons.map { reason in
            let content = self.reason(reason.id)
            let reading = content?.readingWhen?.first { $0.when.holds(for: answers) }?.text ?? content?.reading
            return Explanation.Item(id: reason.id.rawValue, text: fill(content?.text.text(audience) ?? reason.id.rawValue, reason, audience),
                                    citations: content?.citations ?? [],
                                    reading: reading.map { fill($0.text(audience), reason, audience) })
        }
        let criteria = decision.criteria.map { entry in
            let content = criterion(entry.id)
            return Explanation.CriterionLine(
                id: entry.id, label: content?.label.text(audience) ?? entry.id.rawValue, status: entry.status,
                uncertainty: entry.uncertainty, citations: content?.citations ?? [], inference: content?.inference ?? false,
                reading: content?.reading.map { $0.text(audience) })
        }
        let reasonIDs = Set(decision.reasons.map(\.id.rawValue))
        func applicable(_ statements: [PathwayDocument.ApplicableStatement]) -> [Explanation.Item] {
            statements.filter { $0.appliesTo.contains(decision.tier.rawValue) }
                .filter { $0.withReason.map { !reasonIDs.isDisjoint(with: $0) } ?? true }
                .filter { reasonIDs.isDisjoint(with: $0.withoutReason ?? []) }
                .map { Explanation.Item(id: $0.id, text: $0.text.text(audience), citations: $0.citations,
                                        reading: $0.reading.map { $0.text(audience) }) }
        }
        let pitfalls = applicable(document.pitfalls)
        let evidence = applicable(document.evidence)
        var cited: Set<Int> = []
        for list in [actions, reasons, pitfalls, evidence] {
            for item in list { cited.formUnion(item.citations) }
        }
        if decision.tier.listsCriteria {
            for line in criteria { cited.formUnion(line.citations) }
        }
        let references = document.references.filter { cited.contains($0.number) }.sorted { $0.number < $1.number }
        return Explanation(
            audience: audience, tier: decision.tier, title: tierContent?.title.text(audience) ?? decision.tier.rawValue,
            actions: actions, reasons: reasons, criteria: criteria, pitfalls: pitfalls, evidence: evidence,
            references: references, meta: meta, plainDisclaimer: meta.plainDisclaimer.text(audience),
            banner: meta.banner.text(audience),
            timeline: Timeline(decision: decision, thresholds: thresholds, audience: audience))
    }

    /// What to do for `decision`: its tier's actions whose conditions the answers meet, in order.
    public func actions(for decision: Decision) -> [PathwayDocument.Action] {
        (tier(decision.tier)?.actions ?? []).filter { $0.when?.holds(for: decision.answers) ?? true }
    }

    /// A reason's text with its placeholders filled from what the rule found.
    private func fill(_ template: String, _ reason: Reason, _ audience: Audience) -> String {
        var values: [String: String] = [:]
        if let weeks = reason.weeks { values["weeks"] = weeks == 1 ? "1 week" : "\(weeks) weeks" }
        values["findings"] = reason.findings.map { optionLabel(.redFlags, $0.rawValue, audience) }.joined(separator: "; ")
        values["criteria"] = reason.criteria.compactMap { criterion($0)?.label.text(audience) }.joined(separator: "; ")
        return Template.fill(template, values)
    }
}

/// "[1, 2]" for a list of citation numbers; empty for none. Its spaces are no-break spaces, so
/// `TextWrap.lines` never splits a mark across lines (and prints them as plain spaces).
public func citationMark(_ numbers: [Int]) -> String {
    numbers.isEmpty ? "" : "[" + numbers.map(String.init).joined(separator: ",\u{00A0}") + "]"
}

extension CitedText {
    /// The text followed by its citation mark, for wrapping.
    public var withMark: String { citations.isEmpty ? text : text + "\u{00A0}" + citationMark(citations) }
}
