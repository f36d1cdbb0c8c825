/// A box over the current screen.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case confirmQuit
    /// Asking for a file name to save to (and whether to replace a file there).
    case save(SavePrompt)
}
