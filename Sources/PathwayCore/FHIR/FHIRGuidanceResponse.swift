/// A FHIR `GuidanceResponse` (R5 or R4): the outcome of running the pathway on one set of answers.
public struct FHIRGuidanceResponse: Sendable, Equatable, Encodable {
    public let resourceType = "GuidanceResponse"
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    /// The Parameters that carry the whole result, contained so they travel with the response
    /// (a Parameters resource is not meant to be stored on its own).
    public var contained: [FHIRParameters]
    /// The pathway that produced the guidance: the Questionnaire's `url|version`.
    public var moduleCanonical: String
    public var status: Status
    /// Whom the guidance is about (`--subject`).
    public var subject: FHIRReference?
    /// When the result was made.
    public var occurrenceDateTime: FHIRDateTime?
    /// The program that made it, named (R5 and R4 ask for a Device; there is none to point at).
    public var performer: FHIRReference?
    /// The answers the guidance was given for: the QuestionnaireResponse in the same Bundle
    /// (R5; R4's reasonReference takes no QuestionnaireResponse, so its Parameters name it).
    public var reason: [FHIRCodeableReference]?
    /// What travels with the result wherever it goes: the banner (what the content is for, in
    /// the audience's words), the review status, the plain and the source's disclaimers.
    public var note: [FHIRAnnotation]
    /// The contained Parameters (`#` and its id).
    public var outputParameters: FHIRReference
    /// The proposed referral: the ServiceRequest (R5), or the RequestGroup that proposes it
    /// (R4 takes only a CarePlan or RequestGroup here); absent when the tier refers nobody.
    public var result: FHIRVersioned<[FHIRReference], FHIRReference>?

    /// `GuidanceResponseStatus` (http://hl7.org/fhir/ValueSet/guidance-response-status).
    public enum Status: String, Sendable, Encodable {
        case success
        case dataRequested = "data-requested"
        case dataRequired = "data-required"
        case inProgress = "in-progress"
        case failure
        case enteredInError = "entered-in-error"
    }
}
