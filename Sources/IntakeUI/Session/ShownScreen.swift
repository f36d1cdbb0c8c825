/// What a session shows at one size, as a value: two sessions that give equal ones draw the same
/// screen, so a front end that has drawn one need not lay it out again (a tick that moves the
/// clock and changes nothing costs no rendering).
public struct ShownScreen: Sendable, Equatable {
    public let model: ScreenModel
    public let overlay: Overlay?
    public let kiosk: KioskState
    /// The attendant's wait after wrong PINs, in whole seconds, as the box counts it down.
    public let lockoutSeconds: Int
}
