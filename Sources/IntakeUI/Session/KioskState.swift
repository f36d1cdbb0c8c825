/// What a kiosk session keeps besides its screens: the attendant's PIN prompt, the wrong PINs,
/// and whether an urgent result is being held for the staff.
public struct KioskState: Sendable, Equatable {
    /// The PIN prompt, while it is open.
    public internal(set) var prompt: AttendantPrompt?
    public internal(set) var lockout = PINLockout()
    /// The urgent result was just shown and no key has been pressed on it since: it stays
    /// up to the urgent hold, not the idle timeout.
    public internal(set) var holdingUrgentResult = false

    public init() {}
}

/// The attendant's PIN prompt: what was typed (shown only as dots) and how the last try went.
public struct AttendantPrompt: Sendable, Equatable {
    /// Never shown: the screen draws one dot a character.
    var typed = ""
    /// The last try was a wrong PIN (until a character is typed again).
    public internal(set) var refused = false

    public var typedCount: Int { typed.count }

    public init() {}
}
