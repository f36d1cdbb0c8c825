import ArgumentParser
import PathwayCore
import TextLayout
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            (--audience, --ascii, --idle-timeout).
            """,
        version: versionText,
        subcommands: [IntakeCommand.self, EvaluateCommand.self, LintCommand.self],
        defaultSubcommand: IntakeCommand.self)

    static var versionText: String {
        let content = (try? Pathway.builtIn().get()).map {
            "content \($0.meta.contentVersion), last updated \($0.meta.lastUpdated)"
        } ?? "built-in content invalid"
        return "discpath \(ProgramVersion.string) (\(content))"
    }

    /// Ends the process; stdio buffers are flushed first.
    static func terminate(_ status: Int32) -> Never {
        fflush(nil)
        Glibc.exit(status)
    }

    /// The help page for the command the bad usage was meant for.
    static func helpCommand(for error: any Error) -> String {
        // ArgumentParser's full message ends "See 'discpath evaluate --help' for more information."
        let full = fullMessage(for: error)
        if let start = full.firstRange(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") {
            return String(full[start.upperBound..<end])
        }
        return "discpath --help"
    }

    /// Runs the chosen mode; every failure ends in one line on stderr and a sysexits status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Self.terminate(code.rawValue)
        } catch let error as CLIError {
            printError("discpath: error: \(error.message)")
            Self.terminate(error.status)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                let text = fullMessage(for: error)
                print(text.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n"))
                Self.terminate(0)
            }
            let message = self.message(for: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            printError("discpath: error: \(message) (see '\(helpCommand(for: error))')")
            Self.terminate(status.rawValue)
        }
    }
}
