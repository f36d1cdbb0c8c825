import Testing
@testable import IntakeUI
import PathwayCore

/// Nothing left behind (issue 27, item 3): c copies the note by OSC 52 as an effect, names to
/// the second in the save folder, Ctrl-U clears the name, q and r ask once on a result neither
/// saved nor copied.
@Suite struct NothingLeftBehindTests {
    static let redFlag: [KeyPress] = typing("1") + [.enter, .enter]

    @Test func cAsksTheFrontEndToCopyTheDatedNoteAndSaysSo() throws {
        var s = try Script()
        s.clock()
        s.press(Self.redFlag + [.character("c")])
        let copied = s.effects.compactMap { if case .copyToClipboard(let text) = $0 { return text } else { return nil } }
        #expect(copied.count == 1)
        #expect(copied.first?.contains("2026-03-05 14:07 CET") == true, "the note, dated")
        #expect(copied.first?.contains("immediate-spine-surgeon") == true)
        #expect(s.effects.fileRequests.isEmpty, "nothing written to disk")
        s.send(.copied(true))
        #expect(s.state.message?.contains("copied to the terminal's clipboard") == true)
        s.press(.character("q"))
        #expect(s.outcome?.tier == .immediateSpineSurgeon, "copied: q quits at once")
    }

    @Test func aFrontEndThatCannotCopySaysSoAndTheResultStaysUnkept() throws {
        var s = try Script()
        s.clock()
        s.press(Self.redFlag + [.character("c")])
        s.send(.copied(false))
        #expect(s.state.message?.contains("s saves the note") == true)
        s.press(.character("q"))
        #expect(s.outcome == nil && s.state.overlay == .confirmLeave(.quit))
    }

    @Test func qAndROnAnUnsavedResultAskOnce() throws {
        var s = try Script()
        s.press(Self.redFlag + [.character("q")])
        #expect(s.outcome == nil && s.state.overlay == .confirmLeave(.quit))
        #expect(s.screen.contains("Quit without saving?") && s.screen.contains("y drop it"), "\(s.screen)")
        s.press(.character("n"))
        #expect(s.state.overlay == nil && s.state.position == .result(.immediateSpineSurgeon))
        s.press([.character("q"), .character("q")])
        #expect(s.outcome?.tier == .immediateSpineSurgeon, "q again in the box drops it")
        var r = try Script()
        r.press(Self.redFlag + [.character("r")])
        #expect(r.state.overlay == .confirmLeave(.startOver))
        r.press(.character("y"))
        #expect(r.state.position == .question(.redFlags) && r.state.intake.answers == Answers())
        var esc = try Script()
        esc.press(Self.redFlag + [.escape])
        #expect(esc.state.overlay == .confirmLeave(.quit), "Esc asks the same")
    }

    @Test func aSavedResultLeavesAtOnceUntilAnAnswerChanges() throws {
        var s = try Script()
        s.clock()
        s.press(Self.redFlag + [.character("s"), .enter])
        s.written(.written(shownAs: "/tmp/x.txt"))
        s.press(.character("r"))
        #expect(s.state.overlay == nil && s.state.position == .question(.redFlags), "saved: r starts over at once")
        var changed = try Script()
        changed.clock()
        changed.press(Self.redFlag + [.character("a"), .enter])
        changed.written(.written(shownAs: "/tmp/x.json"))
        changed.press([.left, .home, .enter, .character("2"), .enter, .end, .enter])
        #expect(changed.state.position == .result(.immediateSpineSurgeon))
        changed.press(.character("q"))
        #expect(changed.state.overlay == .confirmLeave(.quit), "the result saved was another")
    }

    @Test func withANoteWrittenOnLeavingQDoesNotAsk() throws {
        let pathway = try builtIn()
        var configuration = Session.Configuration(audience: .clinician)
        configuration.writesNoteOnLeaving = true
        var s = try Script()
        s.state = Session(configuration, pathway: pathway)
        s.press(Self.redFlag + [.character("q")])
        #expect(s.outcome?.tier == .immediateSpineSurgeon)
    }

    @Test func theKioskNeitherCopiesNorAsks() throws {
        var kiosk = try KioskRun()
        kiosk.press(kioskToPrimaryCare + [.character("c"), .character("r")])
        #expect(kiosk.state.overlay == nil)
        #expect(kiosk.state.position == .welcome, "r starts over at the welcome without asking")
    }

    @Test func namesAreStampedToTheSecondInTheSaveFolder() throws {
        let pathway = try builtIn()
        var configuration = Session.Configuration(audience: .clinician)
        configuration.saveDirectory = "/srv/notes"
        var s = try Script()
        s.state = Session(configuration, pathway: pathway)
        s.clock(LocalTime(stamp: "20260305-140709", text: "2026-03-05 14:07 CET (UTC+0100)"))
        s.press(Self.redFlag + [.character("s")])
        #expect(s.state.savePrompt?.field.text == "/srv/notes/discpath-20260305-140709.txt")
        s.press(.ctrlU)
        #expect(s.state.savePrompt?.field.text == "", "Ctrl-U clears the name")
        s.press(typing("mrn123.txt"))
        #expect(s.state.savePrompt?.field.text == "mrn123.txt")
        #expect(KeyTable.intent(for: .ctrlU, in: .fileName) == .clearField)
    }

    @Test func cAndCtrlUAreInTheHelpAndTheHints() throws {
        #expect(KeyTable.hints(for: .result, ascii: true, width: 200).contains("c copy"))
        #expect(KeyReference.text().contains("Ctrl-U"))
        #expect(KeyReference.text().split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("copy the chart note"))
    }
}
