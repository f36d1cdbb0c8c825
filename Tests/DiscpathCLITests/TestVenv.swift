import Foundation
import Testing

/// The package root: three levels up from this file (Tests/DiscpathCLITests/TestVenv.swift).
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// What a Python check printed (stdout and stderr together) and how it exited.
struct PythonCheck {
    let status: Int32
    let output: String
}

/// Runs `script` (a path under the package root) with the Python of the virtual environment
/// `make test` creates in .build/venv (pinned in Tests/requirements.txt), with `--discpath`
/// and the built binary after `arguments`. Records an issue and returns nil when there is no
/// venv, so the test fails saying how to get one.
func runPythonCheck(_ script: String, _ arguments: [String] = []) throws -> PythonCheck? {
    let python = packageRoot.appendingPathComponent(".build/venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: python.path) else {
        Issue.record("no \(python.path): run make test: the venv is created by it")
        return nil
    }
    let process = Process()
    process.executableURL = python
    process.arguments = [packageRoot.appendingPathComponent(script).path] + arguments + ["--discpath", try discpathBinary().path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return PythonCheck(status: process.terminationStatus, output: text)
}
