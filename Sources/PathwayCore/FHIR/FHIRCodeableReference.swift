/// A FHIR `CodeableReference` that holds a reference only.
public struct FHIRCodeableReference: Sendable, Equatable, Encodable {
    public let reference: FHIRReference

    public init(reference: FHIRReference) { self.reference = reference }
}
