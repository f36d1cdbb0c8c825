import ArgumentParser
import PathwayCore

/// `discpath export`: the pathway in an exchange format: the FHIR Questionnaire, and the code
/// systems its answers and the results use.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the pathway in an exchange format.",
        subcommands: [ExportQuestionnaireCommand.self, ExportCodeSystemsCommand.self])

    /// Without a format there is nothing to print: a usage error, not the help and success,
    /// that names this command's help.
    func run() throws {
        throw CLIError(status: ExitStatus.usage, message: "say what to export: questionnaire or codesystems (see 'discpath export --help')")
    }
}
