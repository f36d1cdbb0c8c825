import ArgumentParser
import BuiltInContent
import PathwayCore
import TextLayout

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Decide the referral tier for answers given as JSON, with the reasoning and references.",
        discussion: """
            The input is one JSON object of answers, or an array of them (the output is then an \
            array, in the same order; with --format fhir, one FHIR Bundle per line), at most \
            \(InputFile.Kind.answers.limit >> 20) MiB.

            \(answerKeys)

            Every key the path reaches is required; every key given is checked. Example:

              echo '{"redFlags": [], "severeRadicularPain": "no",
                     "weeksOfConservativeCare": 3}' | discpath evaluate

            With --format ndjson the input is one answer object a line and the output one JSON \
            report a line, written as each line is read, for batches of any length (each line at \
            most \(InputFile.Kind.answerLines.limit >> 20) MiB); blank lines are skipped, and a \
            bad line stops the run with its line number, after the reports of the lines before it.

            With --format fhir each Bundle holds a QuestionnaireResponse (the answers), a \
            GuidanceResponse (the result, its Parameters contained, the banner, review status and \
            disclaimers in its notes) and, for every tier but primary care, the referral as a \
            proposed ServiceRequest (priority stat, urgent or routine; in R4 through a RequestGroup). \
            Ids are new random UUIDs for every result unless --stable-ids; the time is now unless \
            --authored. For example: discpath evaluate --answers a.json --format fhir \
            --fhir-version 4.0.1 --subject Patient/123
            """)

    /// The answer keys and the values each takes, from the answers' model, as a table.
    static var answerKeys: String {
        let maximumWeeks = (try? Pathway.builtIn())?.document.thresholds.maximumWeeks ?? PathwayLint.largestMaximumWeeks
        let rows = QuestionKey.allCases.map { key -> (key: String, values: String) in
            switch key.kind {
            case .multiSelect: return (key.rawValue, "an array of any of " + key.allowedValues.joined(separator: ", ") + "; [] for none")
            case .singleSelect: return (key.rawValue, key.allowedValues.joined(separator: ", "))
            case .weeks: return (key.rawValue, "a whole number from 0 to \(maximumWeeks)")
            }
        }
        let keyWidth = rows.map(\.key.count).max() ?? 0
        let indent = String(repeating: " ", count: 2 + keyWidth + 2)
        var lines = ["The keys, in the order the intake asks them, and their values:"]
        for row in rows {
            for (index, line) in TextWrap.lines(row.values, width: 78 - indent.count).enumerated() {
                lines.append(index == 0 ? "  " + TextWrap.pad(row.key, width: keyWidth) + "  " + line : indent + line)
            }
        }
        return lines.joined(separator: "\n")
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Read answers from this JSON file; - for standard input (the default).", valueName: "file"),
            completion: .file(extensions: ["json", "ndjson", "jsonl"]))
    var answers: String = "-"

    @Option(name: .long, help: "Output format: text, json, ndjson (one answer set a line in, one report a line out), or fhir (one FHIR Bundle per answer set, one per line).")
    var format: ReportFormat = .text


    @Option(name: .long, help: "Wording of the report: clinician, patient or trainee.")
    var audience: Audience = .clinician

    @OptionGroup var fhir: FHIROutputOptions

    func validate() throws {
        if fhir.anyGiven && format != .fhir {
            throw ValidationError("--fhir-version, --subject, --authored and --stable-ids only apply with --format fhir")
        }
    }

    func run() throws {
        let pathway = try global.loadPathway()
        var output = StandardOutput()
        // Reports go out as each is made; a text report is made safe for a terminal on the way
        // (a JSON report escapes control characters as JSON does).
        func write(_ report: String) {
            switch format {
            case .json, .ndjson, .fhir: output.write(report)  // the encoders escape every control character
            case .text: output.write(Self.terminalSafe(report))
            }
        }
        switch format {
        case .ndjson:
            do {
                try InputFile.forEachLine(answers, .answerLines, beforeWaiting: { output.flush() }) { line, number throws(CLIError) in
                    // Output that cannot be written ends the run: reading on would lose every report.
                    if output.failed { try output.finish() }
                    do throws(Diagnostic) {
                        if let report = try Evaluation.reportLine(line, number: number, pathway: pathway, audience: audience) { write(report) }
                    } catch {
                        throw CLIError.data(error.description)
                    }
                }
            } catch {
                try output.finish()  // the reports of the lines before the bad one
                throw error
            }
        case .text, .json, .fhir:
            let json = try InputFile.read(answers, .answers)
            do throws(Diagnostic) {
                try Evaluation.write(json: json, pathway: pathway, audience: audience, format: format,
                                         fhir: format == .fhir ? fhir.run() : nil, to: write)
            } catch {
                throw CLIError.data(error.description)
            }
        }
        try output.finish()
    }

    /// The text report with nothing in any line a terminal would act on; the line breaks stay.
    static func terminalSafe(_ report: String) -> String {
        // The common case, checked scalar by scalar without breaking graphemes: nothing to escape.
        if report.unicodeScalars.allSatisfy({ $0 == "\n" || !TerminalSafe.isUnsafe($0) }) { return report }
        return report.split(separator: "\n", omittingEmptySubsequences: false).map(TerminalSafe.escape).joined(separator: "\n")
    }
}
