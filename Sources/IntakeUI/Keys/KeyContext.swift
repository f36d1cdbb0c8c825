/// A kind of screen, with keys of its own: where the key reference says a key works ("on a
/// checklist"), and which screens it describes together. The intake's are named here; a screen
/// of its own kind declares its context in its own file (FinishScreen's, say), and the key table
/// finds it through the flow list (`Flow.screens`).
public struct KeyContext: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    public let name: String
    /// Where a key works, when it works on only some screens of its group: "on a checklist".
    public let place: String
    /// The screens the key reference describes together.
    public let group: KeyGroup

    public init(_ name: String, place: String, group: KeyGroup) {
        self.name = name
        self.place = place
        self.group = group
    }

    public static func == (lhs: KeyContext, rhs: KeyContext) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    public var description: String { name }

    public static let list = KeyContext("list", place: "on a single-choice list", group: .lists)
    /// A single-choice question whose answers are Yes, No and Not sure.
    public static let yesNo = KeyContext("yesNo", place: "on a Yes / No / Not sure question", group: .lists)
    public static let checklist = KeyContext("checklist", place: "on a checklist", group: .lists)
    public static let weeks = KeyContext("weeks", place: "in the weeks field", group: .weeks)
    public static let review = KeyContext("review", place: "on the review", group: .lists)
    public static let result = KeyContext("result", place: "on the result", group: .reading)
    public static let help = KeyContext("help", place: "in help", group: .reading)
    public static let confirmQuit = KeyContext("confirmQuit", place: "in the quit box", group: .quitBox)
    /// Asked before `q` or `r` drops a result neither saved nor copied.
    public static let confirmLeave = KeyContext("confirmLeave", place: "asked before dropping an unsaved result", group: .quitBox)
    /// Rehearsal: a case's story, a practice case's result (with the feedback), the score.
    public static let story = KeyContext("story", place: "on a case's story", group: .rehearsal)
    public static let practiceResult = KeyContext("practiceResult", place: "on a practice case's result", group: .rehearsal)
    public static let score = KeyContext("score", place: "on the score", group: .rehearsal)
    /// Below the minimum size: only what needs no screen.
    public static let tooSmall = KeyContext("tooSmall", place: "in a window too small", group: .tooSmall)
    /// A kiosk's urgent result, held for the staff: reading it only.
    public static let urgentHeld = KeyContext("urgentHeld", place: "on an urgent result held for the staff (--kiosk)", group: .reading)
    /// The kiosk's welcome screen.
    public static let welcome = KeyContext("welcome", place: "on the kiosk's welcome screen", group: .welcome)
    /// The box asking for a file name, and the question whether to replace a file there.
    public static let fileName = KeyContext("fileName", place: "in the file name box", group: .saving)
    public static let confirmOverwrite = KeyContext("confirmOverwrite", place: "asked to replace a file", group: .saving)

    /// The intake's own, in the reference's order.
    static let intake: [KeyContext] = [.list, .yesNo, .checklist, .weeks, .review, .result, .urgentHeld, .help, .confirmQuit, .confirmLeave, .story, .practiceResult,
                                       .score, .tooSmall, .welcome, .fileName, .confirmOverwrite]

    /// Every context: the intake's, then those the flow's screens declare.
    public static var allCases: [KeyContext] {
        var all = intake
        for screen in Flow.screens {
            for binding in screen.keys {
                for context in binding.contexts where !all.contains(context) { all.append(context) }
            }
        }
        return all
    }
}

/// Screens whose keys the key reference lists under one heading.
public struct KeyGroup: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let heading: String

    public init(_ name: String, heading: String) {
        self.name = name
        self.heading = heading
    }

    public static func == (lhs: KeyGroup, rhs: KeyGroup) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    public var description: String { name }

    public static let lists = KeyGroup("lists", heading: "On a list, a checklist or the review:")
    public static let weeks = KeyGroup("weeks", heading: "In the weeks field:")
    public static let reading = KeyGroup("reading", heading: "On the result and in help:")
    public static let rehearsal = KeyGroup("rehearsal", heading: "In rehearsal (discpath rehearse):")
    public static let quitBox = KeyGroup("quitBox", heading: "In the quit box:")
    public static let tooSmall = KeyGroup("tooSmall", heading: "In a window below \(ViewContext.minimumWidth)x\(ViewContext.minimumHeight):")
    public static let welcome = KeyGroup("welcome", heading: "On the kiosk's welcome screen (--kiosk):")
    public static let saving = KeyGroup("saving", heading: "When saving to a file:")

    /// Every group, in the reference's order: as their contexts first come.
    public static var allCases: [KeyGroup] {
        var all: [KeyGroup] = []
        for group in [lists, weeks, reading, rehearsal, quitBox, tooSmall, welcome, saving] + KeyContext.allCases.map(\.group)
        where !all.contains(group) {
            all.append(group)
        }
        return all
    }
}
