import Testing
@testable import IntakeUI
import PathwayCore

/// Keys that tick exactly `chosen` on the treatments checklist, from its first row.
private func ticking(_ chosen: Set<Therapy>) -> [KeyPress] {
    var keys: [KeyPress] = []
    for therapy in Therapy.allCases {
        if chosen.contains(therapy) { keys.append(.space) }
        keys.append(.down)
    }
    if chosen.isEmpty { keys.append(.space) }  // "None of these yet", the last row
    return keys + [.enter]
}

@Suite("Result layout")
struct ResultLayoutTests {
    /// Clinical review 12: the overdue warning is the one time-critical message of its tier, so it
    /// must be on the first screen at 80x24, right after what to do, for every path that shows it.
    @Test("the overdue warning is on the first 80x24 screen wherever the intake shows it", arguments: Audience.allCases)
    func overdueOnFirstScreen(audience: Audience) throws {
        let words = ReportWords.for(audience)
        let severities: [[KeyPress]] = [[.down, .enter], [.down, .down, .enter]]  // No, Not sure
        let therapySets = (0..<32).map { bits in
            Set(Therapy.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
        }.filter { !$0.contains(.painSpecialist) }
        var shown = 0
        for severity in severities {
            for weeks in ["13", "52"] {
                for therapies in therapySets {
                    var script = try Script(audience: audience)
                    // With formal physical therapy had, the MRI is asked next (the specialist alone never
                    // ends the intake): not done.
                    let mri = therapies.contains(.physicalTherapy) ? mriNotDone : []
                    script.press(noRedFlags + severity + typing(weeks) + [.enter] + persisting + ticking(therapies) + mri + [.enter])
                    guard case .result(.interventionalPain) = script.state.position else {
                        Issue.record("did not reach the interventional-pain result with \(therapies)")
                        continue
                    }
                    let screen = script.screen
                    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                    guard let heading = lines.firstIndex(where: { $0.trimmingPrefix(" ") == words.overdue }) else {
                        Issue.record("no overdue warning on the first screen (\(audience), \(weeks) weeks, \(therapies)):\n\(screen)")
                        continue
                    }
                    // Its sentence starts on screen too, above the message line.
                    #expect(heading + 1 < lines.count - 2, "\(screen)")
                    // What to do follows it on the same screen (with the safety net it is never short
                    // enough for the warning to fit below it at 80x24).
                    let whatToDo = lines.firstIndex { $0.trimmingPrefix(" ") == words.whatToDo } ?? Int.max
                    #expect(heading < whatToDo && whatToDo < lines.count - 2, "\(screen)")
                    shown += 1
                }
            }
        }
        #expect(shown == 2 * 2 * 16)
    }
}

@Suite("A patient's urgent result")
struct PatientUrgentResultTests {
    @Test("says where to go before why, on the first 80x24 screen; a clinician's opens with the deciding reason")
    func whereToGoFirst() throws {
        var patient = try Script(audience: .patient)
        patient.press([.space, .enter, .enter])
        guard case .result(.immediateSpineSurgeon) = patient.state.position else {
            Issue.record("no urgent result: \(patient.state.position)")
            return
        }
        let screen = patient.screen
        let whatToDo = try #require(screen.range(of: "What to do")), why = try #require(screen.range(of: "Why this step"))
        #expect(whatToDo.lowerBound < why.lowerBound, "\(screen)")
        #expect(screen.contains("Go to an emergency department now"), "\(screen)")

        var clinician = try Script(audience: .clinician)
        clinician.press([.space, .enter, .enter])
        let text = clinician.screen
        let deciding = try #require(text.range(of: "Deciding reason")), todo = try #require(text.range(of: "What to do"))
        #expect(deciding.lowerBound < todo.lowerBound, "\(text)")
    }
}
