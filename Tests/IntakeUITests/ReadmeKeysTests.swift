import Foundation
import Testing
@testable import IntakeUI

/// README's key table and the key table in the code name the same keys.
@Suite("README's keys")
struct ReadmeKeysTests {
    /// The key names in the first column of README's "| key | what it does |" table:
    /// "Up/Down, k/j" gives Up, Down, k, j.
    static func readmeKeyNames() throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex(of: "| key | what it does |"), "README has no key table")
        var names: [String] = []
        for line in lines.dropFirst(header + 2) {
            guard line.hasPrefix("|") else { break }
            let column = line.split(separator: "|", omittingEmptySubsequences: false)[1]
            for name in column.replacingOccurrences(of: "`", with: "").split(whereSeparator: { ", /".contains($0) }) {
                names.append(String(name))
            }
        }
        return names
    }

    /// Every key the code binds, as the README names it (the digits as "0-9", or "1-9" on lists).
    static var tableKeyNames: Set<String> {
        var names: Set<String> = []
        for binding in KeyTable.bindings {
            if case .typeDigit = binding.intent { names.insert("0-9"); continue }
            if case .pickRow = binding.intent { names.insert("1-9"); continue }
            for key in binding.keys { names.insert(key.name(ascii: true)) }
        }
        return names
    }

    @Test("every key README's table names is a key the code binds")
    func readmeNamesBoundKeys() throws {
        let readme = try Self.readmeKeyNames()
        #expect(readme.count > 10, "the table was read")
        for name in readme { #expect(Self.tableKeyNames.contains(name), "README names \(name), which no binding has") }
    }

    @Test("every key the code binds is in README's table (letters in either case)")
    func boundKeysAreInReadme() throws {
        let readme = Set(try Self.readmeKeyNames().map { $0.lowercased() })
        for name in Self.tableKeyNames { #expect(readme.contains(name.lowercased()), "\(name) is bound but not in README's key table") }
    }
}
