import Glibc

/// The system log (syslog(3)), through the C library's own socket: `/dev/log` as the machine
/// has it, never replaced or opened by hand. A log that is not there drops the line quietly.
public enum SystemLog {
    /// One line at LOG_WARNING in the LOG_USER facility, tagged "discpath" with the pid.
    public static func warning(_ message: String) {
        openlog("discpath", LOG_PID, LOG_USER)
        // The message is an argument, never the format: nothing in it is read as a directive.
        message.withCString { text in
            withVaList([text]) { vsyslog(LOG_WARNING | LOG_USER, "%s", $0) }
        }
        closelog()
    }
}
