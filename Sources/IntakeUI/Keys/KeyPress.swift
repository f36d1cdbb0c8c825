/// A key as the terminal reported it.
public enum KeyPress: Sendable, Equatable, Hashable {
    case up, down, left, right, enter, space, backspace, escape, tab
    case pageUp, pageDown, home, end, f1, ctrlL, resize
    /// Clears a text field, as in a shell's line editor.
    case ctrlU
    case character(Character)
    /// The kiosk attendant's keys (not in the key table: the kiosk handles them before it).
    case f10, ctrlX

    /// How the help and the README name the key.
    public func name(ascii: Bool) -> String {
        switch self {
        case .up: return ascii ? "Up" : "↑"
        case .down: return ascii ? "Down" : "↓"
        case .left: return ascii ? "Left" : "←"
        case .right: return ascii ? "Right" : "→"
        case .enter: return "Enter"
        case .space: return "Space"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .f1: return "F1"
        case .ctrlL: return "Ctrl-L"
        case .ctrlU: return "Ctrl-U"
        case .resize: return "resize"
        case .character(let c): return String(c)
        case .f10: return "F10"
        case .ctrlX: return "Ctrl-X"
        }
    }
}
