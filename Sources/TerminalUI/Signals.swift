import CCurses
import Glibc

/// The signals that end the program, for the modes that hold a session: caught so that the
/// screen is restored and a note already decided is written before the program ends as the
/// signal asked (128 + its number). The curses front end catches them itself; the line mode
/// asks with `catchForLineMode()`.
public enum Signals {
    /// For the line mode: the signals that end the process set a flag instead, and interrupt a
    /// read, so the session can leave as at the end of input. SIGPIPE keeps its default.
    public static func catchForLineMode() { dp_catch_signals(0) }

    /// The signal that asked the program to end, if one did.
    public static var pending: Int32? {
        let signal = dp_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the program as `signal` asks, the terminal restored first: by the signal itself
    /// (the shell sees how the program ended), or with 128 + its number where it was ignored
    /// from the start.
    public static func end(by signal: Int32) -> Never {
        dp_stop(1)
        dp_reraise(signal)
        exit(128 + signal)
    }

    /// Ends the program if a signal asked it to.
    public static func endIfPending() {
        if let signal = pending { end(by: signal) }
    }

    /// No core file for the rest of the run (a kiosk's PIN and a patient's answers are in
    /// memory); false when the system refused.
    @discardableResult
    public static func forbidCoreDumps() -> Bool { dp_forbid_core_dumps() == 0 }
}
