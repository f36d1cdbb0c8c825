import Foundation
import IntakeUI
import Testing

@Suite("Help texts the manual page is made from")
struct HelpTextTests {
    @Test("'discpath help intake' lists the keys from the key table, line by line")
    func intakeKeys() throws {
        let run = try discpath(["help", "intake"])
        #expect(run.status == 0)
        let shown = Set(run.stdout.split(separator: "\n").map(String.init))
        for line in KeyReference.text().split(separator: "\n").map(String.init) {
            #expect(shown.contains(line), "help intake lacks the line \"\(line)\"")
        }
    }

    @Test("'discpath --help' lists README's exit codes")
    func exitCodes() throws {
        let run = try discpath(["--help"])
        #expect(run.status == 0)
        try expectExitCodes(in: run.stdout)
    }
}

/// `make install` and `make uninstall`, with the manual pages and completions, into a staging
/// folder (DESTDIR). SwiftPM's build folder is locked while `swift test` runs, so nothing here may
/// build: `make test` builds and generates the pages and completions first, from the debug build,
/// and the install here copies that build (CONFIGURATION=debug) with SWIFT=false, so a stale page
/// fails at once instead of waiting for the lock. One test, so the steps share one install.
@Suite("make install: the manual pages and completions")
struct InstallTests {
    @Test("installs the binary, a page per command and the completions where man and bash find them; uninstall removes them")
    func installAndUninstall() throws {
        let upToDate = try run("/usr/bin/env", ["make", "-C", packageRoot.path, "-q", "man", "completions", "CONFIGURATION=debug"])
        guard upToDate.status == 0 else {
            Issue.record("the manual pages or completions in .build/share are missing or older than the debug build: run 'make man completions CONFIGURATION=debug' after building (make test does)")
            return
        }
        let stage = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stage) }
        let variables = ["CONFIGURATION=debug", "SWIFT=false", "DESTDIR=\(stage.path)", "PREFIX=/usr"]

        let install = try run("/usr/bin/env", ["make", "-C", packageRoot.path, "install"] + variables)
        try #require(install.status == 0, "make install failed: \(install.stdout)\(install.stderr)")

        let usr = stage.appendingPathComponent("usr")
        let man1 = usr.appendingPathComponent("share/man/man1")
        let commands = try subcommandNames()
        #expect(Set(commands).isSuperset(of: ["intake", "evaluate", "lint"]), "\(commands)")
        let expected = ["bin/discpath", "share/man/man1/discpath.1",
                        "share/bash-completion/completions/discpath",
                        "share/zsh/site-functions/_discpath",
                        "share/fish/vendor_completions.d/discpath.fish"]
            + commands.map { "share/man/man1/discpath.\($0).1" }
        #expect(Set(try files(under: usr)) == Set(expected))

        // man renders every page without a warning; the main one holds the exit codes and the keys.
        for page in ["discpath"] + commands.map({ "discpath.\($0)" }) {
            let rendered = try man(man1.appendingPathComponent("\(page).1"))
            #expect(rendered.status == 0 && rendered.stderr.isEmpty, "man -l \(page).1: \(rendered.stderr)")
            #expect(rendered.stdout.contains("NAME"), "\(page).1 rendered as: \(rendered.stdout)")
        }
        let main = try man(man1.appendingPathComponent("discpath.1")).stdout
        try expectExitCodes(in: main)
        let pageLines = Set(main.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in KeyReference.text().split(separator: "\n") {
            let key = line.trimmingCharacters(in: .whitespaces)
            #expect(pageLines.contains(key), "discpath(1) lacks the key table's line \"\(key)\"")
        }
        for command in commands where command != "help" && !command.contains(".") {
            #expect(main.contains("\n     \(command)"), "discpath(1) has no entry for \(command)")
        }
        let evaluatePage = try man(man1.appendingPathComponent("discpath.evaluate.1")).stdout
        #expect(evaluatePage.contains("discpath evaluate --"), "\(evaluatePage)")
        #expect(evaluatePage.contains("--answers file"))

        // bash finds the completion, and it completes commands and options.
        let bash = usr.appendingPathComponent("share/bash-completion/completions/discpath").path
        let registered = try run("/bin/bash", ["-c", "source \"$1\" && complete -p discpath", "bash", bash])
        #expect(registered.status == 0 && registered.stdout.contains("-F _discpath discpath"), "\(registered)")
        let completed = try run("/bin/bash", ["-c", """
            source "$1"
            complete_line() { COMP_LINE="$1"; COMP_POINT=${#1}; read -ra COMP_WORDS <<< "$1"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
              COMPREPLY=(); _discpath discpath "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"; echo "${COMPREPLY[*]}"; }
            complete_line "discpath ev"
            complete_line "discpath evaluate --form"
            """, "bash", bash])
        #expect(completed.stdout == "evaluate\n--format\n", "\(completed)")
        let zsh = try String(contentsOf: usr.appendingPathComponent("share/zsh/site-functions/_discpath"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef discpath\n"))
        let fish = try String(contentsOf: usr.appendingPathComponent("share/fish/vendor_completions.d/discpath.fish"), encoding: .utf8)
        #expect(fish.contains("complete -c 'discpath'") || fish.contains("complete -c discpath"), "no fish completion for discpath")

        let uninstall = try run("/usr/bin/env", ["make", "-C", packageRoot.path, "uninstall"] + variables)
        #expect(uninstall.status == 0, "make uninstall failed: \(uninstall.stderr)")
        #expect(try files(under: usr) == [], "left after make uninstall")
    }

    /// The commands, from the binary's own description of itself (so a new one needs a page).
    func subcommandNames() throws -> [String] {
        let dump = try discpath(["--experimental-dump-help"])
        let tool = try jsonObject(dump.stdout)
        let command = try #require(tool["command"] as? [String: Any])
        // Nested commands too: `export questionnaire` has a page of its own, discpath.export.questionnaire.1.
        func names(_ command: [String: Any], prefix: String) -> [String] {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            return subcommands.flatMap { sub -> [String] in
                guard let name = sub["commandName"] as? String, name != "help" else { return [] }
                let full = prefix.isEmpty ? name : "\(prefix).\(name)"
                return [full] + names(sub, prefix: full)
            }
        }
        return names(command, prefix: "")
    }

    /// Every regular file under `folder`, relative to it, sorted.
    func files(under folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            found.append(String(url.path.dropFirst(folder.path.count + 1)))
        }
        return found.sorted()
    }

    /// `man -l page` as plain ASCII text, 80 columns wide, with roff's warnings on.
    func man(_ page: URL) throws -> Run {
        try run("/usr/bin/env", ["man", "-l", page.path], environment: ["LANG": "C", "LC_ALL": "C", "MANWIDTH": "80",
                                                                        "MANPAGER": "cat", "PAGER": "cat", "MANROFFOPT": "-ww"])
    }
}

/// The exit codes of README's table are each on a line of their own under "Exit codes:" in
/// `text`; the signal row ("130, 143, ...") as "128+n".
func expectExitCodes(in text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex(of: "## Exit codes"), "README has no exit codes section")
    let codes = lines[(header + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.dropFirst(2)
        .compactMap { $0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) }
    #expect(codes.count >= 7, "README's exit codes: \(codes)", sourceLocation: sourceLocation)
    let shown = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let start = try #require(shown.firstIndex(of: "Exit codes:"), "no 'Exit codes:' in \(text)", sourceLocation: sourceLocation)
    let listed = shown[(start + 1)...].prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first.map(String.init) }
    for code in codes {
        let expected = code.hasPrefix("130") ? "128+n" : code
        #expect(listed.contains(expected), "exit code \(code) is not listed: \(listed)", sourceLocation: sourceLocation)
    }
}

/// Runs `executable` with `arguments` and no input, outside any make that runs the tests.
private func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    try runProgram(URL(fileURLWithPath: executable), arguments, environment: environment,
                   unset: ["MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES"])
}
