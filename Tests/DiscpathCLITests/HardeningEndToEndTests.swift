import Foundation
import Testing

/// A screen of the intake, reached by keys from a fresh start.
struct ScreenToReach: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    let keys: [String]
    let shows: String
    var testDescription: String { name }
}

let screensToReach: [ScreenToReach] = [
    ScreenToReach(name: "audience", arguments: [], keys: [], shows: "Which best describes you?"),
    ScreenToReach(name: "checklist", arguments: ["--audience", "clinician"], keys: [], shows: "Red flags: which of these"),
    ScreenToReach(name: "weeks", arguments: ["--audience", "clinician"], keys: ["End", "Space", "Enter", "Down", "Enter"],
                  shows: "How many weeks"),
    ScreenToReach(name: "review", arguments: ["--audience", "clinician"], keys: ["Space", "Enter"], shows: "Show the result"),
    ScreenToReach(name: "result", arguments: ["--audience", "clinician"], keys: ["Space", "Enter", "Enter"],
                  shows: "Referral tier: immediate-spine-surgeon"),
    ScreenToReach(name: "help", arguments: ["--audience", "clinician"], keys: ["F1"], shows: "Help: Red flags"),
    ScreenToReach(name: "quit box", arguments: ["--audience", "clinician"], keys: ["q"], shows: "Quit without a result?"),
]

/// Issue 21's hardening, in a real terminal: signals on every screen, suspend and resume, a long
/// paste, a storm of resizes.
@Suite("Hardening in a terminal", .serialized)
struct HardeningEndToEndTests {
    @Test("SIGINT, SIGTERM, SIGHUP and SIGQUIT on every screen: 128+n, the terminal sane",
          arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131)], screensToReach)
    func signals(signal: (number: Int32, status: Int), screen: ScreenToReach) throws {
        let session = try TmuxSession(screen.arguments)
        defer { session.close() }
        try session.waitFor(screen.arguments.isEmpty ? "Which best describes you?" : "Red flags: which of these")
        for key in screen.keys { try session.send(key) }
        try session.waitFor(screen.shows)
        kill(try session.programPID(), signal.number)
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=\(signal.status)"), "\(screen.name): \(after)")
        expectSaneTerminal(after, screen.name)
    }

    @Test("Ctrl-Z then fg on every screen: the shell gets a sane terminal, and the screen comes back", arguments: screensToReach)
    func suspendAndResume(screen: ScreenToReach) throws {
        let session = try TmuxSession.interactiveShell()
        defer { session.close() }
        try session.waitFor(TmuxSession.prompt)
        try session.runInShell(screen.arguments.joined(separator: " "), environment: "TERM=tmux-256color")
        try session.waitFor(screen.arguments.isEmpty ? "Which best describes you?" : "Red flags: which of these")
        for key in screen.keys { try session.send(key) }
        try session.waitFor(screen.shows)
        try session.send("C-z")
        try session.waitFor("Stopped")
        try session.type("stty -a | tr ' ' '\\n' | grep -qx -- -icanon || echo TERMINAL-IS-SANE")
        try session.send("Enter")
        try session.waitFor("TERMINAL-IS-SANE")
        try session.type("fg")
        try session.send("Enter")
        try session.waitFor(screen.shows)
    }

    @Test("a paste of 10,000 keys is taken in order, and the intake keeps working")
    func longPaste() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        defer { session.close() }
        try session.waitFor("Red flags: which of these")
        // Down and up 5,000 times: the cursor must end where it began, on the first item.
        try session.type(String(repeating: "jk", count: 5_000))
        try session.waitFor("› [ ] Urinary retention")
        try session.send("Space", "Enter")
        let review = try session.waitFor("Show the result")
        #expect(review.contains("Red flags: Urinary retention or incontinence"))
        try session.send("Enter")
        try session.waitFor("Referral tier: immediate-spine-surgeon")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
    }

    @Test("a storm of 100 resizes, down to 1x1 and up to 200x60, then back: the screen is laid out again and works")
    func resizeStorm() throws {
        let session = try TmuxSession(["--audience", "clinician"])
        defer { session.close() }
        try session.waitFor("Red flags: which of these")
        var random = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            try session.resize(width: Int.random(in: 1...200, using: &random), height: Int.random(in: 1...60, using: &random))
        }
        try session.resize(width: 80, height: 24)
        let screen = try session.waitFor("Red flags: which of these")
        #expect(screen.hasPrefix(" discpath · Red flags"))
        #expect(screen.contains("↑↓ move  Space select"))
        try session.send("Space", "Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        try session.waitFor("Referral tier: immediate-spine-surgeon")
        try session.send("q", "q")                          // unsaved: asked once, q again drops it
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        expectSaneTerminal(after, "after the storm")
    }
}
