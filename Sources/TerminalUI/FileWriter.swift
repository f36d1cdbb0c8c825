import IntakeUI
#if canImport(Glibc)
import Glibc
#endif

/// Writes the files a session asks for: created new (`O_CREAT | O_EXCL`, so a file that is
/// there is never touched) unless the user said to replace it, mode 0644 before the umask.
public enum FileWriter {
    public static func perform(_ request: FileRequest) -> FileWriteResult {
        let path = expandingHome(request.path)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (request.overwrite ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else {
            let code = errno
            return code == EEXIST ? .exists : .failed(reason: reason(code))
        }
        var bytes = Array(request.contents.utf8)
        var offset = 0
        var failure: Int32?
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { failure = written < 0 ? errno : EIO; break }
            offset += written
        }
        if close(fd) != 0, failure == nil, errno != EINTR { failure = errno }
        if let failure {
            // Half a note must not pass for a whole one: a file made here goes again.
            if !request.overwrite { unlink(path) }
            return .failed(reason: reason(failure))
        }
        return .written(shownAs: fullPath(path))
    }

    /// "~/notes/x.txt" under `$HOME`, as a shell would read it; anything else as typed.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
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
        case ENAMETOOLONG: return "the name is too long"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
