import Testing
@_exported import TestSupport
@testable import IntakeUI
import PathwayCore

func builtIn() throws -> Pathway { try Pathway.builtIn() }

/// Typing a string: each character as a key.
func typing(_ text: String) -> [KeyPress] { text.map { .character($0) } }

// Keys for each answer on the way to spine-surgeon (clinician, no audience screen). A single
// choice starts with nothing chosen, so Down once reaches the first option.
let noRedFlags: [KeyPress] = [.end, .space, .enter]                                  // None of these, the last row
let notSevere: [KeyPress] = [.down, .down, .enter]                                   // No
let twelveWeeks: [KeyPress] = typing("12") + [.enter]
let persisting: [KeyPress] = [.down, .enter]                                         // Yes: not improving
let mriNotDone: [KeyPress] = [.down, .enter]
let physioAndPainSpecialist: [KeyPress] = [.down, .down, .space, .down, .space, .enter]
let rootCompression: [KeyPress] = [.down, .down, .down, .enter]
let symptomsMatch: [KeyPress] = [.down, .enter]
let willing: [KeyPress] = [.down, .enter]

let keysToMRI = noRedFlags + notSevere + twelveWeeks + persisting + physioAndPainSpecialist
let keysToCorrelation = keysToMRI + rootCompression
let keysToWillingness = keysToCorrelation + symptomsMatch
let keysToSurgeonReview = keysToWillingness + willing

/// A scripted run of the front end at a fixed size.
struct Script {
    let pathway: Pathway
    var context: ViewContext
    var state: Session

    init(audience: Audience? = .clinician, width: Int = 80, height: Int = 24, ascii: Bool = false) throws {
        pathway = try builtIn()
        context = ViewContext(pathway: pathway, width: width, height: height, ascii: ascii)
        state = Session(audience: audience, pathway: pathway)
    }

    mutating func press(_ keys: [KeyPress]) { state = state.after(keys, context: context) }
    mutating func press(_ key: KeyPress) { state = state.after(key, context: context) }

    var screen: String { ScreenView.render(state, context).text(ascii: context.ascii) }
}


/// Short ways for tests to read a session's screen.
extension Session {
    init(audience: Audience?, pathway: Pathway) { self.init(Configuration(audience: audience), pathway: pathway) }

    /// A single choice's cursor before anything is chosen.
    static let noChoice: Int? = nil

    var cursor: Int? {
        switch screen {
        case .audience(let s): return s.cursor
        case .choice(let s): return s.cursor
        case .checklist(let s): return s.cursor
        case .review(let s): return s.cursor
        case .welcome, .weeks, .result, .story, .score: return nil
        case .prediction(let s): return s.cursor
        }
    }

    var checked: Set<String> {
        if case .checklist(let s) = screen { return s.ticked }
        return []
    }

    var weeksText: String {
        if case .weeks(let s) = screen { return s.text }
        return ""
    }

    var scroll: Int {
        if case .result(let s) = screen { return s.scroll }
        return 0
    }

    var message: String? { notice?.text(ascii: false) }

    var screenKeyContext: KeyContext { screen.current.keyContext }

    func after(_ key: KeyPress, context: ViewContext) -> Session { after(.key(key), context: context) }
}
