import Testing
@testable import IntakeUI
import PathwayCore

@Suite("Front-end transitions")
struct ScreenStateTests {
    @Test("Enter with nothing ticked asks for a choice instead of taking it as none")
    func redFlagsNeedAChoice() throws {
        var s = try Script()
        s.press(.enter)
        #expect(s.state.intake.step == .question(.redFlags))
        #expect(s.state.message?.contains("None of these") == true)
        s.press(.down)
        #expect(s.state.message == nil, "any key clears the message")
    }

    @Test("'None of these' excludes every other tick, and a tick clears it")
    func noneIsExclusive() throws {
        var s = try Script()
        s.press([.space, .down, .space])
        #expect(s.state.checked == ["urinaryRetentionOrIncontinence", "bilateralLegWeakness"])
        s.press([.end, .space])
        #expect(s.state.checked == ["none"])
        s.press([.home, .space])
        #expect(s.state.checked == ["urinaryRetentionOrIncontinence"])
        s.press(.space)
        #expect(s.state.checked.isEmpty, "Space toggles off")
    }

    @Test("the weeks field: digits, Backspace, a wrong value's reason, and Backspace on empty goes back")
    func weeksField() throws {
        var s = try Script()
        s.press(noRedFlags + notSevere)
        #expect(s.state.intake.step == .question(.weeksOfConservativeCare))
        s.press(.enter)
        #expect(s.state.message?.contains("Type the number of weeks") == true)
        s.press(typing("600"))
        #expect(s.state.weeksText == "600")
        s.press(.enter)
        #expect(s.state.intake.step == .question(.weeksOfConservativeCare))
        #expect(s.screen.contains("600 is more than 520"), "the reason shows beside the field as it is typed")
        s.press(typing("1"))
        s.press(typing("2"))
        #expect(s.state.weeksText == "6001", "four digits at most")
        #expect(s.state.message?.contains("At most 4 digits") == true)
        s.press([.backspace, .backspace, .backspace])
        #expect(s.state.weeksText == "6")
        s.press(typing("a"))
        #expect(s.state.message?.contains("digits only") == true)
        s.press([.backspace, .backspace])
        #expect(s.state.intake.step == .question(.severeRadicularPain))
        #expect(s.state.cursor == 1, "the stored answer (No) is pre-selected")
        s.press([.enter])
        #expect(s.state.weeksText == "", "nothing was stored for weeks")
        s.press(typing("0") + typing("7"))
        #expect(s.state.weeksText == "7", "a leading zero is replaced")
    }

    @Test("going back and forth keeps answers and pre-fills them")
    func prefill() throws {
        var s = try Script()
        s.press(keysToSurgeonReview)
        #expect(s.state.intake.step == .review)
        s.press(.left)
        #expect(s.state.intake.step == .question(.willingToConsiderSurgery))
        s.press([.left, .left])
        #expect(s.state.intake.step == .question(.mri))
        #expect(s.state.cursor == 2, "root compression")
        s.press([.left])
        #expect(s.state.checked == ["physicalTherapy", "painSpecialist"])
        s.press([.left])
        #expect(s.state.weeksText == "12")
    }

    @Test("a single choice starts with nothing chosen: Enter asks for a choice")
    func singleChoiceNeedsAChoice() throws {
        var s = try Script()
        s.press(noRedFlags)
        #expect(s.state.cursor == ScreenState.noChoice)
        #expect(!s.screen.contains("(•)"))
        s.press(.enter)
        #expect(s.state.intake.step == .question(.severeRadicularPain))
        #expect(s.state.message?.contains("Choose one") == true)
        s.press([.down, .enter])
        #expect(s.state.intake.step == .review, "Down reaches the first option, Yes")
    }

    @Test("ticking 'None of these' says which ticks it cleared")
    func noneSaysWhatItCleared() throws {
        var s = try Script()
        s.press([.space, .end, .space])
        #expect(s.state.checked == ["none"])
        #expect(s.state.message == "\"None of these\" cleared: Urinary retention or incontinence (cauda equina syndrome)")
    }

    @Test("below the minimum size no key takes effect unseen")
    func keysIgnoredWhenTooSmall() throws {
        var s = try Script(width: 20, height: 6)
        let before = s.state
        s.press([.space, .enter, .character("q")])
        #expect(s.state == before)
    }

    @Test("the review starts on 'Show the result'; Enter on an answer changes it")
    func review() throws {
        var s = try Script()
        s.press(keysToSurgeonReview)
        #expect(s.state.cursor == 7)
        s.press([.up, .up, .up, .up, .up, .up, .enter])
        #expect(s.state.intake.step == .question(.severeRadicularPain))
        s.press([.up, .enter])
        #expect(s.state.intake.step == .review)
        s.press(.enter)
        #expect(s.state.intake.step == .result(.specialistWithin2Weeks))
    }

    @Test("the result scrolls within its length, and r, b and q do what the hint line says")
    func result() throws {
        var s = try Script()
        s.press(keysToSurgeonReview + [.enter])
        #expect(s.state.intake.step == .result(.spineSurgeon))
        s.press(.up)
        #expect(s.state.scroll == 0)
        s.press(.pageDown)
        #expect(s.state.scroll == s.context.pageHeight)
        s.press(.end)
        let bottom = s.state.scroll
        #expect(bottom > 0)
        s.press(.down)
        #expect(s.state.scroll == bottom, "never past the end")
        s.press(.home)
        #expect(s.state.scroll == 0)
        var back = s
        back.press(.character("b"))
        #expect(back.state.intake.step == .review)
        var again = s
        again.press(.character("r"))
        #expect(again.state.intake.step == .question(.redFlags))
        #expect(again.state.intake.answers == Answers())
        s.press(.character("q"))
        #expect(s.state.outcome == .finished(.spineSurgeon))
    }

    @Test("q and Esc ask before quitting; n stays, y quits before a tier")
    func quit() throws {
        var s = try Script()
        s.press(.character("q"))
        #expect(s.state.overlay == .confirmQuit)
        s.press(.character("n"))
        #expect(s.state.overlay == nil)
        #expect(s.state.outcome == nil)
        s.press([.escape, .character("y")])
        #expect(s.state.outcome == .quitBeforeTier)
    }

    @Test("? and F1 open the current question's help; any key closes it")
    func help() throws {
        var s = try Script()
        s.press(.character("?"))
        #expect(s.state.overlay == .help(scroll: 0))
        #expect(s.screen.contains("Help: Red flags"))
        #expect(s.screen.contains("[1]"))
        s.press(.escape)
        #expect(s.state.overlay == nil)
        s.press(.f1)
        #expect(s.state.overlay == .help(scroll: 0))
        s.press(.down)
        #expect(s.state.overlay == .help(scroll: 1))
    }

    @Test("Ctrl-L asks for a repaint and changes nothing else")
    func repaint() throws {
        var s = try Script()
        let before = s.state
        s.press(.ctrlL)
        #expect(s.state.repaintRequested)
        s.state.repaintRequested = false
        #expect(s.state == before)
    }

    @Test("a resize keeps the scroll within the new length")
    func resize() throws {
        var s = try Script(width: 40, height: 12)
        s.press(keysToSurgeonReview + [.enter, .end])
        let narrowBottom = s.state.scroll
        s.context = ViewContext(pathway: s.pathway, width: 120, height: 50)
        s.press(.resize)
        #expect(s.state.scroll < narrowBottom)
        #expect(s.state.intake.step == .result(.spineSurgeon))
    }

    @Test("with the audience fixed, Left on the first question does nothing")
    func nothingBeforeTheFirstQuestion() throws {
        var s = try Script()
        s.press(.left)
        #expect(s.state.intake.step == .question(.redFlags))
        var chooser = try Script(audience: nil)
        chooser.press([.down, .enter])
        #expect(chooser.state.audience == .patient)
        chooser.press(.left)
        #expect(chooser.state.intake.step == .audience)
        #expect(chooser.state.cursor == 1, "the chosen audience is pre-selected")
    }

    @Test("views never trap, at any size from 0x0 up", arguments: [0, 1, 2, 5, 19, 20, 29, 30, 31, 39, 40, 79, 80, 200])
    func anySize(width: Int) throws {
        var s = try Script()
        for height in [0, 1, 3, 6, 7, 8, 12, 24, 60] {
            s.context = ViewContext(pathway: s.pathway, width: width, height: height)
            for keys in [[], [KeyPress.character("?")], keysToSurgeonReview + [.enter, .end]] {
                var run = s
                run.press(keys)
                let grid = ScreenView.render(run.state, run.context)
                #expect(grid.width == width && grid.height == height)
                #expect(grid.text().split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= max(width, 0) })
            }
        }
    }
}
