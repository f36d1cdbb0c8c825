import ArgumentParser
import PathwayCore

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pathway content: reachability, tiers, citations and every audience's wording.",
        discussion: "Prints one summary line when the content is clean; otherwise each problem on its own line, and exits 65.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let name = global.pathwayName
        // Each line quotes the content, so each is made safe for a terminal.
        func say(_ line: String) { print(terminalLine(line)) }
        switch try global.readPathway() {
        case .success(let pathway):
            let d = pathway.document
            say("\(name): ok: \(d.questions.count) questions, \(d.tiers.count) tiers, \(d.criteria.count) criteria, "
                + "\(d.reasons.count) reasons, \(d.references.count) references, \(d.audiences.count) audiences; "
                + "content \(d.meta.contentVersion), last updated \(d.meta.lastUpdated)")
        case .failure(.malformed(let detail)):
            say("\(name): \(detail)")
            throw CLIError.data("\(name): 1 problem")
        case .failure(.invalid(let problems)):
            for problem in problems { say("\(name): \(problem)") }
            throw CLIError.data("\(name): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        }
    }
}
