import CCurses
import Glibc
import IntakeUI
import PathwayCore
import SystemIO

/// Why the intake could not start.
public enum IntakeUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case dumbTerminal
    case unknownTerminal(String)
    /// A known type that curses could not start on (out of memory).
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the intake needs a terminal on standard input and output; for answers as JSON use 'discpath evaluate'"
        case .dumbTerminal:
            return "this terminal (TERM=dumb or unset) cannot show the intake's screens; run it in a terminal such as xterm or the Linux console, or use 'discpath evaluate'"
        case .unknownTerminal(let name):
            return "unknown terminal type '\(name)' (from TERM); set TERM to a type this system knows, such as xterm-256color or linux"
        case .cannotStart(let name):
            return "the terminal (TERM=\(name)) could not be set up: curses failed to start on it (out of memory?)"
        }
    }
}

/// Runs the intake on the terminal: the only code that talks to curses. The terminal is restored
/// and keys typed ahead are discarded on every way out: a result, quitting, a signal that ends
/// the process, and the terminal going away (as SIGHUP). After a signal or a hangup the session
/// is returned as leaving it then would end it, and `Signals.pending` is set: the caller writes
/// what is due (a note) and calls `Signals.end(by:)`.
/// Ctrl-Z clears the screen before stopping and repaints it on `fg`. A kiosk reads raw keys:
/// Ctrl-C, Ctrl-\ and Ctrl-Z reach it as keys, which mean nothing, not as signals.
public enum CursesIntake {
    public static func run(pathway: Pathway, configuration: Session.Configuration,
                           terminal: TerminalEnvironment) throws(IntakeUnavailable) -> Outcome {
        guard terminal.stdinIsTerminal, terminal.stdoutIsTerminal else { throw .notATerminal }
        let term = terminal.term ?? ""
        if term.isEmpty || term == "dumb" { throw .dumbTerminal }

        let utf8 = dp_setup_locale() == 1
        dp_catch_signals(1)
        switch dp_start(term, terminal.noColor ? 0 : 1) {
        case 0: break
        case -1: throw .unknownTerminal(term)
        default: throw .cannotStart(term)
        }
        defer { dp_stop(1) }
        if configuration.mode == .kiosk { dp_use_raw_keys() }
        useTheme(colour: dp_has_color() == 1)

        // The Linux console's font holds at most 512 glyphs, without arrows, ticks or "›".
        let io = CursesIO(pathway: pathway, asciiSymbols: configuration.ascii || !utf8 || term.hasPrefix("linux"),
                          asciiLines: configuration.ascii || dp_can_draw_lines() == 0, transliterate: !utf8, term: term)
        var driver = SessionDriver(Session(configuration, pathway: pathway), io: io,
                                   logSink: configuration.mode == .kiosk ? SyslogSink() : nil)
        return driver.run()
    }

    /// The terminal's key as a KeyPress.
    static func keyPress(_ raw: Int32, _ codepoint: UInt32) -> KeyPress? {
        switch raw {
        case Int32(DP_KEY_UP.rawValue): return .up
        case Int32(DP_KEY_DOWN.rawValue): return .down
        case Int32(DP_KEY_LEFT.rawValue): return .left
        case Int32(DP_KEY_RIGHT.rawValue): return .right
        case Int32(DP_KEY_ENTER.rawValue): return .enter
        case Int32(DP_KEY_SPACE.rawValue): return .space
        case Int32(DP_KEY_BACKSPACE.rawValue): return .backspace
        case Int32(DP_KEY_ESCAPE.rawValue): return .escape
        case Int32(DP_KEY_TAB.rawValue): return .tab
        case Int32(DP_KEY_PAGE_UP.rawValue): return .pageUp
        case Int32(DP_KEY_PAGE_DOWN.rawValue): return .pageDown
        case Int32(DP_KEY_HOME.rawValue): return .home
        case Int32(DP_KEY_END.rawValue): return .end
        case Int32(DP_KEY_F1.rawValue): return .f1
        case Int32(DP_KEY_CTRL_L.rawValue): return .ctrlL
        case Int32(DP_KEY_RESIZE.rawValue): return .resize
        case Int32(DP_KEY_F10.rawValue): return .f10
        case Int32(DP_KEY_CTRL_X.rawValue): return .ctrlX
        case Int32(DP_KEY_CTRL_U.rawValue): return .ctrlU
        case Int32(DP_KEY_CHAR.rawValue):
            return Unicode.Scalar(codepoint).map { .character(Character($0)) }
        case Int32(DP_KEY_NONE.rawValue), Int32(DP_KEY_HANGUP.rawValue): return nil
        default: return nil
        }
    }

    /// Puts the grid on the terminal: runs of one style as text, box pieces as line drawing.
    /// Over `previous` (the grid drawn last, of the same size) only the rows that changed are
    /// written, each blanked first; otherwise the screen is erased and every row written. A
    /// row's blank cells at either end (most of a screen) are not written over the blanks
    /// either way. curses sends what changed on the terminal: the same bytes as drawing it all.
    static func draw(_ grid: Grid, previous: Grid?, asciiLines: Bool, transliterate: Bool, full: Bool) {
        let over = full ? nil : previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if over == nil { dp_erase() }
        for row in 0..<grid.height {
            if let over {
                if grid.sameRow(row, as: over) { continue }
                dp_clear_row(Int32(row))
            }
            var last = grid.width
            while last > 0, grid[row, last - 1] == .blank { last -= 1 }
            var first = 0
            while first < last, grid[row, first] == .blank { first += 1 }
            var run: [wchar_t] = []
            var runStart = 0
            var runStyle = Style.normal
            func flush() {
                if !run.isEmpty { dp_put_text(Int32(row), Int32(runStart), run, Int32(run.count), styleNumber(runStyle)) }
                run.removeAll(keepingCapacity: true)
            }
            for column in first..<last {
                let cell = grid[row, column]
                if case .wideTail = cell.glyph { continue }
                if case .line(let piece) = cell.glyph, !asciiLines {
                    flush()
                    dp_put_line(Int32(row), Int32(column), lineNumber(piece), styleNumber(cell.style))
                    continue
                }
                if run.isEmpty || cell.style != runStyle {
                    flush()
                    runStart = column
                    runStyle = cell.style
                }
                switch cell.glyph {
                case .scalar(let scalar) where scalar.isASCII || !transliterate:
                    run.append(wchar_t(bitPattern: scalar.value))
                case .line(let piece):
                    run.append(wchar_t(bitPattern: piece.character(ascii: true).unicodeScalars.first?.value ?? 0x20))
                default:
                    let character = grid.character(cell.glyph) ?? " "
                    let text = transliterate ? Transliteration.ascii(character) : character
                    for scalar in text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                }
            }
            flush()
        }
        dp_refresh(full ? 1 : 0)
    }

    /// Every style as the theme has it look, with colour or without (NO_COLOR, or none on the
    /// terminal).
    static func useTheme(colour: Bool) {
        for style in Style.allCases {
            let look = Theme.look(style, colour: colour)
            var bits: UInt32 = 0
            if look.attributes.contains(.bold) { bits |= DP_ATTR_BOLD.rawValue }
            if look.attributes.contains(.dim) { bits |= DP_ATTR_DIM.rawValue }
            if look.attributes.contains(.reverse) { bits |= DP_ATTR_REVERSE.rawValue }
            if look.attributes.contains(.underline) { bits |= DP_ATTR_UNDERLINE.rawValue }
            dp_set_look(styleNumber(style), Int32(bits), Int32(look.foreground?.rawValue ?? -1), Int32(look.background?.rawValue ?? -1))
        }
    }

    /// The C side's number for a style, by name, so neither side depends on the other's order.
    static func styleNumber(_ style: Style) -> Int32 {
        let number: dp_style
        switch style {
        case .normal: number = DP_STYLE_NORMAL
        case .titleBar: number = DP_STYLE_TITLE_BAR
        case .heading: number = DP_STYLE_HEADING
        case .prompt: number = DP_STYLE_PROMPT
        case .selected: number = DP_STYLE_SELECTED
        case .dim: number = DP_STYLE_DIM
        case .banner: number = DP_STYLE_BANNER
        case .urgent: number = DP_STYLE_URGENT
        case .warning: number = DP_STYLE_WARNING
        case .good: number = DP_STYLE_GOOD
        case .hintBar: number = DP_STYLE_HINT_BAR
        case .field: number = DP_STYLE_FIELD
        case .border: number = DP_STYLE_BORDER
        case .pointer: number = DP_STYLE_POINTER
        }
        return Int32(number.rawValue)
    }

    static func lineNumber(_ piece: LinePiece) -> Int32 {
        switch piece {
        case .horizontal: return Int32(DP_LINE_H.rawValue)
        case .vertical: return Int32(DP_LINE_V.rawValue)
        case .topLeft: return Int32(DP_LINE_TL.rawValue)
        case .topRight: return Int32(DP_LINE_TR.rawValue)
        case .bottomLeft: return Int32(DP_LINE_BL.rawValue)
        case .bottomRight: return Int32(DP_LINE_BR.rawValue)
        }
    }
}

/// ASCII stand-ins for the few non-ASCII characters, for a locale that is not UTF-8.
enum Transliteration {
    static func ascii(_ c: Character) -> Character {
        if c.isASCII { return c }
        switch c {
        case "‘", "’": return "'"
        case "“", "”": return "\""
        case "–", "—", "─", "·": return "-"
        case "•": return "*"
        case "›": return ">"
        case "↑": return "^"
        case "↓": return "v"
        case "←": return "<"
        case "✓": return "+"
        case "✗": return "x"
        default: return "?"
        }
    }
}
