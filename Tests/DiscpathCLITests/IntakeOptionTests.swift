import Testing

/// The intake's options are checked before any terminal is touched.
@Suite("The intake's options")
struct IntakeOptionTests {
    @Test("an idle timeout outside 1...86400 seconds is bad usage: exit 64, one line",
          arguments: ["0", "86401", "9223372036854775", "9223372036854776", "9223372036854775807", "99999999999999999999"])
    func idleTimeoutOutOfRange(value: String) throws {
        let run = try discpath(["--idle-timeout", value], stdin: "")
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("discpath: error: "))
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a negative value is refused with the range and the value, not called missing (trial 2, finding 15)",
          arguments: [["--idle-timeout", "-1"], ["--kiosk", "--urgent-hold", "-5"]])
    func negativeValue(arguments: [String]) throws {
        let run = try discpath(arguments, stdin: "", environment: ["DISCPATH_KIOSK_PIN": "7391"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("must be a whole number of seconds from 1 to 86400 (one day), got \(arguments.last ?? "")"), "\(run.stderr)")
        #expect(!run.stderr.contains("Missing value"))
        let seed = try discpath(["rehearse", "--seed", "-1"])
        #expect(seed.status == 64)
        #expect(seed.stderr.contains("'-1'") && !seed.stderr.contains("Missing value"), "\(seed.stderr)")
    }

    @Test("the message for a value out of range names the range")
    func idleTimeoutMessage() throws {
        let run = try discpath(["--idle-timeout", "9223372036854775807"], stdin: "")
        #expect(run.stderr.contains("--idle-timeout must be a whole number of seconds from 1 to 86400 (one day)"))
    }

    @Test("1 and 86400 pass validation (and then, with no terminal, the line mode runs out of input)", arguments: ["1", "86400"])
    func idleTimeoutInRange(value: String) throws {
        let run = try discpath(["--idle-timeout", value], stdin: "")
        #expect(run.status == 1, "past validation, stopped only by the input ending: \(run.stderr)")
        #expect(run.stderr.isEmpty)
    }

    @Test("the help states the largest idle timeout")
    func idleTimeoutHelp() throws {
        let run = try discpath(["intake", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("86400"))
    }
}

/// DISCPATH_AUDIENCE: the workstation's default audience (issue 27, item 2).
@Suite("DISCPATH_AUDIENCE")
struct AudienceDefaultTests {
    @Test("a bad value is a usage error: exit 64, one line naming the variable and the values")
    func badValue() throws {
        let run = try discpath([], stdin: "", environment: ["DISCPATH_AUDIENCE": "doctor"])
        #expect(run.status == 64)
        #expect(run.stderr == "discpath: error: DISCPATH_AUDIENCE must be one of clinician, patient, trainee, got 'doctor'\n", "\(run.stderr)")
    }

    @Test("set, it skips the audience question; empty, the question comes; --audience wins")
    func setsTheDefault() throws {
        let set = try discpath(["--plain"], stdin: "1\n\n", environment: ["DISCPATH_AUDIENCE": "patient"])
        #expect(set.status == 0, "\(set)")
        #expect(!set.stdout.contains("Which best describes you?") && set.stdout.contains("Your next step: Urgent"), "\(set.stdout)")
        let empty = try discpath(["--plain"], stdin: "", environment: ["DISCPATH_AUDIENCE": ""])
        #expect(empty.stdout.contains("Which best describes you?"))
        let flag = try discpath(["--plain", "--audience", "clinician"], stdin: "1\n\n", environment: ["DISCPATH_AUDIENCE": "patient"])
        #expect(flag.stdout.contains("Red flags (step 1 of") && !flag.stdout.contains("Your next step"), "\(flag.stdout)")
    }
}
