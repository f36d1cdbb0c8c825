/// What a session asks its front end to do after an event: the session itself does no I/O. The
/// driver (`SessionDriver`) carries each one out, and answers those that need an answer with an
/// event (`.fileWritten`, `.localTime`).
public enum SessionEffect: Sendable, Equatable {
    /// Write a file (a chart note, the answers); answered with `.fileWritten`.
    case writeFile(FileRequest)
    /// Read the local wall clock (a save starts: its default name and the note's date);
    /// answered with `.localTime`.
    case readLocalTime
    /// Clear the screen and draw all of it again (Ctrl-L, the idle wipe).
    case repaint
    /// Ring the terminal's bell.
    case bell
    /// Log this for the staff (the driver hands it to its `LogSink`, with the local time).
    case log(LogEvent)
    /// Put this text (the chart note) on the terminal's clipboard, with OSC 52: nothing is
    /// written to disk. Answered with `.copied`.
    case copyToClipboard(String)
    /// The session is over, with this outcome.
    case finished(Outcome)
}
