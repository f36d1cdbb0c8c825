import Testing
@testable import IntakeUI
import PathwayCore

func builtIn() throws -> Pathway {
    switch Pathway.builtIn() {
    case .success(let pathway): return pathway
    case .failure(let error): throw LoadFailure(error: error)
    }
}

struct LoadFailure: Error { let error: PathwayLoadError }

/// Typing a string: each character as a key.
func typing(_ text: String) -> [KeyPress] { text.map { .character($0) } }

/// Keys that answer every question on the way to `spine-surgeon` (clinician, no audience screen).
let keysToSurgeonReview: [KeyPress] =
    [.down, .down, .down, .down, .down, .down, .down, .down, .space, .enter]   // None of these
    + [.down, .enter]                                                        // severity: No
    + typing("12") + [.enter]                                                // weeks
    + [.down, .down, .space, .down, .space, .enter]                          // therapies: PT, pain specialist
    + [.down, .down, .enter]                                                 // MRI: root compression
    + [.enter]                                                               // correlation: matches
    + [.enter]                                                               // willing: yes

/// A scripted run of the front end at a fixed size.
struct Script {
    let pathway: Pathway
    var context: ViewContext
    var state: ScreenState

    init(audience: Audience? = .clinician, width: Int = 80, height: Int = 24, ascii: Bool = false) throws {
        pathway = try builtIn()
        context = ViewContext(pathway: pathway, width: width, height: height, ascii: ascii)
        state = ScreenState(audience: audience, pathway: pathway)
    }

    mutating func press(_ keys: [KeyPress]) { state = state.after(keys, context: context) }
    mutating func press(_ key: KeyPress) { state = state.after(key, context: context) }

    var screen: String { ScreenView.render(state, context).text(ascii: context.ascii) }
}
