import TextLayout

/// The attendant's PIN prompt over the kiosk's screen: one dot a character typed, never the
/// characters, and the wait a wrong PIN imposes.
enum AttendantView {
    static let title = "Attendant: end the kiosk"
    /// Over an urgent result held for the staff: the PIN clears it, and the kiosk goes on.
    static let clearingTitle = "Attendant: clear the urgent result"
    static let keys = "Enter end  Esc cancel"
    static let clearingKeys = "Enter clear  Esc cancel"

    /// What the prompt says under the dots.
    static func status(_ prompt: AttendantPrompt, waitSeconds: Int) -> String {
        if waitSeconds > 0 { return "Wrong PIN. Next try in \(waitSeconds) s." }
        if prompt.refused { return "Wrong PIN. Type it again." }
        return "Type the PIN, then Enter."
    }

    static func draw(into grid: inout Grid, _ prompt: AttendantPrompt, waitSeconds: Int, _ context: ViewContext, clearing: Bool = false) {
        let width = max(4, min(context.width - 2, 40))
        let inner = max(1, width - 4)
        let dots = String(repeating: context.symbol("•", "*"), count: min(prompt.typedCount, max(0, inner - 5)))
        let status = status(prompt, waitSeconds: waitSeconds)
        var text: [(String, Style)] = [(clearing ? clearingTitle : title, .heading), ("", .normal), ("PIN: " + dots, .normal)]
        text += TextWrap.lines(status, width: inner).map { ($0, prompt.refused || waitSeconds > 0 ? Style.warning : .dim) }
        // Rows 1 to height-2: the title bar and the hint line stay visible.
        let rows = max(1, min(text.count, context.height - 4))
        let shown = Array(text.prefix(rows))
        let height = shown.count + 2
        let top = max(1, (context.height - height) / 2), left = max(0, (context.width - width) / 2)
        for row in top..<(top + height) { grid.fill(row: row, column: left, count: width, style: .normal) }
        grid.box(top: top, left: left, height: height, width: width)
        for (i, line) in shown.enumerated() {
            grid.put(line.0, row: top + 1 + i, column: left + 2, style: line.1, limit: inner)
        }
        // The screen's keys do nothing while the prompt is open: the hint line says its own.
        grid.fill(row: context.height - 1, style: .hintBar)
        grid.put(" " + (clearing ? clearingKeys : keys), row: context.height - 1, column: 0, style: .hintBar)
    }
}
