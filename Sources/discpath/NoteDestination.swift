import IntakeUI
import PathwayCore
import TerminalUI
import TextLayout
#if canImport(Glibc)
import Glibc
#endif

/// Where `--note` writes the chart note when the intake ends on a tier: a file, made new (an
/// existing one is never replaced: there is no one to ask), or standard output (`-`), after the
/// terminal is restored. Nothing is written when the intake is left before a tier.
enum NoteDestination {
    case standardOutput
    case file(String)

    /// Reads `--note`'s value, and refuses before the screen starts a file that is there
    /// already or a folder it cannot be written in, so no one answers every question for a note
    /// that cannot be saved.
    init(_ argument: String) throws(CLIError) {
        guard argument != "-" else { self = .standardOutput; return }
        let path = FileWriter.expandingHome(argument)
        var status = stat()
        if lstat(path, &status) == 0 {
            throw CLIError(status: ExitStatus.cannotCreate,
                           message: "note file '\(argument)' exists, and discpath never replaces a file: remove it or choose another name")
        }
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "."
        if access(folder, W_OK | X_OK) != 0 {
            throw CLIError(status: ExitStatus.cannotCreate,
                           message: "cannot write note file '\(argument)': \(FileWriter.reason(errno))")
        }
        self = .file(path)
    }

    /// Writes the note for `result`, dated now.
    func write(_ result: SessionResult, pathway: Pathway) throws(CLIError) {
        let note = Session.contents(.note, of: result, pathway: pathway, time: LocalClock.now())
        switch self {
        case .standardOutput:
            let safe = note.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n")
            writeStandardOutput(safe)
        case .file(let path):
            switch FileWriter.perform(FileRequest(kind: .note, path: path, contents: note, overwrite: false)) {
            case .written: break
            case .exists:
                throw CLIError(status: ExitStatus.cannotCreate, message: "note file '\(path)' appeared while the intake ran; not replaced, the note was not saved")
            case .failed(let reason):
                throw CLIError(status: ExitStatus.cannotCreate, message: "cannot write note file '\(path)': \(reason)")
            }
        }
    }
}

/// Writes `text` to standard output as it is, unbuffered.
func writeStandardOutput(_ text: String) {
    fflush(nil)
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if written <= 0 { if written < 0 && errno == EINTR { continue }; return }
        offset += written
    }
}
