import TextLayout

/// The intake's keys as plain text made from the key table, for `discpath help intake` and the
/// manual page: what they list is what the code binds. Plain ASCII names only, because the
/// manual page generator drops every other character.
public enum KeyReference {
    /// The screens the reference describes together.
    typealias Group = KeyGroup

    static func group(of context: KeyContext) -> Group { context.group }

    static func heading(of group: Group) -> String { group.heading }

    /// Where a key works, when it works on only some screens of its group.
    static func place(of context: KeyContext) -> String { context.place }

    static func contexts(of group: Group) -> Set<KeyContext> {
        Set(KeyContext.allCases.filter { self.group(of: $0) == group })
    }

    /// "on a checklist: " when `binding` works on only part of `group`, naming the smaller side:
    /// "not in the weeks field: " rather than three screens where it does work.
    static func qualifier(of binding: KeyBinding, in group: Group) -> String {
        let all = contexts(of: group)
        let working = binding.contexts.intersection(all)
        guard working != all else { return "" }
        let missing = all.subtracting(working)
        let ordered = { (set: Set<KeyContext>) in KeyContext.allCases.filter(set.contains).map(place(of:)) }
        if working.count <= missing.count { return ordered(working).joined(separator: " and ") + ": " }
        return "not " + ordered(missing).joined(separator: " or ") + ": "
    }

    /// The reference, every line at most `width` columns (a meaning too long wraps under itself).
    public static func text(width: Int = 64) -> String {
        let everywhere = KeyTable.bindings.filter { $0.contexts == Set(KeyContext.allCases) }
        var sections: [(heading: String, rows: [(keys: String, meaning: String)])] = []
        for group in Group.allCases {
            let rows = KeyTable.bindings
                .filter { !$0.contexts.isDisjoint(with: contexts(of: group)) && $0.contexts != Set(KeyContext.allCases) }
                .map { ($0.keyNames(ascii: true), qualifier(of: $0, in: group) + $0.meaning) }
            sections.append((heading(of: group), rows))
        }
        sections.append(("On every screen:", everywhere.map { ($0.keyNames(ascii: true), $0.meaning) }))
        var lines: [String] = []
        for section in sections where !section.rows.isEmpty {
            // A blank line before each heading: in the manual page it starts a paragraph, where a
            // plain line would run on from the last row.
            if !lines.isEmpty { lines.append("") }
            lines.append(section.heading)
            let keyWidth = section.rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
            let indent = String(repeating: " ", count: 2 + keyWidth + 2)
            for row in section.rows {
                let meaning = TextWrap.lines(row.meaning, width: width - indent.count)
                for (index, line) in meaning.enumerated() {
                    lines.append(index == 0 ? "  " + TextWrap.pad(row.keys, width: keyWidth) + "  " + line : indent + line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
