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

    /// The built-in content, or the `--pathway` file; invalid content is a data error.
    func loadPathway() throws(CLIError) -> Pathway {
        let name = pathway ?? "built-in pathway"
        let result = pathway.map { path in
            Result { () throws(CLIError) in try InputFile.read(path, .pathway) }
        }
        let loaded: Result<Pathway, PathwayLoadError>
        switch result {
        case nil: loaded = Pathway.builtIn()
        case .success(let bytes)?: loaded = Pathway.load(json: bytes)
        case .failure(let error)?: throw error
        }
        switch loaded {
        case .success(let pathway): return pathway
        case .failure(.malformed(let detail)):
            throw .data("pathway '\(name)' cannot be read: \(detail)")
        case .failure(.invalid(let problems)):
            let first = problems.first.map { ": first, \($0)" } ?? ""
            throw .data("pathway '\(name)' is invalid (\(problems.count) problem\(problems.count == 1 ? "" : "s")\(first); run 'discpath lint\(pathway.map { " --pathway \($0)" } ?? "")' for all)")
        }
    }
}
