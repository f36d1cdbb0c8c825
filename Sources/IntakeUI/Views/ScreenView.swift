import PathwayCore
import TextLayout

/// The whole screen as a pure function of the state and the terminal size.
public enum ScreenView {
    public static func render(_ state: ScreenState, _ context: ViewContext) -> Grid {
        var grid = Grid(width: context.width, height: context.height)
        if context.isTooSmall {
            TooSmallView.draw(into: &grid, context)
            return grid
        }
        let pathway = context.pathway
        // Title bar: where the user is, and how far along.
        grid.fill(row: 0, style: .titleBar)
        let title: String
        if case .help? = state.overlay {
            title = (state.audience == .patient ? "Help: " : "Help: ") + ScreenContent.title(state, pathway)
        } else {
            title = ScreenContent.title(state, pathway)
        }
        let step = ScreenContent.step(state.intake, pathway.rules)
        let stepText = "Step \(step.index) of \(step.total) "
        let stepWidth = DisplayWidth.of(stepText)
        let leftLimit = max(0, context.width - stepWidth - 1)
        grid.put(" discpath \(context.symbol("·", "-")) \(title)", row: 0, column: 0, style: .titleBar, limit: leftLimit)
        if context.width - stepWidth > 12 { grid.put(stepText, row: 0, column: context.width - stepWidth, style: .titleBar) }

        // Body.
        let lines: [BodyLine]
        let scroll: Int
        if case .help(let offset)? = state.overlay {
            lines = HelpView.lines(state, context)
            scroll = offset
        } else {
            switch state.intake.step {
            case .audience, .question: (lines, scroll) = QuestionView.lines(state, context)
            case .review: (lines, scroll) = ReviewView.lines(state, context)
            case .result: (lines, scroll) = (ResultView.lines(state, context), state.scroll)
            }
        }
        let visible = lines.dropFirst(max(0, scroll)).prefix(context.bodyHeight)
        for (i, line) in visible.enumerated() {
            let row = 1 + i
            if line.style == .selected || line.style == .banner || line.style == .urgent {
                grid.fill(row: row, column: 1, count: context.bodyWidth, style: line.style)
            }
            grid.put(line.text, row: row, column: 1 + line.indent, style: line.style, limit: context.bodyWidth - line.indent)
        }

        // Message line: a validation message, or a rule with scroll marks.
        let messageRow = context.height - 2
        if let message = state.message, state.overlay == nil {
            // Up to three rows, over the body's last lines when it needs them.
            let wrapped = TextWrap.lines(message, width: context.bodyWidth).prefix(3)
            for (i, line) in wrapped.enumerated() {
                let row = messageRow - wrapped.count + 1 + i
                grid.fill(row: row, style: .warning)
                grid.put(line, row: row, column: 1, style: .warning)
            }
        } else {
            grid.horizontalLine(row: messageRow)
            let above = scroll > 0, below = lines.count - max(0, scroll) > context.bodyHeight
            if above || below {
                let mark = " " + (above ? context.symbol("↑", "^") : "") + (below ? context.symbol("↓", "v") : "") + " more "
                grid.put(mark, row: messageRow, column: max(0, context.width - DisplayWidth.of(mark) - 1), style: .dim)
            }
        }

        // Hint line: the keys that work here.
        grid.fill(row: context.height - 1, style: .hintBar)
        let hints = KeyTable.hints(for: state.keyContext, ascii: context.ascii, canGoBack: state.canGoBack(pathway.rules),
                                   width: context.width - 2)
        grid.put(" " + hints, row: context.height - 1, column: 0, style: .hintBar)

        if state.overlay == .confirmQuit { ConfirmQuitView.draw(into: &grid, state, context) }
        return grid
    }
}

/// Shown below the minimum size until the window grows.
enum TooSmallView {
    static func draw(into grid: inout Grid, _ context: ViewContext) {
        let text = "Enlarge the window to at least \(ViewContext.minimumWidth)x\(ViewContext.minimumHeight) (now \(context.width)x\(context.height))."
        let lines = TextWrap.lines(text, width: max(1, context.width))
        for (i, line) in lines.prefix(context.height).enumerated() { grid.put(line, row: i, column: 0, style: .warning) }
    }
}

/// "Quit without a result?" over the current screen.
enum ConfirmQuitView {
    static func draw(into grid: inout Grid, _ state: ScreenState, _ context: ViewContext) {
        let patient = state.audience == .patient
        let width = min(context.width - 2, 36)
        let inner = max(1, width - 4)
        let text = TextWrap.lines(patient ? "Leave without a result?" : "Quit without a result?", width: inner)
            + TextWrap.lines(patient ? "Your answers will be cleared." : "The answers will be discarded.", width: inner)
            + ["", "y quit    n stay"]
        let height = min(text.count + 2, max(2, context.height - 2))
        let top = max(1, (context.height - height) / 2), left = max(0, (context.width - width) / 2)
        for row in top..<(top + height) { grid.fill(row: row, column: left, count: width, style: .normal) }
        grid.box(top: top, left: left, height: height, width: width)
        for (i, line) in text.prefix(height - 2).enumerated() {
            grid.put(line, row: top + 1 + i, column: left + 2, style: i == 0 ? .heading : .normal, limit: inner)
        }
    }
}
