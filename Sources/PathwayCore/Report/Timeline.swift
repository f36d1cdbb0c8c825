/// Where the weeks of conservative care fall among the pathway's windows, for the result: drawn
/// as a one-line bar with the windows named and a marker at the weeks (`bar(width:style:)`), and
/// said in words for the text report and the line mode (`words`).
public struct Timeline: Sendable, Equatable {
    /// One window with the weeks it covers: `start` up to, not including, `end`.
    public struct Span: Sendable, Equatable {
        public let window: TimelineWindow
        public let start: Int
        public let end: Int
    }

    /// The weeks answered, within 0 and the largest answer.
    public let weeks: Int
    public let audience: Audience
    /// The windows that cover at least one week, in order; the last ends after `maximumWeeks`.
    public let spans: [Span]
    public let thresholds: PathwayDocument.Thresholds

    /// The timeline of `weeks`; thresholds out of order (which lint refuses) are clamped, never trapped on.
    public init(weeks: Int, thresholds: PathwayDocument.Thresholds, audience: Audience) {
        let last = min(max(thresholds.maximumWeeks, 1), PathwayLint.largestMaximumWeeks)
        let primary = min(max(thresholds.primaryCareWeeks, 0), last)
        let surgeon = min(max(thresholds.surgeonMinimumWeeks, primary), last + 1)
        let overdue = min(max(thresholds.overdueWeeks, surgeon), last + 1)
        let bounds: [(TimelineWindow, Int, Int)] = [
            (.primaryCare, 0, primary), (.interventionalPain, primary, surgeon),
            (.surgeonPossible, surgeon, overdue), (.pastThreeMonths, overdue, last + 1),
        ]
        spans = bounds.filter { $0.1 < $0.2 }.map { Span(window: $0.0, start: $0.1, end: $0.2) }
        self.weeks = min(max(weeks, 0), last)
        self.audience = audience
        self.thresholds = thresholds
    }

    /// The timeline for a decision, or nil when its path did not ask the weeks (a red flag or
    /// severe pain ends the intake first): then there is nothing to place.
    public init?(decision: Decision, thresholds: PathwayDocument.Thresholds, audience: Audience) {
        guard decision.path.contains(.weeksOfConservativeCare), let weeks = decision.answers.weeksOfConservativeCare else { return nil }
        self.init(weeks: weeks, thresholds: thresholds, audience: audience)
    }

    /// The window the weeks are in.
    public var window: TimelineWindow {
        (spans.first { $0.start <= weeks && weeks < $0.end } ?? spans.last)?.window ?? .primaryCare
    }

    /// The weeks as words: "1 week", "14 weeks".
    public var weeksText: String { weeks == 1 ? "1 week" : "\(weeks) weeks" }

    /// The timeline in words, as a report entry: where the weeks are, with the source's
    /// citations, and this program's reading of its months as weeks where the sentence rests on it.
    public var words: ReportDocument.Entry {
        let sentence = TimelineWords.for(audience).sentence(window, weeksText, thresholds)
        return ReportDocument.Entry(marker: .none, text: sentence.text, citations: sentence.citations, reading: sentence.reading)
    }
}
