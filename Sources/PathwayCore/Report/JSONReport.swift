#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The machine-readable result of `discpath evaluate --format json`.
public struct JSONReport: Sendable, Encodable, Equatable {
    /// A statement: its stable id, the source's text with citations, and this program's reading
    /// beside it (absent when it rests on none).
    public struct Item: Sendable, Encodable, Equatable {
        public let id: String
        public let text: String
        public let citations: [Int]
        public let reading: String?
        /// True where the text is this program's own advice (uncited); absent otherwise.
        public let ownAdvice: Bool?

        init(_ item: Explanation.Item) {
            id = item.id
            text = item.text
            citations = item.citations
            reading = item.reading
            ownAdvice = item.ownAdvice ? true : nil
        }
    }

    /// One surgical criterion with its status; `inference` marks this program's own criterion.
    public struct Criterion: Sendable, Encodable, Equatable {
        public let id: String
        public let text: String
        public let status: String
        /// For an unmet criterion whose answer was not sure or not known: `not-sure`, `not-known`.
        public let statusDetail: String?
        public let citations: [Int]
        public let inference: Bool
        public let reading: String?
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
        /// The line that opens the result, in the audience's words.
        public let banner: String
        /// The plain disclaimer in the audience's words.
        public let plainDisclaimer: String
        /// The source's disclaimer, in full.
        public let disclaimer: String
    }

    public let tier: String
    public let title: String
    public let audience: String
    public let actions: [Item]
    public let reasons: [Item]
    /// Every surgical criterion in detail, where the tier turns on them (empty elsewhere).
    public let criteria: [Criterion]
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
        actions = e.actions.map(Item.init)
        reasons = e.reasons.map(Item.init)
        criteria = e.showsCriteria ? e.criteria.map {
            Criterion(id: $0.id.rawValue, text: $0.label, status: $0.status.rawValue, statusDetail: $0.uncertainty?.rawValue,
                      citations: $0.citations,
                      inference: $0.inference, reading: $0.reading)
        } : []
        // Criteria lists are filled where the tier turns on them: every unmet criterion by id for
        // interventional-pain, and each shown as met for spine-surgeon.
        func ids(_ status: CriterionStatus) -> [String] {
            e.showsCriteria ? e.criteria(status).map(\.id.rawValue) : []
        }
        metCriteria = ids(.met)
        unmetCriteria = e.tier == .interventionalPain ? ids(.unmet) : []
        notAssessedCriteria = e.tier == .interventionalPain ? ids(.notAssessed) : []
        pitfalls = e.pitfalls.map(Item.init)
        evidence = e.evidence.map(Item.init)
        references = e.references.map { Reference(number: $0.number, text: $0.text, listed: $0.listed) }
        content = Content(title: e.meta.title, version: e.meta.contentVersion, lastUpdated: e.meta.lastUpdated,
                          reviewStatus: e.meta.reviewStatus, banner: e.banner, plainDisclaimer: e.plainDisclaimer,
                          disclaimer: e.sourceDisclaimer)
    }

    /// `[` then only white space then `]`, outside strings, written as `[]`. Byte by byte:
    /// every byte it looks for is ASCII, and a byte of a multi-byte character is never one.
    static func collapsingEmptyArrays(_ json: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count)
        var open: Int?  // where a "[" not yet known to be empty is in `out`
        var inString = false, escaped = false
        for byte in json.utf8 {
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if let start = open {
                if byte == UInt8(ascii: "]") {
                    out.removeSubrange((start + 1)...)
                    out.append(byte)
                    open = nil
                    continue
                }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { out.append(byte); continue }
                open = nil
            }
            if byte == UInt8(ascii: "[") { open = out.count }
            out.append(byte)
            if byte == UInt8(ascii: "\"") { inString = true }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Pretty-printed JSON of one report, or of an array of them, ending in a newline unless
    /// `newline` is false.
    public static func encode(_ value: some Encodable, newline: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return newline ? "null\n" : "null" }
        return collapsingEmptyArrays(String(decoding: data, as: UTF8.self)) + (newline ? "\n" : "")
    }

    /// One report, pretty-printed as `encode(_: some Encodable)` writes it, through the
    /// writer made for reports (several times faster than the encoder).
    public static func encode(_ report: JSONReport, newline: Bool = true) -> String {
        JSONWriter.text(report.output, pretty: true) + (newline ? "\n" : "")
    }

    /// One report as one line of JSON (for NDJSON), keys sorted, ending in a newline.
    public static func encodeLine(_ report: JSONReport) -> String {
        JSONWriter.text(report.output, pretty: false) + "\n"
    }

    /// The report as the values the writer writes: every field `Encodable` encodes, by the
    /// same names, an absent reading left out.
    var output: JSONOutput {
        func item(_ item: Item) -> JSONOutput {
            var fields: [(String, JSONOutput)] = [("id", .string(item.id)), ("text", .string(item.text)), ("citations", numbers(item.citations))]
            if let reading = item.reading { fields.append(("reading", .string(reading))) }
            if let own = item.ownAdvice { fields.append(("ownAdvice", .bool(own))) }
            return .object(fields)
        }
        func criterion(_ c: Criterion) -> JSONOutput {
            var fields: [(String, JSONOutput)] = [("id", .string(c.id)), ("text", .string(c.text)), ("status", .string(c.status)),
                                                  ("citations", numbers(c.citations)), ("inference", .bool(c.inference))]
            if let detail = c.statusDetail { fields.append(("statusDetail", .string(detail))) }
            if let reading = c.reading { fields.append(("reading", .string(reading))) }
            return .object(fields)
        }
        func numbers(_ list: [Int]) -> JSONOutput { .array(list.map(JSONOutput.int)) }
        func strings(_ list: [String]) -> JSONOutput { .array(list.map(JSONOutput.string)) }
        return .object([
            ("tier", .string(tier)), ("title", .string(title)), ("audience", .string(audience)),
            ("actions", .array(actions.map(item))), ("reasons", .array(reasons.map(item))),
            ("criteria", .array(criteria.map(criterion))),
            ("metCriteria", strings(metCriteria)), ("unmetCriteria", strings(unmetCriteria)),
            ("notAssessedCriteria", strings(notAssessedCriteria)),
            ("pitfalls", .array(pitfalls.map(item))), ("evidence", .array(evidence.map(item))),
            ("references", .array(references.map {
                .object([("number", .int($0.number)), ("text", .string($0.text)), ("listed", .bool($0.listed))])
            })),
            ("content", .object([
                ("title", .string(content.title)), ("version", .string(content.version)),
                ("lastUpdated", .string(content.lastUpdated)), ("reviewStatus", .string(content.reviewStatus)),
                ("banner", .string(content.banner)),
                ("plainDisclaimer", .string(content.plainDisclaimer)), ("disclaimer", .string(content.disclaimer)),
            ])),
        ])
    }

    /// Pretty-printed JSON indented one level, as an element of a pretty-printed array: what
    /// the encoder writes for the same value inside an array. JSON strings hold no raw line
    /// breaks, so every line break is between tokens.
    static func indented(_ json: String) -> String {
        var out: [UInt8] = [0x20, 0x20]
        out.reserveCapacity(json.utf8.count + json.utf8.count / 8)
        for byte in json.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\n") { out += [0x20, 0x20] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
