import ArgumentParser
import PathwayCore

/// `discpath export`: the pathway in an exchange format. Only the FHIR Questionnaire for now.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the pathway in an exchange format.",
        subcommands: [ExportQuestionnaireCommand.self])

    /// Without a format there is nothing to print: a usage error, not the help and success,
    /// that names this command's help.
    func run() throws {
        throw CLIError(status: ExitStatus.usage, message: "say what to export: questionnaire (see 'discpath export --help')")
    }
}
