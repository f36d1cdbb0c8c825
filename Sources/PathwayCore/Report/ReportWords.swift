/// Headings and labels of reports and result screens, per audience. Not clinical content.
public struct ReportWords: Sendable, Equatable {
    public let tier, tierCode, whatToDo, overdue, why, criteria, inferredCriteria, pitfalls, evidence, references, about: String
    public let lastUpdated, reviewStatus, contentVersion, sourceDisclaimer: String
    public let met, unmet, notAssessed: String
    /// The label of this program's own readings, so they are never taken for the source's.
    public let reading: String

    public func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: return met
        case .unmet: return unmet
        case .notAssessed: return notAssessed
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
                reading: "This tool's own reading:")
        case .clinician, .trainee:
            return ReportWords(
                tier: "Referral tier", tierCode: "Referral tier", whatToDo: "What to do",
                overdue: "Referral overdue", why: "Reasoning", criteria: "The source's surgical criteria (all required)",
                inferredCriteria: "This program's added criterion (an inference)", pitfalls: "Pitfalls to avoid",
                evidence: "Evidence", references: "References", about: "Content",
                lastUpdated: "Last updated", reviewStatus: "Review status", contentVersion: "Content version",
                sourceDisclaimer: "The source's disclaimer", met: "met", unmet: "unmet", notAssessed: "not assessed",
                reading: "This program's reading:")
        }
    }
}
