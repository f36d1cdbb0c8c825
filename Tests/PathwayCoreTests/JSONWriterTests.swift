#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import PathwayCore

/// The report writer against the JSONEncoder it replaced: the same bytes, pretty and on one line.
@Suite("JSON written as JSONEncoder writes it")
struct JSONWriterTests {
    /// What `JSONReport.encode` gave before the writer: the encoder, then empty arrays collapsed.
    static func encoder(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        return pretty ? JSONReport.collapsingEmptyArrays(text) : text
    }

    @Test("reports across the answer space, every audience, byte for byte", arguments: [Set<RedFlag>(), [.unsure], [.saddleAnesthesia, .unsure]])
    func reports(redFlags: Set<RedFlag>) throws {
        let pathway = try builtIn()
        for (index, answers) in completeAnswers(redFlags: redFlags).enumerated() where index % 97 == 0 {
            let decision = try pathway.rules.decide(answers)
            for audience in Audience.allCases {
                let report = JSONReport(pathway.explain(decision, for: audience))
                #expect(JSONReport.encode(report) == (try Self.encoder(report, pretty: true)) + "\n", "\(answers)")
                #expect(JSONReport.encodeLine(report) == (try Self.encoder(report, pretty: false)) + "\n", "\(answers)")
            }
        }
    }

    static let nasty: JSONOutput = .object([
        ("text", .string((0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\"\\/\u{7F}\u{85}\u{2028}é\u{301}😀 </script>")),
        ("B", .array([])), ("a", .array([.int(-7), .int(0), .int(Int.max), .bool(false), .string("")])),
        ("ab", .object([])), ("é", .object([("z", .array([.array([]), .object([("k", .bool(true))])]))])),
        ("a b", .string("[ ]")), ("", .int(1)), ("nothing", .null),
    ])

    @Test("escapes, key order by UTF-8, empty and nested containers")
    func nastyValues() throws {
        #expect(JSONWriter.text(Self.nasty, pretty: true) == (try Self.encoder(Self.nasty, pretty: true)))
        #expect(JSONWriter.text(Self.nasty, pretty: false) == (try Self.encoder(Self.nasty, pretty: false)))
        let array = JSONOutput.array([Self.nasty, .string("x"), .array([.int(3)])])
        #expect(JSONWriter.text(array, pretty: true) == (try Self.encoder(array, pretty: true)))
        #expect(JSONWriter.text(array, pretty: false) == (try Self.encoder(array, pretty: false)))
    }
}

/// The same values through `Encodable`, for the encoder to write.
extension JSONOutput: Encodable {
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let fields):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try container.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}
