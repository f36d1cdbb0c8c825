import ArgumentParser
import BuiltInContent
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

    /// The `--pathway` file's bytes, or nil for the built-in content; a file that cannot be read,
    /// or is too large, is an error here.
    func pathwayBytes() throws(CLIError) -> [UInt8]? {
        guard let pathway else { return nil }
        return try InputFile.read(pathway, .pathway)
    }

    /// The content as read and checked: the `--pathway` file, always linted, or the built-in
    /// content, linted too when `linted` (as `discpath lint` wants).
    static func pathway(from bytes: [UInt8]?, linted: Bool) throws(PathwayLoadError) -> Pathway {
        guard let bytes else { return linted ? try Pathway.lintedBuiltIn() : try Pathway.builtIn() }
        return try Pathway.load(json: bytes)
    }

    /// The built-in content, or the `--pathway` file; invalid content is a data error.
    func loadPathway() throws(CLIError) -> Pathway {
        try Self.loadPathway(file: pathway, linted: false)
    }

    /// The content of `file`, or the built-in content for nil, linted too when `linted` (a file
    /// always is); content that cannot be read or fails lint is a data error that says so.
    static func loadPathway(file: String?, linted: Bool) throws(CLIError) -> Pathway {
        let bytes = try file.map { path throws(CLIError) in try InputFile.read(path, .pathway) }
        let name = file ?? "built-in pathway"
        do throws(PathwayLoadError) {
            return try pathway(from: bytes, linted: linted)
        } catch {
            switch error {
            case .malformed(let detail):
                throw .data("pathway '\(name)' cannot be read: \(detail)")
            case .invalid(let problems):
                let first = problems.first.map { ": first, \($0)" } ?? ""
                throw .data("pathway '\(name)' is invalid (\(problems.count) problem\(problems.count == 1 ? "" : "s")\(first); run 'discpath lint\(file.map { " --pathway \($0)" } ?? "")' for all)")
            }
        }
    }
}
