/// A FHIR `ServiceRequest` (R5 or R4): the referral a tier proposes, for a clinician to accept
/// or not. Never an order: `intent` is `proposal` and `status` `draft`.
public struct FHIRServiceRequest: Sendable, Equatable, Encodable {
    public let resourceType = "ServiceRequest"
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    public let status = "draft"
    public let intent = "proposal"
    public var priority: Priority
    /// The referral, coded by tier (R5 wraps the concept in a CodeableReference).
    public var code: FHIRVersioned<FHIRCodeableReference, FHIRCodeableConcept>
    /// Whom the referral is for: `--subject`, or data-absent `unknown` (the element is required).
    public var subject: FHIRReference
    public var authoredOn: FHIRDateTime?
    /// The answers it rests on: the QuestionnaireResponse in the same Bundle.
    public var supportingInfo: FHIRVersioned<[FHIRCodeableReference], [FHIRReference]>
    /// The banner and the review status, so the warning reaches whoever acts on the request.
    public var note: [FHIRAnnotation]

    /// `RequestPriority` (http://hl7.org/fhir/ValueSet/request-priority).
    public enum Priority: String, Sendable, Encodable { case routine, urgent, asap, stat }
}

/// A FHIR R4 `RequestGroup`: what an R4 GuidanceResponse's `result` can point at, proposing the
/// ServiceRequest as its one action (R5 points at the ServiceRequest itself).
public struct FHIRRequestGroup: Sendable, Equatable, Encodable {
    public let resourceType = "RequestGroup"
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    public let status = "draft"
    public let intent = "proposal"
    public var priority: FHIRServiceRequest.Priority
    public var subject: FHIRReference?
    public var authoredOn: FHIRDateTime?
    public var action: [Action]

    public struct Action: Sendable, Equatable, Encodable {
        public var title: String
        public var resource: FHIRReference
    }
}
