/// One option as the fast path reads it: its name, and its value where it takes one.
struct FastOption {
    let name: Substring
    let value: String?
}

/// Options read as swift-argument-parser reads them, for the commands' fast paths
/// (`IntakeArgumentReader`, `RehearseArgumentReader`), which skip its command tree.
enum FastOptions {
    /// `arguments` as options: `--flag`, and `--name value` or `--name=value` for the names in
    /// `valued`; nil at anything the fast path leaves to swift-argument-parser: a word, `--`, a
    /// flag given a value, a missing or empty value, or a next argument that looks like an option
    /// ("-" alone is a value: standard output for --note). swift-argument-parser takes one that
    /// looks like an option for a `.unconditional` option only to refuse it, so that is its too.
    static func scan(_ arguments: ArraySlice<String>, valued: [Substring]) -> [FastOption]? {
        var rest = arguments
        var options: [FastOption] = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--"), argument != "--" else { return nil }
            let name: Substring
            var attached: Substring?
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                attached = argument[argument.index(after: equals)...]
            } else {
                name = argument[...]
            }
            guard valued.contains(name) else {
                guard attached == nil else { return nil }
                options.append(FastOption(name: name, value: nil))
                continue
            }
            if let attached {
                guard !attached.isEmpty else { return nil }
                options.append(FastOption(name: name, value: String(attached)))
            } else {
                guard let next = rest.popFirst(), !next.isEmpty, next == "-" || !next.hasPrefix("-") else { return nil }
                options.append(FastOption(name: name, value: next))
            }
        }
        return options
    }
}
