import Foundation
import Testing

/// What one run of the binary did.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

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
func discpath(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = try discpathBinary()
    process.arguments = arguments
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
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
