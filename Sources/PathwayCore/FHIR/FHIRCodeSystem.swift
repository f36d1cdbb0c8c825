/// A FHIR `CodeSystem` (R5 or R4): one of discpath's own code systems, every code with its
/// display, so a receiver can load them into its terminology server and check the codes.
public struct FHIRCodeSystem: Sendable, Equatable, Encodable {
    public let resourceType = "CodeSystem"
    public var id: String
    public var meta: FHIRMeta
    public var language: String
    public var text: FHIRNarrative
    public var url: String
    public var version: String
    /// Semantic versioning, as the content versions are (R5 only).
    public var versionAlgorithmCoding: FHIRCoding?
    public var name: String
    public var title: String
    /// Draft, like the content: pending human review, for education only.
    public let status = "draft"
    public let experimental = true
    public var date: String
    public var publisher: String
    public var description: String
    public let caseSensitive = true
    /// Every code of the system is here.
    public let content = "complete"
    public var count: Int
    public var concept: [Concept]

    public struct Concept: Sendable, Equatable, Encodable {
        public var code: String
        public var display: String
    }
}
