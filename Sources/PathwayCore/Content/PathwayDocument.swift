/// The pathway content exactly as the JSON file holds it. Ids are kept as strings here so that
/// lint can report an unknown or missing id by name instead of failing to decode.
public struct PathwayDocument: Sendable, Decodable, Equatable {
    public let format: Int
    public let meta: Meta
    public let thresholds: Thresholds
    public let references: [Reference]
    public let audiences: [AudienceEntry]
    public let audienceQuestion: AudienceQuestion
    public let questions: [QuestionContent]
    public let tiers: [TierContent]
    public let criteria: [CriterionContent]
    public let reasons: [ReasonContent]
    public let pitfalls: [ApplicableStatement]
    public let evidence: [ApplicableStatement]

    public struct Meta: Sendable, Decodable, Equatable {
        public let title: String
        public let source: String
        public let lastUpdated: String
        public let reviewStatus: String
        public let contentVersion: String
        /// The source's disclaimer, quoted in full for every audience.
        public let disclaimer: String
        /// What each audience reads first, in plain words, before the source's disclaimer.
        public let plainDisclaimer: Wording
        /// One line that opens every result, the kiosk's welcome and the chart note: what the
        /// content is for and its review status, in each audience's words.
        public let banner: Wording

        /// Every field, for the content compiled at build time.
        package init(title: String, source: String, lastUpdated: String, reviewStatus: String, contentVersion: String, disclaimer: String, plainDisclaimer: Wording, banner: Wording) {
            self.title = title
            self.source = source
            self.lastUpdated = lastUpdated
            self.reviewStatus = reviewStatus
            self.contentVersion = contentVersion
            self.disclaimer = disclaimer
            self.plainDisclaimer = plainDisclaimer
            self.banner = banner
        }
    }

    /// Week thresholds of the pathway, in whole weeks.
    public struct Thresholds: Sendable, Decodable, Equatable {
        /// Under this many weeks: primary-care conservative management.
        public let primaryCareWeeks: Int
        /// The earliest week at which a spine surgeon can be the answer ("2-3 months").
        public let surgeonMinimumWeeks: Int
        /// From this week on, specialist referral is overdue ("beyond 3 months").
        public let overdueWeeks: Int
        /// The largest number of weeks accepted as an answer.
        public let maximumWeeks: Int

        /// Every field, for the content compiled at build time.
        package init(primaryCareWeeks: Int, surgeonMinimumWeeks: Int, overdueWeeks: Int, maximumWeeks: Int) {
            self.primaryCareWeeks = primaryCareWeeks
            self.surgeonMinimumWeeks = surgeonMinimumWeeks
            self.overdueWeeks = overdueWeeks
            self.maximumWeeks = maximumWeeks
        }
    }

    public struct Reference: Sendable, Decodable, Equatable {
        public let number: Int
        public let text: String
        /// False for [3] and [4]: cited by the source, not listed in its bibliography.
        public let listed: Bool

        /// Every field, for the content compiled at build time.
        package init(number: Int, text: String, listed: Bool) {
            self.number = number
            self.text = text
            self.listed = listed
        }
    }

    public struct AudienceEntry: Sendable, Decodable, Equatable {
        public let id: String
        public let label: Wording
        public let description: Wording

        /// Every field, for the content compiled at build time.
        package init(id: String, label: Wording, description: Wording) {
            self.id = id
            self.label = label
            self.description = description
        }
    }

    public struct AudienceQuestion: Sendable, Decodable, Equatable {
        public let title: Wording
        public let prompt: Wording
        public let help: Wording

        /// Every field, for the content compiled at build time.
        package init(title: Wording, prompt: Wording, help: Wording) {
            self.title = title
            self.prompt = prompt
            self.help = help
        }
    }

    /// A sentence with the source's citation numbers.
    public struct Statement: Sendable, Decodable, Equatable {
        public let text: Wording
        public let citations: [Int]

        /// Every field, for the content compiled at build time.
        package init(text: Wording, citations: [Int]) {
            self.text = text
            self.citations = citations
        }
    }

    public struct Option: Sendable, Decodable, Equatable {
        public let value: String
        public let label: Wording
        public let help: [Statement]?
        /// A screen-only choice ("None of these") that stands for the empty set.
        public let meansNone: Bool?
        /// A screen-only choice that records another option's answer value (the patient's
        /// "Something else worries me" counts as `unsure`); its own `value` is never an answer.
        public let countsAs: String?
        /// The audiences the option is offered to; every audience when absent.
        public let audiences: [String]?
        /// How the answer is named on the review and in the chart note, where that differs from
        /// the label (a value that another option also counts as).
        public let answerLabel: Wording?

        /// Whether `audience` is offered this option.
        public func isOffered(to audience: Audience) -> Bool { audiences?.contains(audience.rawValue) ?? true }

        /// The answer value choosing this option records.
        public var answerValue: String { countsAs ?? value }

        /// Every field, for the content compiled at build time.
        package init(value: String, label: Wording, help: [Statement]?, meansNone: Bool?, countsAs: String?, audiences: [String]?, answerLabel: Wording?) {
            self.value = value
            self.label = label
            self.help = help
            self.meansNone = meansNone
            self.countsAs = countsAs
            self.audiences = audiences
            self.answerLabel = answerLabel
        }
    }

    public struct QuestionContent: Sendable, Decodable, Equatable {
        public let key: String
        public let kind: String
        public let title: Wording
        public let prompt: Wording
        public let help: [Statement]
        /// How this program reads an answer (e.g. that "Not sure" counts as present): the
        /// program's own reading from PATHWAY.md, not the source's, so it carries no citation.
        public let notes: [Wording]?
        public let options: [Option]?

        /// Every field, for the content compiled at build time.
        package init(key: String, kind: String, title: Wording, prompt: Wording, help: [Statement], notes: [Wording]?, options: [Option]?) {
            self.key = key
            self.kind = kind
            self.title = title
            self.prompt = prompt
            self.help = help
            self.notes = notes
            self.options = options
        }
    }

    public struct TierContent: Sendable, Decodable, Equatable {
        public let id: String
        public let title: Wording
        public let actions: [Action]

        /// Every field, for the content compiled at build time.
        package init(id: String, title: Wording, actions: [Action]) {
            self.id = id
            self.title = title
            self.actions = actions
        }
    }

    /// One thing to do on a tier, shown only where the answers call for it.
    public struct Action: Sendable, Decodable, Equatable {
        /// Stable, as reason ids are: `evaluate`'s JSON names it.
        public let id: String
        /// The source's sentence, with its citations.
        public let text: Wording
        public let citations: [Int]
        /// This program's reading beside the source's sentence: shown labelled, never cited.
        public let reading: Wording?
        /// When the action applies; always, when absent.
        public let when: AnswerCondition?
        /// The audiences the action is shown to; every audience when absent.
        public let audiences: [String]?
        /// True where `text` is this program's own advice, not the source's (where to go, a
        /// medicines caveat): it carries no citation, and its label follows it, never before it.
        public let ownAdvice: Bool?

        /// Whether the action is shown to `audience`.
        public func isShown(to audience: Audience) -> Bool { audiences?.contains(audience.rawValue) ?? true }

        /// Every field, for the content compiled at build time.
        package init(id: String, text: Wording, citations: [Int], reading: Wording?, when: AnswerCondition?, audiences: [String]?, ownAdvice: Bool?) {
            self.id = id
            self.text = text
            self.citations = citations
            self.reading = reading
            self.when = when
            self.audiences = audiences
            self.ownAdvice = ownAdvice
        }
    }

    public struct CriterionContent: Sendable, Decodable, Equatable {
        public let id: String
        public let label: Wording
        public let citations: [Int]
        /// True where the criterion is an inference from the source, to be labelled as such.
        public let inference: Bool?
        /// This program's reading of the criterion (e.g. "2-3 months" as 9 weeks): labelled, never cited.
        public let reading: Wording?

        /// Every field, for the content compiled at build time.
        package init(id: String, label: Wording, citations: [Int], inference: Bool?, reading: Wording?) {
            self.id = id
            self.label = label
            self.citations = citations
            self.inference = inference
            self.reading = reading
        }
    }

    public struct ReasonContent: Sendable, Decodable, Equatable {
        public let id: String
        public let text: Wording
        public let citations: [Int]
        /// This program's reading the reason rests on: labelled, never cited.
        public let reading: Wording?
        /// Readings that replace `reading` where their condition holds; the first that holds wins.
        public let readingWhen: [ConditionalWording]?

        /// Every field, for the content compiled at build time.
        package init(id: String, text: Wording, citations: [Int], reading: Wording?, readingWhen: [ConditionalWording]?) {
            self.id = id
            self.text = text
            self.citations = citations
            self.reading = reading
            self.readingWhen = readingWhen
        }
    }

    /// A wording that applies where a condition on the answers holds.
    public struct ConditionalWording: Sendable, Decodable, Equatable {
        public let when: AnswerCondition
        public let text: Wording

        /// Every field, for the content compiled at build time.
        package init(when: AnswerCondition, text: Wording) {
            self.when = when
            self.text = text
        }
    }

    public struct ApplicableStatement: Sendable, Decodable, Equatable {
        public let id: String
        public let text: Wording
        public let citations: [Int]
        public let appliesTo: [String]
        /// This program's reading beside the source's sentence: labelled, never cited.
        public let reading: Wording?
        /// Shown only when the decision gives one of these reasons (by id), when present.
        public let withReason: [String]?
        /// Not shown when the decision gives one of these reasons: a reason that already says it.
        public let withoutReason: [String]?

        /// Every field, for the content compiled at build time.
        package init(id: String, text: Wording, citations: [Int], appliesTo: [String], reading: Wording?, withReason: [String]?, withoutReason: [String]?) {
            self.id = id
            self.text = text
            self.citations = citations
            self.appliesTo = appliesTo
            self.reading = reading
            self.withReason = withReason
            self.withoutReason = withoutReason
        }
    }

    /// Every field, for the content compiled at build time.
    package init(format: Int, meta: Meta, thresholds: Thresholds, references: [Reference], audiences: [AudienceEntry], audienceQuestion: AudienceQuestion, questions: [QuestionContent], tiers: [TierContent], criteria: [CriterionContent], reasons: [ReasonContent], pitfalls: [ApplicableStatement], evidence: [ApplicableStatement]) {
        self.format = format
        self.meta = meta
        self.thresholds = thresholds
        self.references = references
        self.audiences = audiences
        self.audienceQuestion = audienceQuestion
        self.questions = questions
        self.tiers = tiers
        self.criteria = criteria
        self.reasons = reasons
        self.pitfalls = pitfalls
        self.evidence = evidence
    }
}
