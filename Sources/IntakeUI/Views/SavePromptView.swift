import PathwayCore
import TextLayout

/// The box asking where to save a file, over the current screen: what is saved, the name in an
/// editable field, why the last try failed (if it did), and its keys; or, when a file of that
/// name is there, whether to replace it. It fits every window from 30x8.
enum SavePromptView {
    static func draw(into grid: inout Grid, _ prompt: SavePrompt, _ model: ScreenModel, _ context: ViewContext) {
        let width = min(context.width - 2, 64)
        let inner = max(1, width - 4)
        // Rows 1 to height-2: the title bar and the hint line stay visible.
        let room = max(2, context.height - 4)
        let keys = KeyTable.hints(for: prompt.keyContext, ascii: context.ascii, width: inner)
        var lines: [Line] = []
        switch prompt.stage {
        case .naming:
            var heading = TextWrap.lines(title(prompt.kind, model.audience), width: inner)
            var problem = prompt.problem.map { TextWrap.lines($0, width: inner) } ?? []
            var blank = true
            func total() -> Int { heading.count + 1 + problem.count + (blank ? 1 : 0) + 1 }
            // Where rows are short, the reason outlasts the heading: the name says what is asked.
            if total() > room { blank = false }
            while total() > room, !heading.isEmpty { heading.removeLast() }
            if total() > room, room > 2 {
                problem = Array(problem.prefix(room - 2))
                if let last = problem.popLast() { problem.append(withEllipsis(last, width: inner, ascii: context.ascii, always: true)) }
            }
            while total() > room, !problem.isEmpty { problem.removeLast() }
            lines = heading.map { Line.text($0, .heading) } + [.field]
                + problem.map { Line.text($0, .warning) } + (blank ? [.text("", .normal)] : []) + [.text(keys, .normal)]
        case .confirmingOverwrite:
            let name = withEllipsis(prompt.field.text, width: inner, ascii: context.ascii)
            var words = [name] + TextWrap.lines("is there already. Replace it?", width: inner)
            var blank = true
            if words.count + 2 > room { blank = false }
            while words.count + 1 > room, words.count > 1 { words.removeLast() }
            lines = words.enumerated().map { Line.text($1, $0 == 0 ? .heading : .normal) }
                + (blank ? [.text("", .normal)] : []) + [.text(keys, .normal)]
        }
        let height = lines.count + 2
        let top = max(1, (context.height - height) / 2), left = max(0, (context.width - width) / 2)
        for row in top..<(top + height) { grid.fill(row: row, column: left, count: width, style: .normal) }
        grid.box(top: top, left: left, height: height, width: width)
        for (i, line) in lines.enumerated() {
            let row = top + 1 + i
            switch line {
            case .text(let text, let style):
                grid.put(text, row: row, column: left + 2, style: style, limit: inner)
            case .field:
                drawField(prompt.field, into: &grid, row: row, column: left + 2, width: inner, ascii: context.ascii)
            }
        }
    }

    private enum Line {
        case text(String, Style)
        case field
    }

    static func title(_ kind: SaveKind, _ audience: Audience) -> String {
        switch (kind, audience) {
        case (.note, .patient): return "Save your result as:"
        case (.note, _): return "Save the chart note as:"
        case (.answers, .patient): return "Save your answers as:"
        case (.answers, _): return "Save the answers as:"
        }
    }

    /// The name in `width` columns, scrolled so the cursor is in view, with an ellipsis where
    /// its start is scrolled out; the cursor's cell in the selected style (a blank cell after the
    /// last character).
    static func drawField(_ field: TextField, into grid: inout Grid, row: Int, column: Int, width: Int, ascii: Bool) {
        let characters = field.characters
        let cursor = min(max(0, field.cursor), characters.count)
        var start = 0
        var before = characters[start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        // The cursor's own cell after the characters before it, and a cell for the ellipsis.
        let scrolled = before + 1 > width && width > 2
        let room = scrolled ? width - 1 : width
        while before + 1 > room, start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        grid.fill(row: row, column: column, count: width, style: .field)
        if scrolled { grid.put(ascii ? "<" : "…", row: row, column: column, style: .field) }
        let left = column + width - room
        grid.put(String(characters[start...]), row: row, column: left, style: .field, limit: room)
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        grid.put(under, row: row, column: left + before, style: .selected, limit: max(0, room - before))
    }
}
