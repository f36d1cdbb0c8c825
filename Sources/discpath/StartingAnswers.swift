import PathwayCore

/// `discpath --answers FILE`: one answer set, read and checked exactly as `discpath evaluate`
/// reads one (the same one-line errors and exit codes), for the intake to open at its review.
enum StartingAnswers {
    static func read(_ path: String, pathway: Pathway) throws(CLIError) -> Answers {
        guard path != "-" else {
            throw CLIError(status: ExitStatus.usage,
                           message: "--answers needs a file: the intake reads its keys from standard input (discpath evaluate reads answers from it)")
        }
        let json = try InputFile.read(path, .answers)
        // An array is the wrong kind of file whatever its elements hold: say that first.
        if case .array(let elements)? = try? StrictJSON.parse(json) {
            let count = elements.count == 1 ? "1 answer set" : "\(elements.count) answer sets"
            throw .data("answers file '\(path)' holds an array of \(count); the intake opens one: give a single object (discpath evaluate takes arrays)")
        }
        let input: AnswerInput
        do throws(Diagnostic) {
            input = try AnswerParser(rules: pathway.rules).parse(json: json)
            _ = try pathway.decideAll(input)
        } catch {
            throw .data(error.description)
        }
        switch input {
        case .batch(let list):
            throw .data("answers file '\(path)' holds an array of \(list.count) answer sets; the intake opens one: give a single object")
        case .single(let answers):
            return answers
        }
    }
}
