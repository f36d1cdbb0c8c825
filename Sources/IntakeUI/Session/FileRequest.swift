/// What a file saved from the intake holds.
public enum SaveKind: Sendable, Equatable {
    /// The chart note: the result as plain text.
    case note
    /// The answers as the JSON `discpath evaluate` and `discpath --answers` read.
    case answers
}

/// A file the session asks its front end to write: the session itself does no I/O. The front
/// end writes `contents` to `path` and answers with `SessionEvent.fileWritten`.
public struct FileRequest: Sendable, Equatable {
    public let kind: SaveKind
    /// As the user typed it: relative to the folder the program started in, or absolute.
    public let path: String
    public let contents: String
    /// Replace a file that is there (the user said yes); otherwise an existing file is never
    /// touched.
    public let overwrite: Bool

    public init(kind: SaveKind, path: String, contents: String, overwrite: Bool) {
        self.kind = kind
        self.path = path
        self.contents = contents
        self.overwrite = overwrite
    }
}

/// How writing a requested file went.
public enum FileWriteResult: Sendable, Equatable {
    /// Written; `shownAs` is how to name it to the user (its full path where known).
    case written(shownAs: String)
    /// A file of that name is there already, and the request did not say to replace it.
    case exists
    /// Not written, for this reason ("Permission denied").
    case failed(reason: String)
}
