import Foundation
import PathwayCore
import Testing
@testable import discpath

/// The fast readers of the intake's and the rehearsal's options against swift-argument-parser:
/// for every argument list, a fast reader either leaves it to the parser (nil) or gives exactly
/// the run the parser would.
@Suite("The intake's and the rehearsal's options on the fast path")
struct FastPathTests {
    /// What swift-argument-parser makes of `arguments`: the intake's run, or nil when it parses
    /// another command, help, the version, or refuses them.
    static func parsed(_ arguments: [String]) -> IntakeRun? {
        guard let command = try? Discpath.parseAsRoot(arguments) else { return nil }
        return (command as? IntakeCommand)?.intakeRun
    }

    /// One option, with values that pass, then values to refuse or that the fast reader leaves
    /// to the parser (no values: a flag).
    typealias Option = (name: String, passing: [String], others: [String])

    /// The intake's options.
    static let options: [Option] = [
        ("--ascii", [], []), ("--plain", [], []), ("--quiet", [], []), ("--kiosk", [], []),
        ("--audience", ["clinician", "patient", "trainee"], ["nurse", "", "Patient", "-1"]),
        ("--idle-timeout", ["1", "30", "86400", "+7"], ["86401", "0", "-1", "x", "--ascii", ""]),
        ("--urgent-hold", ["10", "600"], ["0", "-5", "99999999999999999999"]),
        ("--pathway", ["p.json", "~/p.json"], ["-", "", "--ascii"]),
        ("--answers", ["a.json"], ["-", "--note"]),
        ("--note", ["n.txt", "~/n.txt"], ["-", ""]),
    ]

    /// Words that are not the intake's options, or its options written wrong.
    static let strays = ["intake", "evaluate", "lint", "help", "frobnicate", "--help", "-h", "--version", "--", "", "-",
                         "--ascii=yes", "--Audience", "--aud", "-q", "--generate-completion-script", "--experimental-dump-help",
                         "--cases", "--list", "--format", "json"]

    /// One option as `--name value` or `--name=value`, the value mostly one that passes.
    static func option(_ option: Option, _ random: inout SplitMix64) -> [String] {
        guard !option.passing.isEmpty else { return [option.name] }
        let values = option.others.isEmpty || Int.random(in: 0..<4, using: &random) > 0 ? option.passing : option.others
        let value = values[Int.random(in: 0..<values.count, using: &random)]
        return Bool.random(using: &random) ? [option.name, value] : ["\(option.name)=\(value)"]
    }

    /// A list of options, mostly well formed: some options in any order, now and then one given
    /// twice, a word repeated, a stray word; then `command`, or now and then `intake`, first.
    static func arguments(_ random: inout SplitMix64, _ options: [Option], command: String? = nil) -> [String] {
        var list: [String] = []
        for option in options.shuffled(using: &random) where Int.random(in: 0..<3, using: &random) == 0 {
            list += Self.option(option, &random)
        }
        if Int.random(in: 0..<5, using: &random) == 0, let again = options.randomElement(using: &random) {
            list += Self.option(again, &random)
        }
        if Int.random(in: 0..<8, using: &random) == 0, let again = list.randomElement(using: &random) {
            list.insert(again, at: Int.random(in: 0...list.count, using: &random))
        }
        if Int.random(in: 0..<6, using: &random) == 0 {
            list.insert(strays[Int.random(in: 0..<strays.count, using: &random)], at: Int.random(in: 0...list.count, using: &random))
        }
        if let command { list.insert(command, at: 0) } else if Int.random(in: 0..<4, using: &random) == 0 { list.insert("intake", at: 0) }
        return list
    }

    @Test("Over 1,500 generated lists, the fast reader gives the parser's run or leaves the list to it")
    func sameRunOrParser() {
        var random = SplitMix64(seed: 31)
        var fast = 0, deferred = 0, parsedIntakes = 0
        for _ in 0..<1_500 {
            let list = Self.arguments(&random, Self.options)
            let parsed = Self.parsed(list)
            if parsed != nil { parsedIntakes += 1 }
            if let read = IntakeArgumentReader.read(list) {
                fast += 1
                #expect(read == parsed, "\(list)")
            } else {
                deferred += 1
            }
        }
        // Both ways are taken often, so the comparison above means something; and most lists
        // the parser runs as an intake take the fast path.
        #expect(fast > 400, "only \(fast) lists on the fast path")
        #expect(deferred > 400, "only \(deferred) lists left to the parser")
        #expect(fast * 10 > parsedIntakes * 8, "\(fast) lists on the fast path of \(parsedIntakes) intakes")
    }

    /// The rehearsal's options, as `options` holds the intake's.
    static let rehearseOptions: [Option] = [
        ("--list", [], []), ("--ascii", [], []), ("--plain", [], []),
        ("--pathway", ["p.json"], ["-", ""]), ("--cases", ["c.json", "~/c.json"], ["", "--list"]),
        ("--case", ["sciatica-retention", "nope"], ["", "-x"]),
        ("--seed", ["0", "7", "+7", "18446744073709551615"], ["-1", "18446744073709551616", "x", "--list"]),
    ]

    /// What swift-argument-parser makes of `arguments` as a rehearsal, or nil.
    static func parsedRehearsal(_ arguments: [String]) -> RehearseRun? {
        guard let command = try? Discpath.parseAsRoot(arguments) else { return nil }
        return (command as? RehearseCommand)?.rehearseRun
    }

    @Test("Over 600 generated rehearsal lists, the fast reader gives the parser's run or leaves the list to it")
    func rehearsalSameRunOrParser() {
        var random = SplitMix64(seed: 28)
        var fast = 0, deferred = 0
        for _ in 0..<600 {
            let list = Self.arguments(&random, Self.rehearseOptions, command: "rehearse")
            let parsed = Self.parsedRehearsal(list)
            if let read = RehearseArgumentReader.read(list) {
                fast += 1
                #expect(read == parsed, "\(list)")
            } else {
                deferred += 1
            }
        }
        #expect(fast > 200, "only \(fast) lists on the fast path")
        #expect(deferred > 60, "only \(deferred) lists left to the parser")
        #expect(RehearseArgumentReader.read(["rehearse"]) == RehearseRun())
        #expect(RehearseArgumentReader.read(["rehearse", "--list", "--seed", "3"]) == RehearseRun(list: true, seed: 3))
        #expect(RehearseArgumentReader.read(["rehearse", "--help"]) == nil)
        #expect(RehearseArgumentReader.read(["--list"]) == nil)
    }

    @Test("The usual starts take the fast path; help, the version, other commands and mistakes do not")
    func whatTakesTheFastPath() {
        #expect(IntakeArgumentReader.read([]) == IntakeRun())
        #expect(IntakeArgumentReader.read(["--audience", "clinician"]) == IntakeRun(audience: .clinician))
        #expect(IntakeArgumentReader.read(["intake", "--kiosk", "--idle-timeout=30"]) == IntakeRun(idleTimeout: 30, kiosk: true))
        #expect(IntakeArgumentReader.read(["--pathway", "p.json", "--plain", "--note", "-"])
                == IntakeRun(pathway: "p.json", plain: true, note: "-"))
        #expect(IntakeArgumentReader.read(["--audience", "clinician", "--ascii", "--audience=patient", "--ascii"])
                == IntakeRun(audience: .patient, ascii: true))
        for list in [["--help"], ["-h"], ["--version"], ["help"], ["evaluate"], ["rehearse", "--list"], ["--audience", "nurse"],
                     ["--idle-timeout", "0"], ["--kiosk", "--plain"], ["--urgent-hold", "5"],
                     ["--kiosk", "--audience", "clinician"], ["--kiosk", "--note", "n.txt"], ["--", "--ascii"],
                     ["--generate-completion-script", "bash"], ["intake", "intake"], ["--note", "-x"], ["--ascii=yes"]] {
            #expect(IntakeArgumentReader.read(list) == nil, "\(list)")
        }
    }

    @Test("--version alone, answered before the parser, says what the parser's --version says")
    func versionBeforeTheParser() throws {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fast = try discpath(["--version"])
        // With --pathway, the parser answers: the same content file gives the same line.
        let parsed = try discpath(["--version", "--pathway", resources.appendingPathComponent("Resources/pathway.json").path])
        #expect(fast.status == 0 && parsed.status == 0)
        #expect(fast.stdout == parsed.stdout)
        #expect(fast.stdout.hasPrefix("discpath ") && fast.stdout.hasSuffix(")\n"))
    }
}
