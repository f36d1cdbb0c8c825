public struct WeeksFieldModel: Sendable, Equatable {
    public let text: String
    public let maximumDigits: Int
    public let validation: WeeksField.Validation
}
