#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// FHIR resources as JSON text. Keys are sorted so the same resource is always the same bytes
/// (JSON objects are unordered, and FHIR's JSON format does not fix an order); absent elements
/// are left out, as FHIR requires, never written as null or [].
public enum FHIRJSON {
    public enum Layout: Sendable { case pretty, oneLine }

    /// `value` as JSON ending in a newline: indented, or on one line (for NDJSON).
    public static func encode(_ value: some Encodable, _ layout: Layout) -> String {
        let encoder = JSONEncoder()
        switch layout {
        case .pretty: encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        case .oneLine: encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        }
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
