import CommandDocs
import Foundation
import Testing

/// The installed completions in the shells themselves: bash (loaded on demand by the
/// bash-completion package) and zsh (compinit, from the folder Debian's zsh reads) in tmux,
/// pressing Tab as a person does; fish through its own engine (`complete -C`), loading from its
/// vendor folder. In a folder with a.json, b.ndjson, c.jsonl, d.txt and sub/.
@Suite("Completions in bash, zsh and fish", .serialized)
struct ShellCompletionTests {
    static let files = ["a.json", "b.ndjson", "c.jsonl", "d.txt", "sub/"]

    /// A case id and the id less its last character, which completes to it alone.
    func caseID() throws -> (full: String, typed: String) {
        let list = try discpath(["rehearse", "--list"])
        let ids = list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        let id = try #require(ids.first { id in !ids.contains { $0 != id && $0.hasPrefix(id.dropLast()) } }, "\(list)")
        return (id, String(id.dropLast()))
    }

    @Test("bash: the default command's options at the top, option values, help's commands, case ids, answers files with .ndjson, --opt=value")
    func bash() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let folder = try folderWithFiles(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let share = stage.installed.appendingPathComponent("share").path
        let shell = try CompletingShell(prompt: "bash-ready$", folder: folder, path: stage.installed.appendingPathComponent("bin").path) {
            "XDG_DATA_DIRS=\(shellQuote(share)):/usr/share INPUTRC=/dev/null PS1='bash-ready$ ' bash --norc --noprofile -i"
        }
        // bash-completion finds the script in the installed tree when discpath is first completed.
        try shell.run(". /usr/share/bash-completion/bash_completion")
        try expectCommonCases(shell, tabsToList: 2)
        try shell.expect("discpath --note ", tabs: 2, shows: ["a.json", "d.txt"])
        try shell.expect("discpath evaluate --format json --", tabs: 2, shows: ["--answers", "--audience"], hides: ["--format"])
        let registered = try shell.run("complete -p discpath")
        #expect(registered.contains("-F _discpath discpath"), "\(registered)")
    }

    @Test("zsh: the same, from /usr/share/zsh/vendor-completions")
    func zsh() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let folder = try folderWithFiles(Self.files + [".zsh/"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let functions = stage.installed.appendingPathComponent("share/zsh/vendor-completions").path
        try """
            fpath=(\(shellQuote(functions)) $fpath)
            autoload -U compinit && compinit -u -D
            PS1='zsh-ready$ '
            """.write(to: folder.appendingPathComponent(".zsh/.zshrc"), atomically: true, encoding: .utf8)
        let shell = try CompletingShell(prompt: "zsh-ready$", folder: folder, path: stage.installed.appendingPathComponent("bin").path) {
            "ZDOTDIR=\(shellQuote(folder.appendingPathComponent(".zsh").path)) zsh -i"
        }
        try expectCommonCases(shell, tabsToList: 1)
    }

    /// What bash and zsh both complete: bash lists on a second Tab, zsh on the first.
    func expectCommonCases(_ shell: CompletingShell, tabsToList tabs: Int) throws {
        try shell.expect("discpath --au", tabs: 1, shows: ["discpath --audience"])
        try shell.expect("discpath --audience ", tabs: tabs, shows: ["clinician", "patient", "trainee"])
        try shell.expect("discpath evaluate --format ", tabs: tabs, shows: ["text", "json", "ndjson", "fhir"])
        try shell.expect("discpath evaluate --format=nd", tabs: 1, shows: ["discpath evaluate --format=ndjson"])
        try shell.expect("discpath help ", tabs: tabs, shows: ["diff", "evaluate", "export", "intake", "lint", "rehearse"])
        let id = try caseID()
        try shell.expect("discpath rehearse --case \(id.typed)", tabs: 1, shows: ["--case \(id.full)"])
        try shell.expect("discpath evaluate --answers ", tabs: tabs, shows: ["a.json", "b.ndjson", "c.jsonl", "sub/"], hides: ["d.txt"])
        try shell.expect("discpath --answers ", tabs: tabs, shows: ["a.json", "sub/"], hides: ["d.txt", "b.ndjson"])
    }

    @Test("fish: the same, from /usr/share/fish/vendor_completions.d")
    func fish() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let folder = try folderWithFiles(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let vendor = stage.installed.appendingPathComponent("share/fish/vendor_completions.d").path
        let bin = stage.installed.appendingPathComponent("bin").path
        func complete(_ line: String) throws -> [String] {
            let script = "cd \(shellQuote(folder.path)); set -p fish_complete_path \(shellQuote(vendor)); complete -C \(shellQuote(line))"
            let run = try runTool("/usr/bin/env", ["fish", "--no-config", "-c", script],
                                  environment: ["PATH": "\(bin):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")"])
            #expect(run.stderr.isEmpty, "fish: \(run.stderr)")
            return run.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try complete("discpath --au") == ["--audience"])
        #expect(Set(try complete("discpath --audience ")) == ["clinician", "patient", "trainee"])
        #expect(Set(try complete("discpath evaluate --format ")) == ["text", "json", "ndjson", "fhir"])
        #expect(try complete("discpath evaluate --format=nd") == ["--format=ndjson"])
        #expect(Set(try complete("discpath help ")) == ["diff", "evaluate", "export", "intake", "lint", "rehearse"])
        let id = try caseID()
        #expect(try complete("discpath rehearse --case \(id.typed)") == [id.full])
        #expect(Set(try complete("discpath evaluate --answers ")) == ["a.json", "b.ndjson", "c.jsonl", "sub/"])
        #expect(Set(try complete("discpath --answers ")) == ["a.json", "sub/"])
        #expect(!(try complete("discpath evaluate --format json --")).contains("--format"), "an option given once is offered again")
    }
}

/// An interactive shell in tmux on a socket of its own, started in `folder` with `path` first on
/// PATH, whose completions a test drives by typing and pressing Tab.
final class CompletingShell {
    let session: TmuxSession
    let prompt: String

    init(prompt: String, folder: URL, path: String, command: () -> String) throws {
        self.prompt = prompt
        let environment = "PATH=\(shellQuote(path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"))) "
            + "HOME=\(shellQuote(folder.path)) LANG=C.UTF-8 TERM=tmux-256color"
        let shell = command()
        session = try TmuxSession(width: 120, height: 30) { pidFile in
            "echo $$ > \(shellQuote(pidFile)); cd \(shellQuote(folder.path)) && exec env -i \(environment) \(shell)"
        }
        try session.waitFor(prompt)
        try clear()
    }

    /// Runs `command` and returns what it printed.
    @discardableResult
    func run(_ command: String) throws -> String {
        try session.type(command + "; echo command-done")
        try session.send("Enter")
        let screen = try session.waitFor("\ncommand-done")
        try clear()
        return screen
    }

    /// Types `line`, presses Tab `tabs` times, and expects every text of `shows` on the screen
    /// and none of `hides`; then clears the line and the screen.
    func expect(_ line: String, tabs: Int, shows: [String], hides: [String] = [],
                sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.type(line)
        for _ in 0..<tabs { try session.send("Tab") }
        var screen = ""
        for text in shows {
            screen = try session.waitFor(text, sourceLocation: sourceLocation)
        }
        // The list under the line typed.
        let shown = screen.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(prompt) }
        for text in hides {
            #expect(!shown.contains { $0.split(separator: " ").contains { $0 == text } }, "\(line)<Tab> offered \(text):\n\(screen)",
                    sourceLocation: sourceLocation)
        }
        try clear()
    }

    /// Ctrl-E Ctrl-U empties the line (Ctrl-C would not: the shell starts with SIGINT blocked,
    /// as the test thread has it); Ctrl-L clears the screen, leaving only the prompt.
    func clear() throws {
        try session.send("C-e")
        try session.send("C-u")
        try session.send("C-l")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let lines = try session.capture().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if lines == [prompt] { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen never cleared to the prompt:\n\(session.lastScreen)")
        throw ScreenTimeout()
    }
}

/// Plain words (positional arguments) complete as their command declares, in each shell: a
/// program with a command `cmp OLD NEW` taking JSON files, made from a help dump written here,
/// as a command such as `discpath diff` gets them.
@Suite("Completions of plain words in bash, zsh and fish", .serialized)
struct PositionalCompletionTests {
    static let dump = #"""
        {"serializationVersion": 0, "command": {"commandName": "fixture", "abstract": "A program.",
          "discussion": "Exit codes:\n  0  done", "subcommands": [
          {"commandName": "cmp", "superCommands": ["fixture"], "abstract": "Compare two files.", "arguments": [
            {"kind": "positional", "shouldDisplay": true, "isOptional": false, "isRepeating": false, "parsingStrategy": "default",
             "valueName": "old", "completionKind": {"file": {"extensions": ["json"]}}, "abstract": "Before."},
            {"kind": "positional", "shouldDisplay": true, "isOptional": false, "isRepeating": false, "parsingStrategy": "default",
             "valueName": "new", "completionKind": {"file": {"extensions": ["json"]}}, "abstract": "After."},
            {"kind": "option", "shouldDisplay": true, "isOptional": true, "isRepeating": false, "parsingStrategy": "default",
             "names": [{"kind": "long", "name": "format"}], "preferredName": {"kind": "long", "name": "format"},
             "valueName": "format", "allValues": ["text", "json"], "abstract": "Output format."}]}]}}
        """#

    func scripts() throws -> Completions {
        Completions(tool: try ToolInfo.decode(Array(Self.dump.utf8)))
    }

    @Test("bash and zsh: each plain word takes the files its argument names; options still complete")
    func bashAndZsh() throws {
        let folder = try folderWithFiles(ShellCompletionTests.files + ["functions/"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let completions = try scripts()
        try completions.bash().write(to: folder.appendingPathComponent("fixture.bash"), atomically: true, encoding: .utf8)
        try completions.zsh().write(to: folder.appendingPathComponent("functions/_fixture"), atomically: true, encoding: .utf8)
        let bash = try CompletingShell(prompt: "bash-ready$", folder: folder, path: "/usr/bin") {
            "INPUTRC=/dev/null PS1='bash-ready$ ' bash --norc --noprofile -i"
        }
        try bash.run(". ./fixture.bash")
        try bash.expect("fixture cmp ", tabs: 2, shows: ["a.json", "sub/"], hides: ["d.txt", "b.ndjson"])
        try bash.expect("fixture cmp a.json ", tabs: 2, shows: ["a.json", "sub/"], hides: ["d.txt"])
        try bash.expect("fixture cmp --format ", tabs: 2, shows: ["text", "json"])

        try "fpath=(./functions $fpath); autoload -U compinit && compinit -u -D; PS1='zsh-ready$ '\n"
            .write(to: folder.appendingPathComponent(".zshrc"), atomically: true, encoding: .utf8)
        let zsh = try CompletingShell(prompt: "zsh-ready$", folder: folder, path: "/usr/bin") { "ZDOTDIR=. zsh -i" }
        try zsh.expect("fixture cmp ", tabs: 1, shows: ["a.json", "sub/"], hides: ["d.txt", "b.ndjson"])
        try zsh.expect("fixture cmp a.json ", tabs: 1, shows: ["a.json", "sub/"], hides: ["d.txt"])
        try zsh.expect("fixture cmp --format ", tabs: 1, shows: ["text", "json"])
    }

    @Test("fish: each plain word takes the files its argument names")
    func fish() throws {
        let folder = try folderWithFiles(ShellCompletionTests.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("fixture.fish")
        try scripts().fish().write(to: script, atomically: true, encoding: .utf8)
        func complete(_ line: String) throws -> Set<String> {
            let run = try runTool("/usr/bin/env", ["fish", "--no-config", "-c",
                                                   "cd \(shellQuote(folder.path)); source \(shellQuote(script.path)); complete -C \(shellQuote(line))"])
            #expect(run.stderr.isEmpty, "fish: \(run.stderr)")
            return Set(run.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) })
        }
        #expect(try complete("fixture cmp ") == ["a.json", "sub/"])
        #expect(try complete("fixture cmp a.json ") == ["a.json", "sub/"])
        #expect(try complete("fixture cmp --format ") == ["text", "json"])
    }
}
