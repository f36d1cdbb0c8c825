import ArgumentParser
import BuiltInContent
import PathwayCore
import SystemIO
import TextLayout

@main
struct Discpath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discpath",
        abstract: "The referral pathway for a lumbar disc bulge after failed conservative care.",
        discussion: """
            Walks through the pathway question by question and ends on its referral tier, with the \
            reasoning and references. This tool is meant for healthcare professionals; its content is \
            pending human review and for educational purposes only.

            With no command, the intake runs: see 'discpath help intake' for its keys and options \
            (--audience, --ascii, --idle-timeout, --kiosk, --answers, --note).

            Exit codes:
              0      done: a tier was reached, a rehearsal reached its score, or
                     the command succeeded
              1      the user quit the intake or the rehearsal before the end
                     (in line mode, also: the input ended first); diff found a
                     clinical change
              64     bad usage: unknown option or command, bad option value
              65     bad data: malformed JSON, unknown key or value, wrong type,
                     weeks not a whole number from 0 to 520, a missing answer the
                     path needs, invalid pathway content, an input file over its
                     size cap
              66     an input file that cannot be read
              69     the screens cannot run: TERM names a type this system does
                     not know or one curses cannot start on, or the kiosk has no
                     terminal or TERM is dumb or unset (without the kiosk, no
                     terminal or such a TERM runs the intake in line mode)
              73     --note FILE cannot be made: something of that name is there
                     already (never replaced), it is a folder, or its folder
                     cannot be written; or the --save-dir folder is missing or
                     cannot be written
              74     a write that failed: standard output closed or full, or a
                     --note FILE note that could not be written at the end
              78     the kiosk (--kiosk) has no attendant PIN, a PIN that is not
                     usable, or a PIN file others can use or that belongs to
                     another user
              128+n  ended by signal n (130 Ctrl-C, 143 SIGTERM, 129 the
                     terminal gone), after the terminal was restored and a
                     --note FILE note of a result on screen was written
            """,
        version: versionText,
        subcommands: [IntakeCommand.self, EvaluateCommand.self, LintCommand.self, DiffCommand.self, RehearseCommand.self,
                      ExportCommand.self],
        defaultSubcommand: IntakeCommand.self)

    /// The built-in content's (checked when the program was built, so always valid).
    static var versionText: String { versionText(meta: Pathway.builtInMeta) }

    /// The program's version and the content's; nil content is content that is invalid.
    static func versionText(content: Pathway?) -> String { versionText(meta: content?.meta) }

    static func versionText(meta: PathwayDocument.Meta?) -> String {
        let described = meta.map { "content \($0.contentVersion), last updated \($0.lastUpdated)" } ?? "built-in content invalid"
        return "discpath \(ProgramVersion.string) (\(described))"
    }

    /// `--version` with `--pathway FILE` describes that file's content (ArgumentParser answers
    /// `--version` before any option is read, so the file is looked up here).
    static func versionText(arguments: [String]) throws(CLIError) -> String {
        var global = GlobalOptions()
        global.pathway = pathwayArgument(in: arguments)
        guard global.pathway != nil else { return versionText }
        return versionText(content: try global.loadPathway())
    }

    /// The value of `--pathway FILE` or `--pathway=FILE`, the last one given, before any `--`.
    static func pathwayArgument(in arguments: [String]) -> String? {
        lastValue(of: "--pathway", in: arguments)
    }

    /// The value of `option VALUE` or `option=VALUE`, the last one given, before any `--`.
    static func lastValue(of option: String, in arguments: [String]) -> String? {
        var found: String?
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == option, let value = rest.popFirst() { found = value }
            if argument.hasPrefix(option + "=") { found = String(argument.dropFirst(option.count + 1)) }
        }
        return found
    }

    /// Ends the process; stdio buffers are flushed first.
    static func terminate(_ status: Int32) -> Never { exitProcess(status) }

    /// The help page for the command the bad usage was meant for.
    static func helpCommand(for error: any Error) -> String {
        // ArgumentParser's full message ends "See 'discpath evaluate --help' for more information."
        let full = fullMessage(for: error)
        if let start = full.firstRange(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") {
            return String(full[start.upperBound..<end])
        }
        return "discpath --help"
    }

    /// A word where a command goes that names no command: `discpath frobnicate`. ArgumentParser
    /// hands it to the default command, intake, which takes no words, so it reports an
    /// unexpected argument; but what the user got wrong is the command.
    static func unknownCommand(_ arguments: [String], _ error: any Error) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"),
              !configuration.subcommands.contains(where: { $0.configuration.commandName == first }), first != "help",
              message(for: error).hasPrefix("Unexpected argument") else { return nil }
        return first
    }

    /// Writes what swift-argument-parser's help or version asked for to standard output, and
    /// exits 0 (74 when it cannot be written).
    static func printAndExit(_ text: String) -> Never {
        var output = StandardOutput()
        output.write(text.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n") + "\n")
        do { try output.finish() } catch let error {
            printError("discpath: error: \(error.message)")
            Self.terminate(error.status)
        }
        Self.terminate(0)
    }

    /// Runs the chosen mode; every failure ends in one line on stderr and a sysexits status.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `--version` alone, the built-in content's, without building the parser's command tree
        // (which would cost twenty times the answer); with other arguments, the parser decides.
        if arguments == ["--version"] { printAndExit(versionText) }
        // `discpath help nope` would print the general help and succeed: name the mistake instead.
        // (`discpath help help` is the general help, as the list of commands names help too.)
        if arguments.first == "help", arguments.count > 1, let asked = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }),
           asked != "help", !configuration.subcommands.contains(where: { $0._commandName == asked }) {
            printError("discpath: error: no help for '\(TerminalSafe.excerpt(asked))': there is no such command (see 'discpath --help')")
            Self.terminate(ExitStatus.usage)
        }
        do {
            // The intake's and the rehearsal's own options skip swift-argument-parser's command
            // tree (most of the start); anything else is parsed by it.
            if let run = IntakeArgumentReader.read(arguments) {
                try run.execute()
            } else if let run = RehearseArgumentReader.read(arguments) {
                try run.execute()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch let code as ExitCode {
            Self.terminate(code.rawValue)
        } catch let error as CLIError {
            printError("discpath: error: \(error.message)")
            Self.terminate(error.status)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                var text = fullMessage(for: error)
                if text == versionText {
                    do { text = try versionText(arguments: arguments) } catch let error {
                        printError("discpath: error: \(error.message)")
                        Self.terminate(error.status)
                    }
                }
                printAndExit(text)
            }
            if let word = unknownCommand(arguments, error) {
                let names = configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
                printError("discpath: error: unknown command '\(TerminalSafe.excerpt(word))'; the commands are \(names) and help (see 'discpath --help')")
                Self.terminate(status.rawValue)
            }
            let message = self.message(for: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            printError("discpath: error: \(message) (see '\(helpCommand(for: error))')")
            Self.terminate(status.rawValue)
        }
    }
}
