import PathwayCore
import TextLayout

/// The whole screen as a pure function of the state and the terminal size.
public enum ScreenView {
    public static func render(_ session: Session, _ context: ViewContext) -> Grid {
        var hints = HintLines()
        return frame(session, model: session.model(context), context, hints: &hints).grid
    }

    /// The screen of `model` (the session's, at this size) and its measurements, from one
    /// layout of its body: what a front end draws, and what it hands the session with the next
    /// key while the screen shows the same. `hints`: the hint lines made before, kept by the
    /// front end.
    public static func frame(_ session: Session, model: ScreenModel, _ context: ViewContext,
                             hints: inout HintLines) -> (grid: Grid, metrics: ScreenMetrics) {
        let own = layout(model, context)
        var metrics = ScreenMetrics(rowStarts: own.rowStarts, visibleHeight: own.visibleHeight, text: own.scrollMetrics,
                                    topSection: own.result?.section(atLine: own.scroll))
        var shownBody = own
        if session.showsHelp {
            shownBody = body(model, overlay: session.overlay, context)
            metrics.help = shownBody.scrollMetrics
        }
        var grid = render(model, overlay: session.overlay, body: shownBody, context, hints: &hints)
        if let prompt = session.kiosk.prompt {
            AttendantView.draw(into: &grid, prompt, waitSeconds: session.kiosk.lockout.secondsLeft(at: session.now ?? 0), context,
                               clearing: session.kiosk.holdingUrgentResult)
        }
        return (grid, metrics)
    }

    public static func render(_ model: ScreenModel, overlay: Overlay?, _ context: ViewContext) -> Grid {
        var hints = HintLines()
        return render(model, overlay: overlay, body: body(model, overlay: overlay, context), context, hints: &hints)
    }

    /// `body`: the body laid out for the screen under `overlay` (`body(_:overlay:_:)`).
    static func render(_ model: ScreenModel, overlay: Overlay?, body: Body, _ context: ViewContext, hints: inout HintLines) -> Grid {
        var grid = Grid(width: context.width, height: context.height)
        if context.isTooSmall {
            TooSmallView.draw(into: &grid, context, canQuit: model.mode.filter(.quitNow) != nil)
            return grid
        }
        // Title bar: where the user is, and how far along.
        grid.fill(row: 0, style: .titleBar)
        let title: String
        if case .help? = overlay {
            title = "Help: " + model.title
        } else {
            title = model.title
        }
        let stepText = model.step.map { "Step \($0.index) of \($0.total) " } ?? ""
        let stepWidth = DisplayWidth.of(stepText)
        let showsStep = model.step != nil && context.width - stepWidth > 12
        let leftLimit = max(0, (showsStep ? context.width - stepWidth : context.width) - 1)
        grid.put(titleText(title, width: leftLimit, context), row: 0, column: 0, style: .titleBar, limit: leftLimit)
        if showsStep { grid.put(stepText, row: 0, column: context.width - stepWidth, style: .titleBar) }

        // Body: a pinned prompt, then lines from the scroll offset.
        let pinned = body.pinned.prefix(context.bodyHeight)
        for (i, line) in pinned.enumerated() { put(line, row: 1 + i, into: &grid, context) }
        let top = 1 + pinned.count
        let visible = body.lines.dropFirst(max(0, body.scroll)).prefix(max(0, context.bodyHeight - pinned.count))
        for (i, line) in visible.enumerated() { put(line, row: top + i, into: &grid, context) }

        // Message line: a validation message, or a rule with scroll marks.
        let messageRow = context.height - 2
        let message = messageLines(model, overlay: overlay, context)
        if !message.isEmpty {
            // Up to three rows, over the body's last lines (which the body leaves for it).
            for (i, line) in message.enumerated() {
                let row = messageRow - message.count + 1 + i
                grid.fill(row: row, style: .warning)
                grid.put(line, row: row, column: 1, style: .warning)
            }
        } else {
            grid.horizontalLine(row: messageRow)
            let above = body.scroll > 0, below = body.lines.count - max(0, body.scroll) > body.visibleHeight
            if above || below {
                let mark = " " + (above ? context.symbol("↑", "^") : "") + (below ? context.symbol("↓", "v") : "") + " more "
                grid.put(mark, row: messageRow, column: max(0, context.width - DisplayWidth.of(mark) - 1), style: .dim)
            }
        }

        // Hint line: the keys that work here.
        grid.fill(row: context.height - 1, style: .hintBar)
        let keys: KeyContext
        switch overlay {
        case .help?: keys = .help
        case .confirmQuit?: keys = .confirmQuit
        case .confirmLeave?: keys = .confirmLeave
        case .save(let prompt)?: keys = prompt.keyContext
        case nil: keys = model.keyContext
        }
        let hintLine = hints.line(for: keys, ascii: context.ascii, canGoBack: model.canGoBack, canGoOn: model.canGoOn,
                                  width: context.width - 2, mode: model.mode)
        grid.put(" " + hintLine, row: context.height - 1, column: 0, style: .hintBar)

        if overlay == .confirmQuit { ConfirmQuitView.draw(into: &grid, model, context) }
        if case .confirmLeave(let action)? = overlay { ConfirmQuitView.draw(into: &grid, model, context, leaving: action) }
        if case .save(let prompt)? = overlay { SavePromptView.draw(into: &grid, prompt, model, context) }
        return grid
    }

    /// The body of the current screen, laid out in the rows a message leaves it.
    static func body(_ model: ScreenModel, overlay: Overlay?, _ context: ViewContext) -> Body {
        if case .help(let offset)? = overlay {
            return .scrolling(HelpView.lines(model, context), scroll: offset, height: context.bodyHeight)
        }
        return layout(model, context)
    }

    /// The body of the screen as it is shown at this size, measured for the session: where its
    /// list's rows start, how far its text scrolls and where it is, the result's section at the
    /// top. The front end hands it to the session with each key.
    public static func metrics(_ session: Session, _ context: ViewContext) -> ScreenMetrics {
        let model = session.model(context)
        let body = layout(model, context)
        var metrics = ScreenMetrics(rowStarts: body.rowStarts, visibleHeight: body.visibleHeight, text: body.scrollMetrics,
                                    topSection: body.result?.section(atLine: body.scroll))
        if session.showsHelp { metrics.help = self.body(model, overlay: session.overlay, context).scrollMetrics }
        return metrics
    }

    /// The screen's own body, under no overlay: also where PgUp and PgDn land on a list.
    static func layout(_ model: ScreenModel, _ context: ViewContext) -> Body {
        let height = max(0, context.bodyHeight - max(0, messageLines(model, overlay: nil, context).count - 1))
        switch model.content {
        case .list(let list) where list.kind == .review: return ReviewView.body(model, list, context, height: height)
        case .list(let list): return QuestionView.body(model, list, context, height: height)
        case .weeks(let field): return QuestionView.body(model, field, context, height: height)
        case .document(let document, let scroll):
            let result = ResultView.laidOut(document, context)
            let line: Int
            switch scroll {
            case .line(let number): line = number
            case .section(let kind): line = result.firstLine(of: kind) ?? 0
            }
            var body = Body.scrolling(result.lines, scroll: line, height: context.bodyHeight)
            body.result = result
            return body
        case .text(let paragraphs, let enter):
            var prompt: [BodyLine] = []
            if let text = model.prompt { prompt.paragraph(text, width: context.bodyWidth, style: .prompt) }
            var block: [BodyLine] = []
            for paragraph in paragraphs {
                block.paragraph(paragraph, width: context.bodyWidth)
                block.append(.blank)
            }
            block.paragraph(enter, width: context.bodyWidth, style: .dim)
            return Body.underPrompt(prompt, rows: [block], cursor: 0, height: height, width: context.bodyWidth, ascii: context.ascii)
        case .welcome(let welcome):
            return .scrolling(WelcomeView.lines(welcome, context, height: height), scroll: 0, height: height)
        }
    }

    /// The notice as shown: wrapped, at most three rows (the first over the rule line).
    static func messageLines(_ model: ScreenModel, overlay: Overlay?, _ context: ViewContext) -> [String] {
        guard let notice = model.notice, overlay == nil else { return [] }
        return Array(TextWrap.lines(notice.text(ascii: context.ascii), width: context.bodyWidth).prefix(3))
    }

    /// " discpath · Title" in `width` columns: without the program's name when that does not fit,
    /// and cut with an ellipsis when the title alone does not.
    static func titleText(_ title: String, width: Int, _ context: ViewContext) -> String {
        let full = " discpath \(context.symbol("·", "-")) \(title)"
        if DisplayWidth.of(full) <= width { return full }
        return " " + withEllipsis(title, width: width - 1, ascii: context.ascii)
    }

    private static func put(_ line: BodyLine, row: Int, into grid: inout Grid, _ context: ViewContext) {
        if line.style == .selected || line.style == .banner || line.style == .urgent {
            grid.fill(row: row, column: 1, count: context.bodyWidth, style: line.style)
        }
        let limit = context.bodyWidth - line.indent
        guard line.lead > 0 else {
            grid.put(line.text, row: row, column: 1 + line.indent, style: line.style, limit: limit)
            return
        }
        let lead = String(line.text.prefix(line.lead))
        grid.put(lead, row: row, column: 1 + line.indent, style: line.leadStyle, limit: limit)
        let width = DisplayWidth.of(lead)
        grid.put(String(line.text.dropFirst(line.lead)), row: row, column: 1 + line.indent + width, style: line.style,
                 limit: max(0, limit - width))
    }
}

/// Shown below the minimum size until the window grows.
enum TooSmallView {
    static func draw(into grid: inout Grid, _ context: ViewContext, canQuit: Bool = true) {
        let text = "Enlarge the window to at least \(ViewContext.minimumWidth)x\(ViewContext.minimumHeight) "
            + "(now \(context.width)x\(context.height))" + (canQuit ? ", or press q to quit." : ".")
        let lines = TextWrap.lines(text, width: max(1, context.width))
        for (i, line) in lines.prefix(context.height).enumerated() { grid.put(line, row: i, column: 0, style: .warning) }
    }
}

/// "Quit without a result?" over the current screen; its keys always shown, on its last line.
enum ConfirmQuitView {
    /// `leaving`: asked before `q` or `r` drops a result neither saved nor copied.
    static func draw(into grid: inout Grid, _ model: ScreenModel, _ context: ViewContext, leaving: LeaveAction? = nil) {
        let patient = model.audience == .patient
        let onResult: Bool
        if case .document = model.content { onResult = true } else { onResult = false }
        let width = min(context.width - 2, 36)
        let inner = max(1, width - 4)
        // Leaving a case stops the practice; the cases done so far are kept in the progress.
        let onStory = model.keyContext == .story || model.practising
        let question = leaving == .quit ? "Quit without saving?" : leaving == .startOver ? "New intake without saving?"
            : onStory ? "Stop practising?"
            : onResult ? (patient ? "Leave your result?" : "Leave the result?")
            : (patient ? "Leave without a result?" : "Quit without a result?")
        let consequence = leaving != nil ? "The result was neither saved (s) nor copied (c). y drops it."
            : onStory ? "The practice ends here; the cases done are kept."
            : onResult ? "The screen will be cleared."
            : (patient ? "Your answers will be cleared." : "The answers will be discarded.")
        let keys = KeyTable.hints(for: leaving == nil ? .confirmQuit : .confirmLeave, ascii: context.ascii, width: inner)
        let words = TextWrap.lines(question, width: inner) + TextWrap.lines(consequence, width: inner)
        // Rows 1 to height-2: the title bar and the hint line stay visible.
        let rows = max(1, min(words.count + 2, context.height - 4))
        let text = words.count + 2 <= rows ? words + ["", keys] : Array(words.prefix(rows - 1)) + [keys]
        let height = text.count + 2
        let top = max(1, (context.height - height) / 2), left = max(0, (context.width - width) / 2)
        for row in top..<(top + height) { grid.fill(row: row, column: left, count: width, style: .normal) }
        grid.box(top: top, left: left, height: height, width: width)
        for (i, line) in text.enumerated() {
            grid.put(line, row: top + 1 + i, column: left + 2, style: i == 0 ? .heading : .normal, limit: inner)
        }
    }
}
