/// The screens outside the intake's questions, in the order they come: before the first question,
/// and after the result, for each mode. A new screen is its own file and one line here.
public enum Flow {
    static func before(_ mode: Mode) -> [any FlowScreen.Type] {
        switch mode {
        case .standard: return [AudienceScreen.self]
        case .kiosk: return [WelcomeScreen.self]
        }
    }

    static func after(_ mode: Mode) -> [any FlowScreen.Type] {
        switch mode {
        case .standard: return []
        case .kiosk: return [FinishScreen.self]
        }
    }

    /// Every screen of every flow, once each: the key table takes their keys from here.
    static var screens: [any FlowScreen.Type] {
        var all: [any FlowScreen.Type] = []
        for mode in [Mode.standard, .kiosk] {
            for screen in before(mode) + after(mode) where !all.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(screen) }) { all.append(screen) }
        }
        return all
    }
}
