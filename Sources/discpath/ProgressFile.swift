import Glibc
import PathwayCore
import SystemIO
import TerminalUI

/// The trainee's rehearsal progress on disk: $XDG_STATE_HOME/discpath/rehearsal-progress.json,
/// else ~/.local/state/discpath/. Read without following a link; written whole through
/// `FileWriter` (mode 0600, a temporary file renamed over the old, never through a link); the
/// folder made private (0700). A file that cannot be read is a one-line warning, never a stop.
/// Only `discpath rehearse` reads or writes it: the intake and the kiosk never do.
struct ProgressFile {
    let path: String

    static let name = "rehearsal-progress.json"
    /// A record of a few hundred cases is a few tens of kilobytes.
    static let limit = 1 << 20

    /// Where the progress lives, or nil when neither XDG_STATE_HOME nor HOME says.
    static func located() -> ProgressFile? {
        if let state = Environment.value("XDG_STATE_HOME"), state.hasPrefix("/") {
            return ProgressFile(path: state + "/discpath/" + name)
        }
        guard let home = Environment.value("HOME"), home.hasPrefix("/") else { return nil }
        return ProgressFile(path: home + "/.local/state/discpath/" + name)
    }

    var folder: String { FileWriter.folder(of: path) }

    /// The record, empty when there is none yet; a warning (and an empty record) when the file
    /// cannot be read or is not progress.
    func load() -> RehearsalProgress {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code != ENOENT { warn("cannot be read (\(code == ELOOP ? "it is a link" : SystemError(code).description))") }
            return RehearsalProgress()
        }
        defer { close(fd) }
        do {
            return try RehearsalProgress.parse(try Descriptor.readAll(fd, limit: Self.limit))
        } catch let failure as Descriptor.ReadFailure {
            warn(failure == .tooLarge ? "is too large to be progress" : "cannot be read")
        } catch let unreadable as RehearsalProgress.Unreadable {
            warn("is not a progress record (\(unreadable.description))")
        } catch {
            warn("cannot be read")
        }
        return RehearsalProgress()
    }

    private func warn(_ problem: String) {
        printError("discpath: warning: progress file '\(path)' \(problem): read as no record, and replaced after the next session")
    }

    /// Writes the record; a one-line warning when it cannot be.
    func save(_ progress: RehearsalProgress) {
        if let problem = makeFolder() {
            printError("discpath: warning: progress not saved: cannot make '\(folder)' (\(problem))")
            return
        }
        if case .failed(let reason) = FileWriter.write(progress.json, to: path, replacing: true) {
            printError("discpath: warning: progress not saved to '\(path)': \(reason)")
        }
    }

    /// Removes the record; true when there was one.
    func reset() throws(CLIError) -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT { return false }
        throw CLIError(status: ExitStatus.ioError, message: "cannot remove progress file '\(path)': \(SystemError.last)")
    }

    /// Makes the folder and any missing parent, each private to the user; the problem, if any.
    private func makeFolder() -> String? {
        var built = ""
        for part in folder.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0, errno != EEXIST { return SystemError.last.description }
        }
        return nil
    }
}
