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
