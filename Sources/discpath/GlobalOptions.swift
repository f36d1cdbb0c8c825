import ArgumentParser
import PathwayCore

extension Audience: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// Options every mode takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use this pathway content file instead of the built-in one (checked like it).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var pathway: String?

    /// How the content is named in messages.
    var pathwayName: String { pathway ?? "built-in pathway" }

    /// The built-in content, or the `--pathway` file read and checked; a file that cannot be
    /// read, or is too large, is an error here, and bad content is in the result.
    /// `linted`: the built-in content linted too, as `discpath lint` wants (a `--pathway` file
    /// always is).
    func readPathway(linted: Bool = false) throws(CLIError) -> Result<Pathway, PathwayLoadError> {
        guard let pathway else { return linted ? Pathway.lintedBuiltIn() : Pathway.builtIn() }
        return Pathway.load(json: try InputFile.read(pathway, .pathway))
    }

    /// The built-in content, or the `--pathway` file; invalid content is a data error.
    func loadPathway() throws(CLIError) -> Pathway {
        switch try readPathway() {
        case .success(let pathway): return pathway
        case .failure(.malformed(let detail)):
            throw .data("pathway '\(pathwayName)' cannot be read: \(detail)")
        case .failure(.invalid(let problems)):
            let first = problems.first.map { ": first, \($0)" } ?? ""
            throw .data("pathway '\(pathwayName)' is invalid (\(problems.count) problem\(problems.count == 1 ? "" : "s")\(first); run 'discpath lint\(pathway.map { " --pathway \($0)" } ?? "")' for all)")
        }
    }
}
