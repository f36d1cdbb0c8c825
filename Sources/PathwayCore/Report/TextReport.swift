import TextLayout

/// The readable report of `discpath evaluate --format text`: the same content as the JSON, in
/// the audience's wording, wrapped to a width.
public enum TextReport {
    public static func render(_ e: Explanation, width: Int = 78) -> String {
        var out: [String] = []
        func heading(_ text: String) {
            out.append("")
            out.append(text)
            out.append(String(repeating: "-", count: DisplayWidth.of(text)))
        }
        func bullet(_ text: String, _ citations: [Int], marker: String = "- ") {
            let line = CitedText(text: text, citations: citations).withMark
            let indent = String(repeating: " ", count: DisplayWidth.of(marker))
            for (i, wrapped) in TextWrap.lines(line, width: width - indent.count).enumerated() {
                out.append((i == 0 ? marker : indent) + wrapped)
            }
        }
        let words = ReportWords.for(e.audience)
        out.append(contentsOf: TextWrap.lines("\(words.tier): \(e.title) (\(e.tier.rawValue))", width: width))
        heading(words.whatToDo)
        for action in e.actions { bullet(action.text, action.citations) }
        heading(words.why)
        for (i, reason) in e.reasons.enumerated() { bullet(reason.text, reason.citations, marker: "\(i + 1). ") }
        if e.showsCriteria {
            heading(words.criteria)
            for line in e.criteria {
                let status = words.status(line.status)
                bullet(line.label, line.citations, marker: status + String(repeating: " ", count: max(1, 14 - status.count)))
            }
        }
        if !e.pitfalls.isEmpty {
            heading(words.pitfalls)
            for pitfall in e.pitfalls { bullet(pitfall.text, pitfall.citations) }
        }
        if !e.evidence.isEmpty {
            heading(words.evidence)
            for item in e.evidence { bullet(item.text, item.citations) }
        }
        heading(words.references)
        for reference in e.references { bullet(reference.text, [], marker: "[\(reference.number)] ") }
        heading(words.about)
        bullet("\(e.meta.title). \(words.lastUpdated) \(e.meta.lastUpdated). \(words.reviewStatus): \(e.meta.reviewStatus). \(words.contentVersion) \(e.meta.contentVersion).", [], marker: "")
        out.append("")
        bullet(e.disclaimer, [], marker: "")
        return out.joined(separator: "\n") + "\n"
    }
}

/// Headings and labels of reports and result screens, per audience. Not clinical content.
public struct ReportWords: Sendable {
    public let tier, tierCode, whatToDo, why, criteria, pitfalls, evidence, references, about: String
    public let lastUpdated, reviewStatus, contentVersion: String
    public let met, unmet, notAssessed: String

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
                tier: "Your next step", tierCode: "Code for your clinician", whatToDo: "What to do", why: "Why", criteria: "What a surgeon referral needs",
                pitfalls: "Things to avoid", evidence: "What the evidence says", references: "References",
                about: "About this information", lastUpdated: "Last updated", reviewStatus: "Review status",
                contentVersion: "Content version", met: "yes", unmet: "not yet", notAssessed: "not asked")
        case .clinician, .trainee:
            return ReportWords(
                tier: "Referral tier", tierCode: "Referral tier", whatToDo: "What to do", why: "Reasoning", criteria: "Surgical criteria (all required)",
                pitfalls: "Pitfalls to avoid", evidence: "Evidence", references: "References",
                about: "Content", lastUpdated: "Last updated", reviewStatus: "Review status",
                contentVersion: "Content version", met: "met", unmet: "unmet", notAssessed: "not assessed")
        }
    }
}
