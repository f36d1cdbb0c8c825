import Foundation
import Testing
@testable import IntakeUI
import PathwayCore
import TextLayout

/// The columns ncurses fills for a row of the grid: it writes every scalar of a cell's text with
/// that scalar's own width (a ZWJ sequence as its separate wide people), box pieces one column each.
private func drawnColumns(_ grid: Grid, row: Int) -> Int {
    var columns = 0
    for column in 0..<grid.width {
        switch grid[row, column].glyph {
        case .scalar(let scalar): columns += DisplayWidth.of(scalar)
        case .cluster: columns += grid.character(grid[row, column].glyph)?.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) } ?? 0
        case .wideTail: break
        case .line: columns += 1
        }
    }
    return columns
}

private let family = "👨‍👩‍👧‍👦"

@Suite("What the grid reserves is what the terminal draws")
struct GridWidthTests {
    @Test("ASCII text takes the fast path and writes what the grapheme path writes, clipped alike")
    func asciiFastPath() {
        let texts = ["", "Enter next  ? help  q quit", "tab\there", "\r\n", "esc\u{1B}[2J", "del\u{7F}x", "a  b ", String(repeating: "x", count: 30)]
        for text in texts {
            for (row, column, limit) in [(0, 0, nil), (1, 3, 5), (0, -2, nil), (2, 18, nil), (5, 0, nil), (-1, 0, 4)] as [(Int, Int, Int?)] {
                var fast = Grid(width: 20, height: 3), slow = fast
                let end = min(20, column + (limit ?? 20))
                let fastEnd = fast.put(text, row: row, column: column, style: .prompt, limit: limit)
                let slowEnd = slow.putCharacters(text, row: row, column: column, style: .prompt, end: end)
                #expect(fastEnd == slowEnd && fast == slow, "\(text.debugDescription) at \(row), \(column)")
            }
        }
    }

    @Test("a ZWJ emoji takes the 8 cells its four wide people are drawn in")
    func zwjCells() {
        var grid = Grid(width: 40, height: 1)
        let end = grid.put("ab\(family)cd", row: 0, column: 0)
        #expect(end == 12)
        #expect(grid.character(grid[0, 2].glyph) == Character(family))
        #expect(grid.clusters == [Character(family)], "kept aside: the cell holds its index")
        #expect((3...9).allSatisfy { grid[0, $0].glyph == .wideTail })
        #expect(grid[0, 10].glyph == .scalar("c"))
        #expect(drawnColumns(grid, row: 0) == 40)

        var narrow = Grid(width: 9, height: 1)
        #expect(narrow.put("ab\(family)", row: 0, column: 0) == 2)  // does not fit: not written
        #expect(drawnColumns(narrow, row: 0) == 9)
    }

    @Test("a label with a ZWJ emoji at 40 columns: no row is drawn wider than the screen")
    func screenWithEmoji() throws {
        var tree = try #require(try JSONSerialization.jsonObject(with: Data(Array(Pathway.builtInBytes))) as? [String: Any])
        var questions = try #require(tree["questions"] as? [[String: Any]])
        var options = try #require(questions[0]["options"] as? [[String: Any]])
        options[0]["label"] = [
            "clinician": "\(family) Bladder \(family) retention \(family)\(family)\(family) or incontinence \(family)",
            "patient": ["sameAs": "clinician"], "trainee": ["sameAs": "clinician"],
        ]
        questions[0]["options"] = options
        tree["questions"] = questions
        let pathway = try Pathway.load(json: Array(try JSONSerialization.data(withJSONObject: tree)))
        for width in [40, 30, 80] {
            let context = ViewContext(pathway: pathway, width: width, height: 12)
            let grid = ScreenView.render(Session(audience: .clinician, pathway: pathway), context)
            #expect(grid.text().contains(family))
            for row in 0..<grid.height {
                #expect(drawnColumns(grid, row: row) == width, "row \(row) at \(width) columns:\n\(grid.text())")
            }
        }
    }
}

@Suite("Clusters kept aside by the grid")
struct GridClusterTests {
    @Test("grids that show the same clusters are equal whatever order they were written in; a changed cluster is a changed row")
    func clustersCompareByWhatTheyHold() {
        let woman = "👩‍🔬", accent = "e\u{301}"
        var first = Grid(width: 20, height: 2), second = Grid(width: 20, height: 2)
        first.put(woman, row: 0, column: 0)
        first.put(accent, row: 1, column: 0)
        second.put(accent, row: 1, column: 0)
        second.put(woman, row: 0, column: 0)
        #expect(first.clusters != second.clusters, "kept in the order written")
        #expect(first == second)
        #expect(first.sameRow(0, as: second) && first.sameRow(1, as: second))
        var changed = second
        changed.put("👨‍🔬", row: 0, column: 0)
        #expect(!changed.sameRow(0, as: first), "another cluster in the same cell")
        #expect(changed.sameRow(1, as: first))
        #expect(changed != first)
    }

    @Test("a character of one scalar is held in its cell, with nothing kept aside")
    func scalarsInline() {
        var grid = Grid(width: 10, height: 1)
        grid.put("é›→", row: 0, column: 0)
        #expect(grid.clusters.isEmpty)
        #expect(grid[0, 1].glyph == .scalar("›"))
        #expect(grid.text() == "é›→\n")
    }
}
