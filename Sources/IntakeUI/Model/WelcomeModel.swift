/// What the kiosk's welcome says: what the tool does, that nothing is kept, how to start, and
/// the banner: what the tool is for and its review status, in plain words.
public struct WelcomeModel: Sendable, Equatable {
    public let heading: String
    public let paragraphs: [String]
    /// "Press Enter to start.", shown prominently.
    public let action: String
    public let disclaimer: String
}
