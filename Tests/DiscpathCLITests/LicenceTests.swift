import BuiltInContent
import Foundation
import PathwayCore
import Testing

/// The licence, and what is said of the clinical content's source wherever the licence is.
@Suite("Licence and the content's source")
struct LicenceTests {
    func text(_ path: String) throws -> String {
        folded(try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8))
    }

    @Test("LICENSE is the Apache License 2.0; NOTICE, README and the package's copyright name the source, its date and review status, and that it states no redistribution terms")
    func sourceNamed() throws {
        let license = try text("LICENSE")
        #expect(license.hasPrefix("Apache License Version 2.0, January 2004"))
        #expect(license.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"))
        let meta = try Pathway.builtIn().meta
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        let parts = meta.lastUpdated.split(separator: "-").compactMap { Int($0) }
        try #require(parts.count == 3)
        let spelled = "\(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
        for path in ["NOTICE", "README.md", "packaging/copyright"] {
            let said = try text(path)
            #expect(said.contains(meta.title), "\(path) does not name the source")
            #expect(said.contains(meta.lastUpdated) || said.contains(spelled), "\(path) does not give the source's date")
            #expect(said.lowercased().contains("pending human review"), "\(path) does not give the review status")
            #expect(said.contains("states no terms for copying or redistributing"), "\(path) does not say the source states no terms")
            #expect(said.contains("Apache"), "\(path) does not name the licence")
        }
        #expect(meta.reviewStatus.lowercased().contains("pending human review"), "the content's review status changed: say so in NOTICE, README and packaging/copyright")
    }
}
