/// The timeline's words per audience: the heading, each window's label on the bar (long, and
/// short for narrow bars), the marker's label, and the sentence that says where the weeks are.
/// The sentences are the source's, with its citations, and hold no week count of the program's;
/// where the weeks fall, and this program's reading of months as weeks, are apart and uncited.
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
                return Sentence(text: "The first \(t.primaryCareWeeks) weeks: primary-care conservative management.",
                                citations: [1, 2, 3], reading: "\(weeks) of conservative care falls within them.")
            case .interventionalPain:
                return Sentence(text: "From \(t.primaryCareWeeks) weeks to 3 months, if symptoms persist: PM&R or interventional pain management; spine surgeon consultation only after 2-3 months.",
                                citations: [1, 2],
                                reading: "\(weeks) of conservative care falls here: 2-3 months is read as \(t.surgeonMinimumWeeks) weeks or more.")
            case .surgeonPossible:
                return Sentence(text: "After 2-3 months: spine surgeon consultation, only when all the surgical criteria are met.",
                                citations: [2],
                                reading: "\(weeks) of conservative care falls here: 2-3 months is read as \(t.surgeonMinimumWeeks) weeks or more, and 3 months as \(t.overdueWeeks) weeks.")
            case .pastThreeMonths:
                // The source's "do not delay beyond 3 months" is the overdue warning's, shown only
                // where that rule applies; here the weeks are only placed.
                return Sentence(text: "After 2-3 months: spine surgeon consultation, only when all the surgical criteria are met.",
                                citations: [2],
                                reading: "\(weeks) of conservative care is 3 months or more, with 3 months read as \(t.overdueWeeks) weeks.")
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
                return Sentence(text: "The first \(t.primaryCareWeeks) weeks are care from your family doctor.",
                                citations: [1, 2, 3], reading: "You have had \(weeks) of care, so you are in these first weeks.")
            case .interventionalPain:
                return Sentence(text: "From \(t.primaryCareWeeks) weeks to 3 months, if your symptoms go on, the next step is a rehab doctor or pain specialist. A surgeon comes only after 2 to 3 months.",
                                citations: [1, 2],
                                reading: "You have had \(weeks) of care. 2 to 3 months is counted as \(t.surgeonMinimumWeeks) weeks or more.")
            case .surgeonPossible:
                return Sentence(text: "After 2 to 3 months, a spine surgeon can be the next step if all the points for it are met.",
                                citations: [2],
                                reading: "You have had \(weeks) of care. 2 to 3 months is counted as \(t.surgeonMinimumWeeks) weeks or more.")
            case .pastThreeMonths:
                return Sentence(text: "After 2 to 3 months, a spine surgeon can be the next step if all the points for it are met.",
                                citations: [2],
                                reading: "You have had \(weeks) of care. That is 3 months or more, as 3 months is counted as \(t.overdueWeeks) weeks.")
            }
        })
}

extension Timeline {
    /// The heading the timeline goes under, in the audience's words.
    public var heading: String { TimelineWords.for(audience).heading }
}
