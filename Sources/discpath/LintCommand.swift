import ArgumentParser
import PathwayCore

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pathway content and the practice cases: reachability, tiers, citations, wording, and each case's tier.",
        discussion: """
            Prints one summary line for the content and one for the cases when both are clean; otherwise \
            each problem on its own line, and exits 65. The cases are checked against the content: each \
            case's answers must be valid answers and reach the tier it states. They are not checked \
            when the content itself has problems.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var casesOptions: CasesOptions

    func run() throws {
        var output = StandardOutput()
        do {
            // Each line quotes the content, so each is made safe for a terminal.
            try lint { output.write(terminalLine($0) + "\n") }
        } catch {
            try output.finish()  // the problems found, before the summary error
            throw error
        }
        try output.finish()
    }

    private func lint(say: (String) -> Void) throws(CLIError) {
        let name = global.pathwayName
        let pathway: Pathway
        let bytes = try global.pathwayBytes()
        do throws(PathwayLoadError) {
            pathway = try GlobalOptions.pathway(from: bytes, linted: true)
            let d = pathway.document
            say("\(name): ok: \(d.questions.count) questions, \(d.tiers.count) tiers, \(d.criteria.count) criteria, "
                + "\(d.reasons.count) reasons, \(d.references.count) references, \(d.audiences.count) audiences; "
                + "content \(d.meta.contentVersion), last updated \(d.meta.lastUpdated)")
        } catch {
            switch error {
            case .malformed(let detail):
                say("\(name): \(detail)")
                throw CLIError.data("\(name): 1 problem")
            case .invalid(let problems):
                for problem in problems { say("\(name): \(problem)") }
                throw CLIError.data("\(name): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
            }
        }
        let casesName = casesOptions.casesName
        let casesBytes = try casesOptions.casesBytes()
        do throws(CaseBookLoadError) {
            let book = try CasesOptions.cases(from: casesBytes, for: pathway)
            let tiers = Set(book.cases.map(\.tier)).count
            say("\(casesName): ok: \(book.cases.count) case\(book.cases.count == 1 ? "" : "s") over \(tiers) tier\(tiers == 1 ? "" : "s"), "
                + "each reaching the tier it states with answers the intake asks")
        } catch {
            switch error {
            case .malformed(let detail):
                say("\(casesName): \(detail)")
                throw CLIError.data("\(casesName): 1 problem")
            case .invalid(let problems):
                for problem in problems { say("\(casesName): \(problem)") }
                // The pathway itself is sound: say why its file still fails, and what to give instead.
                if global.pathway != nil, casesOptions.cases == nil {
                    say("\(casesName): written for the built-in pathway, so checked against \(name) they need not hold; "
                        + "give --cases FILE with cases written for it")
                }
                throw CLIError.data("\(casesName): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
            }
        }
    }
}
