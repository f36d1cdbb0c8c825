/// A FHIR `CodeableConcept`: one or more codings for one concept.
public struct FHIRCodeableConcept: Sendable, Equatable, Encodable {
    public let coding: [FHIRCoding]

    public init(coding: [FHIRCoding]) { self.coding = coding }
}
