import BuiltInContent
import Foundation
import PathwayCore
import Testing

/// `make deb`, of the debug build (a release build would add minutes to every run; the package is
/// made from the same staged install either way), relinked as the package links it: the Swift
/// runtime in, the system's libraries shared.
@Suite("make deb: a Debian package that lintian passes, that installs and runs")
struct DebPackageTests {
    @Test("builds discpath_VERSION_ARCH.deb with no lintian error; its contents are where Debian looks; extracted into a scratch root it runs and man finds its pages")
    func package() throws {
        try requireGeneratedDocs()
        let lintian = try runTool("/bin/sh", ["-c", "command -v lintian"])
        try #require(lintian.status == 0, "lintian is not installed: run make test-deps")
        let out = try folderWithFiles([])
        defer { try? FileManager.default.removeItem(at: out) }

        let build = try runMake(["deb", "DEB_OUT=\(out.path)"] + debugMakeVariables)
        let said = build.stdout + build.stderr
        try #require(build.status == 0, "make deb failed: \(said)")
        #expect(!said.split(separator: "\n").contains { $0.hasPrefix("E: ") }, "lintian: \(said)")
        #expect(!said.contains("lintian is not installed"))
        let version = ProgramVersion.string
        let arch = try runTool("/usr/bin/env", ["dpkg", "--print-architecture"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let deb = out.appendingPathComponent("discpath_\(version)_\(arch).deb").path
        let written = try regularFiles(under: out)
        try #require(FileManager.default.fileExists(atPath: deb), "no \(deb): \(written)")

        // Depends on the shared libraries it links, never on the Swift toolchain.
        let depends = try runTool("/usr/bin/env", ["dpkg-deb", "-f", deb, "Depends"]).stdout
        #expect(depends.contains("libncursesw6") && depends.contains("libc6"), "Depends: \(depends)")
        #expect(!depends.lowercased().contains("swift"))

        let contents = try runTool("/usr/bin/env", ["dpkg-deb", "-c", deb]).stdout
        let paths = Set(contents.split(separator: "\n").compactMap { $0.split(separator: " ").last.map { String($0.dropFirst(2)) } })
        for path in ["usr/bin/discpath", "usr/share/man/man1/discpath.1.gz", "usr/share/man/man1/discpath-evaluate.1.gz",
                     "usr/share/bash-completion/completions/discpath", "usr/share/zsh/vendor-completions/_discpath",
                     "usr/share/fish/vendor_completions.d/discpath.fish", "lib/systemd/system/discpath-kiosk.service",
                     "usr/lib/sysusers.d/discpath-kiosk.conf", "usr/share/doc/discpath/copyright", "usr/share/doc/discpath/NOTICE",
                     "usr/share/doc/discpath/changelog.gz"] {
            #expect(paths.contains(path), "the package lacks \(path)")
        }
        // Nothing in /etc: no PIN, and the kiosk not enabled.
        #expect(!paths.contains { $0.hasPrefix("etc/") }, "\(paths.filter { $0.hasPrefix("etc/") })")

        let root = try folderWithFiles([])
        defer { try? FileManager.default.removeItem(at: root) }
        let extract = try runTool("/usr/bin/env", ["dpkg-deb", "-x", deb, root.path])
        try #require(extract.status == 0, "\(extract)")
        let binary = root.appendingPathComponent("usr/bin/discpath").path
        let sections = try runTool("/usr/bin/env", ["readelf", "-S", "-W", binary]).stdout
        #expect(!sections.contains(".symtab") && !sections.contains(".debug_info"), "the packaged binary is not stripped")
        let dynamic = try runTool("/usr/bin/env", ["readelf", "-d", binary]).stdout
        #expect(!dynamic.contains("libswift") && !dynamic.contains("/opt/swift"), "\(dynamic)")
        #expect(try runTool(binary, ["--version"]).stdout.hasPrefix("discpath \(version) "))
        let evaluated = try runProgram(URL(fileURLWithPath: binary), ["evaluate", "--format", "json"],
                                       stdin: #"{"redFlags": ["saddleAnesthesia"]}"#)
        #expect(evaluated.status == 0 && evaluated.stdout.contains(#""tier" : "immediate-spine-surgeon""#), "\(evaluated)")

        let unit = try String(contentsOf: root.appendingPathComponent("lib/systemd/system/discpath-kiosk.service"), encoding: .utf8)
        #expect(unit.contains("\nExecStart=/usr/bin/discpath --kiosk\n") && unit.contains("\nLimitCORE=0\n"), "\(unit)")
        let copyright = try String(contentsOf: root.appendingPathComponent("usr/share/doc/discpath/copyright"), encoding: .utf8)
        #expect(copyright.contains("License: Apache-2.0"))
        #expect(folded(copyright).contains(try Pathway.builtIn().meta.title), "the copyright file does not name the content's source")

        try expectManFinds(manPath: root.appendingPathComponent("usr/share/man").path)
    }
}
