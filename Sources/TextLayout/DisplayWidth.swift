/// Terminal display width of text, computed from built-in Unicode tables so the result never
/// depends on the process locale (unlike `wcwidth`), and snapshots stay stable everywhere.
public enum DisplayWidth {
    /// Columns one Unicode scalar occupies: 0 for control characters, and for combining marks
    /// and format characters; 2 for East Asian wide and fullwidth characters and most emoji; 1
    /// otherwise. The tables (DisplayWidthTables.swift) are made from the Unicode Character
    /// Database by glibc's rules, so a layout agrees with what ncurses draws.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x0300 { return 1 }
        if contains(zeroWidth, v) { return 0 }
        if contains(wide, v) { return 2 }
        return 1
    }

    /// Columns one grapheme cluster occupies: the sum of its scalars' widths. That is what
    /// ncurses and the terminal use: ncurses writes each scalar with its own width (a zero-width
    /// one joins the cell before), so a ZWJ sequence such as 👨‍👩‍👧‍👦 takes the columns of its
    /// four wide people, 8, not the 2 of one emoji; a screen laid out by this never overflows.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// Columns a string occupies on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether `v` falls in one of `ranges` (sorted, apart).
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < v { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(v)
    }
}
