/// Why practice cases could not be used.
public enum CaseBookLoadError: Error, Sendable, Equatable {
    /// Not JSON, or JSON of the wrong shape; the text says where, in one line.
    case malformed(String)
    /// Decoded, but lint found problems: each located by its path in the file.
    case invalid([LintProblem])
}
