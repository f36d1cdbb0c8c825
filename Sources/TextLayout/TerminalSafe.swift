/// Text made safe to write to a terminal as one line: every character a terminal would act on
/// instead of showing (C0 and C1 controls, DEL, bidi overrides, isolates and marks, line and
/// paragraph separators) is written visibly as `\u{1B}`, so input can neither send escape
/// sequences to the terminal nor split or reorder a line.
public enum TerminalSafe {
    /// How many characters of an echoed value an error message shows.
    public static let excerptLength = 60

    /// `text` with every unsafe scalar written as `\u{HEX}`; everything else unchanged.
    public static func escape(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: visible(scalar))
        }
        return String(out)
    }

    /// `text` escaped, and cut to `limit` characters with "…" when longer: for echoing a value
    /// the user gave, which may be of any length. Reads no more of `text` than it shows, and
    /// never cuts an escape in half.
    public static func excerpt(_ text: some StringProtocol, limit: Int = excerptLength) -> String {
        let limit = max(1, limit)
        var out: [Unicode.Scalar] = []
        var boundary = 0  // the end of the last whole piece that leaves room for the ellipsis
        for scalar in text.unicodeScalars {
            let piece = visible(scalar)
            if out.count + piece.count > limit {
                var cut = String.UnicodeScalarView(out.prefix(boundary))
                cut.append("…")
                return String(cut)
            }
            out.append(contentsOf: piece)
            if out.count <= limit - 1 { boundary = out.count }
        }
        return String(String.UnicodeScalarView(out))
    }

    private static func visible(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard isUnsafe(scalar) else { return [scalar] }
        return Array("\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
    }

    /// Whether a terminal would act on `scalar` rather than show it.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F:  // C0, DEL, C1
            return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:  // bidi marks, embeddings, overrides, isolates
            return true
        case 0x2028, 0x2029:  // line and paragraph separators
            return true
        default:
            return false
        }
    }
}
