/// A FHIR R5 `Bundle` of type `collection`: resources that belong together, with no action
/// asked of a server.
public struct FHIRBundle: Sendable, Equatable, Encodable {
    public let resourceType = "Bundle"
    public var id: String
    public var type: BundleType
    public var entry: [Entry]

    /// R5 `BundleType` (http://hl7.org/fhir/ValueSet/bundle-type).
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
