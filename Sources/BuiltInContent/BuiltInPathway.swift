import CPathwayContent
import PathwayCore

extension Pathway {
    /// The content built into the binary. It was read with the strict reader and linted when
    /// the program was built (a build with invalid content fails), and compiled to Swift values,
    /// so nothing is decoded at start; made once per process however often it is asked for.
    /// The `throws` stays for callers that also load a file.
    public static func builtIn() throws(PathwayLoadError) -> Pathway { compiledBuiltIn }

    private static let compiledBuiltIn = Pathway(document: CompiledContent.pathwayDocument())

    /// The built-in content's metadata (its version and date), without making the rest.
    public static var builtInMeta: PathwayDocument.Meta { CompiledContent.meta() }

    /// The built-in content read from its JSON and linted as a `--pathway` file is (for `discpath
    /// lint` and the tests).
    public static func lintedBuiltIn() throws(PathwayLoadError) -> Pathway { try load(json: builtInBytes) }

    /// The bytes of the built-in content file, as it was at build time.
    public static var builtInBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: discpath_pathway_bytes(), count: discpath_pathway_length())
    }
}

extension CaseBook {
    /// The practice cases built into the binary, checked at build time against the built-in
    /// content and compiled like it.
    public static func builtIn() -> CaseBook { compiledBuiltIn }

    private static let compiledBuiltIn = CaseBook(cases: CompiledContent.practiceCases())

    /// The built-in cases read from their JSON and checked against `pathway`: for content other
    /// than the built-in one (`--pathway FILE`), and for `discpath lint`.
    public static func builtIn(for pathway: Pathway) throws(CaseBookLoadError) -> CaseBook {
        try load(json: builtInBytes, pathway: pathway)
    }

    /// The bytes of the built-in cases file, as it was at build time.
    public static var builtInBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: discpath_cases_bytes(), count: discpath_cases_length())
    }
}
