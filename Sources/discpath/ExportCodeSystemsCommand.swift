import ArgumentParser
import PathwayCore

/// `discpath export codesystems`: discpath's own code systems, as FHIR CodeSystem resources.
struct ExportCodeSystemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codesystems",
        abstract: "Print discpath's code systems as a FHIR Bundle of CodeSystem resources (JSON), R5 or R4.",
        discussion: """
            The codes the Questionnaire and the results use: the answers of each choice question, \\
            the tiers, the surgical criteria, the reasons and the actions, each code with the \\
            clinician's wording. Load them into a terminology server so it can check those codes. \\
            Canonical URLs: \\(FHIRCanonical.base)/CodeSystem/<name>; version: the content version.
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var release: FHIRVersionOption

    func run() throws {
        // JSONEncoder escapes every control character, so the output is safe on a terminal.
        var output = StandardOutput()
        output.write(try global.loadPathway().fhirCodeSystemsJSON(release.version ?? .r5))
        try output.finish()
    }
}
