/// A box over the current screen.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case confirmQuit
    /// `q` or `r` on a result neither saved nor copied: asked once before it is dropped.
    case confirmLeave(LeaveAction)
    /// Asking for a file name to save to (and whether to replace a file there).
    case save(SavePrompt)
}

/// What leaving a result does: quit, or start a new intake.
public enum LeaveAction: Sendable, Equatable {
    case quit, startOver
}
