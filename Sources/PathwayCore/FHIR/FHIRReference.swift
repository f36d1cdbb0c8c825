/// A FHIR `Reference`: to another resource (a `urn:uuid:` entry of the same Bundle, `#id` for a
/// contained one, or the `--subject` given), or, where no resource can be named, a display text
/// or the reason the reference is absent.
public struct FHIRReference: Sendable, Equatable, Encodable {
    public let `extension`: [FHIRExtension]?
    public let reference: String?
    public let display: String?

    public init(reference: String) {
        self.extension = nil
        self.reference = reference
        self.display = nil
    }

    private init(display: String?, extensions: [FHIRExtension]?) {
        self.extension = extensions
        self.reference = nil
        self.display = display
    }

    /// Names something that is no resource here (the program that made a result).
    public static func display(_ text: String) -> FHIRReference { FHIRReference(display: text, extensions: nil) }

    /// A required reference whose target this program is not told (the patient of a
    /// ServiceRequest made without `--subject`): FHIR's data-absent-reason `unknown`.
    public static let unknown = FHIRReference(display: nil, extensions: [.dataAbsent("unknown")])
}

/// Whom a result is about, as `--subject` gives it: a reference to a Patient or a Group, relative
/// (`Patient/123`) or absolute (`https://fhir.example.org/Patient/123`), optionally to one
/// version (`/_history/2`). The program never sees the patient's record; the receiver resolves it.
public struct FHIRSubject: Sendable, Equatable, Hashable {
    public let reference: String
    /// `Patient` or `Group`.
    public let resourceType: String

    public static let resourceTypes = ["Patient", "Group"]

    /// `text` when it has that shape (FHIR's logical ids: 1 to 64 of A-Z, a-z, 0-9, '-' and
    /// '.'); nil otherwise.
    public init?(_ text: String) {
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 4, parts[parts.count - 2] == "_history" {
            guard Self.isID(parts[parts.count - 1]) else { return nil }
            parts.removeLast(2)
        }
        guard parts.count >= 2, let type = Self.resourceTypes.first(where: { $0 == parts[parts.count - 2] }),
              Self.isID(parts[parts.count - 1]) else { return nil }
        let base = parts.dropLast(2)
        if !base.isEmpty {
            // An absolute reference: the server's base URL, http or https, with no blanks.
            let url = base.joined(separator: "/")
            guard url.hasPrefix("https://") || url.hasPrefix("http://"),
                  url.split(separator: "/", omittingEmptySubsequences: false).count >= 3,
                  !url.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? true }),
                  !base.dropFirst(2).contains("") else { return nil }
        }
        reference = text
        resourceType = type
    }

    private static func isID(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z"))
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// As a Reference element.
    public var asReference: FHIRReference { FHIRReference(reference: reference) }
}
