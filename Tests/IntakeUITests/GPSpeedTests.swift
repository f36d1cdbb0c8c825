import Testing
@testable import IntakeUI
import PathwayCore

/// The GP's speed (issue 27, item 2): the keys typed, counted; `r` keeps the audience; the
/// result's first screen holds the tier, what to do and the deciding reason.
@Suite struct GPSpeedTests {
    /// A 16-week patient meeting every surgical criterion, as a GP types it with --audience
    /// clinician: None of these (9), No (n), 16 weeks, persisting (Enter on Yes), formal PT and
    /// a PM&R/pain specialist (3 4), root compression (3), symptoms match, willing, the review.
    static let sixteenWeeksAllCriteria: [KeyPress] = typing("9") + [.enter] + typing("n") + [.enter] + typing("16") + [.enter]
        + [.enter] + typing("34") + [.enter] + typing("3") + [.enter] + [.enter] + [.enter] + [.enter]

    @Test func aSixteenWeekAllCriteriaPatientReachesTheSurgeonInSixteenKeys() throws {
        var s = try Script()
        s.press(Self.sixteenWeeksAllCriteria)
        #expect(Self.sixteenWeeksAllCriteria.count <= 16)
        #expect(s.state.position == .result(.spineSurgeon), "\(s.screen)")
        #expect(s.state.intake.answers.weeksOfConservativeCare == 16)
    }

    @Test func aRedFlagPatientReachesTheUrgentResultInThreeKeys() throws {
        let keys: [KeyPress] = typing("1") + [.enter, .enter]
        var s = try Script()
        s.press(keys)
        #expect(keys.count == 3)
        #expect(s.state.position == .result(.immediateSpineSurgeon))
    }

    @Test func theFirstScreenHoldsTheTierWhatToDoAndTheDecidingReason() throws {
        var surgeon = try Script()
        surgeon.press(Self.sixteenWeeksAllCriteria)
        for text in ["Refer to an orthopedic spine surgeon", "Referral tier: spine-surgeon", "Deciding reason",
                     "All of the surgical criteria are met", "What to do"] {
            #expect(surgeon.screen.contains(text), "\(text):\n\(surgeon.screen)")
        }
        // Only this program's inferred criterion unmet: it is named at the top.
        var inference = try Script()
        inference.press(noRedFlags + notSevere + typing("16") + [.enter] + persisting + typing("3") + [.enter] + rootCompression
                        + symptomsMatch + willing + [.enter])
        #expect(inference.state.position == .result(.interventionalPain))
        #expect(inference.screen.contains("Deciding reason") && inference.screen.contains("✗ PM&R or interventional pain"),
                "\(inference.screen)")
        #expect(inference.screen.contains("What to do"))
        // A red flag: named at the top.
        var red = try Script()
        red.press(typing("1") + [.enter, .enter])
        #expect(red.screen.contains("Deciding reason") && red.screen.contains("Red flag present: Urinary retention"))
        assertSnapshot(inference.styledScreen, named: "result-interventional-inference-first-screen.80x24")
    }

    @Test func rKeepsTheAudienceChosen() throws {
        var s = try Script(audience: nil)
        s.press(typing("1") + [.enter])  // clinician
        s.press(typing("1") + [.enter, .enter])
        #expect(s.state.position == .result(.immediateSpineSurgeon))
        s.press([.character("r"), .character("y")])
        #expect(s.state.position == .question(.redFlags), "no audience screen again")
        #expect(s.state.wording == .clinician)
        #expect(s.state.intake.answers == Answers(), "every answer cleared")
    }
}
