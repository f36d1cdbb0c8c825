import BuiltInContent
import Testing
@_exported import TestSupport
@testable import IntakeUI
import PathwayCore

func builtIn() throws -> Pathway { try Pathway.builtIn() }

/// Typing a string: each character as a key.
func typing(_ text: String) -> [KeyPress] { text.map { .character($0) } }

// Keys for each answer on the way to spine-surgeon (clinician, no audience screen). A single
// choice's pointer starts on the first row: Enter alone chooses it, and Down once chooses the
// second.
let noRedFlags: [KeyPress] = [.end, .space, .enter]                                  // None of these, the last row
let notSevere: [KeyPress] = [.down, .enter]                                          // No
let twelveWeeks: [KeyPress] = typing("12") + [.enter]
let persisting: [KeyPress] = [.enter]                                                // Yes: not improving
let mriNotDone: [KeyPress] = [.enter]
let physioAndPainSpecialist: [KeyPress] = [.down, .down, .space, .down, .space, .enter]
let rootCompression: [KeyPress] = [.down, .down, .enter]
let symptomsMatch: [KeyPress] = [.enter]
let willing: [KeyPress] = [.enter]

let keysToMRI = noRedFlags + notSevere + twelveWeeks + persisting + physioAndPainSpecialist
let keysToCorrelation = keysToMRI + rootCompression
let keysToWillingness = keysToCorrelation + symptomsMatch
let keysToSurgeonReview = keysToWillingness + willing

/// A scripted run of the front end at a fixed size.
struct Script {
    let pathway: Pathway
    var context: ViewContext
    var state: Session
    /// What the last keys asked of the front end.
    var effects: [SessionEffect] = []
    /// The front end's local clock: read when the session asks (a save starts); none when nil.
    var localTime: LocalTime?

    init(audience: Audience? = .clinician, width: Int = 80, height: Int = 24, ascii: Bool = false) throws {
        pathway = try builtIn()
        context = ViewContext(pathway: pathway, width: width, height: height, ascii: ascii)
        state = Session(audience: audience, pathway: pathway)
    }

    mutating func press(_ keys: [KeyPress]) {
        effects = []
        for key in keys {
            let asked = state.sending(.key(key), context)
            effects += asked
            if asked.contains(.readLocalTime), let localTime { effects += state.sending(.localTime(localTime), context) }
        }
    }
    mutating func press(_ key: KeyPress) { press([key]) }
    /// Sends an event that is not a key (the front end's answer to an effect, the clock).
    mutating func send(_ event: SessionEvent) { effects = state.sending(event, context) }

    /// How the last keys ended the session, if they did.
    var outcome: Outcome? { effects.outcome }

    var screen: String { ScreenView.render(state, context).text(ascii: context.ascii) }

    /// The screen with its style runs marked, as snapshots record it.
    var styledScreen: String { ScreenView.render(state, context).styledText(ascii: context.ascii) }

    /// The result's scroll as shown: the line at the top of the window.
    var scroll: Int { ScreenView.metrics(state, context).text.scroll }
}

extension [SessionEffect] {
    /// The outcome a `.finished` effect carries, if one is among them.
    var outcome: Outcome? {
        for case .finished(let outcome) in self { return outcome }
        return nil
    }

    /// The files asked to be written.
    var fileRequests: [FileRequest] {
        compactMap { if case .writeFile(let request) = $0 { return request } else { return nil } }
    }
}


/// Short ways for tests to read a session's screen.
extension Session {
    init(audience: Audience?, pathway: Pathway) { self.init(Configuration(audience: audience), pathway: pathway) }

    /// A single choice's chosen row before anything is chosen.
    static let noChoice: Int? = nil

    /// The row under a list's pointer.
    var cursor: Int? { screen.current.listCursor }

    /// A single choice's chosen row.
    var chosen: Int? { screen.current.listChosen }

    var checked: Set<String> { screen.as(ChecklistScreen.self)?.ticked ?? [] }

    var weeksText: String { screen.as(WeeksScreen.self)?.text ?? "" }

    /// The result's scroll as the session keeps it: a line (0 elsewhere, or at a section).
    var scroll: Int {
        if case .line(let line)? = screen.as(ResultScreen.self)?.scroll { return line }
        return 0
    }

    var message: String? { notice?.text(ascii: false) }

    var screenKeyContext: KeyContext { screen.current.keyContext }

    func after(_ key: KeyPress, context: ViewContext) -> Session { after(.key(key), context: context) }

    /// Sends `event` as a front end does: a key with the screen as shown, measured by the
    /// views. Returns what the session asked of the front end.
    mutating func sending(_ event: SessionEvent, _ context: ViewContext) -> [SessionEffect] {
        guard case .key = event else { return send(event, context, shown: ScreenMetrics()) }
        return send(event, context, shown: ScreenView.metrics(self, context))
    }

    /// The session after `event`; what it asked of the front end is dropped.
    func after(_ event: SessionEvent, context: ViewContext) -> Session {
        var next = self
        _ = next.sending(event, context)
        return next
    }

    /// The session after each key in turn.
    func after(_ keys: [KeyPress], context: ViewContext) -> Session {
        keys.reduce(self) { $0.after(.key($1), context: context) }
    }
}
