/// The kinds of screen, each with its own keys.
public enum KeyContext: Sendable, Equatable, CaseIterable {
    case list, checklist, weeks, review, result, help, confirmQuit
    /// Rehearsal: a case's story, a practice case's result (with the feedback), the score.
    case story, practiceResult, score
    /// Below the minimum size: only what needs no screen.
    case tooSmall
    /// The kiosk's welcome screen.
    case welcome
    /// The box asking for a file name, and the question whether to replace a file there.
    case fileName, confirmOverwrite
}
