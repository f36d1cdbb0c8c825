import Foundation
import IntakeUI
import PathwayCore
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

    @Test("'discpath help evaluate' gives every answer key with the values it takes, from the answers' model")
    func evaluateKeys() throws {
        let help = folded(try discpath(["help", "evaluate"]).stdout)
        for key in QuestionKey.allCases {
            #expect(help.contains(" \(key.rawValue) "), "help evaluate lacks \(key.rawValue)")
            for value in key.allowedValues {
                #expect(help.contains(value), "help evaluate lacks \(key.rawValue)'s value \(value)")
            }
        }
        #expect(help.contains("at most 64 MiB"))
    }

    @Test("'discpath --help' lists README's exit codes")
    func exitCodes() throws {
        let run = try discpath(["--help"])
        #expect(run.status == 0)
        try expectExitCodes(in: run.stdout)
    }
}

/// `make install` and `make uninstall` of the debug build, into temporary folders (DESTDIR):
/// what goes where, the manual pages as man, mandoc, whatis and apropos read them, and the
/// Makefile's promises about what the build needs.
@Suite("make install: the manual pages, completions and the kiosk's unit")
struct InstallTests {
    @Test("installs the stripped binary, a page per command, the completions where Debian's shells look and the kiosk's unit; uninstall removes them all")
    func installAndUninstall() throws {
        let stage = try StagedInstall.make(prefix: "/usr")
        defer { stage.remove() }
        let commands = try dumpedHelp().command.allCommands.dropFirst().map(\.pageName)
        #expect(Set(commands).isSuperset(of: ["discpath-intake", "discpath-evaluate", "discpath-lint", "discpath-export-questionnaire"]), "\(commands)")
        let expected = ["bin/discpath", "share/man/man1/discpath.1",
                        "share/bash-completion/completions/discpath",
                        "share/zsh/vendor-completions/_discpath",
                        "share/fish/vendor_completions.d/discpath.fish",
                        "lib/systemd/system/discpath-kiosk.service",
                        "lib/sysusers.d/discpath-kiosk.conf",
                        "share/doc/discpath/NOTICE"]
            + commands.map { "share/man/man1/\($0).1" }
        #expect(Set(try regularFiles(under: stage.installed)) == Set(expected))

        // Stripped: no symbol table, no debugging information; and it runs.
        let binary = stage.installed.appendingPathComponent("bin/discpath").path
        let sections = try runTool("/usr/bin/env", ["readelf", "-S", "-W", binary])
        #expect(sections.status == 0 && sections.stdout.contains(".text"), "\(sections)")
        #expect(!sections.stdout.contains(".symtab") && !sections.stdout.contains(".debug_info"), "the installed binary is not stripped")
        #expect(try runTool(binary, ["--version"]).stdout.hasPrefix("discpath "))

        // The kiosk's unit: the installed program, no core dumps, never a PIN.
        let unit = try String(contentsOf: stage.installed.appendingPathComponent("lib/systemd/system/discpath-kiosk.service"), encoding: .utf8)
        #expect(unit.contains("\nExecStart=/usr/bin/discpath --kiosk\n"))
        #expect(unit.contains("\nLimitCORE=0\n"))
        #expect(!unit.contains("DISCPATH_KIOSK_PIN="), "a PIN in the unit")

        let uninstall = try stage.uninstall()
        #expect(uninstall.status == 0, "make uninstall failed: \(uninstall.stderr)")
        #expect(try regularFiles(under: stage.root) == [], "left after make uninstall")
    }

    @Test("systemd reads the kiosk's unit without a complaint, and sysusers.d makes its user with no shell")
    func kioskUnit() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let installed = stage.installed.appendingPathComponent("lib/systemd/system/discpath-kiosk.service")
        // systemd-analyze looks for ExecStart's program on this machine: point it at the staged one.
        let unit = try String(contentsOf: installed, encoding: .utf8)
            .replacingOccurrences(of: "ExecStart=/usr/bin/discpath", with: "ExecStart=\(stage.installed.path)/bin/discpath")
        let copy = stage.root.appendingPathComponent("discpath-kiosk.service")
        try unit.write(to: copy, atomically: true, encoding: .utf8)
        let verify = try runTool("/usr/bin/env", ["systemd-analyze", "verify", "--man=no", copy.path])
        #expect(verify.status == 0 && verify.stderr.isEmpty && verify.stdout.isEmpty, "systemd-analyze verify: \(verify)")

        let system = stage.root.appendingPathComponent("system")
        try FileManager.default.createDirectory(at: system.appendingPathComponent("etc"), withIntermediateDirectories: true)
        let conf = stage.installed.appendingPathComponent("lib/sysusers.d/discpath-kiosk.conf").path
        let users = try runTool("/usr/bin/env", ["systemd-sysusers", "--root=\(system.path)", conf])
        #expect(users.status == 0, "\(users)")
        let passwd = try String(contentsOf: system.appendingPathComponent("etc/passwd"), encoding: .utf8)
        #expect(passwd.split(separator: "\n").contains { $0.hasPrefix("kiosk:") && $0.hasSuffix(":/usr/sbin/nologin") }, "\(passwd)")
    }

    @Test("under /usr/local, zsh's completion goes to site-functions, which Debian's zsh reads there")
    func localZsh() throws {
        let dryRun = try runMake(["-n", "install", "PREFIX=/usr/local", "DESTDIR=/nowhere"] + debugMakeVariables)
        #expect(dryRun.status == 0, "\(dryRun)")
        #expect(dryRun.stdout.contains("/nowhere/usr/local/share/zsh/site-functions/_discpath"), "\(dryRun.stdout)")
    }

    @Test("man renders every page without a warning at 80 and 60 columns, and mandoc's lint finds none")
    func rendering() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let man1 = stage.installed.appendingPathComponent("share/man/man1")
        let pages = try FileManager.default.contentsOfDirectory(atPath: man1.path).sorted()
        #expect(pages.count >= 7, "\(pages)")
        for page in pages {
            for width in [80, 60] {
                let rendered = try man(man1.appendingPathComponent(page), width: width)
                #expect(rendered.status == 0 && rendered.stderr.isEmpty, "man -l \(page) at \(width) columns: \(rendered.stderr)")
                // The header, cut short by man when the title is long.
                #expect(rendered.stdout.hasPrefix(String(page.dropLast(2).uppercased().prefix(12))), "\(page) rendered as: \(rendered.stdout.prefix(300))")
            }
        }
        let lint = try runTool("/usr/bin/env", ["mandoc", "-Tlint", "-W", "warning"] + pages.map { man1.appendingPathComponent($0).path })
        #expect(lint.stdout.isEmpty && lint.stderr.isEmpty, "mandoc -Tlint: \(lint.stdout)\(lint.stderr)")
        let whatis = try runTool("/usr/bin/env", ["lexgrog"] + pages.map { man1.appendingPathComponent($0).path })
        #expect(whatis.status == 0 && !whatis.stdout.contains("parse failed"), "\(whatis)")
    }

    @Test("discpath(1) reads as a whole: synopsis with the default command's options, keys, options with defaults, the real exit codes, environment, files, examples, see also")
    func mainPage() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let man1 = stage.installed.appendingPathComponent("share/man/man1")
        let main = try man(man1.appendingPathComponent("discpath.1")).stdout
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                        "EXAMPLES", "SEE ALSO", "CAVEATS"] {
            #expect(main.contains("\n\(heading)\n"), "discpath(1) has no \(heading)")
        }
        #expect(folded(main).contains("discpath [intake] [--pathway file] [--audience audience]"), "the synopsis lacks the default command")
        try expectExitCodes(in: main, heading: "EXIT STATUS")
        let pageLines = Set(main.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for row in KeyReference.text().split(separator: "\n") where row.hasPrefix("  ") && !row.hasPrefix("   ") {
            // The key, at the start of a line of the page's two columns.
            let key = row.dropFirst(2).components(separatedBy: "  ")[0]
            #expect(pageLines.contains { $0.hasPrefix(key + " ") }, "discpath(1) lacks the key \"\(key)\"")
        }
        let environment = main.components(separatedBy: "\nENVIRONMENT\n")[1].components(separatedBy: "\nFILES\n")[0]
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for variable in ["DISCPATH_KIOSK_PIN", "DISCPATH_KIOSK_PIN_FILE", "NO_COLOR", "TERM", "LANG, LC_ALL, LC_CTYPE", "ESCDELAY", "HOME", "TZ"] {
            #expect(environment.contains { $0 == variable || $0.hasPrefix(variable + "  ") }, "ENVIRONMENT lacks \(variable)")
        }
        #expect(pageLines.contains("/etc/discpath/kiosk-pin"))
        #expect(folded(main).contains("discpath-evaluate(1)"))
        let evaluate = try man(man1.appendingPathComponent("discpath-evaluate.1")).stdout
        #expect(evaluate.contains("discpath evaluate [--pathway file]"), "\(evaluate)")
        #expect(folded(evaluate).contains("Default: 'text'"), "no default for --format: \(evaluate)")
        try expectExitCodes(in: evaluate, heading: "EXIT STATUS")
    }

    @Test("after mandb, whatis and man -k find every page, and 'man discpath evaluate' opens discpath-evaluate(1)")
    func whatis() throws {
        let stage = try StagedInstall.make()
        defer { stage.remove() }
        let manPath = stage.installed.appendingPathComponent("share/man").path
        try expectManFinds(manPath: manPath)
    }

    @Test("the pages are dated from SOURCE_DATE_EPOCH when it is set, from the last commit in a clone, and today without either")
    func pageDate() throws {
        let dated = try runMake(["-n", "docs", "CONFIGURATION=debug", "SWIFT=false", "-W", ".build/debug/discpath", "SOURCE_DATE_EPOCH=1700000000"])
        #expect(dated.stdout.contains(" 2023-11-14 "), "\(dated.stdout)")
        // Outside a clone (a source tarball), with SOURCE_DATE_EPOCH: the same day.
        let tarball = try folderWithFiles([])
        defer { try? FileManager.default.removeItem(at: tarball) }
        let makefile = packageRoot.appendingPathComponent("Makefile").path
        let printDate = ["--eval", "print-date: ; @echo $(MAN_DATE)", "print-date"]
        let fromEpoch = try runTool("/usr/bin/env", ["make", "-s", "-C", tarball.path, "-f", makefile, "SOURCE_DATE_EPOCH=1700000000"] + printDate)
        #expect(fromEpoch.stdout == "2023-11-14\n", "\(fromEpoch)")
        let fromGit = try runMake(["-s"] + printDate)
        let commitDate = try runTool("/usr/bin/env", ["git", "-C", packageRoot.path, "log", "-1", "--format=%cs"])
        if commitDate.status == 0 {
            #expect(fromGit.stdout == commitDate.stdout, "\(fromGit)")
        }
    }

    @Test("make build and make install need only the build's packages, and never run apt-get under fakeroot")
    func buildNeeds() throws {
        let dryRun = try runMake(["-n", "install", "CONFIGURATION=release", "SWIFT=false"])
        #expect(dryRun.stdout.contains("command -v pkg-config"), "\(dryRun)")
        for testTool in ["tmux", "ensurepip", "lintian", "strace", "zsh", "fish", "mandoc"] {
            #expect(!dryRun.stdout.contains("command -v \(testTool)") && !dryRun.stdout.contains("import \(testTool)"),
                    "make install checks for \(testTool), a test tool")
        }
        // With pkg-config missing, as root under fakeroot: says what to install, installs nothing.
        let bin = try folderWithFiles([])
        defer { try? FileManager.default.removeItem(at: bin) }
        let marker = bin.appendingPathComponent("apt-get-ran")
        try "#!/bin/sh\ntouch '\(marker.path)'\n".write(to: bin.appendingPathComponent("apt-get"), atomically: true, encoding: .utf8)
        for tool in ["sh", "id", "make", "touch"] {
            let found = try runTool("/bin/sh", ["-c", "command -v \(tool)"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent(tool).path, withDestinationPath: found)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("apt-get").path)
        let underFakeroot = try runTool(bin.appendingPathComponent("make").path, ["-C", packageRoot.path, "deps"],
                                        environment: ["PATH": bin.path, "FAKEROOTKEY": "1"])
        #expect(underFakeroot.status != 0, "\(underFakeroot)")
        #expect(underFakeroot.stderr.contains("sudo apt-get install pkg-config"), "\(underFakeroot)")
        #expect(!FileManager.default.fileExists(atPath: marker.path), "apt-get ran under fakeroot")
    }

    /// `man -l page` as plain ASCII text, `width` columns wide, with roff's warnings on.
    func man(_ page: URL, width: Int = 80) throws -> Run {
        try runTool("/usr/bin/env", ["man", "-l", page.path], environment: ["LANG": "C", "LC_ALL": "C", "MANWIDTH": "\(width)",
                                                                          "MANPAGER": "cat", "PAGER": "cat", "MANROFFOPT": "-ww"])
    }
}

/// After mandb indexes `manPath`, whatis and man -k find every page the program's commands have,
/// each with its description, and `man discpath evaluate` opens discpath-evaluate(1).
func expectManFinds(manPath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let environment = ["MANPATH": manPath, "LANG": "C", "LC_ALL": "C", "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"]
    let index = try runTool("/usr/bin/env", ["mandb", "-q", "-u", manPath], environment: environment)
    #expect(index.status == 0, "mandb: \(index)", sourceLocation: sourceLocation)
    let apropos = try runTool("/usr/bin/env", ["man", "-k", "discpath"], environment: environment)
    let tool = try dumpedHelp().command
    for command in tool.allCommands {
        #expect(apropos.stdout.contains("\(command.pageName) (1)"), "man -k discpath lacks \(command.pageName): \(apropos)", sourceLocation: sourceLocation)
    }
    let whatis = try runTool("/usr/bin/env", ["whatis", "discpath-evaluate"], environment: environment)
    #expect(whatis.stdout.contains("discpath-evaluate (1) - decide the referral tier"), "\(whatis)", sourceLocation: sourceLocation)
    let subpage = try runTool("/usr/bin/env", ["man", "discpath", "evaluate"], environment: environment)
    #expect(subpage.status == 0 && subpage.stdout.hasPrefix("DISCPATH-EVALUATE(1)"), "man discpath evaluate: \(subpage.stdout.prefix(200))\(subpage.stderr)",
            sourceLocation: sourceLocation)
}

/// The exit codes of README's table are each on a line of their own under `heading` in
/// `text`; the signal row ("130, 143, ...") as "128+n".
func expectExitCodes(in text: String, heading: String = "Exit codes:", sourceLocation: SourceLocation = #_sourceLocation) throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex(of: "## Exit codes"), "README has no exit codes section")
    let codes = lines[(header + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.dropFirst(2)
        .compactMap { $0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) }
    #expect(codes.count >= 7, "README's exit codes: \(codes)", sourceLocation: sourceLocation)
    let shown = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let start = try #require(shown.firstIndex(of: heading), "no '\(heading)' in \(text)", sourceLocation: sourceLocation)
    // In a manual page, a sentence comes first, then the table.
    let rows = shown[(start + 1)...].drop { $0.isEmpty || !$0.first!.isNumber }
    let listed = rows.prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first.map(String.init) }
    for code in codes {
        let expected = code.hasPrefix("130") ? "128+n" : code
        #expect(listed.contains(expected), "exit code \(code) is not listed: \(listed)", sourceLocation: sourceLocation)
    }
}
