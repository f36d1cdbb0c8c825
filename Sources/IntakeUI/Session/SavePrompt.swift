/// The box that asks where to save a file: the name, editable, then, when a file of that name
/// is there, whether to replace it.
public struct SavePrompt: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        /// Typing the name.
        case naming
        /// A file of that name is there: replace it (y) or change the name (n).
        case confirmingOverwrite
    }

    public let kind: SaveKind
    public var field: TextField
    public var stage: Stage = .naming
    /// Why the last try did not save ("Permission denied"), shown under the name.
    public var problem: String?
    /// When the save was asked for: the note is dated with it.
    public private(set) var recordedAt: LocalTime?
    /// The file asked for is being written: the front end answers before the next key.
    var writing = false

    /// The folder default names are offered in; nil for the current one.
    let directory: String?

    init(kind: SaveKind, recordedAt: LocalTime?, directory: String? = nil) {
        self.kind = kind
        self.recordedAt = recordedAt
        self.directory = directory
        field = TextField(Self.defaultPath(kind, recordedAt, directory))
    }

    /// Dated `time`: the note, and the default name while it is untouched.
    mutating func date(_ time: LocalTime) {
        if field.text == Self.defaultPath(kind, recordedAt, directory) { field = TextField(Self.defaultPath(kind, time, directory)) }
        recordedAt = time
    }

    /// The default name in `directory` ("notes/discpath-20260305-140709.txt").
    static func defaultPath(_ kind: SaveKind, _ time: LocalTime?, _ directory: String?) -> String {
        let name = defaultName(kind, time)
        guard let directory, !directory.isEmpty else { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// "discpath-20260305-140709.txt" for a note, "discpath-answers-20260305-140709.json" for
    /// answers, in the current folder; without the stamp when no clock reading came.
    static func defaultName(_ kind: SaveKind, _ time: LocalTime?) -> String {
        let stamp = time.map { "-" + $0.stamp } ?? ""
        switch kind {
        case .note: return "discpath\(stamp == "" ? "-note" : stamp).txt"
        case .answers: return "discpath-answers\(stamp).json"
        }
    }

    var keyContext: KeyContext {
        switch stage {
        case .naming: return .fileName
        case .confirmingOverwrite: return .confirmOverwrite
        }
    }
}
