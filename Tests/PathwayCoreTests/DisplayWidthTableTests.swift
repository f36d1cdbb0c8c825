import Foundation
import Testing
@testable import TextLayout

/// The width tables against the Unicode data they are made from, and against glibc's wcwidth,
/// which ncurses draws with: a layout must take the columns the terminal will.
@Suite("Display width tables")
struct DisplayWidthTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `python3 script` prints.
    func python(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent(script).path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 \(script) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("DisplayWidthTables.swift is what Tests/Unicode/make_width_tables.py makes from the Unicode data")
    func generated() throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent("Sources/TextLayout/DisplayWidthTables.swift"), encoding: .utf8)
        #expect(try python("Tests/Unicode/make_width_tables.py") == committed,
                "run: python3 Tests/Unicode/make_width_tables.py > Sources/TextLayout/DisplayWidthTables.swift")
    }

    @Test("every assigned character is as wide as glibc's wcwidth says, controls aside")
    func agreesWithGlibc() throws {
        let glibc = Array(try python("Tests/Unicode/glibc_widths.py").utf8)
        try #require(glibc.count == 0x110000)
        var differences: [String] = []
        for (value, expected) in glibc.enumerated() where expected != UInt8(ascii: "-") {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let columns = DisplayWidth.of(scalar)
            if columns != Int(expected - UInt8(ascii: "0")) {
                differences.append(String(format: "U+%04X: %d, glibc %c", value, columns, expected))
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differ: \(differences.prefix(20))")
        // What glibc leaves out (-1) and DisplayWidth counts as none: the controls.
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)) == 0 && DisplayWidth.of(Unicode.Scalar(0x85)) == 0)
    }

    @Test("the tables are sorted and apart, as the search needs")
    func sorted() {
        for table in [DisplayWidth.zeroWidth, DisplayWidth.wide] {
            #expect(zip(table, table.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
        }
        #expect(DisplayWidth.of(Unicode.Scalar(0x0591)!) == 0)   // Hebrew accent, once counted 1
        #expect(DisplayWidth.of(Unicode.Scalar(0x16FF0)!) == 2)  // Vietnamese alternate reading mark, once 1
    }
}
