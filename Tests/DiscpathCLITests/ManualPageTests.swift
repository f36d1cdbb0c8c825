import BuiltInContent
import CommandDocs
import Foundation
import IntakeUI
import PathwayCore
import Testing

/// The program's description of itself, as `make docs` reads it.
func dumpedHelp() throws -> ToolInfo {
    let dump = try discpath(["--experimental-dump-help"])
    try #require(dump.status == 0, "\(dump)")
    return try ToolInfo.decode(Array(dump.stdout.utf8))
}

/// The template as discpath-docs fills it.
func discpathTemplate() throws -> ManualTemplate {
    let meta = try Pathway.builtIn().meta
    return ManualTemplate.discpath(keys: KeyReference.text(), version: ProgramVersion.string,
                                   content: .init(title: meta.title, lastUpdated: meta.lastUpdated,
                                                  reviewStatus: meta.reviewStatus, disclaimer: meta.disclaimer))
}

@Suite("Manual pages made from the commands' help")
struct ManualPageTests {
    func pages() throws -> [String: String] {
        let pages = try ManualPages(tool: try dumpedHelp(), template: try discpathTemplate(), date: "2026-11-25").pages()
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.fileName, $0.text) })
    }

    @Test("every command has a page named as git names its pages, listing every option it takes")
    func everyCommandAndOption() throws {
        let tool = try dumpedHelp().command
        let pages = try pages()
        let commands = tool.allCommands
        #expect(Set(pages.keys) == Set(commands.map { "\($0.pageName).1" }), "\(pages.keys.sorted())")
        #expect(pages.keys.contains("discpath-export-questionnaire.1"))
        for command in commands {
            let page = try #require(pages["\(command.pageName).1"])
            // What discpath(1) lists is the default command's options and the program's own.
            let options = command.path == tool.path
                ? (tool.defaultCommand?.shownOptions ?? []) + command.shownOptions
                : command.allCommands.flatMap(\.shownOptions)
            for option in options {
                for name in option.spelledNames {
                    #expect(page.contains("Fl \(name.dropFirst())"), "\(command.pageName).1 does not name \(name)")
                }
            }
            #expect(page.contains(".Nm \(command.pageName)\n.Nd "), "\(command.pageName).1 has no NAME line whatis reads")
            #expect(page.hasSuffix("\n") && !page.hasSuffix("\n\n"), "\(command.pageName).1 does not end in one newline")
        }
        let main = try #require(pages["discpath.1"])
        for command in commands.dropFirst() where command.shownSubcommands.isEmpty {
            #expect(main.contains(".Xr \(command.pageName) 1"), "discpath(1) does not point to \(command.pageName)(1)")
        }
    }

    @Test("a command's plain words are in its synopsis, required ones unbracketed, and described with its options")
    func positionals() throws {
        var template = try discpathTemplate()
        template.keys = nil
        let tool = try ToolInfo.decode(Array(PositionalCompletionTests.dump.utf8))
        let page = try #require(try ManualPages(tool: tool, template: template, date: "2026-11-25").pages().first { $0.fileName == "fixture-cmp.1" })
        #expect(page.text.contains(".Cm cmp\n.Op Fl -format Ar format\n.Ar old\n.Ar new\n"), "\(page.text)")
        #expect(page.text.contains(".It Ar old\nBefore.\n"), "\(page.text)")
    }

    @Test("discpath(1) has the sections a manual page of its kind has, in mdoc's order")
    func sections() throws {
        let main = try #require(try pages()["discpath.1"])
        let headings = main.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }.map { String($0.dropFirst(4)) }
        #expect(headings == ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "ENVIRONMENT", "FILES",
                             "EXIT STATUS", "EXAMPLES", "SEE ALSO", "CAVEATS"])
        let intake = try #require(try pages()["discpath-intake.1"])
        #expect(intake.contains(".Sh KEYS"))
        #expect(intake.contains(".Sh ENVIRONMENT") && intake.contains("DISCPATH_KIOSK_PIN"))
        let lint = try #require(try pages()["discpath-lint.1"])
        #expect(!lint.contains(".Sh KEYS") && !lint.contains("DISCPATH_KIOSK_PIN"), "the kiosk's PIN is no business of lint's page")
        #expect(lint.contains(".Sh EXIT STATUS") && lint.contains("\\&65"))
    }

    @Test("the key table and the exit codes leave the description for KEYS and EXIT STATUS")
    func movedTables() throws {
        let main = try #require(try pages()["discpath.1"])
        let description = main.components(separatedBy: ".Sh OPTIONS")[0]
        #expect(!description.contains("Exit codes:"))
        #expect(!description.contains("On a list, a checklist or the review:"))
        let keys = main.components(separatedBy: ".Sh KEYS")[1].components(separatedBy: ".Sh ")[0]
        #expect(keys.contains("On a list, a checklist or the review:"))
        #expect(keys.contains(".It \"\\&q, Esc\""))
    }

    @Test("a help text that no longer holds the key table stops the pages being made")
    func templateMismatch() throws {
        var template = try discpathTemplate()
        template.keys = (command: "intake", text: "On a list:\n  z  zap")
        #expect(throws: ManualPages.TemplateMismatch.self) {
            _ = try ManualPages(tool: try dumpedHelp(), template: template, date: "2026-11-25").pages()
        }
        template = try discpathTemplate()
        template.exitCodesHeading = "Statuses:"
        #expect(throws: ManualPages.TemplateMismatch.self) {
            _ = try ManualPages(tool: try dumpedHelp(), template: template, date: "2026-11-25").pages()
        }
    }

    @Test("ENVIRONMENT names every variable the program's sources read")
    func environment() throws {
        let documented = try discpathTemplate().environment.flatMap { $0.name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let read = try environmentVariablesRead()
        #expect(read.isSuperset(of: ["TERM", "NO_COLOR", "DISCPATH_KIOSK_PIN", "DISCPATH_KIOSK_PIN_FILE", "HOME", "ESCDELAY"]), "\(read.sorted())")
        #expect(read.subtracting(documented).isEmpty, "read but not in ENVIRONMENT: \(read.subtracting(documented).sorted())")
    }

    /// The names in capitals that Sources passes to getenv, looks up in an environment, or keeps
    /// as the name of a variable.
    func environmentVariablesRead() throws -> Set<String> {
        let sources = packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var names: Set<String> = []
        for case let url as URL in walker where ["swift", "c"].contains(url.pathExtension) {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            where line.contains("getenv(") || line.contains("Environment.value(") || line.contains("environment[") || line.contains("for name in [") || line.contains("ariable = \"") {
                for match in line.matches(of: /"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)"/) where match.1.count >= 2 {
                    names.insert(String(match.1))
                }
            }
        }
        return names
    }
}

@Suite("Help text read as blocks")
struct HelpBlockTests {
    @Test("a heading and rows two spaces apart are a table; a meaning that wraps goes on under itself")
    func table() {
        let blocks = HelpBlock.blocks("Intro sentence.\n\nIn the box:\n  y, Y    quit\n  n, Esc  stay, and keep\n          the answers")
        #expect(blocks == [
            .prose("Intro sentence."),
            .table(heading: "In the box:", rows: [.init(term: "y, Y", meaning: "quit"), .init(term: "n, Esc", meaning: "stay, and keep the answers")]),
        ])
    }

    @Test("indented lines with no second column are kept as they are, after their prose")
    func literal() {
        let blocks = HelpBlock.blocks("Prose on two lines\nthat says what follows:\n  echo '{\"a\": 1}' | discpath evaluate\n    --format json")
        #expect(blocks == [
            .prose("Prose on two lines that says what follows:"),
            .literal(heading: nil, lines: ["echo '{\"a\": 1}' | discpath evaluate", "  --format json"]),
        ])
        #expect(HelpBlock.blocks("The keys:\n  redFlags, mri") == [.literal(heading: "The keys:", lines: ["redFlags, mri"])])
    }
}

@Suite("Text set for mdoc")
struct MdocTextTests {
    func page(_ text: String) throws -> String {
        var template = try discpathTemplate()
        template.keys = nil
        let info = try ToolInfo.decode(Array(ToolInfoFixture.json(discussion: text).utf8))
        return try #require(try ManualPages(tool: info, template: template, date: "2026-11-25").pages().first).text
    }

    @Test("a sentence a line; a line that would start with a control character, and a backslash, escaped")
    func escaping() throws {
        let text = try page("First sentence. Second one ends \\ here.\n\n.dot starts this\n\nExit codes:\n  0  done")
        #expect(text.contains("\nFirst sentence.\nSecond one ends \\e here.\n"))
        #expect(text.contains("\n\\&.dot starts this\n"))
    }

    @Test("options, paths and the program's name are never hyphenated or broken at a hyphen")
    func unbreakable() throws {
        let text = try page("Use --urgent-hold with /etc/discpath/kiosk-pin and discpath itself.\n\nExit codes:\n  0  done")
        #expect(text.contains("Use \\%--urgent-hold with \\%/etc/discpath/kiosk-pin and \\%discpath itself."))
    }
}

/// The smallest help dump: a program with the given discussion and an exit-code table.
enum ToolInfoFixture {
    static func json(discussion: String) -> String {
        let escaped = String(data: try! JSONEncoder().encode(discussion), encoding: .utf8)!
        return """
            {"serializationVersion": 0, "command": {"commandName": "discpath", "abstract": "A program.",
             "discussion": \(escaped), "arguments": [{"kind": "flag", "shouldDisplay": true, "isOptional": true,
             "isRepeating": false, "parsingStrategy": "default", "names": [{"kind": "long", "name": "version"}],
             "abstract": "Show the version."}]}}
            """
    }
}
