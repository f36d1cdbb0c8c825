/// What a kiosk session keeps besides its screens: the attendant's PIN prompt, the wrong PINs,
/// and whether an urgent result is being held for the staff.
public struct KioskState: Sendable, Equatable {
    /// The PIN prompt, while it is open.
    public internal(set) var prompt: AttendantPrompt?
    public internal(set) var lockout = PINLockout()
    /// When an urgent result was shown (the monotonic clock): it is held for the staff from
    /// then until the attendant's PIN clears it (or `--urgent-hold` passes); no key ends it.
    public internal(set) var urgentShownAt: Int64?
    /// When the bell last called the staff for it.
    var lastAlertAt: Int64?

    /// An urgent result is held for the staff.
    public var holdingUrgentResult: Bool { urgentShownAt != nil }

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
