import Foundation
import Testing

@Suite("The line mode through a pipe")
struct LineModeCLITests {
    @Test("printf answers | discpath --plain --audience clinician reaches a tier, exit 0")
    func pipeReachesATier() throws {
        let run = try discpath(["--plain", "--audience", "clinician"], stdin: "9\n2\n14\n1\n1\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Referral tier: Refer to PM&R or interventional pain"))
        #expect(run.stdout.contains("Referral overdue"))
        #expect(!run.stdout.utf8.contains(0x1B))
        #expect(run.stderr.isEmpty)
    }

    @Test("input that ends before a tier exits 1; --plain works with TERM unset")
    func endsEarly() throws {
        let run = try discpath(["--plain"], stdin: "1\n9\n", environment: ["TERM": ""])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Is there severe or disabling radicular (leg) pain"))
    }
}
