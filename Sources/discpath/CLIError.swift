import Glibc
import SystemIO
import TextLayout

/// Exit codes, after sysexits(3) as swift-argument-parser uses them.
enum ExitStatus {
    static let ok: Int32 = 0
    /// The user quit before a tier was reached (interactive modes).
    static let quit: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    /// No usable terminal for the interactive intake.
    static let unavailable: Int32 = 69
    /// The kiosk's configuration is missing or unsafe: no attendant PIN, or a PIN file others
    /// can read (EX_CONFIG).
    static let config: Int32 = 78
    /// An output file (`--note`) that cannot be made: it exists, or its folder cannot be written.
    static let cannotCreate: Int32 = 73
    /// A write that failed: standard output closed or on a full disk, a note not written (EX_IOERR).
    static let ioError: Int32 = 74
}

/// An error that ends the program with one line on stderr and a chosen exit status.
struct CLIError: Error {
    let status: Int32
    let message: String

    static func data(_ message: String) -> CLIError { CLIError(status: ExitStatus.dataError, message: message) }
}

/// The longest line the program writes about its input: an error or a lint problem quotes
/// values from the input, and input can be of any length.
let longestMessageLine = 1000

/// `line` as it may go to a terminal: one line, with nothing a terminal would act on, cut to
/// `longestMessageLine` characters.
func terminalLine(_ line: some StringProtocol) -> String {
    TerminalSafe.excerpt(line, limit: longestMessageLine)
}

/// Writes one line to standard error, made safe for a terminal.
/// (Nothing is done when stderr itself fails: there is nowhere left to say so.)
func printError(_ line: String) {
    try? Descriptor.writeAll((terminalLine(line) + "\n").utf8, to: STDERR_FILENO)
}
