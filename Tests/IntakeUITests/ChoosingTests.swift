import Testing
@testable import IntakeUI
import PathwayCore

/// Choosing on lists (issue 27, item 1): the pointer shows from the first frame, moving chooses
/// on a single-choice list, Enter chooses the pointer's row, digits and y/n/u choose.
@Suite struct ChoosingTests {
    @Test func thePointerIsOnTheFirstRowFromTheFirstFrameWithNothingChosen() throws {
        var s = try Script()
        s.press(noRedFlags)
        #expect(s.state.cursor == 0 && s.state.chosen == Session.noChoice)
        #expect(s.screen.contains("› ( ) Yes"), "the pointer drawn on the first row, the radio empty:\n\(s.screen)")
    }

    @Test func theFirstDownLandsOnTheSecondRowAndChoosesIt() throws {
        var s = try Script()
        s.press(noRedFlags + [.down])
        #expect(s.state.cursor == 1 && s.state.chosen == 1)
        #expect(s.screen.contains("› (•) No"))
        s.press(.enter)
        #expect(s.state.intake.answers.values(for: .severeRadicularPain) == ["no"], "Down, Enter answers No")
    }

    @Test func enterWithNothingChosenChoosesThePointersRow() throws {
        var s = try Script()
        s.press(noRedFlags + [.enter])
        #expect(s.state.intake.answers.values(for: .severeRadicularPain) == ["yes"])
    }

    @Test func upOnTheFirstRowChoosesNothing() throws {
        var s = try Script()
        s.press(noRedFlags + [.up])
        #expect(s.state.cursor == 0 && s.state.chosen == Session.noChoice)
    }

    @Test func theAnswerGivenIsUnderThePointerComingBack() throws {
        var s = try Script()
        s.press(noRedFlags + notSevere + [.left])
        #expect(s.state.position == .question(.severeRadicularPain))
        #expect(s.state.cursor == 1 && s.state.chosen == 1)
    }

    @Test func digitsChooseTheRowOfThatNumber() throws {
        var s = try Script()
        s.press(noRedFlags + typing("3"))
        #expect(s.state.cursor == 2 && s.state.chosen == 2, "3 chooses the third row, Not sure")
        s.press(typing("9"))
        #expect(s.state.chosen == 2, "no ninth row: nothing changes")
        s.press(.enter)
        #expect(s.state.intake.answers.values(for: .severeRadicularPain) == ["unsure"])
    }

    @Test func yesNoAndUnsureLettersAnswerYesNoQuestions() throws {
        for (letter, value) in [("y", "yes"), ("n", "no"), ("u", "unsure")] {
            var s = try Script()
            s.press(noRedFlags + typing(letter) + [.enter])
            #expect(s.state.intake.answers.values(for: .severeRadicularPain) == [value], "\(letter)")
        }
    }

    @Test func lettersDoNothingWhereTheAnswersAreNotYesNo() throws {
        var s = try Script()
        s.press(keysToMRI)
        #expect(s.state.position == .question(.mri))
        #expect(s.state.screenKeyContext == .list)
        s.press(typing("n"))
        #expect(s.state.chosen == Session.noChoice)
    }

    @Test func digitsTickAndUntickOnAChecklist() throws {
        var s = try Script()
        s.press(typing("13"))
        #expect(s.state.checked == ["urinaryRetentionOrIncontinence", "saddleAnesthesia"])
        s.press(typing("1"))
        #expect(s.state.checked == ["saddleAnesthesia"], "the same digit again unticks")
        s.press(typing("9"))
        #expect(s.state.checked == ["none"], "None of these, the ninth row for a clinician, clears the others")
    }

    @Test("0 is the tenth row: the patient's None of these, where '1 0' once ticked the first warning sign (fresh-eyes trial 4)")
    func zeroIsTheTenthRow() throws {
        var patient = try Script(audience: .patient)
        patient.press(typing("0"))
        #expect(patient.state.checked == ["none"], "\(patient.state.checked)")
        patient.press(typing("10"))
        #expect(patient.state.checked == ["none"], "1 ticks the first, then 0 (None of these) clears it")
        var clinician = try Script()
        clinician.press(typing("0"))
        #expect(clinician.state.checked.isEmpty, "no tenth row for a clinician: nothing changes")
    }

    @Test func enterOnNoneOfTheseWithNothingTickedChoosesIt() throws {
        var s = try Script()
        s.press([.end, .enter])
        #expect(s.state.intake.answers.values(for: .redFlags) == [])
        #expect(s.state.position == .question(.severeRadicularPain))
    }

    @Test func enterWithNothingTickedElsewhereSaysHowInPlainWords() throws {
        var s = try Script(audience: .patient)
        s.press(.enter)
        #expect(s.state.position == .question(.redFlags))
        #expect(s.state.message?.contains("Press Space to put an x in a box") == true)
    }

    @Test func theAudienceAndThePredictionChooseByTheSameRules() throws {
        var s = try Script(audience: nil)
        #expect(s.state.position == .audience && s.state.cursor == 0 && s.state.chosen == Session.noChoice)
        s.press(typing("2"))
        #expect(s.state.chosen == 1)
        s.press(.enter)
        #expect(s.state.wording == .patient)
    }

    @Test func theHintsAndTheHelpNameTheNewKeys() throws {
        var s = try Script()
        s.press(noRedFlags)
        #expect(s.screen.contains("y/n/u answer"), "\(s.screen)")
        s.press(.character("?"))
        let help = HelpView.lines(s.state.model(s.context, help: true), s.context).map(\.text).joined(separator: "\n")
        #expect(help.contains("• 1-9  choose") && help.contains("• y, n, u  choose Yes, No or Not sure"), "\(help)")
        #expect(KeyReference.text().contains("1-9"))
        #expect(KeyReference.text().contains("on a Yes / No / Not sure question"))
    }
}
