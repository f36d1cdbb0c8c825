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

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// What is in the folder besides `expected`: a temporary file left behind shows here.
    func leftovers(_ dir: String, besides expected: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { !expected.contains($0) }
    }

    @Test("a new file is written whole, mode 0600 (never less private, whatever the umask), named by its full path, nothing else left")
    func newFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/note.txt"
        let contents = String(repeating: "a line of the note\n", count: 10_000)
        #expect(FileWriter.perform(request(path, contents)) == .written(shownAs: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == contents)
        #expect(try mode(path) == 0o600)
        #expect(try leftovers(dir, besides: ["note.txt"]).isEmpty)
    }

    @Test("a file that is there is left untouched unless the request says to replace it; replacing it is whole and 0600")
    func noOverwrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/note.txt"
        try "the patient's earlier note\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        #expect(FileWriter.perform(request(path)) == .exists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the patient's earlier note\n")
        #expect(FileWriter.perform(request(path, "new\n", overwrite: true)) == .written(shownAs: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n", "replaced whole, nothing of the longer old text left")
        #expect(try mode(path) == 0o600, "the replacement is private too")
        #expect(try leftovers(dir, besides: ["note.txt"]).isEmpty)
    }

    @Test("a link in the file's place is never written through, asked about or followed, dangling or not (trial 2, finding 3)")
    func links() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "/victim.txt"
        try "someone else's file\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let planted = dir + "/discpath-20260305-1407.txt"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        let dangling = dir + "/discpath-answers-20260305-1407.json"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: dir + "/stolen.json")
        for path in [planted, dangling] {
            for overwrite in [false, true] {
                guard case .failed(let reason) = FileWriter.perform(request(path, "the patient's note\n", overwrite: overwrite)) else {
                    Issue.record("\(path), overwrite \(overwrite): written or asked about")
                    continue
                }
                #expect(reason.contains("link"))
            }
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "someone else's file\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/stolen.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == victim, "the link itself is left as it was")
    }

    @Test("a FIFO is refused at once, never opened, so nothing blocks (trial 2, finding 7)")
    func fifo() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pipe = dir + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader holds the FIFO open, so a writer that opened it would not block but write
        // into it: the test fails rather than hangs if the writer ever opens it.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        for overwrite in [false, true] {
            guard case .failed(let reason) = FileWriter.perform(request(pipe, "note\n", overwrite: overwrite)) else {
                Issue.record("overwrite \(overwrite): the FIFO was taken for a file")
                continue
            }
            #expect(reason.contains("not a plain file"))
        }
        var byte: UInt8 = 0
        #expect(read(reader, &byte, 1) <= 0, "nothing was written into the FIFO")
        #expect(try leftovers(dir, besides: ["pipe"]).isEmpty)
        #expect(FileWriter.perform(request("/dev/null", overwrite: true)) == .failed(reason: "that is not a plain file (a pipe, a device or a socket): choose another name"))
    }

    @Test("what cannot be written gets a plain reason, and nothing is left behind")
    func failures() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileWriter.perform(request(dir + "/missing/note.txt")) == .failed(reason: "no such folder"))
        // A folder is said to be one at once, not asked about first (trial 2, finding 22).
        #expect(FileWriter.perform(request(dir)) == .failed(reason: "that is a folder: add a file name"))
        #expect(FileWriter.perform(request(dir + "/", overwrite: true)) == .failed(reason: "that is a folder: add a file name"))
        #expect(FileWriter.perform(request(".")) == .failed(reason: "that is a folder: add a file name"))
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
        #expect(try leftovers(dir, besides: ["plain", "read-only"]).isEmpty)
    }

    @Test("~/ is the home folder, as in a shell")
    func home() throws {
        let home = String(cString: try #require(getenv("HOME")))
        #expect(FileWriter.expandingHome("~/notes/x.txt") == home + "/notes/x.txt")
        #expect(FileWriter.expandingHome("notes/~/x.txt") == "notes/~/x.txt")
        #expect(FileWriter.expandingHome("~other/x.txt") == "~other/x.txt")
    }

    @Test("a file's folder: its path up to the last slash, / at the root, . for a bare name")
    func folders() {
        #expect(FileWriter.folder(of: "note.txt") == ".")
        #expect(FileWriter.folder(of: "/note.txt") == "/")
        #expect(FileWriter.folder(of: "a/b/note.txt") == "a/b")
    }
}
