import Glibc
import IntakeUI
import PathwayCore
import TerminalUI
import TextLayout

/// Where `--note` writes the chart note when the intake ends on a tier: a file, made new (an
/// existing one is never replaced: there is no one to ask), or standard output (`-`), after the
/// terminal is restored. Nothing is written when the intake is left before a tier.
enum NoteDestination {
    case standardOutput
    case file(String)

    /// Reads `--note`'s value, and refuses before the screen starts a name that cannot be a new
    /// file: none, a folder, anything that is there already, or a folder it cannot be written in,
    /// so no one answers every question for a note that cannot be saved.
    init(_ argument: String) throws(CLIError) {
        guard argument != "-" else { self = .standardOutput; return }
        guard !argument.isEmpty else {
            throw CLIError(status: ExitStatus.usage, message: "--note needs a file name, or - for standard output")
        }
        let path = FileWriter.expandingHome(argument)
        var status = stat()
        if path.hasSuffix("/") || (lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR) {
            throw CLIError(status: ExitStatus.cannotCreate, message: "note file '\(argument)' is a folder: give the name of a new file in it")
        }
        if lstat(path, &status) == 0 {
            throw CLIError(status: ExitStatus.cannotCreate,
                           message: "note file '\(argument)' exists, and discpath never replaces a file: remove it or choose another name")
        }
        if access(FileWriter.folder(of: path), W_OK | X_OK) != 0 {
            throw CLIError(status: ExitStatus.cannotCreate,
                           message: "cannot write note file '\(argument)': \(FileWriter.reason(errno))")
        }
        self = .file(path)
    }

    /// Writes the note for `result`, dated now: to standard output, or to the file, whole or not
    /// at all (74 when it cannot be written).
    func write(_ result: SessionResult, pathway: Pathway) throws(CLIError) {
        let note = Session.contents(.note, of: result, pathway: pathway, time: LocalClock.now())
        switch self {
        case .standardOutput:
            var output = StandardOutput()
            output.write(note.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n"))
            try output.finish()
        case .file(let path):
            switch FileWriter.perform(FileRequest(kind: .note, path: path, contents: note, overwrite: false)) {
            case .written: break
            case .exists:
                throw CLIError(status: ExitStatus.cannotCreate, message: "note file '\(path)' appeared while the intake ran; not replaced, the note was not saved")
            case .failed(let reason):
                throw CLIError(status: ExitStatus.ioError, message: "the note was not saved: cannot write note file '\(path)': \(reason)")
            }
        }
    }
}
