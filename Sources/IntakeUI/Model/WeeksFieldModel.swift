public struct WeeksFieldModel: Sendable, Equatable {
    public let text: String
    public let maximumDigits: Int
    /// The largest number of weeks accepted.
    public let maximum: Int
    public let validation: WeeksField.Validation
}
