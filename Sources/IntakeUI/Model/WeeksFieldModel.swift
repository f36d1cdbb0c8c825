public struct WeeksFieldModel: Sendable, Equatable {
    public let text: String
    public let maximumLength: Int
    /// The largest number of weeks accepted.
    public let maximum: Int
    public let validation: WeeksField.Validation
    /// "3 months = 13 weeks", when months are typed: shown before Enter.
    public let conversion: String?
}
