import ArgumentParser
import PathwayCore
import TextLayout

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Decide the referral tier for answers given as JSON, with the reasoning and references.",
        discussion: """
            The input is one JSON object of answers, or an array of them (the output is then an \
            array, in the same order; with --format fhir, one FHIR R5 Bundle per line). The keys:
              redFlags, severeRadicularPain, weeksOfConservativeCare,
              therapiesTried, mri, correlation, willingToConsiderSurgery

            Every key the path reaches is required; every key given is checked. Example:

              echo '{"redFlags": [], "severeRadicularPain": "no",
                     "weeksOfConservativeCare": 3}' | discpath evaluate
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Read answers from this JSON file; - for standard input (the default).", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var answers: String = "-"

    @Option(name: .long, help: "Output format: text, json, or fhir (one FHIR R5 Bundle per answer set, one per line).")
    var format: ReportFormat = .text

    @Option(name: .long, help: "Wording of the report: clinician, patient or trainee.")
    var audience: Audience = .clinician

    func run() throws {
        let pathway = try global.loadPathway()
        let json = try InputFile.read(answers, .answers)
        switch Evaluation.report(json: json, pathway: pathway, audience: audience, format: format) {
        case .success(let report):
            switch format {
            case .json, .fhir: print(report, terminator: "")  // the encoder escapes every control character
            case .text: print(Self.terminalSafe(report), terminator: "")
            }
        case .failure(let error): throw CLIError.data(error.description)
        }
    }

    /// The text report with nothing in any line a terminal would act on; the line breaks stay.
    static func terminalSafe(_ report: String) -> String {
        report.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n")
    }
}
