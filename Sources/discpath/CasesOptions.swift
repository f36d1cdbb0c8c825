import ArgumentParser
import PathwayCore

/// The practice cases option of `rehearse` and `lint`.
struct CasesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use this practice cases file instead of the built-in one (checked like it).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var cases: String?

    /// How the cases are named in messages.
    var casesName: String { cases ?? "built-in cases" }

    /// The built-in cases, or the `--cases` file, read and checked against `pathway`; a file
    /// that cannot be read, or is too large, is an error here, and bad cases are in the result.
    func readCases(for pathway: Pathway) throws(CLIError) -> Result<CaseBook, CaseBookLoadError> {
        guard let cases else { return CaseBook.builtIn(for: pathway) }
        return CaseBook.load(json: try InputFile.read(cases, .cases), pathway: pathway)
    }

    /// The cases checked against `pathway`; invalid cases are a data error.
    func loadCases(for pathway: Pathway, pathwayOption: String?) throws(CLIError) -> CaseBook {
        switch try readCases(for: pathway) {
        case .success(let book): return book
        case .failure(.malformed(let detail)):
            throw .data("cases '\(casesName)' cannot be read: \(detail)")
        case .failure(.invalid(let problems)):
            let first = problems.first.map { ": first, \($0)" } ?? ""
            let options = (pathwayOption.map { " --pathway \($0)" } ?? "") + (cases.map { " --cases \($0)" } ?? "")
            throw .data("cases '\(casesName)' are invalid (\(problems.count) problem\(problems.count == 1 ? "" : "s")\(first); run 'discpath lint\(options)' for all)")
        }
    }
}
