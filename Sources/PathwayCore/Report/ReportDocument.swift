/// A result as one document: its sections built once from the decision in one audience's words.
/// The result screen and the text report render it; neither lays out the sections itself.
public struct ReportDocument: Sendable, Equatable {
    /// How an entry is introduced.
    public enum Marker: Sendable, Equatable {
        case none, bullet
        case number(Int)
        /// A criterion's status, and why it is unmet when the answer was not sure or not known.
        case criterion(CriterionStatus, CriterionUncertainty?)
        case reference(Int)
    }

    public enum Emphasis: Sendable, Equatable { case normal, warning, dim }

    /// One paragraph: the text (with its citation mark), and this program's reading beside it.
    public struct Entry: Sendable, Equatable {
        public let marker: Marker
        public let text: String
        public let citations: [Int]
        /// Shown after `readingLabel`, never with a citation mark.
        public let reading: String?
        public let emphasis: Emphasis
        /// The text is this program's own advice: uncited, with `ownAdviceLabel` after it.
        public let ownAdvice: Bool

        public init(marker: Marker, text: String, citations: [Int] = [], reading: String? = nil, emphasis: Emphasis = .normal,
                    ownAdvice: Bool = false) {
            self.marker = marker
            self.text = text
            self.citations = citations
            self.reading = reading
            self.emphasis = emphasis
            self.ownAdvice = ownAdvice
        }

        /// The text followed by its citation mark, for wrapping.
        public var withMark: String { CitedText(text: text, citations: citations).withMark }
    }

    public enum SectionKind: Sendable, Equatable {
        /// Rehearsal: how the trainee's prediction and answers compare with the case.
        case feedback
        /// What decided the tier, in a line or two, for the top of a screen (`deciding`).
        case deciding
        case whatToDo, overdue, reasoning, sourceCriteria, inferredCriteria, pitfalls, evidence, references, about
        /// Rehearsal: a missed red flag or urgent tier (drawn in the urgent style), every answer's
        /// why, and what the pathway gives for the trainee's own answers.
        case safetyMiss, caseWhy, yourAnswers
    }

    public struct Section: Sendable, Equatable {
        public let kind: SectionKind
        public let heading: String
        public let entries: [Entry]

        public init(kind: SectionKind, heading: String, entries: [Entry]) {
            self.kind = kind
            self.heading = heading
            self.entries = entries
        }
    }

    public let audience: Audience
    public let tier: TierID
    public let title: String
    /// "Referral tier: immediate-spine-surgeon", the code for the clinician.
    public let tierCode: String
    /// One line under the tier, before anything else: what the content is for, and its review status.
    public let banner: String
    public let sections: [Section]
    public let words: ReportWords
    /// Where the weeks stand, apart from the sections: a screen draws it as a bar, the text
    /// report says it in words (`Timeline.words`). nil when the path did not ask the weeks.
    public let timeline: Timeline?
    /// What decided the tier, in a line or two, for the top of the result's first screen; the
    /// reasoning and the criteria below say it again in full. Not in the text report, whose
    /// reasoning follows the tier closely.
    public let deciding: Section?

    /// The label before a reading: "This program's reading:".
    public var readingLabel: String { words.reading }
    /// The label after this program's own advice.
    public var ownAdviceLabel: String { words.ownAdvice }
}

extension ReportDocument {
    /// The document for `e`: what to do first, then the overdue warning where it applies, the
    /// reasoning, the source's criteria and this program's own apart, pitfalls, evidence,
    /// references, and the content's details with the disclaimers.
    public init(_ e: Explanation) {
        let words = ReportWords.for(e.audience)
        var sections: [Section] = []
        func add(_ kind: SectionKind, _ heading: String, _ entries: [Entry]) {
            if !entries.isEmpty { sections.append(Section(kind: kind, heading: heading, entries: entries)) }
        }
        func entry(_ item: Explanation.Item, _ marker: Marker, _ emphasis: Emphasis = .normal) -> Entry {
            Entry(marker: marker, text: item.text, citations: item.citations, reading: item.reading,
                  emphasis: item.ownAdvice ? .warning : emphasis, ownAdvice: item.ownAdvice)
        }
        add(.whatToDo, words.whatToDo, e.actions.map { entry($0, .bullet) })
        if let overdue = e.overdueWarning { add(.overdue, words.overdue, [entry(overdue, .none, .warning)]) }
        let reasons = e.reasons.filter { $0.id != ReasonID.referralOverdue.rawValue }
        add(.reasoning, words.why, reasons.enumerated().map { entry($1, .number($0 + 1)) })
        if e.showsCriteria {
            func criteria(_ inference: Bool) -> [Entry] {
                e.criteria.filter { $0.inference == inference }.map {
                    Entry(marker: .criterion($0.status, $0.uncertainty), text: $0.label, citations: $0.citations, reading: $0.reading,
                          emphasis: $0.status == .notAssessed ? .dim : .normal)
                }
            }
            add(.sourceCriteria, words.criteria, criteria(false))
            add(.inferredCriteria, words.inferredCriteria, criteria(true))
        }
        add(.pitfalls, words.pitfalls, e.pitfalls.map { entry($0, .bullet) })
        add(.evidence, words.evidence, e.evidence.map { entry($0, .bullet) })
        add(.references, words.references, e.references.map { Entry(marker: .reference($0.number), text: $0.text) })
        let meta = e.meta
        add(.about, words.about, [
            Entry(marker: .none, text: "\(meta.title). \(words.lastUpdated): \(meta.lastUpdated). \(words.reviewStatus): \(meta.reviewStatus). \(words.contentVersion): \(meta.contentVersion).", emphasis: .dim),
            Entry(marker: .none, text: e.plainDisclaimer),
            Entry(marker: .none, text: "\(words.sourceDisclaimer): \(e.sourceDisclaimer)", emphasis: .dim),
        ])
        self.init(audience: e.audience, tier: e.tier, title: e.title, tierCode: "\(words.tierCode): \(e.tier.rawValue)",
                  banner: e.banner, sections: sections, words: words, timeline: e.timeline, deciding: Self.deciding(e))
    }
}


extension ReportDocument {
    /// The reasons that decide each tier, most telling first: the red flag; the severe pain;
    /// improving, or too early; the criterion not met, or that only this program's inference
    /// holds the surgeon back, or too early for a surgeon; every criterion met.
    static let decidingReasons: [TierID: [ReasonID]] = [
        .immediateSpineSurgeon: [.redFlagPresent, .redFlagNotRuledOut],
        .specialistWithin2Weeks: [.severeRadicularPain, .severityNotSure],
        .primaryCareConservative: [.symptomsImproving, .under6Weeks],
        .interventionalPain: [.surgicalCriteriaNotAllMet, .sourceCriteriaMetInferenceHolds, .surgeonAfter2To3Months, .failed6Weeks],
        .spineSurgeon: [.surgicalCriteriaAllMet],
    ]

    /// What decided `e`'s tier: its deciding reason (without its reading, which stays with the
    /// reasoning below) and, where only this program's inferred criterion holds the surgeon
    /// back, that criterion, unmet.
    static func deciding(_ e: Explanation) -> Section? {
        let ids = (decidingReasons[e.tier] ?? []).map(\.rawValue)
        guard let id = ids.first(where: { id in e.reasons.contains { $0.id == id } }),
              let reason = e.reasons.first(where: { $0.id == id }) else { return nil }
        var entries = [Entry(marker: .bullet, text: reason.text, citations: reason.citations)]
        if id == ReasonID.sourceCriteriaMetInferenceHolds.rawValue {
            entries += e.criteria.filter { $0.inference && $0.status == .unmet }.map {
                // Said to be this program's, in a line: the criterion's full reading is below.
                Entry(marker: .criterion($0.status, $0.uncertainty), text: $0.label, citations: $0.citations,
                      reading: ReportWords.for(e.audience).addedCriterion)
            }
        }
        return Section(kind: .deciding, heading: e.audience == .patient ? "Why this step" : "Deciding reason", entries: entries)
    }
}
