import ArgumentParser
import PathwayCore

/// `discpath export questionnaire`: the intake as a FHIR R5 Questionnaire.
struct ExportQuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Print the intake as a FHIR R5 Questionnaire (JSON).",
        discussion: """
            One item per question, with the answer keys of 'discpath evaluate' as linkIds and its \
            answer values as codes, enabled exactly when the intake asks the question, with the help \
            as display items. Canonical URL: \(FHIRCanonical.questionnaire); version: the content \
            version. 'discpath evaluate --format fhir' gives responses to it.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // JSONEncoder escapes every control character, so the output is safe on a terminal.
        var output = StandardOutput()
        output.write(try global.loadPathway().fhirQuestionnaireJSON())
        try output.finish()
    }
}
