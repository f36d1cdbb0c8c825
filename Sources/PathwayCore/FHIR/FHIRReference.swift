/// A FHIR `Reference` to another resource; here always to a `urn:uuid:` entry of the same Bundle.
public struct FHIRReference: Sendable, Equatable, Encodable {
    public let reference: String

    public init(reference: String) { self.reference = reference }
}
