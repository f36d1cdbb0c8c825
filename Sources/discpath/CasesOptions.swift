import ArgumentParser
import BuiltInContent
import PathwayCore

/// The practice cases option of `rehearse` and `lint`.
struct CasesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use this practice cases file instead of the built-in one (checked like it).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var cases: String?

    /// How the cases are named in messages.
    var casesName: String { cases ?? "built-in cases" }

    /// The `--cases` file's bytes, or nil for the built-in cases; a file that cannot be read, or
    /// is too large, is an error here.
    func casesBytes() throws(CLIError) -> [UInt8]? {
        guard let cases else { return nil }
        return try InputFile.read(cases, .cases)
    }

    /// The cases read and checked against `pathway`. The built-in cases with the built-in
    /// content (`builtInPathway`) are the ones checked and compiled at build time; `discpath
    /// lint` reads and checks them again.
    static func cases(from bytes: [UInt8]?, for pathway: Pathway, builtInPathway: Bool = false) throws(CaseBookLoadError) -> CaseBook {
        guard let bytes else { return builtInPathway ? CaseBook.builtIn() : try CaseBook.builtIn(for: pathway) }
        return try CaseBook.load(json: bytes, pathway: pathway)
    }

    /// The cases checked against `pathway`; invalid cases are a data error.
    func loadCases(for pathway: Pathway, pathwayOption: String?) throws(CLIError) -> CaseBook {
        try Self.loadCases(file: cases, for: pathway, pathwayOption: pathwayOption)
    }

    /// The cases of `file`, or the built-in ones for nil, checked against `pathway` (the content
    /// of `pathwayOption`, nil for the built-in content); invalid cases are a data error.
    static func loadCases(file cases: String?, for pathway: Pathway, pathwayOption: String?) throws(CLIError) -> CaseBook {
        let casesName = cases ?? "built-in cases"
        let bytes = try cases.map { path throws(CLIError) in try InputFile.read(path, .cases) }
        do throws(CaseBookLoadError) {
            return try Self.cases(from: bytes, for: pathway, builtInPathway: pathwayOption == nil)
        } catch {
            switch error {
            case .malformed(let detail):
                throw .data("cases '\(casesName)' cannot be read: \(detail)")
            case .invalid(let problems):
                let first = problems.first.map { ": first, \($0)" } ?? ""
                let options = (pathwayOption.map { " --pathway \($0)" } ?? "") + (cases.map { " --cases \($0)" } ?? "")
                throw .data("cases '\(casesName)' are invalid (\(problems.count) problem\(problems.count == 1 ? "" : "s")\(first); run 'discpath lint\(options)' for all)")
            }
        }
    }
}
