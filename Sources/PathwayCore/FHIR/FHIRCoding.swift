/// A FHIR `Coding`: a code from a code system, with its display text.
public struct FHIRCoding: Sendable, Equatable, Encodable {
    public let system: String
    public let code: String
    public let display: String?

    public init(system: String, code: String, display: String? = nil) {
        self.system = system
        self.code = code
        self.display = display
    }
}
