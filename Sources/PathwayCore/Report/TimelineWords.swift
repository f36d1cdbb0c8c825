/// The timeline's words per audience: the heading, each window's label on the bar (long, and
/// short for narrow bars), the marker's label, and the sentence that says where the weeks are.
/// The sentences are the source's, with its citations; where one rests on this program's reading
/// of months as weeks, the reading is apart and uncited.
struct TimelineWords: Sendable {
    /// A sentence with its citations and the reading beside it.
    struct Sentence: Sendable, Equatable {
        let text: String
        let citations: [Int]
        let reading: String?
    }

    let heading: String
    let labels: [TimelineWindow: (long: String, short: String)]
    /// The marker's label, longest first: the first that fits beside the marker is used.
    let marker: @Sendable (_ weeks: String) -> [String]
    let sentence: @Sendable (_ window: TimelineWindow, _ weeks: String, _ thresholds: PathwayDocument.Thresholds) -> Sentence

    static func `for`(_ audience: Audience) -> TimelineWords {
        switch audience {
        case .clinician, .trainee: return professional
        case .patient: return patient
        }
    }

    private static let professional = TimelineWords(
        heading: "Weeks of conservative care",
        labels: [.primaryCare: ("primary care", "primary"), .interventionalPain: ("PM&R / pain", "pain"),
                 .surgeonPossible: ("surgeon possible", "surgeon"), .pastThreeMonths: ("3 months or more", "3 mo+")],
        marker: { [$0] },
        sentence: { window, weeks, t in
            switch window {
            case .primaryCare:
                return Sentence(text: "\(weeks) of conservative care: within the first \(t.primaryCareWeeks) weeks, primary-care conservative management.",
                                citations: [1, 2, 3], reading: nil)
            case .interventionalPain:
                return Sentence(text: "\(weeks) of conservative care: between \(t.primaryCareWeeks) weeks and 3 months, PM&R or interventional pain management; spine surgeon consultation only after 2-3 months.",
                                citations: [1, 2], reading: "2-3 months is read as \(t.surgeonMinimumWeeks) weeks or more.")
            case .surgeonPossible:
                return Sentence(text: "\(weeks) of conservative care: after 2-3 months, spine surgeon consultation when all the surgical criteria are met.",
                                citations: [2], reading: "2-3 months is read as \(t.surgeonMinimumWeeks) weeks or more, and 3 months as \(t.overdueWeeks) weeks.")
            case .pastThreeMonths:
                return Sentence(text: "\(weeks) of conservative care: 3 months or more; do not delay specialist referral beyond 3 months for patients with persistent radicular pain.",
                                citations: [1], reading: "3 months is read as \(t.overdueWeeks) weeks.")
            }
        })

    private static let patient = TimelineWords(
        heading: "Where you are",
        labels: [.primaryCare: ("family doctor", "doctor"), .interventionalPain: ("pain specialist", "pain"),
                 .surgeonPossible: ("surgeon possible", "surgeon"), .pastThreeMonths: ("3 months or more", "3 mo+")],
        marker: { ["you are here: \($0)", "here: \($0)"] },
        sentence: { window, weeks, t in
            switch window {
            case .primaryCare:
                return Sentence(text: "You have had \(weeks) of care. The first \(t.primaryCareWeeks) weeks are care from your family doctor.",
                                citations: [1, 2, 3], reading: nil)
            case .interventionalPain:
                return Sentence(text: "You have had \(weeks) of care. From \(t.primaryCareWeeks) weeks to 3 months, the next step is a rehab doctor or pain specialist. A surgeon comes only after 2 to 3 months.",
                                citations: [1, 2], reading: "2 to 3 months is counted as \(t.surgeonMinimumWeeks) weeks or more.")
            case .surgeonPossible:
                return Sentence(text: "You have had \(weeks) of care. After 2 to 3 months, a spine surgeon can be the next step if all the points for it are met.",
                                citations: [2], reading: "2 to 3 months is counted as \(t.surgeonMinimumWeeks) weeks or more.")
            case .pastThreeMonths:
                return Sentence(text: "You have had \(weeks) of care. That is 3 months or more. If your leg pain goes on, a referral to a specialist should not wait any longer.",
                                citations: [1], reading: "3 months is counted as \(t.overdueWeeks) weeks.")
            }
        })
}

extension Timeline {
    /// The heading the timeline goes under, in the audience's words.
    public var heading: String { TimelineWords.for(audience).heading }
}
