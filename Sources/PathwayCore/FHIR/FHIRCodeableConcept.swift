/// A FHIR `CodeableConcept`: one or more codings for one concept, and its text as the reader
/// is shown it.
public struct FHIRCodeableConcept: Sendable, Equatable, Encodable {
    public let coding: [FHIRCoding]
    public let text: String?

    public init(coding: [FHIRCoding], text: String? = nil) {
        self.coding = coding
        self.text = text
    }
}
