import PathwayCore
import SystemIO

/// The audience when `--audience` is not given: `DISCPATH_AUDIENCE`, so a workstation's user
/// sets it once (as a shell profile does) instead of choosing it on every launch. Unset or empty:
/// none, and the first screen asks.
enum AudienceDefault {
    static let variable = "DISCPATH_AUDIENCE"

    static func read(_ value: String? = Environment.value(variable)) throws(CLIError) -> Audience? {
        guard let value, !value.isEmpty else { return nil }
        guard let audience = Audience(rawValue: value) else {
            let names = Audience.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError(status: ExitStatus.usage, message: "\(variable) must be one of \(names), got '\(terminalLine(value))'")
        }
        return audience
    }
}
