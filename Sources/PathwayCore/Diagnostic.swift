import TextLayout

/// One problem found in an input: where (a path such as `[3].mri` or `tiers[spine-surgeon].title`,
/// or a line and column), and what. Answers, JSON syntax, content decoding and lint all report
/// with it, so every front end shows them the same way.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Where; empty when the message says it (a syntax error names its line and column).
    public let location: String
    public let message: String

    /// Both parts may quote the input (ids, keys, values), so both are kept terminal-safe here,
    /// whoever shows them: one line, every control, escape and bidi character written visibly.
    public init(location: String, message: String) {
        self.location = TerminalSafe.escape(location)
        self.message = TerminalSafe.escape(message)
    }

    public init(_ location: String, _ message: String) {
        self.init(location: location, message: message)
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

/// A problem lint found in pathway content.
public typealias LintProblem = Diagnostic
