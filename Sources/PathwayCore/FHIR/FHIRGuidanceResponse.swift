/// A FHIR R5 `GuidanceResponse`: the outcome of running the pathway on one set of answers.
public struct FHIRGuidanceResponse: Sendable, Equatable, Encodable {
    public let resourceType = "GuidanceResponse"
    /// The pathway that produced the guidance: the Questionnaire's `url|version`.
    public var moduleCanonical: String
    public var status: Status
    /// The answers the guidance was given for: the QuestionnaireResponse in the same Bundle.
    public var reason: [FHIRCodeableReference]
    /// The Parameters resource in the same Bundle that carries the result.
    public var outputParameters: FHIRReference
    /// What travels with the result wherever it goes: the banner (what the content is for, in
    /// the audience's words), the review status, and the source's disclaimer.
    public var note: [Annotation]?

    /// A FHIR `Annotation` with only its text (markdown; the texts here hold no markup).
    public struct Annotation: Sendable, Equatable, Encodable {
        public var text: String
    }

    /// R5 `GuidanceResponseStatus` (http://hl7.org/fhir/ValueSet/guidance-response-status).
    public enum Status: String, Sendable, Encodable {
        case success
        case dataRequested = "data-requested"
        case dataRequired = "data-required"
        case inProgress = "in-progress"
        case failure
        case enteredInError = "entered-in-error"
    }
}
