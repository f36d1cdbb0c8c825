import PathwayCore
import Testing
@testable import IntakeUI

@Suite("The idle timeout's clock arithmetic")
struct IdleTimeoutTests {
    @Test("passes exactly at the limit, not a millisecond before")
    func atTheLimit() {
        #expect(!IdleTimeout.hasPassed(seconds: 120, from: 5_000, to: 124_999))
        #expect(IdleTimeout.hasPassed(seconds: 120, from: 5_000, to: 125_000))
    }

    @Test("no limit value overflows, however large", arguments: [Int.max, Int.max / 1000 + 1, Int.max / 1000, 86_400])
    func hugeLimits(seconds: Int) {
        // The trial's crash: Int64(limit) * 1000 trapped for 9223372036854776 and up.
        let day: Int64 = 86_400_000
        #expect(IdleTimeout.hasPassed(seconds: seconds, from: 0, to: day) == (seconds <= 86_400))
        #expect(!IdleTimeout.hasPassed(seconds: seconds, from: 0, to: 0))
        #expect(IdleTimeout.hasPassed(seconds: seconds, from: .min, to: .max) == (seconds <= Int.max / 1000))
    }

    @Test("readings at the ends of the clock's range do not overflow")
    func extremeReadings() {
        #expect(IdleTimeout.hasPassed(seconds: 1, from: .min, to: .max), "a jump forward counts as a long wait")
        #expect(!IdleTimeout.hasPassed(seconds: 1, from: .max, to: .min), "a jump backward does not")
        #expect(!IdleTimeout.hasPassed(seconds: 1, from: 10_000, to: 0))
    }

    @Test("zero or a negative limit never passes", arguments: [0, -1, Int.min])
    func noLimit(seconds: Int) {
        #expect(!IdleTimeout.hasPassed(seconds: seconds, from: 0, to: .max))
    }
}

@Suite("When the front end must wake for the clock")
struct SessionClockNeedTests {
    @Test("only a session with an idle limit needs the clock: the kiosk, or --idle-timeout; else the key wait has no limit")
    func needsClock() throws {
        let pathway = try builtIn()
        #expect(!Session(Session.Configuration(audience: .clinician), pathway: pathway).needsClock)
        #expect(!Session(.rehearsal(try CaseBook.builtIn(for: pathway).cases), pathway: pathway).needsClock)
        #expect(Session(Session.Configuration(audience: .clinician, idleTimeout: 30), pathway: pathway).needsClock)
        #expect(Session(Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 120, urgentHold: 600, attendantPIN: AttendantPIN("1234")),
                        pathway: pathway).needsClock)
    }
}

@Suite("How long the front end may wait for a key")
struct SessionClockWaitTests {
    @Test("until the idle countdown is due, then four times a second; none with nothing to wipe; ticks before it change nothing shown")
    func waitUntilTheCountdown() throws {
        let pathway = try Pathway.builtIn()
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        var session = Session(Session.Configuration(audience: .patient, idleTimeout: 60), pathway: pathway)
        #expect(session.clockWait(pathway) == 250, "the clock not yet read")
        session = session.after(.tick(milliseconds: 1_000), context: context)
        #expect(session.clockWait(pathway) == nil, "the first screen, nothing to wipe: no wake-ups while it waits")
        session = session.after([.space, .enter], context: context)
        session = session.after(.tick(milliseconds: 2_000), context: context)
        let countdown = 1_000 + (60 - IdleTimeout.warningSeconds(for: 60)) * 1_000
        #expect(session.clockWait(pathway) == countdown - 2_000)
        for moment in stride(from: 2_000, to: countdown, by: 997) + [countdown - 1] {
            let ticked = session.after(.tick(milliseconds: Int64(moment)), context: context)
            #expect(ticked.showsTheSame(as: session, context), "a tick at \(moment) ms, before the wait is over")
        }
        let due = session.after(.tick(milliseconds: Int64(countdown)), context: context)
        guard case .idleWarning? = due.notice else { Issue.record("no countdown when the wait is over"); return }
        #expect(due.clockWait(pathway) == 250, "the countdown shows every second")
    }

    @Test("no clock without an idle limit; a limit too large for the clock waits an hour at most", arguments: [nil, Int.max, Int.max / 1000])
    func limits(seconds: Int?) throws {
        let pathway = try Pathway.builtIn()
        let context = ViewContext(pathway: pathway, width: 80, height: 24)
        var session = Session(Session.Configuration(audience: .patient, idleTimeout: seconds), pathway: pathway)
        session = session.after(.tick(milliseconds: 1_000), context: context)
        session = session.after([.space, .enter], context: context)
        session = session.after(.tick(milliseconds: 2_000), context: context)
        if seconds == nil {
            #expect(session.clockWait(pathway) == nil)
        } else {
            #expect(session.clockWait(pathway) == 3_600_000)
        }
    }
}
