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
