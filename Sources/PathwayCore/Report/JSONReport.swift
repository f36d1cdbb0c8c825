#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The machine-readable result of `discpath evaluate --format json`.
public struct JSONReport: Sendable, Encodable, Equatable {
    public struct Item: Sendable, Encodable, Equatable {
        public let id: String
        public let text: String
        public let citations: [Int]
    }

    public struct Reference: Sendable, Encodable, Equatable {
        public let number: Int
        public let text: String
        public let listed: Bool
    }

    public struct Content: Sendable, Encodable, Equatable {
        public let title: String
        public let version: String
        public let lastUpdated: String
        public let reviewStatus: String
        public let disclaimer: String
    }

    public let tier: String
    public let title: String
    public let audience: String
    public let actions: [CitedText]
    public let reasons: [Item]
    public let metCriteria: [String]
    public let unmetCriteria: [String]
    public let notAssessedCriteria: [String]
    public let pitfalls: [Item]
    public let evidence: [Item]
    public let references: [Reference]
    public let content: Content

    public init(_ e: Explanation) {
        tier = e.tier.rawValue
        title = e.title
        audience = e.audience.rawValue
        actions = e.actions
        reasons = e.reasons.map { Item(id: $0.id, text: $0.text, citations: $0.citations) }
        // Criteria lists are filled where the tier turns on them: every unmet criterion by id for
        // interventional-pain, and each shown as met for spine-surgeon.
        func ids(_ status: CriterionStatus) -> [String] {
            e.showsCriteria ? e.criteria(status).map(\.id.rawValue) : []
        }
        metCriteria = ids(.met)
        unmetCriteria = e.tier == .interventionalPain ? ids(.unmet) : []
        notAssessedCriteria = e.tier == .interventionalPain ? ids(.notAssessed) : []
        pitfalls = e.pitfalls.map { Item(id: $0.id, text: $0.text, citations: $0.citations) }
        evidence = e.evidence.map { Item(id: $0.id, text: $0.text, citations: $0.citations) }
        references = e.references.map { Reference(number: $0.number, text: $0.text, listed: $0.listed) }
        content = Content(title: e.meta.title, version: e.meta.contentVersion, lastUpdated: e.meta.lastUpdated,
                          reviewStatus: e.meta.reviewStatus, disclaimer: e.disclaimer)
    }

    /// `[` then only white space then `]`, outside strings, written as `[]`.
    static func collapsingEmptyArrays(_ json: String) -> String {
        var out = ""
        var pending: String?  // "[" and the white space after it, not yet known to be empty
        var inString = false, escaped = false
        for character in json {
            if inString {
                out.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if var open = pending {
                if character == "]" { out += "[]"; pending = nil; continue }
                if character == " " || character == "\n" { open.append(character); pending = open; continue }
                out += open
                pending = nil
            }
            if character == "[" { pending = "[" } else { out.append(character) }
            if character == "\"" { inString = true }
        }
        return out + (pending ?? "")
    }

    /// Pretty-printed JSON of one report, or of an array of them, ending in a newline.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return collapsingEmptyArrays(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
