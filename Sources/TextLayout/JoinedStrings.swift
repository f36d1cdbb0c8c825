extension Array where Element == String {
    /// The strings one after another with `separator` between them, as the standard library's
    /// `joined(separator:)` gives them. Its generic version looks up a protocol conformance at
    /// run time the first time it runs (a scan of every conformance record in the binary, and
    /// their pages read in), which the first screen would pay for its hint line; this one is
    /// concrete. Overload resolution prefers it wherever TextLayout is imported.
    public func joined(separator: String = "") -> String {
        var length = separator.utf8.count * Swift.max(0, count - 1)
        for string in self { length += string.utf8.count }
        var result = ""
        result.reserveCapacity(length)
        var first = true
        for string in self {
            if !first { result += separator }
            result += string
            first = false
        }
        return result
    }
}
