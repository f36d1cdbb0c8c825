import Foundation
import Testing

@Suite("discpath evaluate --format ndjson")
struct NDJSONTests {
    static let unsure = #"{"redFlags": ["unsure"]}"#
    static let severe = #"{"redFlags": [], "severeRadicularPain": "yes"}"#

    @Test("one report a line, in order; blank lines and CRLF endings are fine")
    func lines() throws {
        let run = try discpath(["evaluate", "--format", "ndjson", "--audience", "patient"],
                               stdin: "\(Self.unsure)\n\n\(Self.severe)\r\n  \n\(surgeonAnswers.split(separator: "\n").joined(separator: " "))")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")
        let reports = try lines.dropLast().map { try jsonObject(String($0)) }
        #expect(reports.map { $0["tier"] as? String } == ["immediate-spine-surgeon", "specialist-within-2-weeks", "spine-surgeon"])
        #expect(reports.allSatisfy { $0["audience"] as? String == "patient" })
    }

    @Test("a line holding only a byte order mark is blank; a wrong value is named as written (trial 2, finding 28)")
    func markOnlyLine() throws {
        let run = try discpath(["evaluate", "--format", "ndjson"], stdin: "\u{FEFF}\n\(Self.unsure)\n\u{FEFF}  \n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let flag = try discpath(["evaluate", "--format", "ndjson"],
                                stdin: #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": true}"# + "\n")
        #expect(flag.status == 65)
        #expect(flag.stderr.contains("got true") && !flag.stderr.contains("true or false"), "\(flag.stderr)")
    }

    @Test("a bad line stops the run with its number; the lines before it keep their reports")
    func badLine() throws {
        let run = try discpath(["evaluate", "--format", "ndjson"],
                               stdin: "\(Self.unsure)\n\(Self.severe)\n{\"redFlags\": [\"unsure\"], \"mri\": \"maybe\"}\n\(Self.unsure)\n")
        #expect(run.status == 65)
        #expect(run.stderr == "discpath: error: line 3: mri: unknown value \"maybe\"; expected one of notDone, noRootCompression, rootCompression, unknown\n")
        #expect(run.stdout.split(separator: "\n").count == 2)
        let syntax = try discpath(["evaluate", "--format", "ndjson"], stdin: "\(Self.unsure)\n{\"redFlags\": [}\n")
        #expect(syntax.status == 65)
        #expect(syntax.stderr == "discpath: error: line 2: malformed JSON at column 15: expected a value\n")
    }

    @Test("the cap is per line: a line over 1 MiB is refused, and an endless stream with no line break stops there")
    func perLineCap() throws {
        let long = try temporaryFile(Self.unsure + "\n" + #"{"redFlags": ["unsure"]"# + String(repeating: " ", count: 1 << 20) + "}\n", name: "long.ndjson")
        let run = try discpath(["evaluate", "--format", "ndjson", "--answers", long.path])
        #expect(run.status == 65)
        #expect(run.stderr == "discpath: error: answers file '\(long.path)': line 2 is longer than 1 MiB, the most discpath reads in one line\n")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let zero = try discpath(["evaluate", "--format", "ndjson", "--answers", "/dev/zero"])
        #expect(zero.status == 65)
        #expect(zero.stderr == "discpath: error: answers file '/dev/zero': line 1 is longer than 1 MiB, the most discpath reads in one line\n")
        let yes = try shell(#"yes | "$DISCPATH" evaluate --format ndjson"#)
        #expect(yes.status == 65)
        #expect(yes.stderr == "discpath: error: line 1: malformed JSON at column 1: expected a value\n")
    }

    @Test("a line exactly at the cap is read", .timeLimit(.minutes(2)))
    func lineAtCap() throws {
        let padded = Self.unsure.dropLast() + String(repeating: " ", count: (1 << 20) - Self.unsure.utf8.count) + "}"
        #expect(padded.utf8.count == 1 << 20)
        let file = try temporaryFile(padded + "\n" + Self.severe, name: "cap.ndjson")
        let run = try discpath(["evaluate", "--format", "ndjson", "--answers", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 2)
    }

    @Test("each report goes out as its line comes in, before the input ends", .timeLimit(.minutes(2)))
    func answersAsLinesArrive() throws {
        let process = Process()
        process.executableURL = try discpathBinary()
        process.arguments = ["evaluate", "--format", "ndjson"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        _ = survivesBrokenPipes
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data((Self.unsure + "\n").utf8))
        // The first report arrives while standard input is still open: reading it cannot wait
        // for the end of the input.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        #expect(String(decoding: first, as: UTF8.self).contains("\"tier\":\"immediate-spine-surgeon\""))
        try input.fileHandleForWriting.write(contentsOf: Data((Self.severe + "\n").utf8))
        try input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: first + rest, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test("text and json read the whole file and print nothing when any set is bad")
    func wholeFileFormats() throws {
        for format in ["text", "json"] {
            let run = try discpath(["evaluate", "--format", format], stdin: "[\(Self.unsure), \(Self.severe), {\"redFlags\": [\"x\"]}]")
            #expect(run.status == 65)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("[2].redFlags: unknown value \"x\""))
        }
    }
}
