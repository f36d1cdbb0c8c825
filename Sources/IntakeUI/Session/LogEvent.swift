/// What the session asks to have logged for the staff (`SessionEffect.log`): an event, never an
/// answer, so nothing of a patient can reach a log.
public enum LogEvent: Sendable, Equatable {
    /// A kiosk showed an urgent (immediate-spine-surgeon) result, held for the staff.
    case urgentResultShown

    /// The line logged, with the local time the front end read ("2026-03-05 14:07 CET (UTC+0100)").
    public func message(at time: LocalTime?) -> String {
        switch self {
        case .urgentResultShown:
            return "urgent result shown at \(time?.text ?? "an unknown time"): a patient at the kiosk needs the staff now"
        }
    }
}

/// Where the driver hands the session's `.log` effects: the system log in a kiosk (syslog,
/// LOG_USER, warning), a fake one in tests.
public protocol LogSink {
    func warn(_ message: String)
}

/// How a kiosk calls the staff while an urgent result is held (`--alert`).
public enum UrgentAlert: String, Sendable, Equatable, CaseIterable {
    /// The terminal's bell, at once and every 30 seconds.
    case bell
    /// No sound (the log line is still written).
    case none

    /// Seconds between bells.
    public static let interval: Int64 = 30
}
