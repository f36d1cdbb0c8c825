import Testing
@testable import IntakeUI

@Suite("The key reference in help and the manual page")
struct KeyReferenceTests {
    static let text = KeyReference.text()
    static let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// The rows of the section under `heading`, up to the next blank line, each with the lines
    /// its meaning wrapped onto joined to it.
    static func section(_ heading: String) throws -> [String] {
        let start = try #require(lines.firstIndex(of: heading), "no heading \(heading)")
        var rows: [String] = []
        for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
            if line.hasPrefix("   "), let last = rows.popLast() {
                rows.append(last + " " + line.drop { $0 == " " })
            } else {
                rows.append(line)
            }
        }
        return rows
    }

    @Test("every binding of the key table is listed, with its keys and its meaning, under each group it works in")
    func everyBinding() throws {
        for binding in KeyTable.bindings {
            let groups = Set(binding.contexts.map(KeyReference.group(of:)))
            let sections = binding.contexts == Set(KeyContext.allCases)
                ? [try Self.section("On every screen:")]
                : try groups.map { try Self.section(KeyReference.heading(of: $0)) }
            for rows in sections {
                let keys = binding.keyNames(ascii: true)
                let row = rows.first { $0.hasPrefix("  \(keys)  ") && $0.contains(binding.meaning) }
                #expect(row != nil, "\(keys): \(binding.meaning) is missing from \(rows)")
            }
        }
    }

    @Test("a key that works on only some screens of its group says where")
    func qualifiers() throws {
        let lists = try Self.section(KeyReference.heading(of: .lists))
        #expect(lists.contains { $0.hasPrefix("  Space ") && $0.contains("on a checklist: tick or untick") })
        #expect(lists.contains { $0.hasPrefix("  Enter ") && $0.contains("on the review: change the answer") })
        #expect(lists.contains { $0.hasPrefix("  Up, k ") && $0.hasSuffix("  move up") }, "Up works on every screen of the group")
        let reading = try Self.section(KeyReference.heading(of: .reading))
        #expect(reading.contains { $0.hasPrefix("  r ") && $0.contains("on the result: a new intake") })
        #expect(reading.contains { $0.hasPrefix("  Esc, Enter, q, ?, F1 ") && $0.contains("in help: close the help") })
    }

    @Test("fits the manual page: ASCII only, at most 64 columns, no line the page would read as a request")
    func fitsTheManualPage() {
        // Help prints the lines as they are: ASCII reads the same in every locale, and 64
        // columns leave room for the indent in 80. (discpath-docs sets them as a table in the
        // page, escaping what roff would read as a request.)
        for line in Self.lines {
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)")
            #expect(line.count <= 64, "\(line)")
            #expect(!line.hasPrefix(".") && !line.hasPrefix("'"), "\(line)")
        }
        #expect(!Self.text.hasPrefix("\n") && !Self.text.hasSuffix("\n"))
    }

    @Test("a meaning too long for its line wraps under itself")
    func wrapping() {
        let narrow = KeyReference.text(width: 40).split(separator: "\n").map(String.init)
        #expect(narrow.allSatisfy { $0.count <= 40 }, "\(narrow)")
        let continued = narrow.filter { $0.hasPrefix("    ") }
        #expect(!continued.isEmpty)
        #expect(folded(narrow.joined(separator: "\n")).contains("choose the item under the cursor (moving chooses too)"))
    }
}

/// Text with every run of white space folded to one space, to match phrases across wrapped lines.
private func folded(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}
