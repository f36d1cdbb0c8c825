/// `{name}` placeholders in content texts.
enum Template {
    /// The placeholder names used in `text`, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        scan(text) { piece in if case .placeholder(let name) = piece { names.append(name) } }
        return names
    }

    /// `text` with each `{name}` replaced by `values[name]`, in one left-to-right pass: what a
    /// value brings in is never scanned again, so the same values always give the same text.
    /// Unknown names are left as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        scan(text) { piece in
            switch piece {
            case .literal(let literal): result += literal
            case .placeholder(let name): result += values[name] ?? "{\(name)}"
            }
        }
        return result
    }

    private enum Piece {
        case literal(Substring)
        case placeholder(String)
    }

    /// Splits `text` into literal runs and `{name}` placeholders; a `{` without a `}` is literal.
    private static func scan(_ text: String, _ visit: (Piece) -> Void) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if open > rest.startIndex { visit(.literal(rest[..<open])) }
            visit(.placeholder(String(after[..<close])))
            rest = after[after.index(after: close)...]
        }
        if !rest.isEmpty { visit(.literal(rest)) }
    }
}
