/// The practice cases, decoded and checked against a pathway: every case's answers are valid
/// and reach the tier it states, so every lookup below succeeds.
public struct CaseBook: Sendable, Equatable {
    /// In the file's order.
    public let cases: [PracticeCase]

    public init(cases: [PracticeCase]) { self.cases = cases }

    public var ids: [String] { cases.map(\.id) }

    public func practiceCase(_ id: String) -> PracticeCase? { cases.first { $0.id == id } }

    /// The cases a run takes: the one named, or all of them, in the order `seed` fixes (the
    /// file's order without a seed); `.failure` names an id no case has.
    public func run(only id: String? = nil, seed: UInt64? = nil) throws(UnknownCase) -> [PracticeCase] {
        try run(only: id.map { [$0] } ?? [], seed: seed)
    }

    /// The cases named, in the order named (each once), or all of them when none is named, in the
    /// order `seed` fixes; `.failure` names the first id no case has.
    public func run(only named: [String], seed: UInt64? = nil) throws(UnknownCase) -> [PracticeCase] {
        if !named.isEmpty {
            var taken: [PracticeCase] = []
            for id in named {
                guard let found = practiceCase(id) else { throw UnknownCase(id: id, known: ids) }
                if !taken.contains(where: { $0.id == id }) { taken.append(found) }
            }
            return taken
        }
        guard let seed else { return cases }
        return CaseOrder.shuffled(cases, seed: seed)
    }

    /// Reads cases and checks them against `pathway`, as `Pathway.load` reads content: the strict
    /// JSON reader, decoding with named types, then lint, unknown fields and unsafe texts included.
    public static func load(json bytes: some Collection<UInt8>, pathway: Pathway) throws(CaseBookLoadError) -> CaseBook {
        let tree: JSONValue
        let document: CaseBookDocument
        let unknownFields: [ContentDecoder.UnknownField]
        do throws(Diagnostic) {
            tree = try StrictJSON.parse(bytes)
            (document, unknownFields) = try ContentDecoder.decode(CaseBookDocument.self, from: tree)
        } catch {
            throw .malformed(error.description)
        }
        let (cases, caseProblems) = CaseLint.check(document, tree: tree, pathway: pathway)
        let problems = PathwayLint.textProblems(in: tree) + PathwayLint.unknownFieldProblems(unknownFields) + caseProblems
        if !problems.isEmpty { throw .invalid(problems) }
        return CaseBook(cases: cases)
    }
}
