import Testing
@testable import IntakeUI
import PathwayCore

@Suite("Front-end transitions")
struct ScreenStateTests {
    @Test("Enter with nothing ticked asks for a choice instead of taking it as none")
    func redFlagsNeedAChoice() throws {
        var s = try Script()
        s.press(.enter)
        #expect(s.state.position == .question(.redFlags))
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

    @Test("the weeks field: digits, Backspace, a wrong value's reason; Backspace on empty stays, Left goes back")
    func weeksField() throws {
        var s = try Script()
        s.press(noRedFlags + notSevere)
        #expect(s.state.position == .question(.weeksOfConservativeCare))
        s.press(.enter)
        #expect(s.state.message?.contains("Type the weeks, from 0 to 520, or the months with an m") == true)
        s.press(typing("600"))
        #expect(s.state.weeksText == "600")
        s.press(.enter)
        #expect(s.state.position == .question(.weeksOfConservativeCare))
        #expect(s.screen.contains("600 is more than 520"), "the reason shows beside the field as it is typed")
        s.press(typing("1234567890"))
        #expect(s.state.weeksText == "600123456789", "twelve characters at most")
        #expect(s.state.message?.contains("At most 12 characters") == true)
        #expect(s.screen.contains("600123456789 is more than 520 weeks"), "a number too large is named as such (fresh-eyes trial 11)")
        #expect(WeeksField.validate("99999999 months", maximum: 520) == .invalid("99999999 months is more than 520 weeks: type a number from 0 to 520."))
        #expect(WeeksField.validate("12m", maximum: 520) == .valid(52))
        s.press(Array(repeating: .backspace, count: 11))
        #expect(s.state.weeksText == "6")
        s.press(typing("!"))
        #expect(s.state.message == "Type the weeks (10) or the months (3m), not \"!\".")
        #expect(s.state.weeksText == "6")
        s.press(typing("x"))
        #expect(s.screen.contains("Type a number of weeks, such as 10, or of months, such as 3m."))
        s.press(Array(repeating: .backspace, count: 6))
        #expect(s.state.position == .question(.weeksOfConservativeCare), "a held Backspace stays in the empty field")
        #expect(s.state.weeksText == "")
        #expect(s.state.message == "Nothing to delete. ← goes back.")
        s.press(.left)
        #expect(s.state.position == .question(.severeRadicularPain))
        #expect(s.state.cursor == 1, "the stored answer (No) is pre-selected")
        s.press([.enter])
        #expect(s.state.weeksText == "", "nothing was stored for weeks")
        s.press(typing("0") + typing("7"))
        #expect(s.state.weeksText == "7", "a leading zero is replaced")
    }

    @Test("digits typed and not confirmed survive going back and returning; the review drops them")
    func weeksDraft() throws {
        var s = try Script()
        s.press(noRedFlags + notSevere + typing("15"))
        s.press([.left, .enter])
        #expect(s.state.position == .question(.weeksOfConservativeCare))
        #expect(s.state.weeksText == "15")
        #expect(s.screen.contains("Weeks: [15_"))
        s.press([.backspace, .left, .left, .enter, .enter])
        #expect(s.state.weeksText == "1", "a draft edited down is kept as it was left, two screens away")
        s.press(typing("2") + [.enter])
        #expect(s.state.position == .question(.symptomsPersist))
        #expect(s.state.drafts.isEmpty, "a confirmed value is no longer a draft")
        // On the review, picking the weeks shows the answer, not an old draft.
        var review = try Script()
        review.press(noRedFlags + notSevere + typing("3") + [.enter])
        #expect(review.state.position == .review)
        review.press([.up, .enter, .backspace] + typing("20") + [.left])
        #expect(review.state.position == .review)
        review.press(.enter)
        #expect(review.state.weeksText == "3", "backing out of a change leaves no draft behind")
    }

    @Test("going back and forth keeps answers and pre-fills them")
    func prefill() throws {
        var s = try Script()
        s.press(keysToSurgeonReview)
        #expect(s.state.position == .review)
        s.press(.left)
        #expect(s.state.position == .question(.willingToConsiderSurgery))
        s.press([.left, .left])
        #expect(s.state.position == .question(.mri))
        #expect(s.state.cursor == 2, "root compression")
        s.press([.left])
        #expect(s.state.checked == ["physicalTherapy", "painSpecialist"])
        s.press([.left])
        #expect(s.state.position == .question(.symptomsPersist))
        #expect(s.state.cursor == 0, "persisting")
        s.press([.left])
        #expect(s.state.weeksText == "12")
    }

    @Test("the weeks field takes months (3m, 3 months) and says the weeks before Enter takes them; the review shows weeks")
    func weeksFieldMonths() throws {
        for (typed, shown, weeks) in [("3m", "3 months = 13 weeks", 13), ("2 months", "2 months = 9 weeks", 9),
                                      ("1 MONTH", "1 month = 4 weeks", 4), ("10w", nil, 10), ("10 weeks", nil, 10)] {
            var s = try Script()
            s.press(noRedFlags + notSevere)
            s.press(typed.map { $0 == " " ? KeyPress.space : .character($0) })
            #expect(s.state.weeksText == typed)
            if let shown {
                #expect(s.screen.contains("\(shown). Press Enter to continue."), "\(s.screen)")
            } else {
                #expect(!s.screen.contains(" = "))
            }
            s.press(.enter)
            // From 6 weeks the persistence question follows; under it, the review.
            #expect(s.state.position == (weeks >= 6 ? .question(.symptomsPersist) : .review), "\(typed)")
            #expect(s.state.intake.answers.weeksOfConservativeCare == weeks)
        }
        var s = try Script()
        s.press(noRedFlags + notSevere + typing("121m"))
        #expect(s.screen.contains("121 months is 524 weeks, more than 520 weeks"), "\(s.screen)")
        s.press(.enter)
        #expect(s.state.position == .question(.weeksOfConservativeCare))
        // Space only after the number, and never twice.
        var spaced = try Script()
        spaced.press(noRedFlags + notSevere + [.space, .character("3"), .space, .space, .character("m")])
        #expect(spaced.state.weeksText == "3 m")
    }

    @Test("the patient's 'something else worries me' records not sure, reads so on the review, and is ticked again on going back")
    func somethingElseWorriesMe() throws {
        var s = try Script(audience: .patient)
        let options = try #require(s.pathway.question(.redFlags)?.options).filter { $0.isOffered(to: .patient) }
        let row = try #require(options.firstIndex { $0.value == "otherWorries" })
        s.press(Array(repeating: .down, count: row) + [.space, .enter])
        #expect(s.state.position == .review)
        #expect(s.state.intake.answers.redFlags == [.unsure])
        #expect(s.screen.contains("Warning signs: Not sure, or something else worries me"))
        s.press(.left)
        #expect(s.state.position == .question(.redFlags))
        #expect(s.state.checked == ["otherWorries"], "the option ticked, not 'Not sure'")
        // The clinician is never offered it; their "Not sure" is the same answer.
        var clinician = try Script(audience: .clinician)
        #expect(!clinician.screen.contains("Something else worries me"))
        clinician.press([.end, .up, .space, .enter])
        #expect(clinician.state.intake.answers.redFlags == [.unsure])
    }

    @Test("a single choice starts with the pointer on the first row and nothing chosen: Enter chooses that row")
    func singleChoiceStartsOnTheFirstRow() throws {
        var s = try Script()
        s.press(noRedFlags)
        #expect(s.state.cursor == 0 && s.state.chosen == Session.noChoice)
        #expect(!s.screen.contains("(•)") && s.screen.contains("› ( ) Yes"))
        s.press(.enter)
        #expect(s.state.position == .review, "Enter chose Yes, the row under the pointer")
    }

    @Test("ticking 'None of these' says which ticks it cleared")
    func noneSaysWhatItCleared() throws {
        var s = try Script()
        s.press([.space, .end, .space])
        #expect(s.state.checked == ["none"])
        #expect(s.state.message == "\"None of these\" cleared: Urinary retention or incontinence (cauda equina syndrome)")
    }

    @Test("below the minimum size no key takes effect unseen, but q quits at once and says so")
    func keysIgnoredWhenTooSmall() throws {
        var s = try Script(width: 29, height: 7)
        let before = s.state
        s.press([.space, .enter, .escape, .left, .character("y")])
        #expect(s.state == before)
        #expect(s.screen.contains("press q to quit"))
        s.press(.character("q"))
        #expect(s.outcome == .quitBeforeTier)
        var result = try Script()
        result.press([.space, .enter, .enter])
        result.context = ViewContext(pathway: result.pathway, width: 20, height: 6)
        result.press(.character("q"))
        #expect(result.outcome?.tier == .immediateSpineSurgeon)
    }

    @Test("the review starts on 'Show the result'; Enter on an answer changes it; the cursor stays on the row changed")
    func review() throws {
        var s = try Script()
        s.press(keysToSurgeonReview)
        #expect(s.state.cursor == 8)
        s.press([.up, .up, .up, .up, .up, .up, .enter])
        #expect(s.state.position == .question(.weeksOfConservativeCare))
        s.press(.left)
        #expect(s.state.position == .review)
        #expect(s.state.cursor == 2, "back from the change, on the Duration row")
        s.press([.up, .enter])
        #expect(s.state.position == .question(.severeRadicularPain))
        s.press([.up, .enter])
        #expect(s.state.position == .review)
        #expect(s.state.cursor == 1, "on the Severity row just changed")
        #expect(s.screen.contains("› Severity: Yes"))
        s.press([.end, .enter])
        #expect(s.state.position == .result(.specialistWithin2Weeks))
    }

    @Test("finding 4: backing out of a change that opened a question returns to the changed question, then to a whole review")
    func noDeadEndAfterAChange() throws {
        var s = try Script()
        s.press([.end, .space, .enter, .character("j"), .character("j"), .enter, .character("3"), .enter])
        #expect(s.state.position == .review)
        s.press([.up, .enter, .backspace] + typing("20") + [.enter])
        #expect(s.state.position == .question(.symptomsPersist), "20 weeks opens the persistence question")
        s.press(.left)
        #expect(s.state.position == .question(.weeksOfConservativeCare), "back to the question that was changed")
        #expect(s.state.weeksText == "20")
        s.press(.left)
        #expect(s.state.position == .review)
        #expect(s.screen.contains("Duration: 3 weeks"), "the change was not finished, so the answer is as it was")
        #expect(s.screen.contains("Show the result"))
        #expect(s.state.cursor == 2, "on the Duration row")
        s.press([.end, .enter])
        #expect(s.state.position == .result(.primaryCareConservative))

        // The patient variant: a red flag changed to none opens the leg-pain question.
        var patient = try Script(audience: .patient)
        patient.press([.space, .enter, .up, .enter, .space, .end, .space, .enter])
        #expect(patient.state.position == .question(.severeRadicularPain))
        patient.press(.backspace)
        #expect(patient.state.position == .question(.redFlags))
        patient.press(.backspace)
        #expect(patient.state.position == .review)
        #expect(patient.screen.contains("See my result"))
        patient.press([.end, .enter])
        #expect(patient.state.position == .result(.immediateSpineSurgeon))
    }

    @Test("Space on a single-choice list chooses the item under the cursor, the first when none is chosen yet")
    func spaceChooses() throws {
        var s = try Script()
        s.press(noRedFlags)
        #expect(s.state.chosen == Session.noChoice)
        s.press(.space)
        #expect(s.state.cursor == 0 && s.state.chosen == 0)
        #expect(s.screen.contains("› (•) Yes"))
        s.press([.down, .space])
        #expect(s.state.cursor == 1, "Space keeps the item under the cursor")
        s.press(.enter)
        #expect(s.state.position == .question(.weeksOfConservativeCare))
    }

    @Test("PgUp and PgDn page the lists and the review by the visible height")
    func pagingLists() throws {
        var s = try Script(width: 40, height: 12)
        s.press(.pageDown)
        let paged = s.state.cursor ?? 0
        #expect(paged > 1, "more than one item at a time")
        #expect(paged < 8, "not straight to the end")
        #expect(s.screen.contains("›"), "the cursor's item is in view")
        s.press(.pageDown)
        #expect((s.state.cursor ?? -1) > paged)
        s.press([.pageDown, .pageDown, .pageDown])
        #expect((s.state.cursor ?? -1) == 8, "stops on the last item")
        s.press(.pageUp)
        #expect((s.state.cursor ?? -1) < 8 && (s.state.cursor ?? -1) >= 1)
        s.press([.pageUp, .pageUp, .pageUp, .pageUp])
        #expect((s.state.cursor ?? -1) == 0)

        var review = try Script(width: 40, height: 12)
        review.press(keysToSurgeonReview)
        review.press(.pageUp)
        #expect((review.state.cursor ?? -1) < 7 && (review.state.cursor ?? -1) > 0)
        review.press([.pageUp, .pageUp, .pageUp, .pageUp, .pageUp])
        #expect((review.state.cursor ?? -1) == 0)
        review.press(.pageDown)
        #expect((review.state.cursor ?? -1) > 1)
    }

    @Test("the result scrolls within its length, and r, b and q do what the hint line says")
    func result() throws {
        var s = try Script()
        s.press(keysToSurgeonReview + [.enter])
        #expect(s.state.position == .result(.spineSurgeon))
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
        s.press(.space)
        #expect(s.state.scroll == s.context.pageHeight, "Space pages down")
        s.press(.character("k"))
        #expect(s.state.scroll == s.context.pageHeight - 1)
        s.press(.home)
        for key in [KeyPress.character("b"), .left, .backspace] {
            var back = s
            back.press(key)
            #expect(back.state.position == .review, "\(key) goes back to the review")
        }
        var right = s
        right.press([.right, .tab])
        #expect(right.state == s.state, "Right and Tab do nothing")
        var escape = s
        escape.press(.escape)
        #expect(escape.state.overlay == .confirmLeave(.quit), "Esc asks first, as everywhere: here whether to drop it unsaved")
        #expect(escape.screen.contains("Quit without saving?"))
        escape.press(.character("n"))
        #expect(escape.state.overlay == nil && escape.outcome == nil)
        escape.press([.escape, .character("y")])
        #expect(escape.outcome?.tier == .spineSurgeon)
        var again = s
        again.press([.character("r"), .character("y")])
        #expect(again.state.position == .question(.redFlags))
        #expect(again.state.intake.answers == Answers())
        s.press([.character("q"), .character("q")])
        #expect(s.outcome?.tier == .spineSurgeon)
    }

    @Test("q and Esc ask before quitting; n stays, y quits before a tier")
    func quit() throws {
        var s = try Script()
        s.press(.character("q"))
        #expect(s.state.overlay == .confirmQuit)
        s.press(.character("n"))
        #expect(s.state.overlay == nil)
        #expect(s.outcome == nil)
        s.press([.escape, .character("y")])
        #expect(s.outcome == .quitBeforeTier)
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
        #expect(s.effects == [.repaint])
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
        #expect(s.state.position == .result(.spineSurgeon))
    }

    @Test("with the audience fixed, Left on the first question does nothing")
    func nothingBeforeTheFirstQuestion() throws {
        var s = try Script()
        s.press(.left)
        #expect(s.state.position == .question(.redFlags))
        var chooser = try Script(audience: nil)
        #expect(chooser.state.cursor == 0 && chooser.state.chosen == Session.noChoice, "the audience starts on the first row, unchosen")
        chooser.press([.down, .enter])
        #expect(chooser.state.audience == .patient)
        chooser.press(.left)
        #expect(chooser.state.position == .audience)
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
