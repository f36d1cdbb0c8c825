/// A short message about the last key, on the message line (after the prompt in line mode).
public enum Notice: Sendable, Equatable {
    /// Enter on a single choice with nothing chosen.
    case chooseOne
    /// Enter on a checklist with nothing ticked.
    case chooseAtLeastOne(none: String)
    /// "None of these" ticked over items that were ticked.
    case cleared(none: String, items: [String])
    /// A character the weeks field does not take.
    case weeksOrMonths(Character)
    case atMostCharacters(Int)
    /// Backspace in an empty field: it stays, and says how to go back.
    case nothingToDelete
    /// Enter in an empty weeks field: what to type.
    case typeWeeks(String)
    /// The idle wipe is near: the seconds left.
    case idleWarning(seconds: Int)
    /// A file saved from the result or the review, named as the front end wrote it.
    case saved(SaveKind, path: String)
    /// A key that would leave an urgent result held for the staff.
    case staffWillClear
    /// The chart note sent to the terminal's clipboard (OSC 52), or the front end could not.
    case copied(Bool)

    /// The notice in words; key names in ASCII where lines and symbols are plain.
    public func text(ascii: Bool) -> String {
        switch self {
        case .chooseOne: return "Choose one with \(ascii ? "Up/Down" : "↑↓"), then press Enter."
        case .chooseAtLeastOne(let none): return "Press Space to put an x in a box, or choose \"\(none)\" and press Enter."
        case .cleared(let none, let items): return "\"\(none)\" cleared: " + items.joined(separator: "; ")
        case .weeksOrMonths(let c): return "Type the weeks (10) or the months (3m), not \"\(c)\"."
        case .atMostCharacters(let n): return "At most \(n) characters."
        case .nothingToDelete: return "Nothing to delete. \(ascii ? "Left" : "←") goes back."
        case .typeWeeks(let reason): return reason
        case .idleWarning(let seconds): return "Still there? Your answers will be cleared in \(seconds) s. Press any key to stay."
        case .saved(.note, let path): return "Chart note saved to \(path)"
        case .saved(.answers, let path): return "Answers saved to \(path)"
        case .staffWillClear: return "Please tell the staff now. They will clear this screen for you."
        case .copied(true): return "Chart note copied to the terminal's clipboard (OSC 52); paste it where it goes."
        case .copied(false): return "This terminal cannot take the clipboard here; s saves the note to a file."
        }
    }
}
