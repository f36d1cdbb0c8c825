import Glibc
import IntakeUI
import SystemIO

/// Where the kiosk's attendant PIN comes from: `DISCPATH_KIOSK_PIN`, else a file that only its
/// owner, the user running the kiosk, can read (`/etc/discpath/kiosk-pin`, or the file named by
/// `DISCPATH_KIOSK_PIN_FILE`). There is no default PIN: without one the kiosk does not start.
enum KioskPINSource {
    static let variable = "DISCPATH_KIOSK_PIN"
    static let fileVariable = "DISCPATH_KIOSK_PIN_FILE"
    static let defaultFile = "/etc/discpath/kiosk-pin"
    /// More than any PIN and its line break: a longer file is not a PIN file.
    static let largestFile = 256

    static let rule = "\(AttendantPIN.minimumLength) to \(AttendantPIN.maximumLength) letters, digits or punctuation, no spaces"

    /// The PIN, or a configuration error (78) that says what is wrong and where.
    static func load(environment: [String: String] = [variable, fileVariable].reduce(into: [:]) { $0[$1] = Environment.value($1) },
                     userID: uid_t = geteuid()) throws(CLIError) -> AttendantPIN {
        if let value = environment[variable] {
            guard let pin = AttendantPIN(value) else { throw config("\(variable) is not a usable PIN: it must be \(rule)") }
            return pin
        }
        let path = environment[fileVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultFile
        let text = try read(path, userID: userID)
        guard let pin = AttendantPIN(text) else { throw config("the kiosk PIN file \(path) does not hold a usable PIN on its first line: it must be \(rule)") }
        return pin
    }

    /// The file's one line, once the file is known to be the owner's alone. The checks are made
    /// on the file opened, so it cannot be swapped between the check and the read.
    private static func read(_ path: String, userID: uid_t) throws(CLIError) -> String {
        // Non-blocking: a FIFO put in its place must not hang the start (it is refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let error = errno
            if error == ENOENT || error == ENOTDIR {
                throw config("the kiosk has no attendant PIN and no default one: set \(variable), or write the PIN in \(path) readable only by its owner (chmod 600)")
            }
            throw config("the kiosk PIN file \(path) cannot be read: \(String(cString: strerror(error)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw config("the kiosk PIN file \(path) cannot be read: \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw config("the kiosk PIN file \(path) is not a regular file") }
        guard info.st_uid == userID else {
            throw config("the kiosk PIN file \(path) belongs to user id \(info.st_uid), not to the user running the kiosk (\(userID)); chown it to that user")
        }
        let access = info.st_mode & 0o777
        guard access & 0o077 == 0 else {
            throw config("the kiosk PIN file \(path) can be used by group or others (mode \(String(access, radix: 8))); make it readable only by its owner: chmod 600 \(path)")
        }
        let bytes: [UInt8]
        do {
            bytes = try Descriptor.readAll(fd, limit: largestFile)
        } catch {
            switch error {
            case .tooLarge: throw config("the kiosk PIN file \(path) is too long to hold a PIN")
            case .failed(let failure): throw config("the kiosk PIN file \(path) cannot be read: \(failure)")
            }
        }
        // The first line, without its line break (LF or CRLF); any lines after it are not read
        // as the PIN (a trailing blank line from an editor or `echo >>` is common).
        var line = bytes.prefix { $0 != 0x0A }
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    private static func config(_ message: String) -> CLIError { CLIError(status: ExitStatus.config, message: message) }
}
