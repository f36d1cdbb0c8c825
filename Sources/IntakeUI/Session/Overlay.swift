/// A box over the current screen.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case confirmQuit
}
