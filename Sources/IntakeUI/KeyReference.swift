import TextLayout

/// The intake's keys as plain text made from the key table, for `discpath help intake` and the
/// manual page: what they list is what the code binds. Plain ASCII names only, because the
/// manual page generator drops every other character.
public enum KeyReference {
    /// The screens the reference describes together, in its order.
    enum Group: CaseIterable {
        case lists, weeks, reading, rehearsal, quitBox, tooSmall, welcome, saving
    }

    static func group(of context: KeyContext) -> Group {
        switch context {
        case .list, .checklist, .review: return .lists
        case .weeks: return .weeks
        case .result, .help: return .reading
        case .story, .practiceResult, .score: return .rehearsal
        case .confirmQuit: return .quitBox
        case .tooSmall: return .tooSmall
        case .welcome: return .welcome
        case .fileName, .confirmOverwrite: return .saving
        }
    }

    static func heading(of group: Group) -> String {
        switch group {
        case .lists: return "On a list, a checklist or the review:"
        case .weeks: return "In the weeks field:"
        case .reading: return "On the result and in help:"
        case .rehearsal: return "In rehearsal (discpath rehearse):"
        case .quitBox: return "In the quit box:"
        case .tooSmall: return "In a window below \(ViewContext.minimumWidth)x\(ViewContext.minimumHeight):"
        case .welcome: return "On the kiosk's welcome screen (--kiosk):"
        case .saving: return "When saving to a file:"
        }
    }

    /// Where a key works, when it works on only some screens of its group.
    static func place(of context: KeyContext) -> String {
        switch context {
        case .list: return "on a single-choice list"
        case .checklist: return "on a checklist"
        case .weeks: return "in the weeks field"
        case .review: return "on the review"
        case .result: return "on the result"
        case .help: return "in help"
        case .story: return "on a case's story"
        case .practiceResult: return "on a practice case's result"
        case .score: return "on the score"
        case .confirmQuit: return "in the quit box"
        case .tooSmall: return "in a window too small"
        case .welcome: return "on the kiosk's welcome screen"
        case .fileName: return "in the file name box"
        case .confirmOverwrite: return "asked to replace a file"
        }
    }

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
