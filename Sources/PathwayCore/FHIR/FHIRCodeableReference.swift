/// A FHIR R5 `CodeableReference`: a reference to a resource, or a concept (R4 has no such type:
/// its elements take a Reference or a CodeableConcept instead).
public struct FHIRCodeableReference: Sendable, Equatable, Encodable {
    public let concept: FHIRCodeableConcept?
    public let reference: FHIRReference?

    public init(reference: FHIRReference) {
        self.reference = reference
        self.concept = nil
    }

    public init(concept: FHIRCodeableConcept) {
        self.concept = concept
        self.reference = nil
    }
}
