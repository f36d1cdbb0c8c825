import PathwayCore
import TextLayout

/// The help overlay's list of keys: every key that works on the screen under it, from the key
/// table, so the list cannot drift from what the keys do.
enum KeyHelp {
    static func lines(_ model: ScreenModel, _ context: ViewContext) -> [BodyLine] {
        let bullet = context.symbol("•", "*") + " "
        var lines: [BodyLine] = []
        let entries = KeyTable.helpEntries(for: model.keyContext, ascii: context.ascii, canGoBack: model.canGoBack,
                                           canGoOn: model.canGoOn, mode: model.mode)
        for entry in entries {
            // A no-break space holds two columns between the keys and what they do.
            lines.paragraph("\(entry.keys)\(TextWrap.noBreakSpace) \(entry.meaning)", width: context.bodyWidth, marker: bullet)
        }
        return lines
    }
}
