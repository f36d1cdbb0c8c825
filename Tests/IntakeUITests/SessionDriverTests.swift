import Testing
@testable import IntakeUI
import PathwayCore

/// What the test front end was asked and shown.
final class IOLog {
    var presented: [(position: Session.Position, repaint: Bool, notice: Notice?)] = []
    var localTimeReads = 0
    var written: [FileRequest] = []
    /// The monotonic clock: each reading a second after the last; nil for a front end without one.
    var clock: Int64?
}

/// A front end for tests: what the user does comes from a script, files are "written" into the log.
struct ScriptedIO: SessionIO {
    let pathway: Pathway
    var inputs: [SessionInput]
    let log: IOLog

    func viewContext() -> ViewContext { ViewContext(pathway: pathway, width: 80, height: 24) }

    func monotonicMilliseconds() -> Int64? {
        guard let now = log.clock else { return nil }
        log.clock = now + 1000
        return now
    }

    func localTime() -> LocalTime? {
        log.localTimeReads += 1
        return noteTime
    }

    func write(_ request: FileRequest) -> FileWriteResult {
        log.written.append(request)
        return .written(shownAs: "/tmp/" + request.path)
    }

    func ringBell() {}

    mutating func present(_ session: Session, _ context: ViewContext, repaint: Bool) {
        log.presented.append((session.position, repaint, session.notice))
    }

    mutating func next(_ session: Session, _ context: ViewContext) -> SessionInput {
        inputs.isEmpty ? .leave : inputs.removeFirst()
    }
}

/// A log sink for tests: the lines the driver handed it.
final class FakeLogSink: LogSink {
    var lines: [String] = []
    func warn(_ message: String) { lines.append(message) }
}

@Suite("One driver for every front end: effects carried out, not polled")
struct SessionDriverTests {
    func run(_ inputs: [SessionInput], _ configuration: Session.Configuration = Session.Configuration(audience: .clinician),
             clock: Int64? = nil, sink: FakeLogSink? = nil) throws -> (Outcome, IOLog) {
        let pathway = try builtIn()
        let log = IOLog()
        log.clock = clock
        var driver = SessionDriver(Session(configuration, pathway: pathway), io: ScriptedIO(pathway: pathway, inputs: inputs, log: log),
                                   logSink: sink)
        return (driver.run(), log)
    }

    @Test("a save: the local time is read once, when it starts; the file asked for is written and the answer sent back")
    func save() throws {
        let (outcome, log) = try run([.keys(keysToSurgeonReview + [.enter]), .keys([.character("s")]), .keys([.enter]), .keys([.character("q")])])
        #expect(outcome.tier == .spineSurgeon, "q on the result finishes")
        #expect(log.localTimeReads == 1, "read when the save started, not before every key")
        let request = try #require(log.written.first)
        #expect(log.written.count == 1)
        #expect(request.kind == .note && request.path == "discpath-20260305-1407.txt" && !request.overwrite)
        #expect(request.contents.contains(noteTime.text), "the note is dated with the time read")
        #expect(log.presented.last?.notice == .saved(.note, path: "/tmp/discpath-20260305-1407.txt"))
    }

    @Test("Ctrl-L repaints: the next presentation clears the screen and draws all of it, once")
    func repaint() throws {
        let (_, log) = try run([.keys([.down]), .keys([.ctrlL]), .keys([.down])])
        #expect(log.presented.map(\.repaint) == [false, false, true, false])
    }

    @Test("the clock is read before every key and on every wait: the idle wipe runs in the driver, and repaints")
    func idleWipe() throws {
        let kiosk = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 3)
        let (outcome, log) = try run([.keys([.enter, .space])] + Array(repeating: .idle, count: 4), kiosk, clock: 1_000)
        #expect(outcome == .quitBeforeTier, "left at the welcome")
        let wiped = try #require(log.presented.firstIndex { $0.position == .welcome && $0.repaint })
        #expect(log.presented[..<wiped].contains { $0.position == .question(.redFlags) })
        #expect(log.presented[..<wiped].contains { $0.notice == .idleWarning(seconds: 1) }, "the countdown came first")
    }

    @Test("a front end without a clock: no time passes, nothing is wiped")
    func noClock() throws {
        let kiosk = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 1)
        let (_, log) = try run([.keys([.enter])] + Array(repeating: .idle, count: 10), kiosk)
        #expect(log.presented.last?.position == .question(.redFlags))
    }

    @Test("leaving (input ended, a signal, the terminal gone) ends the session as leaving there ends it")
    func leave() throws {
        #expect(try run([.keys([.space, .enter, .enter]), .leave]).0.tier == .immediateSpineSurgeon)
        #expect(try run([.keys([.space]), .leave]).0 == .quitBeforeTier)
    }

    @Test("the attendant's PIN ends a kiosk through the driver")
    func attendant() throws {
        let kiosk = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 120, attendantPIN: AttendantPIN("4321"))
        let (outcome, _) = try run([.keys([.f10] + typing("4321") + [.enter]), .keys([.enter])], kiosk, clock: 1_000)
        #expect(outcome == .endedByAttendant)
    }

    @Test("an urgent kiosk result: the driver hands one line to the log sink, with the time and no answer")
    func urgentLogged() throws {
        let kiosk = Session.Configuration(audience: .patient, mode: .kiosk, idleTimeout: 120, attendantPIN: AttendantPIN("4321"))
        let sink = FakeLogSink()
        _ = try run([.keys([.enter, .space, .enter, .enter])] + Array(repeating: .idle, count: 5), kiosk, clock: 1_000, sink: sink)
        #expect(sink.lines == ["urgent result shown at \(noteTime.text): a patient at the kiosk needs the staff now"])
        for answerWords in ["urine", "bladder", "Warning", "immediate-spine-surgeon"] {
            #expect(!(sink.lines.first ?? "").contains(answerWords), "never an answer: \(answerWords)")
        }
        let routine = FakeLogSink()
        _ = try run([.keys([.enter, .end, .space, .enter, .down, .enter] + typing("3") + [.enter, .enter])], kiosk, clock: 1_000, sink: routine)
        #expect(routine.lines.isEmpty, "only urgent results are logged")
    }

    @Test("c through a front end that cannot copy: it says so, and q then asks")
    func copyUnavailable() throws {
        let (outcome, log) = try run([.keys([.space, .enter, .enter, .character("c")]), .keys([.character("q"), .character("y")])])
        #expect(log.presented.contains { $0.notice == .copied(false) })
        #expect(outcome.tier == .immediateSpineSurgeon)
    }
}
