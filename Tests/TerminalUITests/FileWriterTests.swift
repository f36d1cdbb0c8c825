import Foundation
import IntakeUI
import Testing
@testable import TerminalUI

@Suite("Writing a saved file")
struct FileWriterTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("discpath-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func request(_ path: String, _ contents: String = "note\n", overwrite: Bool = false) -> FileRequest {
        FileRequest(kind: .note, path: path, contents: contents, overwrite: overwrite)
    }

    @Test("a new file is written whole, mode 0644 less the umask, and named by its full path")
    func newFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/note.txt"
        let contents = String(repeating: "a line of the note\n", count: 10_000)
        #expect(FileWriter.perform(request(path, contents)) == .written(shownAs: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == contents)
        let mask = umask(0)
        umask(mask)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o644 & ~Int(mask))
    }

    @Test("a file that is there is left untouched unless the request says to replace it")
    func noOverwrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/note.txt"
        try "the patient's earlier note\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(FileWriter.perform(request(path)) == .exists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the patient's earlier note\n")
        #expect(FileWriter.perform(request(path, "new\n", overwrite: true)) == .written(shownAs: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n", "replaced whole, nothing of the longer old text left")
        // A link in the file's place counts as a file there, even one pointing nowhere.
        let link = dir + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir + "/nowhere.txt")
        #expect(FileWriter.perform(request(link)) == .exists)
        #expect(!FileManager.default.fileExists(atPath: dir + "/nowhere.txt"))
    }

    @Test("what cannot be written gets a plain reason, and nothing is left behind")
    func failures() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileWriter.perform(request(dir + "/missing/note.txt")) == .failed(reason: "no such folder"))
        #expect(FileWriter.perform(request(dir)) == .exists, "a folder of that name is there")
        #expect(FileWriter.perform(request(dir + "/", overwrite: true)) == .failed(reason: "that is a folder: add a file name"))
        try "x".write(toFile: dir + "/plain", atomically: false, encoding: .utf8)
        #expect(FileWriter.perform(request(dir + "/plain/note.txt")) == .failed(reason: "a part of the name is not a folder"))
        // Root may write in any folder whatever its mode; nobody can make a file in sysfs.
        let unwritable: String
        if getuid() == 0 {
            unwritable = "/sys"
        } else {
            unwritable = dir + "/read-only"
            try FileManager.default.createDirectory(atPath: unwritable, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o555])
        }
        let result = FileWriter.perform(request(unwritable + "/note-\(UUID().uuidString).txt"))
        #expect(result == .failed(reason: "permission denied: choose a folder you can write to"))
    }

    @Test("~/ is the home folder, as in a shell")
    func home() throws {
        let home = String(cString: try #require(getenv("HOME")))
        #expect(FileWriter.expandingHome("~/notes/x.txt") == home + "/notes/x.txt")
        #expect(FileWriter.expandingHome("notes/~/x.txt") == "notes/~/x.txt")
        #expect(FileWriter.expandingHome("~other/x.txt") == "~other/x.txt")
    }
}
