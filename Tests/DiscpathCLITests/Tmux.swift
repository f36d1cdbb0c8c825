import Foundation
import Testing

/// A detached tmux session running one command, on a socket of its own.
final class TmuxSession {
    let socket: String
    let pidFile: String
    private(set) var lastScreen = ""

    /// Starts `arguments` (the discpath binary first) under `sh`, which then prints the exit
    /// status and the terminal's settings, so a test can see how the program left the terminal.
    /// `folder`: the working folder to start it in (by default the test's own).
    /// `prelude`: shell commands run first, in the program's shell (`ulimit -c unlimited; `).
    convenience init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                     folder: String? = nil, prelude: String = "") throws {
        let binary = try discpathBinary().path
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "XDG_STATE_HOME": testStateHome]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        let program = ([binary] + arguments).map(shellQuote).joined(separator: " ")
        try self.init(width: width, height: height) { pidFile in
            let move = folder.map { "cd \(shellQuote($0)) && " } ?? ""
            let inner = "echo $$ > \(shellQuote(pidFile)); \(prelude)\(move)exec env \(assignments) \(program)"
            // Like an interactive shell, the wrapper survives the program's Ctrl-C (a trap, unlike
            // an ignored signal, is not inherited); it lingers a little for the last capture, then
            // ends the session and its server even if cleanup below never runs.
            return "trap : INT; sh -c \(shellQuote(inner)); echo \"EXIT=$?\"; stty -a | tr '\\n' ' '; echo; echo END-OF-RUN; sleep 20"
        }
    }

    /// Starts the `sh` script that `script` makes, given the file where it should write the pid
    /// of discpath (so that cleanup can end it, and tests can watch it).
    init(width: Int = 80, height: Int = 24, script: (_ pidFile: String) -> String) throws {
        socket = "discpath-test-\(UUID().uuidString.prefix(8))"
        pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).pid").path
        let started = try tmuxStatus(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script(pidFile)])
        guard started == 0 else { throw TmuxFailed(command: "new-session", status: started) }
    }

    /// An interactive bash with job control, as a user at a terminal has, with the prompt
    /// `Self.prompt`; `$DP` names the discpath binary. Its programs inherit the signal mask of
    /// the test thread that started tmux, which blocks nearly every signal (the `sh -c` wrapper
    /// above clears it; bash does not): discpath unblocks the ones it handles.
    static func interactiveShell(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let binary = try discpathBinary().path
        return try TmuxSession(width: width, height: height) { pidFile in
            "cd /tmp && exec env -i PATH=\"$PATH\" HOME=/tmp XDG_STATE_HOME=\(shellQuote(testStateHome)) HISTFILE=/dev/null LANG=C.UTF-8 TERM=tmux-256color "
                + "PS1=\(shellQuote(prompt + " ")) DP=\(shellQuote(binary)) PIDFILE=\(shellQuote(pidFile)) bash --norc --noprofile -i"
        }
    }

    /// In `interactiveShell()`: types the command that runs discpath with `arguments` (shell
    /// words) and the `environment` assignments, recording its pid so cleanup can end it.
    func runInShell(_ arguments: String, environment: String) throws {
        try type("\(environment) sh -c 'echo $$ > \"$PIDFILE\"; exec \"$DP\" \"$@\"' discpath \(arguments)")
        try send("Enter")
    }

    /// The prompt of `interactiveShell()` (then a space, which capture-pane trims).
    static let prompt = "shell-ready$"

    deinit { close() }

    /// Ends the session and its server.
    func close() {
        // kill-server alone can leave this tmux's server running; end the program and the
        // server by pid.
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
           let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGKILL)
        }
        let server = (try? tmux(["display-message", "-p", "#{pid}"])) ?? ""
        _ = try? tmux(["kill-server"])
        if let pid = Int32(server.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(atPath: pidFile)
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Sends tmux key names ("Space", "Enter", "Down", "C-l") or literal text.
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Sends all `keys` with one tmux command, so they reach the program as one burst, as a
    /// paste or fast typing does.
    func sendBurst(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Types `text` exactly, with no key names.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Sends raw bytes, given in hex ("1b", "5b", ...), as one burst.
    func sendBytes(_ hex: String...) throws {
        try sendBytes(hex)
    }

    func sendBytes(_ hex: [String]) throws {
        try tmux(["send-keys", "-t", "0", "-H"] + hex)
    }

    /// Runs a tmux command on this session's server ("set", "-s", "set-clipboard", "on").
    @discardableResult
    func command(_ arguments: String...) throws -> String { try tmux(arguments) }

    /// Ends the tmux session, which closes the terminal under the program (a hangup).
    func killSession() throws {
        try tmux(["kill-session", "-t", "0"])
    }

    func capture() throws -> String {
        lastScreen = try tmux(["capture-pane", "-p", "-t", "0"])
        return lastScreen
    }

    /// The pane with the escape sequences of its colours and attributes.
    func captureWithStyles() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// The pane and everything scrolled or cleared into its history, as the next user scrolling
    /// back would find it.
    func captureWithHistory() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-5000", "-t", "0"])
    }

    /// Waits until the screen shows `text`, for as long as the program may still show it: it stops
    /// at once when the run has ended without it (the wrapper's END-OF-RUN is on the screen), and
    /// otherwise waits out a loaded machine. The limit only stops a broken run from hanging:
    /// nothing here asserts on time. Fails with the last screen.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let screen = try capture()
            if screen.contains(text) { return screen }
            if screen.contains("END-OF-RUN") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("never saw \"\(text)\"; the screen was:\n\(lastScreen)", sourceLocation: sourceLocation)
        throw ScreenTimeout()
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of discpath itself.
    func programPID() throws -> Int32 {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ScreenTimeout()
    }

    /// Runs tmux and returns what it printed. Spawned directly and reaped with waitpid:
    /// Foundation's Process waits on a descriptor the forked tmux server would inherit and keep
    /// open, and output goes through a file rather than a pipe for the same reason.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        try spawnAndWait(["tmux", "-L", socket] + arguments, stdoutPath: outputPath)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Runs tmux and returns its exit status.
    private func tmuxStatus(_ arguments: [String]) throws -> Int32 {
        try spawnAndWait(["tmux", "-L", socket] + arguments, stdoutPath: "/dev/null")
    }
}

/// Runs a program found on PATH with stdin and stderr on /dev/null and stdout to a file, waits
/// for it to exit, and returns its exit status (-1 when a signal ended it).
@discardableResult
func spawnAndWait(_ argv: [String], stdoutPath: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Nothing else: a tmux server lives on, and must not hold pipes other tests wait on.
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap(Int32.init) where fd > 2 && fcntl(fd, F_GETFD) != -1 {
        posix_spawn_file_actions_addclose(&actions, fd)
    }
    var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, environ)
    guard status == 0 else { throw SpawnFailed(program: argv[0], code: status) }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    // WIFEXITED and WEXITSTATUS, which Swift cannot import (macros).
    return exitStatus & 0x7F == 0 ? (exitStatus >> 8) & 0xFF : -1
}

/// A tmux command that failed (a session that could not start, say): not a screen to wait for.
struct TmuxFailed: Error {
    let command: String
    let status: Int32
}

struct SpawnFailed: Error { let program: String; let code: Int32 }

struct ScreenTimeout: Error {}

func shellQuote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

extension TmuxSession {
    /// With `--audience clinician`: from the first question to the result of a red flag.
    func toRedFlagResult() throws {
        try waitFor("Red flags: which of these are present?")
        try send("Space", "Enter")
        try waitFor("Show the result")
        try send("Enter")
        try waitFor("Referral tier: immediate-spine-surgeon")
    }

    /// In the kiosk: from the welcome to the urgent result (a red flag ticked); returns the screen.
    @discardableResult
    func kioskToUrgentResult() throws -> String {
        try waitFor("Press Enter to start.")
        try send("Enter")
        try waitFor("have you had any of these new problems?")
        try send("Space", "Enter")
        try waitFor("Check your answers")
        try send("Enter")
        try waitFor("Code for your clinician: immediate-spine-surgeon")
        // The hint line, drawn last: the whole result is on the pane (held for the staff: help only).
        return try waitFor("? help")
    }
}

/// Expects the terminal as `stty -a` left it (in the wrapper's last lines): echo and canonical
/// input back on.
func expectSaneTerminal(_ after: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let words = Set(after.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    #expect(words.contains("echo") && words.contains("icanon") && !words.contains("-echo") && !words.contains("-icanon"),
            "\(what): stty -a: \(after)", sourceLocation: sourceLocation)
}
