import Testing
@testable import IntakeUI
import PathwayCore

/// The kiosk's words (issue 27, item 5): the key that stops the countdown does nothing else;
/// help and hints in the patient's words; Left on the first question goes back to the welcome.
@Suite struct KioskWordsTests {
    @Test func theKeyThatStopsTheCountdownDoesNothingElse() throws {
        var kiosk = try KioskRun(idleTimeout: 120)
        kiosk.press(startKiosk + noRedFlags)
        #expect(kiosk.state.position == .question(.severeRadicularPain))
        kiosk.wait(seconds: 110)
        #expect(kiosk.state.notice == .idleWarning(seconds: 10))
        kiosk.press(.enter)
        #expect(kiosk.state.notice == nil, "the countdown stopped")
        #expect(kiosk.state.position == .question(.severeRadicularPain), "and Enter answered nothing")
        #expect(kiosk.state.intake.answers.values(for: .severeRadicularPain) == nil)
        kiosk.press(.enter)
        #expect(kiosk.state.position != .question(.severeRadicularPain), "the next Enter answers")
    }

    @Test func leftOnTheFirstQuestionGoesBackToTheWelcome() throws {
        var kiosk = try KioskRun()
        kiosk.press(startKiosk + [.left])
        #expect(kiosk.state.position == .welcome)
        #expect(kiosk.screen.contains("Press Enter to start."))
    }

    @Test func everyKioskScreenHelpsAndHintsInThePatientsWords() throws {
        let professional = ["tier", "citation", "repaint", "change/result", "r new", "source's"]
        let screens: [[KeyPress]] = [[], startKiosk, startKiosk + noRedFlags, startKiosk + noRedFlags + notSevere,
                                     kioskToPrimaryCare.dropLast(), kioskToPrimaryCare, kioskToPrimaryCare + [.enter], kioskToUrgentResult]
        for keys in screens {
            var kiosk = try KioskRun()
            kiosk.press(Array(keys))
            let hints = kiosk.screen.split(separator: "\n").last.map(String.init) ?? ""
            kiosk.press(.character("?"))
            let help = HelpView.lines(kiosk.state.model(kiosk.context, help: true), kiosk.context).map(\.text).joined(separator: "\n")
            for word in professional {
                #expect(!help.contains(word) && !hints.contains(word), "\(kiosk.state.position): \(word)\n\(hints)\n\(help)")
            }
        }
        var result = try KioskRun()
        result.press(kioskToPrimaryCare)
        #expect(result.screen.contains("← your answers") && result.screen.contains("Enter finish and clear"), "\(result.screen)")
    }
}
