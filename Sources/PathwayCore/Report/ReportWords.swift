/// Headings and labels of reports and result screens, per audience. Not clinical content.
public struct ReportWords: Sendable, Equatable {
    public let tier, tierCode, whatToDo, overdue, why, criteria, inferredCriteria, pitfalls, evidence, references, about: String
    public let lastUpdated, reviewStatus, contentVersion, sourceDisclaimer: String
    public let met, unmet, notAssessed: String
    /// An unmet criterion whose answer was "not sure" or "not known": said so, never "no".
    public let notSure, notKnown: String
    /// The label of this program's own readings, so they are never taken for the source's.
    public let reading: String
    /// The label after this program's own advice: after it, so the advice itself is read first.
    public let ownAdvice: String
    /// Said of this program's added criterion where it is named in a line, as a reading.
    public let addedCriterion: String

    public func status(_ status: CriterionStatus, _ uncertainty: CriterionUncertainty? = nil) -> String {
        switch (status, uncertainty) {
        case (.met, _): return met
        case (.unmet, .notSure?): return notSure
        case (.unmet, .notKnown?): return notKnown
        case (.unmet, nil): return unmet
        case (.notAssessed, _): return notAssessed
        }
    }

    public static func `for`(_ audience: Audience) -> ReportWords {
        switch audience {
        case .patient:
            return ReportWords(
                tier: "Your next step", tierCode: "Code for your clinician", whatToDo: "What to do",
                overdue: "Do not wait longer", why: "Why", criteria: "What a surgeon referral needs",
                inferredCriteria: "What this tool also checks", pitfalls: "What your care should avoid",
                evidence: "What the evidence says", references: "References", about: "About this information",
                lastUpdated: "Last updated", reviewStatus: "Review status", contentVersion: "Content version",
                sourceDisclaimer: "The guideline's own disclaimer", met: "yes", unmet: "no", notAssessed: "not asked",
                notSure: "not sure", notKnown: "not known",
                reading: "This tool's own reading:", ownAdvice: "(This tool's own advice, not the guideline's.)",
                addedCriterion: "the guideline does not list this among its points.")
        case .clinician, .trainee:
            return ReportWords(
                tier: "Referral tier", tierCode: "Referral tier", whatToDo: "What to do",
                overdue: "Referral overdue", why: "Reasoning", criteria: "The source's surgical criteria (all required)",
                inferredCriteria: "This program's added criterion (an inference)", pitfalls: "Pitfalls to avoid",
                evidence: "Evidence", references: "References", about: "Content",
                lastUpdated: "Last updated", reviewStatus: "Review status", contentVersion: "Content version",
                sourceDisclaimer: "The source's disclaimer", met: "met", unmet: "unmet", notAssessed: "not assessed",
                notSure: "not sure", notKnown: "not known",
                reading: "This program's reading:", ownAdvice: "(This program's own advice, not the source's.)",
                addedCriterion: "not one of the source's criteria.")
        }
    }
}
