/// What a front end does for a session it runs: tells the size it lays screens out at, reads
/// what the user does, shows the session, and carries out its effects. The curses screens
/// (TerminalUI) and the line mode (LineMode) each implement it; the driver does the rest.
public protocol SessionIO {
    /// The content, the size and the symbols to lay the session out with, now.
    func viewContext() -> ViewContext
    /// The monotonic clock, in milliseconds; nil for a front end without one (then no time
    /// passes: no idle wipe).
    func monotonicMilliseconds() -> Int64?
    /// The local wall clock, formatted; nil when it cannot be read.
    func localTime() -> LocalTime?
    /// Writes the file the session asked for.
    func write(_ request: FileRequest) -> FileWriteResult
    func ringBell()
    /// Puts `text` on the terminal's clipboard (OSC 52); false where the front end cannot.
    func copyToClipboard(_ text: String) -> Bool
    /// Shows the session; `repaint`: clear the screen and draw all of it.
    mutating func present(_ session: Session, _ context: ViewContext, repaint: Bool)
    /// Waits for what the user does next on the session shown.
    mutating func next(_ session: Session, _ context: ViewContext) -> SessionInput
    /// The screen as shown, measured: what a key is sent with.
    func metrics(_ session: Session, _ context: ViewContext) -> ScreenMetrics
}

extension SessionIO {
    /// Laid out anew; a front end that keeps what it drew can answer from that.
    public func metrics(_ session: Session, _ context: ViewContext) -> ScreenMetrics { ScreenView.metrics(session, context) }

    /// A front end without a terminal to send it to (the line mode) copies nothing.
    public func copyToClipboard(_ text: String) -> Bool { false }
}

/// What the user did, as a front end reads it.
public enum SessionInput: Sendable, Equatable {
    /// Keys, in turn (line mode turns a typed line into several).
    case keys([KeyPress])
    /// A wait with no key: the clock moves on.
    case idle
    /// The session is to end as leaving it now ends it: the input ended, a signal came, the
    /// terminal went away.
    case leave
}

/// Runs a session for a front end: the clock before every key, the screen as shown measured
/// and handed in with it, every effect carried out (files written, the local time read, the
/// screen repainted, the bell rung), until the session finishes or the front end leaves.
public struct SessionDriver<IO: SessionIO> {
    public private(set) var session: Session
    public var io: IO
    /// Where `.log` effects go; nil: nowhere (outside a kiosk).
    let logSink: (any LogSink)?
    /// The next presentation clears the screen and draws all of it.
    private var repaint = false

    public init(_ session: Session, io: IO, logSink: (any LogSink)? = nil) {
        self.session = session
        self.io = io
        self.logSink = logSink
    }

    /// Runs the session to its end, and returns how it ended.
    public mutating func run() -> Outcome {
        if let outcome = tick() { return outcome }
        while true {
            let context = io.viewContext()
            io.present(session, context, repaint: repaint)
            repaint = false
            switch io.next(session, context) {
            case .leave:
                return session.outcomeOnLeaving(context.pathway)
            case .idle:
                if let outcome = tick() { return outcome }
            case .keys(let keys):
                for key in keys {
                    if let outcome = tick() ?? send(.key(key)) { return outcome }
                }
            }
        }
    }

    /// The clock's reading, where the front end has a clock.
    private mutating func tick() -> Outcome? {
        guard let milliseconds = io.monotonicMilliseconds() else { return nil }
        return send(.tick(milliseconds: milliseconds))
    }

    /// Sends `event` (a key with the screen as shown, measured by the views), then carries out
    /// the effects, answering those that need it; the outcome once the session has finished.
    public mutating func send(_ event: SessionEvent) -> Outcome? {
        let context = io.viewContext()
        let shown: ScreenMetrics
        if case .key = event { shown = io.metrics(session, context) } else { shown = ScreenMetrics() }
        var effects = session.send(event, context, shown: shown)
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .writeFile(let request):
                effects += session.send(.fileWritten(io.write(request)), context, shown: ScreenMetrics())
            case .readLocalTime:
                if let time = io.localTime() { effects += session.send(.localTime(time), context, shown: ScreenMetrics()) }
            case .repaint:
                repaint = true
            case .bell:
                io.ringBell()
            case .log(let event):
                logSink?.warn(event.message(at: io.localTime()))
            case .copyToClipboard(let text):
                effects += session.send(.copied(io.copyToClipboard(text)), context, shown: ScreenMetrics())
            case .finished(let outcome):
                return outcome
            }
        }
        return nil
    }
}
