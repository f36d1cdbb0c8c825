/// A FHIR `Questionnaire` (R5 or R4), with just the elements the intake needs. Codes are Swift
/// enums whose raw values are the value sets' codes, so nothing else can be written.
public struct FHIRQuestionnaire: Sendable, Equatable, Encodable {
    public let resourceType = "Questionnaire"
    public var id: String
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    public var url: String
    public var version: String
    /// How versions compare: semantic versioning, as the content versions are (R5 only).
    public var versionAlgorithmCoding: FHIRCoding?
    public var name: String
    public var title: String
    public var status: PublicationStatus
    /// True: the content is for education only and pending review, not for real use.
    public var experimental: Bool
    public var subjectType: [String]
    public var date: String
    public var publisher: String
    public var description: String
    public var purpose: String
    /// The source's disclaimer: its restrictions on use, which R5 puts in `copyright`.
    public var copyright: String
    public var item: [Item]

    /// R5 `PublicationStatus` (http://hl7.org/fhir/ValueSet/publication-status).
    public enum PublicationStatus: String, Sendable, Encodable { case draft, active, retired, unknown }

    /// The item types discpath uses (http://hl7.org/fhir/ValueSet/item-type): a choice question
    /// is `coding` in R5 and `choice` in R4.
    public enum ItemType: String, Sendable, Encodable { case group, display, integer, coding, choice }

    /// R5 `QuestionnaireAnswerConstraint`: only the listed options may be chosen (R4's `choice`
    /// says so by its type).
    public enum AnswerConstraint: String, Sendable, Encodable {
        case optionsOnly, optionsOrType, optionsOrString
    }

    /// R5 `QuestionnaireItemOperator` (http://hl7.org/fhir/ValueSet/questionnaire-enable-operator).
    public enum Operator: String, Sendable, Encodable {
        case exists
        case equal = "="
        case notEqual = "!="
        case greaterThan = ">"
        case lessThan = "<"
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
    }

    /// R5 `EnableWhenBehavior` (http://hl7.org/fhir/ValueSet/questionnaire-enable-behavior).
    public enum EnableBehavior: String, Sendable, Encodable { case all, any }

    public struct Item: Sendable, Equatable, Encodable {
        public var `extension`: [FHIRExtension]?
        public var linkId: String
        public var text: String
        public var type: ItemType
        public var enableWhen: [EnableWhen]?
        public var enableBehavior: EnableBehavior?
        public var required: Bool?
        public var repeats: Bool?
        public var answerConstraint: AnswerConstraint?
        public var answerOption: [AnswerOption]?
        public var item: [Item]?

        public init(linkId: String, text: String, type: ItemType, extensions: [FHIRExtension]? = nil,
                    enableWhen: [EnableWhen]? = nil, enableBehavior: EnableBehavior? = nil,
                    required: Bool? = nil, repeats: Bool? = nil, answerOption: [AnswerOption]? = nil,
                    item: [Item]? = nil) {
            self.extension = extensions
            self.linkId = linkId
            self.text = text
            self.type = type
            self.enableWhen = enableWhen
            self.enableBehavior = enableBehavior
            self.required = required
            self.repeats = repeats
            self.answerOption = answerOption
            self.item = item
        }
    }

    /// One condition on an earlier answer; exactly one `answer` value is set.
    public struct EnableWhen: Sendable, Equatable, Encodable {
        public var question: String
        public var `operator`: Operator
        public var answerCoding: FHIRCoding?
        public var answerInteger: Int?
        public var answerBoolean: Bool?

        public static func coding(_ question: QuestionKey, _ op: Operator, _ coding: FHIRCoding) -> EnableWhen {
            EnableWhen(question: question.rawValue, operator: op, answerCoding: coding)
        }

        public static func integer(_ question: QuestionKey, _ op: Operator, _ value: Int) -> EnableWhen {
            EnableWhen(question: question.rawValue, operator: op, answerInteger: value)
        }

        /// The question has an answer.
        public static func exists(_ question: QuestionKey) -> EnableWhen {
            EnableWhen(question: question.rawValue, operator: .exists, answerBoolean: true)
        }
    }

    public struct AnswerOption: Sendable, Equatable, Encodable {
        public var `extension`: [FHIRExtension]?
        public var valueCoding: FHIRCoding

        public init(valueCoding: FHIRCoding, extensions: [FHIRExtension]? = nil) {
            self.extension = extensions
            self.valueCoding = valueCoding
        }
    }
}
