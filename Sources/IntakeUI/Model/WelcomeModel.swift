/// What the kiosk's welcome says: what the tool does, that nothing is kept, how to start, and
/// the plain disclaimer.
public struct WelcomeModel: Sendable, Equatable {
    public let heading: String
    public let paragraphs: [String]
    /// "Press Enter to start.", shown prominently.
    public let action: String
    public let disclaimer: String
}
