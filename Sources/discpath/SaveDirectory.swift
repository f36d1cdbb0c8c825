import Glibc
import SystemIO

/// The folder the save box offers chart notes and answers in: `--save-dir`, else
/// `DISCPATH_SAVE_DIR`, else the folder discpath was started in (nil). It must be a folder that
/// is there and can be written, checked before the screen starts.
enum SaveDirectory {
    static let variable = "DISCPATH_SAVE_DIR"

    static func resolve(_ flag: String?, environment: String? = Environment.value(variable)) throws(CLIError) -> String? {
        let (given, source) = flag.map { ($0, "--save-dir") } ?? (environment.map { ($0, variable) } ?? ("", ""))
        guard !given.isEmpty else {
            if flag != nil { throw CLIError(status: ExitStatus.usage, message: "--save-dir needs a folder") }
            return nil
        }
        var status = stat()
        guard stat(given, &status) == 0 else {
            throw CLIError(status: ExitStatus.cannotCreate, message: "\(source) '\(terminalLine(given))': \(SystemError.last)")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw CLIError(status: ExitStatus.cannotCreate, message: "\(source) '\(terminalLine(given))' is not a folder")
        }
        guard access(given, W_OK | X_OK) == 0 else {
            throw CLIError(status: ExitStatus.cannotCreate, message: "\(source) '\(terminalLine(given))' cannot be written: \(SystemError.last)")
        }
        return given
    }
}
