import Foundation
import Testing

/// The shipped practice cases file, read from the package's Resources folder.
func builtInCasesTree() throws -> [String: Any] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try jsonObject(String(decoding: try Data(contentsOf: root.appendingPathComponent("Resources/cases.json")), as: UTF8.self))
}

/// The ids of the shipped cases, in the file's order.
func builtInCaseIDs() throws -> [String] {
    try #require(builtInCasesTree()["cases"] as? [[String: Any]]).compactMap { $0["id"] as? String }
}

@Suite("discpath rehearse")
struct RehearseCommandTests {
    @Test("--list prints one case a line, id then title, in the file's order")
    func list() throws {
        let run = try discpath(["rehearse", "--list"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let ids = try builtInCaseIDs()
        #expect(lines.count == ids.count)
        #expect(lines.count >= 15)
        #expect(lines.map { String($0.prefix { $0 != " " }) } == ids)
        // Two spaces at least between the id and its title, titles lined up.
        #expect(lines.allSatisfy { $0.contains("  ") && !$0.hasSuffix(" ") })
        let titleColumns = Set(lines.map { line -> Int in
            let id = line.prefix { $0 != " " }
            return id.count + line.dropFirst(id.count).prefix { $0 == " " }.count
        })
        #expect(titleColumns.count == 1)
        #expect(lines.contains { $0.hasPrefix("nine-weeks-all-criteria ") && $0.hasSuffix("Nine weeks, every criterion met") })
    }

    @Test("--seed fixes the order: the same seed twice gives the same permutation, another seed another")
    func seed() throws {
        let first = try discpath(["rehearse", "--list", "--seed", "7"])
        let again = try discpath(["rehearse", "--seed", "7", "--list"])
        let other = try discpath(["rehearse", "--list", "--seed", "8"])
        #expect(first.status == 0 && again.status == 0 && other.status == 0)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout != other.stdout)
        let ids = first.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(ids.sorted() == (try builtInCaseIDs()).sorted())
        #expect(ids != (try builtInCaseIDs()))
    }

    @Test("--case ID takes that case only")
    func oneCase() throws {
        let run = try discpath(["rehearse", "--case", "declines-surgery", "--list"])
        #expect(run.status == 0)
        #expect(run.stdout == "declines-surgery  Every criterion but willingness\n")
    }

    @Test("an unknown --case is a usage error naming the ids, in one line")
    func unknownCase() throws {
        for arguments in [["rehearse", "--case", "nine-weeks", "--list"], ["rehearse", "--case", "nope"]] {
            let run = try discpath(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("discpath: error: unknown case '\(arguments[2])'"))
            #expect(run.stderr.contains("cauda-equina-retention"))
            #expect(run.stderr.contains("'discpath rehearse --list'"))
        }
        #expect(try discpath(["rehearse", "--case", "nine-weeks"]).stderr.contains("did you mean 'nine-weeks-all-criteria'?"))
    }

    @Test("bad option values are usage errors", arguments: [["--seed", "x"], ["--seed", "-1"], ["--seed", "18446744073709551616"], ["--case"], ["--frobnicate"]])
    func badOptions(_ options: [String]) throws {
        let run = try discpath(["rehearse", "--list"] + options)
        #expect(run.status == 64, "\(options): \(run.stderr)")
        #expect(run.stderr.hasPrefix("discpath: error: "))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("without a terminal the rehearsal runs in line mode: a case to its score exits 0, input ending first exits 1")
    func lineMode() throws {
        // Start, "Not sure" on the red flags, the result, predict the immediate tier, next, quit at the score.
        let run = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"], stdin: "\n8\n\n1\n\nq\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Case 1 of 1: "))
        #expect(run.stdout.contains("Your prediction: right"))
        #expect(run.stdout.contains("Score: 1 of 1 predictions were the case's tier"))
        #expect(!run.stdout.utf8.contains(0x1B))
        let early = try discpath(["rehearse", "--case", "declines-surgery", "--seed", "3"], stdin: "\n9\n")
        #expect(early.status == 1)
        // Trial 2, finding 20: predict wrong, reach the score, start the replay, leave it: the
        // score was reached, so 0.
        let replayLeft = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"], stdin: "\n8\n\n5\n\n\nq\n")
        #expect(replayLeft.stdout.contains("To replay: red-flag-cannot-be-excluded"), "\(replayLeft.stdout)")
        #expect(replayLeft.status == 0, "\(replayLeft.stderr)")
    }

    @Test("in a terminal: the story, the intake, a prediction, the feedback, the score")
    func inTerminal() throws {
        let session = try TmuxSession(["rehearse", "--case", "red-flag-cannot-be-excluded"])
        defer { session.close() }
        try session.waitFor("Press Enter to start the case.")
        try session.send("Enter")
        try session.waitFor("Red flags: which of these are present?")
        for _ in 0..<7 { try session.send("Down") }
        try session.send("Space", "Enter")
        try session.waitFor("Show the result")
        try session.send("Enter")
        try session.waitFor("Which referral tier do these answers give?")
        try session.send("Down", "Enter")                            // specialist within 2 weeks: wrong
        let result = try session.waitFor("Your prediction: missed")
        #expect(result.contains("Immediate spine surgeon referral"))
        try session.send("Enter")
        let score = try session.waitFor("Score: 0 of 1")
        #expect(score.contains("To replay: red-flag-cannot-be-excluded"))
        try session.send("Enter")                                    // replay the missed case
        try session.waitFor("Press Enter to start the case.")
        try session.send("q")
        try session.waitFor("Stop practising?")
        try session.send("y")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"), "the score was reached: leaving the replay is not quitting before it (trial 2, finding 20)")
    }

    @Test("--cases reads another cases file, checked like the built-in one; --pathway checks the cases against that content")
    func otherFiles() throws {
        var tree = try builtInCasesTree()
        var cases = try #require(tree["cases"] as? [[String: Any]])
        cases = Array(cases.prefix(2))
        tree["cases"] = cases
        let two = try temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: tree), as: UTF8.self), name: "cases.json")
        let listed = try discpath(["rehearse", "--list", "--cases", two.path])
        #expect(listed.status == 0)
        #expect(listed.stdout.split(separator: "\n").count == 2)

        cases[0]["tier"] = "spine-surgeon"
        tree["cases"] = cases
        let wrong = try temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: tree), as: UTF8.self), name: "cases.json")
        let refused = try discpath(["rehearse", "--list", "--cases", wrong.path])
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("discpath: error: cases '\(wrong.path)' are invalid (1 problem: first, cases[cauda-equina-retention].tier: is spine-surgeon, but the pathway gives immediate-spine-surgeon"))
        #expect(refused.stderr.contains("run 'discpath lint --cases \(wrong.path)' for all"))

        let missing = try discpath(["rehearse", "--list", "--cases", "/nonexistent/cases.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("discpath: error: cannot read cases file '/nonexistent/cases.json'"))

        let later = try thresholdFile("surgeonMinimumWeeks", 10)
        let against = try discpath(["rehearse", "--list", "--pathway", later.path])
        #expect(against.status == 65)
        #expect(against.stderr.contains("cases 'built-in cases' are invalid"))
    }
}

@Suite("discpath lint on the practice cases")
struct CasesLintCommandTests {
    @Test("a broken cases file: each problem on its own line, located, exit 65; the content line still ok")
    func broken() throws {
        var tree = try builtInCasesTree()
        var cases = try #require(tree["cases"] as? [[String: Any]])
        cases[1]["id"] = cases[0]["id"]
        var answers = try #require(cases[2]["answers"] as? [String: Any])
        answers["redFlags"] = ["saddle"]
        cases[2]["answers"] = answers
        tree["cases"] = cases
        let file = try temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: tree), as: UTF8.self), name: "cases.json")
        let run = try discpath(["lint", "--cases", file.path])
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("built-in pathway: ok: ") == true)
        #expect(lines.contains("\(file.path): cases[cauda-equina-retention].id: \"cauda-equina-retention\" is the id of an earlier case too"))
        #expect(lines.contains { $0.hasPrefix("\(file.path): cases[fever-and-leg-pain].answers.redFlags: unknown value \"saddle\"; expected one of ") })
        #expect(lines.count == 3, "\(lines)")
        #expect(run.stderr == "discpath: error: \(file.path): 2 problems\n")
    }

    @Test("content whose thresholds the cases were not written for: the cases fail lint")
    func otherThresholds() throws {
        let later = try thresholdFile("surgeonMinimumWeeks", 10)
        let run = try discpath(["lint", "--pathway", later.path])
        #expect(run.status == 65)
        #expect(run.stdout.contains("built-in cases: cases[nine-weeks-all-criteria].tier: is spine-surgeon, but the pathway gives interventional-pain for the case's answers"))
    }
}
