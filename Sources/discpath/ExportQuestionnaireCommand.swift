import ArgumentParser
import PathwayCore

/// `discpath export questionnaire`: the intake as a FHIR Questionnaire, R5 or R4.
struct ExportQuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Print the intake as a FHIR Questionnaire (JSON), R5 or R4.",
        discussion: """
            One item per question, with the answer keys of 'discpath evaluate' as linkIds and its \
            answer values as codes, enabled exactly when the intake asks the question (a "None of \
            these" ticked with anything else enables nothing after it), checklists as check boxes and \
            single choices as radio buttons, the weeks a number of weeks, and the help as one help \
            item per question. Canonical URL: \(FHIRCanonical.questionnaire); version: the content \
            version. 'discpath evaluate --format fhir' gives responses to it.
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var release: FHIRVersionOption

    func run() throws {
        // JSONEncoder escapes every control character, so the output is safe on a terminal.
        var output = StandardOutput()
        output.write(try global.loadPathway().fhirQuestionnaireJSON(release.version ?? .r5))
        try output.finish()
    }
}
