import CCurses
import Glibc
import IntakeUI
import PathwayCore

/// The curses screens as a session's front end: the terminal's size, its keys (a wait until
/// the session's clock next matters, `Session.clockWait`, or until a key, a signal or a resize), the grid drawn where it changed, the bell; files through
/// `FileWriter`, the local time through `LocalClock`.
struct CursesIO: SessionIO {
    let pathway: Pathway
    let asciiSymbols: Bool
    let asciiLines: Bool
    /// A locale that is not UTF-8: every character drawn in ASCII.
    let transliterate: Bool
    /// `TERM`: whether the terminal can take OSC 52.
    let term: String
    /// What the terminal shows, and what it was drawn from at which size, with its measurements:
    /// nothing is laid out again while the session still shows the same (a tick that changes
    /// nothing costs no rendering, and a key is sent with the measurements of the drawing).
    private var drawn: Grid?
    private var shown: (screen: ShownScreen, width: Int, height: Int, metrics: ScreenMetrics)?
    /// The hint lines made so far: moving on a screen does not make its line again.
    private var hints = HintLines()
    /// Back from Ctrl-Z: the next drawing repaints all of it.
    private var resumed = false

    init(pathway: Pathway, asciiSymbols: Bool, asciiLines: Bool, transliterate: Bool, term: String) {
        self.term = term
        self.pathway = pathway
        self.asciiSymbols = asciiSymbols
        self.asciiLines = asciiLines
        self.transliterate = transliterate
    }

    func viewContext() -> ViewContext {
        ViewContext(pathway: pathway, width: Int(dp_cols()), height: Int(dp_rows()), ascii: asciiSymbols)
    }

    func monotonicMilliseconds() -> Int64? { dp_now_ms() }

    func localTime() -> LocalTime? { LocalClock.now() }

    func write(_ request: FileRequest) -> FileWriteResult { FileWriter.perform(request) }

    func ringBell() { dp_beep() }

    /// The chart note by OSC 52, written by the C adapter between frames.
    func copyToClipboard(_ text: String) -> Bool {
        guard !OSC52.isRefused(term: term) else { return false }
        let bytes = OSC52.sequence(text)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { dp_send_control($0.baseAddress, Int32(buffer.count)) == 1 }
        }
    }

    mutating func present(_ session: Session, _ context: ViewContext, repaint: Bool) {
        let full = repaint || resumed
        let screen = session.shown(context)
        if !full, let shown, shown.width == context.width, shown.height == context.height, shown.screen == screen { return }
        let frame = ScreenView.frame(session, model: screen.model, context, hints: &hints)
        // Over what is drawn, only the rows that changed are written: none when nothing did.
        CursesIntake.draw(frame.grid, previous: drawn, asciiLines: asciiLines, transliterate: transliterate, full: full)
        drawn = frame.grid
        resumed = false
        shown = (screen, context.width, context.height, frame.metrics)
    }

    func metrics(_ session: Session, _ context: ViewContext) -> ScreenMetrics {
        if let shown, shown.width == context.width, shown.height == context.height, shown.screen.overlay == session.overlay,
           shown.screen.model == session.model(context) {
            return shown.metrics
        }
        return ScreenView.metrics(session, context)
    }

    mutating func next(_ session: Session, _ context: ViewContext) -> SessionInput {
        // A signal ends the session as leaving it would (a result on screen is finished, so
        // its note can be written); the caller then ends the program as the signal asks.
        if Signals.pending != nil { return .leave }
        if dp_take_stop_request() == 1 {
            dp_suspend()
            drawn = nil
            resumed = true
            return .idle
        }
        var codepoint: UInt32 = 0
        // Until the clock next matters (the idle countdown due, or four times a second while
        // something counts down); otherwise no limit.
        let raw = dp_read_key(session.clockWait(pathway).map { Int32(clamping: $0) } ?? -1, &codepoint)
        // A terminal that is gone never sends another key: end as a hangup does, even when
        // SIGHUP itself is ignored or never comes.
        if raw == Int32(DP_KEY_HANGUP.rawValue) {
            dp_note_hangup()
            return .leave
        }
        if Signals.pending != nil { return .leave }
        guard let key = CursesIntake.keyPress(raw, codepoint) else { return .idle }
        return .keys([key])
    }
}
