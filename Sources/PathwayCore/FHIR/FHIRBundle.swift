/// A FHIR `Bundle` (R5 or R4) of type `collection`: resources that belong together, with no
/// action asked of a server.
public struct FHIRBundle: Sendable, Equatable, Encodable {
    public let resourceType = "Bundle"
    public var id: String
    public var meta: FHIRMeta
    public var type: BundleType
    /// When the Bundle was made: the result's time, when there is one.
    public var timestamp: FHIRDateTime?
    public var entry: [Entry]

    /// `BundleType` (http://hl7.org/fhir/ValueSet/bundle-type; R4 lacks the last code).
    public enum BundleType: String, Sendable, Encodable {
        case document, message, transaction
        case transactionResponse = "transaction-response"
        case batch
        case batchResponse = "batch-response"
        case history, searchset, collection
        case subscriptionNotification = "subscription-notification"
    }

    public struct Entry: Sendable, Equatable, Encodable {
        /// `urn:uuid:` and the entry's UUID; references inside the Bundle use it.
        public var fullUrl: String
        public var resource: FHIRResource
    }
}
