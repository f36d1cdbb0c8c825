/// A FHIR R5 `QuestionnaireResponse`: the answers one intake path reached.
public struct FHIRQuestionnaireResponse: Sendable, Equatable, Encodable {
    public let resourceType = "QuestionnaireResponse"
    /// The Questionnaire answered, as `url|version`.
    public var questionnaire: String
    public var status: Status
    public var item: [Item]

    /// R5 `QuestionnaireResponseStatus` (http://hl7.org/fhir/ValueSet/questionnaire-answers-status).
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
