import Testing
@testable import IntakeUI
import PathwayCore

/// A kiosk session driven by keys and clock ticks, as CursesIntake drives it, without a terminal.
struct KioskRun {
    let pathway: Pathway
    let context: ViewContext
    var state: Session
    /// What the last keys or wait asked of the front end, and everything asked since the start.
    var effects: [SessionEffect] = []
    var allEffects: [SessionEffect] = []
    /// The clock, in milliseconds; every key is preceded by a tick at this time, as the front end does.
    var clock: Int64 = 1_000_000

    static let pin = "4321"

    init(idleTimeout: Int = 120, urgentHold: Int? = 600, pin: String? = KioskRun.pin, width: Int = 80, height: Int = 24) throws {
        pathway = try builtIn()
        context = ViewContext(pathway: pathway, width: width, height: height)
        let configuration = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: idleTimeout,
                                                  urgentHold: urgentHold, attendantPIN: pin.flatMap(AttendantPIN.init))
        state = Session(configuration, pathway: pathway)
        tick()
    }

    mutating func tick() { record(state.sending(.tick(milliseconds: clock), context)) }

    private mutating func record(_ asked: [SessionEffect]) {
        effects += asked
        allEffects += asked
    }

    /// How the last keys or wait ended the session, if they did.
    var outcome: Outcome? { effects.outcome }

    /// Moves the clock on and ticks once.
    mutating func wait(milliseconds: Int64) {
        clock += milliseconds
        effects = []
        tick()
    }

    mutating func wait(seconds: Int64) { wait(milliseconds: seconds * 1000) }

    mutating func press(_ keys: KeyPress...) { press(keys) }

    mutating func press(_ keys: [KeyPress]) {
        effects = []
        for key in keys {
            tick()
            record(state.sending(.key(key), context))
        }
    }

    var screen: String { ScreenView.render(state, context).text() }

    /// The screen with its style runs marked, as snapshots record it.
    var styledScreen: String { ScreenView.render(state, context).styledText() }

    /// The screen's words with every run of spaces and line breaks as one space, to find a
    /// sentence wherever it wraps.
    var words: String { screen.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

/// Keys from the welcome to the urgent result (a red flag ticked) and to a routine one.
let startKiosk: [KeyPress] = [.enter]
let kioskToUrgentResult: [KeyPress] = startKiosk + [.space, .enter, .enter]
let kioskToPrimaryCare: [KeyPress] = startKiosk + noRedFlags + notSevere + typing("3") + [.enter, .enter]

@Suite("Kiosk mode: welcome, idle wipe, urgent hold, filter, attendant PIN")
struct KioskTests {
    @Test("the kiosk opens on a welcome in plain words; Enter starts the patient's intake")
    func welcome() throws {
        var kiosk = try KioskRun()
        #expect(kiosk.state.position == .welcome)
        let screen = kiosk.screen
        #expect(screen.contains("Press Enter to start."))
        #expect(kiosk.words.contains("Talk about your result with your clinician."), "the plain disclaimer")
        #expect(kiosk.words.contains("Your answers are not saved. If no key is pressed for 2 minutes, they are cleared."))
        #expect(!screen.contains("Step "), "the welcome is not a step of the intake")
        #expect(screen.contains("Enter start"))
        kiosk.press(.space, .down, .character("x"))
        #expect(kiosk.state.position == .welcome, "only Enter starts")
        kiosk.press(.enter)
        #expect(kiosk.state.position == .question(.redFlags))
        #expect(kiosk.state.wording == .patient)
        #expect(kiosk.state.canGoBack(kiosk.pathway), "every way back to the start leads to the welcome")
        kiosk.press(.space, .left)
        #expect(kiosk.state.position == .welcome, "Left on the first question goes back to the welcome")
        kiosk.press(.enter, .backspace)
        #expect(kiosk.state.position == .welcome, "and so does Backspace")
    }

    @Test("left alone, the welcome itself shows no countdown and is never wiped")
    func untouchedWelcomeIsLeftAlone() throws {
        var kiosk = try KioskRun(idleTimeout: 20)
        for _ in 0..<100 {
            kiosk.wait(seconds: 1)
            #expect(kiosk.state.notice == nil)
        }
        #expect(kiosk.state.position == .welcome)
        #expect(!kiosk.allEffects.contains(.repaint))
    }

    @Test("after the idle timeout, a countdown for the last 15 s, then every answer wiped and the welcome again")
    func countdownThenWipe() throws {
        var kiosk = try KioskRun(idleTimeout: 120)
        kiosk.press(startKiosk + [.space, .down, .down, .space])
        #expect(kiosk.state.checked.count == 2)
        kiosk.wait(milliseconds: 104_999)
        #expect(kiosk.state.notice == nil, "no countdown before the last 15 s")
        kiosk.wait(milliseconds: 1)
        #expect(kiosk.state.notice == .idleWarning(seconds: 15))
        #expect(kiosk.screen.contains("Still there? Your answers will be cleared in 15 s. Press any key to stay."))
        kiosk.wait(milliseconds: 10_001)
        #expect(kiosk.state.notice == .idleWarning(seconds: 5), "whole seconds, rounded up")
        kiosk.wait(milliseconds: 4_998)
        #expect(kiosk.state.notice == .idleWarning(seconds: 1))
        #expect(kiosk.state.position == .question(.redFlags))
        kiosk.wait(milliseconds: 1)
        #expect(kiosk.state.position == .welcome, "wiped exactly at the limit")
        #expect(kiosk.state.intake.answers == Answers())
        #expect(kiosk.state.notice == nil)
        #expect(kiosk.effects.contains(.repaint), "the screen is cleared, not drawn over")
        kiosk.press(.enter)
        #expect(kiosk.state.checked.isEmpty, "the ticks are gone")
    }

    @Test("a key during the countdown stops it and starts the wait again")
    func keyStopsTheCountdown() throws {
        var kiosk = try KioskRun(idleTimeout: 120)
        kiosk.press(startKiosk + [.space])
        kiosk.wait(seconds: 110)
        #expect(kiosk.state.notice == .idleWarning(seconds: 10))
        kiosk.press(.character("q"))                                 // any key, even one that does nothing
        #expect(kiosk.state.notice == nil)
        kiosk.wait(seconds: 100)
        #expect(kiosk.state.notice == nil)
        #expect(kiosk.state.checked.count == 1, "still there")
        kiosk.wait(seconds: 20)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("a short idle timeout counts down over its last half")
    func shortTimeout() throws {
        var kiosk = try KioskRun(idleTimeout: 2)
        kiosk.press(startKiosk)
        kiosk.wait(milliseconds: 999)
        #expect(kiosk.state.notice == nil)
        kiosk.wait(milliseconds: 1)
        #expect(kiosk.state.notice == .idleWarning(seconds: 1))
        kiosk.wait(seconds: 1)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("the urgent result stays until the urgent hold, with a countdown at its end")
    func urgentResultIsHeld() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: 600)
        kiosk.press(kioskToUrgentResult)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon))
        #expect(kiosk.screen.contains("tell the staff now"))
        kiosk.wait(seconds: 120)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon), "not wiped at the idle timeout")
        #expect(kiosk.state.notice == nil)
        kiosk.wait(seconds: 465)
        #expect(kiosk.state.notice == .idleWarning(seconds: 15))
        kiosk.wait(seconds: 15)
        #expect(kiosk.state.position == .welcome)
        #expect(kiosk.state.intake.answers == Answers())
    }

    @Test("keys on the urgent result never end its hold: reading works, leaving it does not")
    func keyOnUrgentResult() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: 600)
        kiosk.press(kioskToUrgentResult)
        kiosk.wait(seconds: 30)
        kiosk.press(.pageDown, .down, .end, .home)                   // reading it
        #expect(kiosk.state.kiosk.holdingUrgentResult)
        for key in [KeyPress.left, .backspace, .character("b"), .character("r"), .enter] {
            kiosk.press(key)
            #expect(kiosk.state.position == .result(.immediateSpineSurgeon), "\(key)")
            #expect(kiosk.state.message?.contains("tell the staff now") == true, "\(key)")
        }
        #expect(!kiosk.screen.contains("finish"), "no finish offered on a held urgent result")
        kiosk.wait(seconds: 560)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon), "keys did not shorten the hold: 600 s from when it was shown")
        kiosk.wait(seconds: 10)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("by default the urgent result stays until the attendant's PIN clears it; the kiosk goes on")
    func urgentHeldUntilPIN() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: nil)
        kiosk.press(kioskToUrgentResult)
        kiosk.wait(seconds: 86_400)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon), "a day later, still there")
        kiosk.press([.f10] + typing("0000") + [.enter])
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon), "a wrong PIN clears nothing")
        kiosk.wait(seconds: 2)
        kiosk.press([.escape, .ctrlX])
        #expect(kiosk.screen.contains("Attendant: clear the urgent result"))
        kiosk.press(typing(KioskRun.pin) + [.enter])
        #expect(kiosk.outcome == nil, "the kiosk goes on")
        #expect(kiosk.state.position == .welcome && kiosk.state.intake.answers == Answers() && !kiosk.state.kiosk.holdingUrgentResult)
        kiosk.press([.f10] + typing(KioskRun.pin) + [.enter])
        #expect(kiosk.outcome == .endedByAttendant, "then the PIN ends the kiosk as before")
    }

    @Test("the bell calls the staff at once and every 30 s; one log line, with no answer; --alert none is silent")
    func bellAndLog() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: nil)
        kiosk.press(kioskToUrgentResult)
        #expect(kiosk.effects.filter { $0 == .bell }.count == 1)
        #expect(kiosk.effects.filter { $0 == .log(.urgentResultShown) }.count == 1)
        var bells = 0, logs = 0
        for _ in 0..<20 {
            kiosk.wait(seconds: 15)
            bells += kiosk.effects.filter { $0 == .bell }.count
            logs += kiosk.effects.filter { if case .log = $0 { return true } else { return false } }.count
        }
        #expect(bells == 10, "300 s: a bell every 30 s")
        #expect(logs == 0, "logged once, when shown")
        let line = LogEvent.urgentResultShown.message(at: LocalTime(stamp: "x", text: "2026-03-05 14:07 CET (UTC+0100)"))
        #expect(line.hasPrefix("urgent result shown at 2026-03-05 14:07 CET"))
        let pathway = try builtIn()
        var configuration = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 120, attendantPIN: AttendantPIN("4321"))
        configuration.urgentAlert = .none
        var silent = try KioskRun()
        silent.state = Session(configuration, pathway: pathway)
        silent.press(kioskToUrgentResult)
        silent.wait(seconds: 60)
        #expect(!silent.allEffects.contains(.bell) && silent.allEffects.contains(.log(.urgentResultShown)))
    }

    @Test("a routine result is wiped at the idle timeout", arguments: [600, 60])
    func routineResultIsNotHeld(urgentHold: Int) throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: urgentHold)
        kiosk.press(kioskToPrimaryCare)
        #expect(kiosk.state.position == .result(.primaryCareConservative))
        kiosk.wait(seconds: 120)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("an urgent hold shorter than the idle timeout does not shorten it")
    func shortHold() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: 10)
        kiosk.press(kioskToUrgentResult)
        kiosk.wait(seconds: 119)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon))
        kiosk.wait(seconds: 1)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("q, Esc and the quit box never end a kiosk, anywhere; the hint line and help offer no quitting")
    func nothingQuits() throws {
        var kiosk = try KioskRun()
        let quitKeys: [KeyPress] = [.character("q"), .escape, .character("y"), .character("Q")]
        kiosk.press(quitKeys)
        #expect(kiosk.outcome == nil)
        kiosk.press(startKiosk + quitKeys)
        #expect(kiosk.outcome == nil)
        #expect(kiosk.state.overlay == nil, "no quit box")
        #expect(!kiosk.screen.contains("quit"))
        kiosk.press(.character("?"))
        #expect(kiosk.state.overlay == .help(scroll: 0))
        #expect(!kiosk.screen.contains("quit"), "the help lists no quit key")
        kiosk.press(.character("q"))
        #expect(kiosk.state.overlay == nil, "q still closes the help")
        kiosk.press([.space, .enter, .enter] + quitKeys)
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon))
        #expect(kiosk.outcome == nil)
        #expect(!kiosk.screen.contains("quit"))
        #expect(kiosk.screen.contains("r new"))
        // Below the minimum size, where q quits at once elsewhere.
        var small = try KioskRun(width: 20, height: 6)
        small.press(startKiosk + [.character("q")])
        #expect(small.outcome == nil)
        #expect(!small.screen.contains("q to quit"))
    }

    @Test("r on the result starts over at the welcome")
    func startOverToWelcome() throws {
        var kiosk = try KioskRun()
        kiosk.press(kioskToPrimaryCare + [.character("r")])
        #expect(kiosk.state.position == .welcome)
        #expect(kiosk.state.intake.answers == Answers())
    }

    @Test("F10 or Ctrl-X, the PIN and Enter end the kiosk; the prompt shows dots, never the PIN",
          arguments: [KeyPress.f10, .ctrlX])
    func attendantEnds(key: KeyPress) throws {
        var kiosk = try KioskRun()
        kiosk.press(startKiosk + [.space])
        kiosk.press(key)
        #expect(kiosk.state.kiosk.prompt != nil)
        #expect(kiosk.screen.contains("Attendant: end the kiosk"))
        kiosk.press(typing("4321"))
        let screen = kiosk.screen
        #expect(screen.contains("PIN: ••••"))
        #expect(!screen.contains("4321") && !screen.contains("432"))
        #expect(screen.contains("Enter end  Esc cancel"))
        #expect(kiosk.state.checked.count == 1, "keys go to the prompt, not the screen under it")
        kiosk.press(.enter)
        #expect(kiosk.outcome == .endedByAttendant)
    }

    @Test("Esc closes the prompt; Backspace takes back a character; an empty Enter is not a try")
    func promptEditing() throws {
        var kiosk = try KioskRun()
        kiosk.press(.f10, .enter)
        #expect(kiosk.state.kiosk.lockout.failures == 0)
        kiosk.press(typing("43219") + [.backspace, .enter])
        #expect(kiosk.outcome == .endedByAttendant)
        var closed = try KioskRun()
        closed.press(.f10, .character("4"), .escape)
        #expect(closed.state.kiosk.prompt == nil)
        #expect(closed.state.position == .welcome)
        closed.press(.f10)
        #expect(closed.state.kiosk.prompt?.typedCount == 0, "a new prompt starts empty")
    }

    @Test("each wrong PIN doubles the wait before the next try: 1 s, 2 s, 4 s, 8 s; the wait is shown")
    func backoff() throws {
        var kiosk = try KioskRun(idleTimeout: 3600)
        kiosk.press(.f10)
        for (failures, wait) in [(1, 1), (2, 2), (3, 4), (4, 8)] {
            kiosk.press(typing("0000") + [.enter])
            #expect(kiosk.state.kiosk.lockout.failures == failures)
            #expect(kiosk.outcome == nil)
            #expect(kiosk.screen.contains("Wrong PIN. Next try in \(wait) s."))
            // During the wait, the right PIN is not even typed.
            kiosk.wait(milliseconds: Int64(wait) * 1000 - 1)
            kiosk.press(typing(KioskRun.pin) + [.enter])
            #expect(kiosk.outcome == nil, "a try during the wait")
            #expect(kiosk.state.kiosk.prompt?.typedCount == 0)
            #expect(kiosk.screen.contains("Next try in 1 s."))
            kiosk.wait(milliseconds: 1)
            #expect(kiosk.screen.contains("Wrong PIN. Type it again."))
        }
        kiosk.press(typing(KioskRun.pin) + [.enter])
        #expect(kiosk.outcome == .endedByAttendant)
    }

    @Test("an idle wipe during a wrong PIN's wait keeps the prompt and its wait; the answers still go (trial 2, finding 27)")
    func wipeKeepsThePromptDuringTheWait() throws {
        var kiosk = try KioskRun(idleTimeout: 3)
        kiosk.press(startKiosk + [.space])
        // Eight wrong PINs: the next try waits 128 s, far past the 3 s idle timeout.
        for _ in 0..<8 {
            kiosk.press([.f10] + typing("0000") + [.enter, .escape])
            kiosk.wait(seconds: Int64(PINLockout.wait(afterFailures: kiosk.state.kiosk.lockout.failures)) + 1)
        }
        kiosk.press([.ctrlX] + typing("0000") + [.enter])
        #expect(kiosk.state.kiosk.lockout.secondsLeft(at: kiosk.clock) > 100)
        kiosk.wait(seconds: 4)
        #expect(kiosk.state.position == .welcome, "the patient's screen is wiped")
        #expect(kiosk.state.intake.answers == Answers())
        #expect(kiosk.state.kiosk.prompt != nil, "the attendant's prompt stays open through the wait")
        #expect(kiosk.words.contains("Next try in"))
        while kiosk.state.kiosk.lockout.secondsLeft(at: kiosk.clock) > 0 {
            kiosk.wait(seconds: 1)
            #expect(kiosk.state.kiosk.prompt != nil, "open all through the wait")
        }
        kiosk.press(typing(KioskRun.pin) + [.enter])
        #expect(kiosk.outcome == .endedByAttendant, "after the wait, the PIN in the prompt kept open ends the kiosk")
    }

    @Test("the wrong PINs still count after a wipe, Esc or a new intake")
    func lockoutSurvivesWipes() throws {
        var kiosk = try KioskRun(idleTimeout: 5)
        kiosk.press(.f10)
        kiosk.press(typing("0000") + [.enter])
        kiosk.wait(seconds: 1)
        kiosk.press(typing("0001") + [.enter, .escape])
        #expect(kiosk.state.kiosk.lockout.failures == 2)
        kiosk.press(kioskToPrimaryCare + [.character("r")])
        #expect(kiosk.state.kiosk.lockout.failures == 2)
        kiosk.wait(seconds: 3)  // the wait after the second wrong PIN is over
        kiosk.press(.f10)
        kiosk.wait(seconds: 5)
        #expect(kiosk.state.kiosk.prompt == nil, "the wipe closes a prompt left open with no wait running")
        #expect(kiosk.state.kiosk.lockout.failures == 2)
        kiosk.press(.f10)
        kiosk.press(typing("0002") + [.enter])
        #expect(kiosk.screen.contains("Next try in 4 s."))
    }

    @Test("without a PIN the prompt refuses everything; outside a kiosk F10 and Ctrl-X do nothing")
    func noPINAndStandardMode() throws {
        var kiosk = try KioskRun(pin: nil)
        kiosk.press(.f10)
        kiosk.press(typing(KioskRun.pin) + [.enter])
        #expect(kiosk.outcome == nil)
        var standard = try Script()
        standard.press([.f10, .ctrlX])
        #expect(standard.state.kiosk.prompt == nil)
        #expect(standard.state.position == .question(.redFlags))
    }

    @Test("the kiosk filter drops the quitting intents and keeps the rest")
    func filter() {
        for intent in [Intent.quit, .quitNow, .yes] { #expect(Mode.kiosk.filter(intent) == nil) }
        for intent in [Intent.confirm, .back, .help, .no, .startOver, .toReview, .typeDigit(3), .moveDown] {
            #expect(Mode.kiosk.filter(intent) == intent)
            #expect(Mode.standard.filter(intent) == intent)
        }
        #expect(Mode.standard.filter(.quit) == .quit)
    }
}

@Suite("The attendant PIN and its lockout")
struct AttendantPINTests {
    @Test("a PIN is 4 to 64 printable ASCII characters without spaces")
    func validity() {
        #expect(AttendantPIN("1234") != nil)
        #expect(AttendantPIN("s3cret-PIN!") != nil)
        #expect(AttendantPIN(String(repeating: "9", count: 64)) != nil)
        for bad in ["", "123", "12 34", "1234\n", "12é4", "\u{1B}234", String(repeating: "9", count: 65)] {
            #expect(AttendantPIN(bad) == nil, "\(bad.debugDescription)")
        }
    }

    @Test("matches only the PIN itself: not a prefix, an extension, or another of the same length")
    func matching() throws {
        let pin = try #require(AttendantPIN("4321"))
        #expect(pin.matches("4321"))
        for attempt in ["", "432", "43210", "4320", "1234", "4321\0", String(repeating: "4", count: 200)] {
            #expect(!pin.matches(attempt), "\(attempt.debugDescription)")
        }
        let longest = try #require(AttendantPIN(String(repeating: "7", count: 64)))
        #expect(longest.matches(String(repeating: "7", count: 64)))
        #expect(!longest.matches(String(repeating: "7", count: 65)), "no match past the padding")
    }

    @Test("never described with its characters")
    func hidden() throws {
        let pin = try #require(AttendantPIN("4321"))
        #expect(!"\(pin)".contains("4321"))
        #expect(!String(reflecting: pin).contains("4321"))
    }

    @Test("the waits double from 1 s up to the longest, and never overflow")
    func waits() {
        #expect((0...11).map(PINLockout.wait(afterFailures:)) == [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 512])
        #expect(PINLockout.wait(afterFailures: .max) == PINLockout.longestWait)
        var lockout = PINLockout()
        #expect(lockout.secondsLeft(at: 0) == 0)
        lockout.recordFailure(at: 10_000)
        lockout.recordFailure(at: 10_000)
        #expect(lockout.secondsLeft(at: 10_000) == 2)
        #expect(lockout.secondsLeft(at: 11_001) == 1, "rounded up")
        #expect(lockout.secondsLeft(at: 12_000) == 0)
        #expect(lockout.secondsLeft(at: 9_000) == 2, "a clock gone backward waits the whole wait")
        #expect(lockout.secondsLeft(at: .max) == 0)
        #expect(lockout.secondsLeft(at: .min) == 2)
    }

    @Test("the countdown's seconds are rounded up and shown only near the end")
    func countdownArithmetic() {
        #expect(IdleTimeout.secondsLeft(seconds: 120, from: 0, to: 0) == 120)
        #expect(IdleTimeout.secondsLeft(seconds: 120, from: 0, to: 119_001) == 1)
        #expect(IdleTimeout.secondsLeft(seconds: 120, from: 0, to: 120_000) == 0)
        #expect(IdleTimeout.secondsLeft(seconds: 0, from: 0, to: 0) == nil)
        #expect(IdleTimeout.secondsLeft(seconds: .max, from: 0, to: 0) == nil)
        #expect(IdleTimeout.secondsLeft(seconds: 1, from: .max, to: .min) == 1)
        #expect(IdleTimeout.warningSeconds(for: 120) == 15)
        #expect(IdleTimeout.warningSeconds(for: 10) == 5)
        #expect(IdleTimeout.warningSeconds(for: 1) == 1)
        #expect(IdleTimeout.warning(seconds: 120, from: 0, to: 104_999) == nil)
        #expect(IdleTimeout.warning(seconds: 120, from: 0, to: 105_000) == .idleWarning(seconds: 15))
        #expect(IdleTimeout.warning(seconds: 120, from: 0, to: 120_000) == nil)
    }
}

@Suite("Clinician speed")
struct ClinicianSpeedTests {
    @Test("with --audience clinician a red flag reaches immediate-spine-surgeon in three keys: Space, Enter, Enter")
    func redFlagInThreeKeys() throws {
        var script = try Script(audience: .clinician)
        script.press([.space, .enter])
        #expect(script.state.position == .review, "two keys are not enough: the review comes first")
        script.press(.enter)
        #expect(script.state.position == .result(.immediateSpineSurgeon))
        #expect(script.screen.contains("Referral tier: immediate-spine-surgeon"))
    }
}

@Suite("The kiosk's finish screen")
struct KioskFinishTests {
    @Test("every kiosk result offers Enter finish; Enter there clears every answer and starts again at the welcome",
          arguments: [kioskToPrimaryCare])
    func finishAndClear(keys: [KeyPress]) throws {
        var kiosk = try KioskRun()
        kiosk.press(keys)
        #expect(kiosk.state.position.tier != nil)
        #expect(kiosk.screen.contains("Enter finish"), "a visible way to finish on the result")
        kiosk.press(.enter)
        #expect(kiosk.state.position == .finish)
        #expect(kiosk.words.contains("Have you finished with your result?"))
        #expect(kiosk.words.contains("Press Enter to clear them and start again, or Left to go back to your result."))
        #expect(kiosk.screen.contains("Enter clear") && kiosk.screen.contains("← result"))
        #expect(!kiosk.screen.contains("Step "), "not a step of the intake")
        kiosk.press(.enter)
        #expect(kiosk.state.position == .welcome)
        #expect(kiosk.state.intake.answers == Answers())
        #expect(kiosk.outcome == nil, "the kiosk goes on for the next person")
        kiosk.press(.enter)
        #expect(kiosk.state.checked.isEmpty, "nothing of the answers is left")
    }

    @Test("Left and Backspace go back to the result as it was: its wording and its scroll")
    func backToTheResult() throws {
        var kiosk = try KioskRun()
        kiosk.press(kioskToPrimaryCare + [.down, .down, .down])
        let result = kiosk.state.screen
        kiosk.press(.enter, .left)
        #expect(kiosk.state.screen == result)
        kiosk.press(.enter, .backspace)
        #expect(kiosk.state.screen == result)
    }

    @Test("left alone on the finish screen, the answers are wiped as anywhere else")
    func idleOnFinish() throws {
        var kiosk = try KioskRun(idleTimeout: 60)
        kiosk.press(kioskToPrimaryCare + [.enter])
        #expect(kiosk.state.position == .finish)
        kiosk.wait(seconds: 50)
        #expect(kiosk.state.notice == .idleWarning(seconds: 10))
        kiosk.wait(seconds: 10)
        #expect(kiosk.state.position == .welcome)
    }

    @Test("the urgent result's hold does not end when the patient presses Enter: the staff clear it")
    func urgentHoldEnds() throws {
        var kiosk = try KioskRun(idleTimeout: 120, urgentHold: 600)
        kiosk.press(kioskToUrgentResult + [.enter])
        #expect(kiosk.state.position == .result(.immediateSpineSurgeon) && kiosk.state.kiosk.holdingUrgentResult)
    }

    @Test("at a workstation no screen follows the result: Enter does nothing there, and no hint offers it")
    func notAtAWorkstation() throws {
        var s = try Script(audience: .clinician)
        s.press(keysToSurgeonReview + [.enter])
        #expect(!s.screen.contains("finish"))
        let result = s.state
        s.press(.enter)
        #expect(s.state == result)
    }
}

@Suite("Kiosk screen snapshots")
struct KioskSnapshotTests {
    @Test("the welcome at 80x24, 40x12 and 30x8", arguments: [(80, 24), (40, 12), (30, 8)])
    func welcome(width: Int, height: Int) throws {
        let kiosk = try KioskRun(width: width, height: height)
        assertSnapshot(kiosk.styledScreen, named: "kiosk-welcome.\(width)x\(height)")
        #expect(kiosk.screen.contains("Press Enter to start."))
    }

    @Test("the countdown, the attendant's prompt after a wrong PIN, and the held urgent result")
    func kioskScreens() throws {
        var countdown = try KioskRun()
        countdown.press(startKiosk + [.space])
        countdown.wait(seconds: 108)
        assertSnapshot(countdown.styledScreen, named: "kiosk-countdown.80x24")
        var prompt = try KioskRun()
        prompt.press([.f10] + typing("0000") + [.enter] + typing("12"))
        assertSnapshot(prompt.styledScreen, named: "kiosk-attendant-wrong-pin.80x24")
        var urgent = try KioskRun()
        urgent.press(kioskToUrgentResult)
        urgent.wait(seconds: 300)
        assertSnapshot(urgent.styledScreen, named: "kiosk-urgent-result.80x24")
    }

    @Test("the finish screen at 80x24, 40x12 and 30x8", arguments: [(80, 24), (40, 12), (30, 8)])
    func finish(width: Int, height: Int) throws {
        var kiosk = try KioskRun(width: width, height: height)
        kiosk.press(kioskToPrimaryCare + [.enter])
        assertSnapshot(kiosk.styledScreen, named: "kiosk-finish.\(width)x\(height)")
        #expect(kiosk.screen.contains("Enter clear"))
    }
}
