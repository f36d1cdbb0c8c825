import Foundation
import Testing

/// Runs `make` in the package with `arguments`, outside any make that runs the tests.
func runMake(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    try runTool("/usr/bin/env", ["make", "-C", packageRoot.path] + arguments, environment: environment)
}

/// Runs `executable` with `arguments` and no input, without the variables of a make that runs
/// the tests.
func runTool(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    try runProgram(URL(fileURLWithPath: executable), arguments, environment: environment,
                   unset: ["MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES"])
}

/// What `make install` and `make deb` need here: the debug build, nothing built (SwiftPM's build
/// folder is locked while `swift test` runs, and SWIFT=false makes a build fail at once), and
/// the pages and completions that `make test` generated before the tests, never made again
/// (`-o`), so that tests running side by side only read them.
let debugMakeVariables = ["CONFIGURATION=debug", "SWIFT=false", "-o", ".build/share/.generated-debug"]

/// Fails unless the pages and completions are up to date with the debug build.
func requireGeneratedDocs(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let upToDate = try runMake(["-q", "docs", "CONFIGURATION=debug"])
    try #require(upToDate.status == 0, """
        the manual pages or completions in .build/share are missing or older than the debug build: run \
        'swift build && make docs CONFIGURATION=debug' (make test does)
        """, sourceLocation: sourceLocation)
}

/// A `make install` into a temporary folder, removed by `remove()`.
struct StagedInstall {
    /// DESTDIR.
    let root: URL
    let prefix: String

    /// `$(DESTDIR)$(PREFIX)`.
    var installed: URL { root.appendingPathComponent(String(prefix.dropFirst())) }

    static func make(prefix: String = "/usr", sourceLocation: SourceLocation = #_sourceLocation) throws -> StagedInstall {
        try requireGeneratedDocs(sourceLocation: sourceLocation)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-install-\(UUID().uuidString)")
        let install = try runMake(["install", "DESTDIR=\(root.path)", "PREFIX=\(prefix)"] + debugMakeVariables)
        try #require(install.status == 0, "make install failed: \(install.stdout)\(install.stderr)", sourceLocation: sourceLocation)
        return StagedInstall(root: root, prefix: prefix)
    }

    func uninstall() throws -> Run {
        try runMake(["uninstall", "DESTDIR=\(root.path)", "PREFIX=\(prefix)"] + debugMakeVariables)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Every regular file under `folder`, relative to it, sorted.
func regularFiles(under folder: URL) throws -> [String] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
    var found: [String] = []
    for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
        found.append(String(url.path.dropFirst(folder.path.count + 1)))
    }
    return found.sorted()
}

/// A temporary folder holding empty files with these names (a name ending in / is a folder).
func folderWithFiles(_ names: [String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in names {
        let url = folder.appendingPathComponent(name)
        if name.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            try Data().write(to: url)
        }
    }
    return folder
}
