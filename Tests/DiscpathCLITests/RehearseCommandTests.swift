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
        #expect(lines.contains { $0.hasPrefix("nine-weeks-all-criteria ") && $0.hasSuffix("A 36-year-old woman under a PM&R physician") })
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
        #expect(run.stdout == "declines-surgery  A 33-year-old woman with left sciatica\n")
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

    /// Line-mode input for the unsure red-flag case after its story: a prediction, then every
    /// question ("Not sure" on the red flags), the result, and on.
    static func unsureRedFlagLines(predicting tier: Int) -> String {
        "\n\(tier)\n8\n2\n7\n1\n6\n1\n1\n1\n\n"
    }

    @Test("without a terminal the rehearsal runs in line mode: a case to its score exits 0, input ending first exits 1")
    func lineMode() throws {
        let state = try temporaryFolder()
        let run = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"], stdin: Self.unsureRedFlagLines(predicting: 1) + "\nq\n",
                               environment: ["XDG_STATE_HOME": state])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Case 1 of 1: "))
        #expect(run.stdout.contains("Your prediction: right"))
        #expect(run.stdout.contains("Score: 1 of 1 predictions were right"))
        #expect(!run.stdout.utf8.contains(0x1B))
        let early = try discpath(["rehearse", "--case", "declines-surgery", "--seed", "3"], stdin: "\n5\n9\n", environment: ["XDG_STATE_HOME": state])
        #expect(early.status == 1)
        // Trial 2, finding 20: predict wrong, reach the score, start the replay, leave it: the
        // score was reached, so 0.
        let replayLeft = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"],
                                      stdin: Self.unsureRedFlagLines(predicting: 5) + "\n\nq\n", environment: ["XDG_STATE_HOME": state])
        #expect(replayLeft.stdout.contains("To practise next: A phone call from a woman away from home."), "\(replayLeft.stdout)")
        #expect(replayLeft.status == 0, "\(replayLeft.stderr)")
    }

    @Test("--case repeats and takes A,B, in the order named, each once; an unknown id among them is a usage error")
    func severalCases() throws {
        for arguments in [["--case", "declines-surgery", "--case", "fever-and-leg-pain"], ["--case", "declines-surgery,fever-and-leg-pain"],
                          ["--case", "declines-surgery,fever-and-leg-pain", "--case", "declines-surgery"]] {
            let run = try discpath(["rehearse", "--list"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == ["declines-surgery", "fever-and-leg-pain"], "\(arguments)")
        }
        for arguments in [["--case", "declines-surgery", "--case", "nope"], ["--case", "declines-surgery,nope"], ["--case", "declines-surgery,"]] {
            let run = try discpath(["rehearse", "--list"] + arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix("discpath: error: unknown case '"))
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test("a whole session in line mode with a miss and a replay, then --progress in a second run: per case, per rule, safety misses apart; missed cases come first next time")
    func progressBetweenSessions() throws {
        let state = try temporaryFolder()
        let env = ["XDG_STATE_HOME": state]
        // Case 1 missed (predicted the 5th tier: a safety miss); case 2 right; the score; the
        // replay of case 1 predicted right; the score; q.
        let session = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded,disabling-sciatica"],
                                   stdin: Self.unsureRedFlagLines(predicting: 5) + "\n" + "\n2\n9\n1\n4\n1\n6\n1\n1\n1\n\n" + "\n\n"
                                       + Self.unsureRedFlagLines(predicting: 1) + "\nq\n", environment: env)
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Safety miss"))
        #expect(session.stdout.contains("This session, replays included: 2 of 3 predictions right"), "\(session.stdout)")
        #expect(session.stdout.contains("Answers right, by rule: Red flags 3 of 3; Severity 1 of 1."))
        let file = state + "/discpath/rehearsal-progress.json"
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        #expect((try FileManager.default.attributesOfItem(atPath: state + "/discpath")[.posixPermissions] as? Int) == 0o700)

        let progress = try discpath(["rehearse", "--progress"], environment: env)
        #expect(progress.status == 0, "\(progress.stderr)")
        #expect(progress.stderr.isEmpty)
        let text = progress.stdout
        #expect(text.contains("Sessions: 1; cases practised: 2 of "))
        #expect(text.contains("Predictions right: 2 of 3 (66%)."))
        #expect(text.contains("Safety misses (a red flag or the immediate tier missed), counted apart: 1."))
        #expect(text.contains("  Red flags") && text.contains("3 of 3 (100%)"))
        #expect(text.contains("A phone call from a woman away from home (red-flag-cannot-be-excluded): 2 attempted, 1 missed, 1 safety miss, box 2, -+"), "\(text)")
        #expect(text.contains("A nurse 10 days into sciatica (disabling-sciatica): 1 attempted, 0 missed, box 2, +"))

        // Next session: a case missed, its box due, comes first whatever the seed.
        try "{\"format\": 1, \"sessions\": 1, \"predictions\": {\"answered\": 1, \"right\": 0}, \"safetyMisses\": 0, \"rules\": {}, \"cases\": {\"declines-surgery\": {\"attempts\": 1, \"missed\": 1, \"safetyMisses\": 0, \"box\": 1, \"lastSession\": 1, \"history\": \"-\"}}}"
            .write(toFile: file, atomically: true, encoding: .utf8)
        for seed in ["1", "2"] {
            let first = try discpath(["rehearse", "--plain", "--seed", seed], stdin: "", environment: env)
            #expect(first.stdout.split(separator: "\n").first?.hasSuffix("A 33-year-old woman with left sciatica") == true, "\(first.stdout.prefix(200))")
        }

        let cleared = try discpath(["rehearse", "--reset-progress"], environment: env)
        #expect(cleared.status == 0 && cleared.stdout.hasPrefix("Progress cleared: "))
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try discpath(["rehearse", "--progress"], environment: env).stdout.hasPrefix("No rehearsal progress yet"))
    }

    @Test("a corrupt or linked progress file: a one-line warning, never followed, never a stop; HOME when XDG_STATE_HOME is unset")
    func unreadableProgress() throws {
        let state = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: state + "/discpath", withIntermediateDirectories: true)
        let file = state + "/discpath/rehearsal-progress.json"
        try "{\"format\": 1, \"sessions\": \"x\"".write(toFile: file, atomically: true, encoding: .utf8)
        let corrupt = try discpath(["rehearse", "--progress"], environment: ["XDG_STATE_HOME": state])
        #expect(corrupt.status == 0)
        #expect(corrupt.stderr.split(separator: "\n").count == 1)
        #expect(corrupt.stderr.hasPrefix("discpath: warning: progress file '\(file)' is not a progress record"))
        #expect(corrupt.stdout.hasPrefix("No rehearsal progress yet"))

        try FileManager.default.removeItem(atPath: file)
        let target = state + "/elsewhere.json"
        try "kept".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: target)
        let linked = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"], stdin: Self.unsureRedFlagLines(predicting: 1) + "\nq\n",
                                  environment: ["XDG_STATE_HOME": state])
        #expect(linked.status == 0)
        #expect(linked.stderr.contains("it is a link"))
        #expect(linked.stderr.contains("progress not saved"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept", "never written through the link")

        let home = try temporaryFolder()
        let byHome = try discpath(["rehearse", "--case", "red-flag-cannot-be-excluded"], stdin: Self.unsureRedFlagLines(predicting: 1) + "\nq\n",
                                  environment: ["HOME": home, "XDG_STATE_HOME": ""])
        #expect(byHome.status == 0, "\(byHome.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/.local/state/discpath/rehearsal-progress.json"))
    }

    @Test("the intake never writes the progress")
    func intakeWritesNoProgress() throws {
        let state = try temporaryFolder()
        let run = try discpath(["--plain", "--audience", "clinician"], stdin: "8\n\n\n", environment: ["XDG_STATE_HOME": state])
        #expect(run.stdout.contains("Immediate spine surgeon referral"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: state).isEmpty)
    }

    @Test("in a terminal: a whole session with a miss and a replay, then --progress in a second run")
    func inTerminal() throws {
        let state = try temporaryFolder()
        let session = try TmuxSession(["rehearse", "--case", "red-flag-cannot-be-excluded"], environment: ["XDG_STATE_HOME": state])
        defer { session.close() }
        func playCase(prediction downs: Int) throws {
            try session.waitFor("Press Enter to start the case.")
            try session.send("Enter")
            try session.waitFor("From the story alone")
            for _ in 0..<downs { try session.send("Down") }      // the pointer starts on the first tier
            try session.send("Enter")
            try session.waitFor("Red flags: which of these are present?")
            for _ in 0..<6 { try session.send("Down") }
            try session.send("Space", "Enter")
            try session.waitFor("Is there severe or disabling")
            try session.send("Down", "Enter")
            try session.waitFor("How many weeks")
            try session.send("7", "Enter")
            try session.waitFor("Are the symptoms persisting")
            try session.send("Enter")
            try session.waitFor("Which treatments have been tried?")
            try session.send("End", "Space", "Enter")
            try session.waitFor("Lumbar MRI")
            try session.send("Enter")
            try session.waitFor("Do the clinical symptoms correlate")
            try session.send("Enter")
            try session.waitFor("willing to consider surgical")
            try session.send("Enter")
            try session.waitFor("Show the result")
            try session.send("?")
            #expect(try session.waitFor("The case's story").contains("passing urine has 'felt different'"))
            try session.send("Escape")
            try session.waitFor("Show the result")
            try session.send("Enter")
        }
        try playCase(prediction: 1)                                  // specialist within 2 weeks: wrong
        let result = try session.waitFor("The case: immediate-spine-surgeon")
        #expect(result.contains("Immediate spine surgeon referral"))
        #expect(try session.captureWithStyles().contains("Safety miss"))
        try session.send("Enter")
        let score = try session.waitFor("Score: 0 of 1")
        #expect(score.contains("To practise next: A phone call from a woman away from home."))
        try session.send("Enter")                                    // replay the missed case
        try playCase(prediction: 0)
        try session.waitFor("Your prediction: right")
        try session.send("Enter")
        #expect(try session.waitFor("This session, replays included: 1 of 2").contains("Score: 1 of 1"))
        try session.send("q")
        let after = try session.waitFor("END-OF-RUN")
        #expect(after.contains("EXIT=0"))
        let progress = try discpath(["rehearse", "--progress"], environment: ["XDG_STATE_HOME": state])
        #expect(progress.stdout.contains("(red-flag-cannot-be-excluded): 2 attempted, 1 missed, 1 safety miss, box 2, -+"), "\(progress.stdout)")
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
