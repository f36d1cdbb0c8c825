import Glibc
import IntakeUI
import SystemIO

/// The one way discpath writes a file (a chart note or the answers, from the screens, the line
/// mode or `--note`): whole or not at all, private to the user, never through a link, never
/// into a pipe or device. The text goes to a new temporary file in the target's folder
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600), is flushed to the disk, and only then takes
/// the target's name: as a new name (a file that appeared meanwhile is never replaced), or over
/// the old file when the user said to replace it. A write that fails leaves the old file as it
/// was and removes the temporary one.
public enum FileWriter {
    /// Mode of every file written: the user's alone (they can widen it).
    public static let mode: mode_t = 0o600

    public static func perform(_ request: FileRequest) -> FileWriteResult {
        write(request.contents, to: expandingHome(request.path), replacing: request.overwrite)
    }

    /// Writes `contents` to `path` (already expanded). An existing regular file is replaced only
    /// when `replacing`; anything else of that name (a folder, a link, a pipe, a device) is
    /// refused with a plain reason, before anything is opened.
    public static func write(_ contents: String, to path: String, replacing: Bool) -> FileWriteResult {
        if path.isEmpty { return .failed(reason: reason(ENOENT)) }
        if path.hasSuffix("/") { return .failed(reason: reason(EISDIR)) }
        var status = stat()
        if lstat(path, &status) == 0 {
            if let refusal = refusal(for: status.st_mode) { return .failed(reason: refusal) }
            if !replacing { return .exists }
        } else if errno != ENOENT {
            return .failed(reason: reason(errno))
        }
        let folder = self.folder(of: path)
        let temporary: (fd: Int32, path: String)
        switch createTemporary(in: folder) {
        case .created(let fd, let path): temporary = (fd, path)
        case .failed(let code): return .failed(reason: reason(code))
        }
        if let code = writeAll(contents, to: temporary.fd) {
            close(temporary.fd)
            unlink(temporary.path)
            return .failed(reason: reason(code))
        }
        close(temporary.fd)
        if let code = replacing ? replace(path, with: temporary.path) : giveName(path, to: temporary.path, contents) {
            unlink(temporary.path)
            return code == EEXIST ? .exists : .failed(reason: reason(code))
        }
        syncFolder(folder)
        return .written(shownAs: fullPath(path))
    }

    /// Why something of the target's name that is not a regular file is not written to.
    static func refusal(for mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return reason(EISDIR)
        case S_IFLNK: return "that is a link, and discpath never writes through one: choose another name"
        default: return "that is not a plain file (a pipe, a device or a socket): choose another name"
        }
    }

    /// The folder a path's file goes in: "." for a bare name.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A new, empty file of our own in `folder`: a hidden name no one else has, made only if
    /// nothing (not even a dangling link) has that name, readable by the user alone.
    private static func createTemporary(in folder: String) -> Temporary {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let name = folder + "/.discpath-" + String(random.next() as UInt64, radix: 36) + ".tmp"
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 {
                fchmod(fd, mode)  // whatever the umask: the user's alone
                return .created(fd: fd, path: name)
            }
            if errno != EEXIST { return .failed(errno) }
        }
        return .failed(EEXIST)
    }

    private enum Temporary {
        case created(fd: Int32, path: String)
        case failed(Int32)
    }

    /// Writes every byte and flushes them to the disk; the error number when that fails.
    private static func writeAll(_ contents: String, to fd: Int32) -> Int32? {
        do { try Descriptor.writeAll(contents.utf8, to: fd) } catch { return error.code }
        while fsync(fd) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }

    /// The temporary file over the old one, in one step: the old file stays whole until then.
    private static func replace(_ path: String, with temporary: String) -> Int32? {
        rename(temporary, path) == 0 ? nil : errno
    }

    /// The temporary file under `path` as a new name: `link` fails when anything has that name
    /// meanwhile, so nothing is ever replaced. Where the file system has no links, the file is
    /// written again directly under its new name, created exclusively.
    private static func giveName(_ path: String, to temporary: String, _ contents: String) -> Int32? {
        if link(temporary, path) == 0 {
            unlink(temporary)
            return nil
        }
        let code = errno
        guard code == EPERM || code == EXDEV || code == ENOSYS || code == EOPNOTSUPP || code == EMLINK else { return code }
        unlink(temporary)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else { return errno }
        fchmod(fd, mode)
        if let failure = writeAll(contents, to: fd) {
            close(fd)
            unlink(path)  // our own, half written: not left to pass for a whole note
            return failure
        }
        close(fd)
        return nil
    }

    /// Flushes the folder's new entry to the disk; a folder that cannot be opened is left be.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// "~/notes/x.txt" under `$HOME`, as a shell would read it; anything else as typed.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = Environment.value("HOME") else { return path }
        return home + path.dropFirst()
    }

    /// The written file's full path, so the user knows which folder "the current one" was.
    static func fullPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why a file cannot be written, in plain words (the system's own for the rarer reasons).
    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied: choose a folder you can write to"
        case ENOENT: return "no such folder"
        case ENOTDIR: return "a part of the name is not a folder"
        case EISDIR: return "that is a folder: add a file name"
        case EROFS: return "the file system is read-only"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EFBIG: return "the file is larger than this session may write (ulimit -f)"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "that is a link, and discpath never writes through one: choose another name"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
