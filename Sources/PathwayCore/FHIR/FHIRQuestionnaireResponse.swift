/// A FHIR `QuestionnaireResponse` (R5 or R4, the same shape): the answers one intake path reached.
public struct FHIRQuestionnaireResponse: Sendable, Equatable, Encodable {
    public let resourceType = "QuestionnaireResponse"
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    /// The Questionnaire answered, as `url|version`.
    public var questionnaire: String
    public var status: Status
    /// Whom the answers are about (`--subject`); absent when not given.
    public var subject: FHIRReference?
    /// When the result was made; absent with `--stable-ids` and no `--authored`.
    public var authored: FHIRDateTime?
    public var item: [Item]

    /// `QuestionnaireResponseStatus` (http://hl7.org/fhir/ValueSet/questionnaire-answers-status).
    public enum Status: String, Sendable, Encodable {
        case inProgress = "in-progress"
        case completed, amended
        case enteredInError = "entered-in-error"
        case stopped
    }

    public struct Item: Sendable, Equatable, Encodable {
        public var linkId: String
        public var text: String
        public var answer: [Answer]
    }

    /// One answer; exactly one value is set.
    public struct Answer: Sendable, Equatable, Encodable {
        public var valueCoding: FHIRCoding?
        public var valueInteger: Int?
    }
}
