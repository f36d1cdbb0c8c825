import TextLayout

/// Locations in a content file as lint writes them: `tiers[spine-surgeon].title.patient`. An
/// array element is named by its `id`, `key` or `value` when it has a plain one, else by index.
enum ContentPath {
    static func field(_ parent: String, _ key: String) -> String {
        let shown = TerminalSafe.excerpt(key)
        return parent.isEmpty ? shown : "\(parent).\(shown)"
    }

    static func element(_ parent: String, index: Int, value: JSONValue) -> String {
        "\(parent)[\(label(of: value) ?? String(index))]"
    }

    private static func label(of value: JSONValue) -> String? {
        guard case .object(let fields) = value else { return nil }
        for name in ["id", "key", "value"] {
            if case .string(let text)? = fields[name], isPlain(text) { return text }
        }
        return nil
    }

    /// Short and printable, so it can name an element in a one-line message.
    private static func isPlain(_ text: String) -> Bool {
        let head = text.unicodeScalars.prefix(TerminalSafe.excerptLength + 1)
        return !head.isEmpty && head.count <= TerminalSafe.excerptLength && !head.contains(where: TerminalSafe.isUnsafe)
    }
}
