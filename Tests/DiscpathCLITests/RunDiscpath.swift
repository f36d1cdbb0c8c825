import Foundation
import Testing

/// What one run of a program did.
struct Run: CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String
    var description: String { "status \(status), stdout: \(stdout), stderr: \(stderr)" }
}

/// Runs `executable` with `arguments`, feeding `stdin` (none: end of input at once), with this
/// process's environment plus `environment` and without the variables named in `unset`; waits
/// for it to exit.
func runProgram(_ executable: URL, _ arguments: [String], stdin: String? = nil,
                environment: [String: String] = [:], unset: [String] = []) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    // The rehearsal's progress goes to a folder of the tests' own, never the real home's.
    var env = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": testStateHome]) { $1 }.merging(environment) { $1 }
    for name in unset { env[name] = nil }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    _ = survivesBrokenPipes
    try process.run()
    // A program that ends before reading all of its input (a usage error, a bad first line)
    // leaves the pipe without a reader: the write fails, which is no failure of the test's.
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
}

/// SIGPIPE caught by a handler that does nothing, once for the test process: a write to a pipe
/// whose reader is gone then fails with EPIPE instead of killing every test at once (signal 13).
/// Not SIG_IGN, which the programs started would inherit: exec resets a handler to the default,
/// so they still end quietly by SIGPIPE as in a shell.
let survivesBrokenPipes: Void = {
    signal(SIGPIPE) { _ in }
}()

/// XDG_STATE_HOME for every program the tests run: a fresh folder of this test process, so no
/// test reads or writes the rehearsal progress in the real home.
let testStateHome: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-state-\(UUID().uuidString.prefix(8))").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}()

/// The `discpath` binary built beside this test bundle (or `$DISCPATH_BIN`).
func discpathBinary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DISCPATH_BIN"] { return URL(fileURLWithPath: path) }
    let me = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    var dir = me.deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("discpath")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    throw BinaryNotFound(searchedFrom: me.path)
}

struct BinaryNotFound: Error { let searchedFrom: String }

/// Runs discpath with `arguments`, feeding `stdin`; waits for it to exit.
func discpath(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
    try runProgram(try discpathBinary(), arguments, stdin: stdin, environment: environment)
}

/// Runs `script` with /bin/sh, with `$DISCPATH` set to the binary: for pipelines such as `yes | ...`.
func shell(_ script: String) throws -> Run {
    try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: ["DISCPATH": try discpathBinary().path])
}

/// Whether `text` holds nothing a terminal would act on, apart from the line breaks between lines.
func isTerminalSafe(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
        scalar == "\n" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value))
    }
}

/// The built-in content as a JSON tree with `change` applied, written to a temporary file.
func pathwayFile(_ change: (inout [String: Any]) throws -> Void) throws -> URL {
    var tree = try jsonObject(String(decoding: try builtInContentBytes(), as: UTF8.self))
    try change(&tree)
    return try temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: tree), as: UTF8.self), name: "pathway.json")
}

/// The built-in content with the threshold `name` set to `weeks`, in a temporary file.
func thresholdFile(_ name: String, _ weeks: Int) throws -> URL {
    try pathwayFile { tree in
        var thresholds = try #require(tree["thresholds"] as? [String: Any])
        thresholds[name] = weeks
        tree["thresholds"] = thresholds
    }
}

/// A temporary file holding `contents`, removed by the caller.
func temporaryFile(_ contents: String, name: String = "answers.json") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url
}

/// Decodes a JSON object from text.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("Running programs from the tests")
struct RunProgramTests {
    @Test("a program that reads none of a large input does not end the test process (SIGPIPE, the CI run of 2026-12-02)")
    func brokenPipeSurvived() throws {
        let run = try runProgram(URL(fileURLWithPath: "/bin/true"), [], stdin: String(repeating: "x", count: 1 << 20))
        #expect(run.status == 0)
        let usage = try discpath(["evaluate", "--frobnicate"], stdin: String(repeating: "{}\n", count: 1 << 18))
        #expect(usage.status == 64, "\(usage.stderr)")
    }
}
