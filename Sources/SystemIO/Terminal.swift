import Glibc

/// What the process was started with that decides how it may draw: the terminal type, whether
/// colour is wanted, and whether standard input and output are terminals. Read once, in one
/// place, so the modes and their tests see the same facts.
public struct TerminalEnvironment: Sendable, Equatable {
    /// `TERM`; nil when unset.
    public var term: String?
    /// `NO_COLOR` set to anything but the empty string (no-color.org).
    public var noColor: Bool
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool

    public init(term: String?, noColor: Bool, stdinIsTerminal: Bool, stdoutIsTerminal: Bool) {
        self.term = term
        self.noColor = noColor
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
    }

    /// This process's.
    public static func current() -> TerminalEnvironment {
        TerminalEnvironment(term: Environment.value("TERM"), noColor: !(Environment.value("NO_COLOR") ?? "").isEmpty,
                            stdinIsTerminal: isTerminal(STDIN_FILENO), stdoutIsTerminal: isTerminal(STDOUT_FILENO))
    }

    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}

/// The process's environment variables.
public enum Environment {
    /// The variable's value; nil when it is unset.
    public static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// Ends the process with `status`; stdio buffers are flushed first.
public func exitProcess(_ status: Int32) -> Never {
    fflush(nil)
    exit(status)
}
