import Foundation
import IntakeUI
import Testing
@testable import TerminalUI

@Suite("The local clock")
struct LocalClockTests {
    @Test("a fixed time formats as the file-name stamp and the note's date, with the zone's name and offset")
    func format() {
        var parts = tm()
        parts.tm_year = 2026 - 1900
        parts.tm_mon = 2  // March
        parts.tm_mday = 5
        parts.tm_hour = 14
        parts.tm_min = 7
        parts.tm_sec = 59
        parts.tm_gmtoff = 3600
        let zone = strdup("CET")
        defer { free(zone) }
        parts.tm_zone = UnsafePointer(zone)
        let time = LocalClock.format(parts)
        #expect(time.stamp == "20260305-140759", "to the second: two saves a minute apart never share a name")
        #expect(time.text == "2026-03-05 14:07 CET (UTC+0100)")
        parts.tm_gmtoff = -(9 * 3600 + 30 * 60)
        #expect(LocalClock.format(parts).text.hasSuffix("(UTC-0930)"))
    }

    @Test("the time read is the local time date reports, in the zone date uses")
    func agreesWithDate() throws {
        // Setting TZ here would change it for every test running beside this one: the CLI tests
        // run the program and date with a TZ of their own. Here the zone is whatever the system's is.
        let now = LocalClock.now()
        let date = Process()
        date.executableURL = URL(fileURLWithPath: "/bin/sh")
        date.arguments = ["-c", "date '+%Y-%m-%d %H:%M %Z (UTC%z)'"]
        let out = Pipe()
        date.standardOutput = out
        try date.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        date.waitUntilExit()
        let after = LocalClock.now()
        let read = text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(read == now.text || read == after.text, "date: \(read), the clock: \(now.text)")
    }
}
