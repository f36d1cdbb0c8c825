import Foundation
import Testing

/// The build-time content compiler (run by the CompileContent plugin): content that fails lint
/// fails the build with lint's message; valid content becomes Swift.
@Suite("The content compiled at build time")
struct ContentCompilerTests {
    /// The compiler the plugin runs, built from the same sources beside the discpath binary
    /// (a dependency of these tests; the plugin's own copy is SwiftPM's to place).
    func compiler() throws -> URL {
        try discpathBinary().deletingLastPathComponent().appendingPathComponent("discpath-content-compiler")
    }

    func resource(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent(name)
    }

    @Test("invalid content fails with lint's message naming the file; nothing is written")
    func invalidContentFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-compiler-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var tree = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: resource("pathway.json"))) as? [String: Any])
        var thresholds = try #require(tree["thresholds"] as? [String: Any])
        thresholds["overdueWeeks"] = 3  // before the primary-care threshold: lint refuses it
        tree["thresholds"] = thresholds
        let broken = folder.appendingPathComponent("pathway.json")
        try JSONSerialization.data(withJSONObject: tree).write(to: broken)
        let output = folder.appendingPathComponent("CompiledContent.swift")
        let run = try runProgram(try compiler(), [broken.path, resource("cases.json").path, output.path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.hasPrefix("discpath-content-compiler: error: \(broken.path): "), "\(run)")
        #expect(run.stderr.contains("overdueWeeks"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the built-in content and cases compile to Swift that makes them")
    func validContentCompiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-compiler-ok-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("CompiledContent.swift")
        let run = try runProgram(try compiler(), [resource("pathway.json").path, resource("cases.json").path, output.path])
        #expect(run.status == 0, "\(run)")
        let source = try String(contentsOf: output, encoding: .utf8)
        #expect(source.contains("static func pathwayDocument() -> PathwayCore.PathwayDocument"))
        #expect(source.contains("PathwayCore.PracticeCase(id: "))
        #expect(!source.contains("cannot write"))
    }
}
