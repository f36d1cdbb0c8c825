import IntakeUI
import SystemIO

/// The kiosk's log sink: the staff's log watching sees an urgent result (syslog, LOG_USER,
/// warning), with the time and never an answer.
struct SyslogSink: LogSink {
    func warn(_ message: String) { SystemLog.warning(message) }
}
