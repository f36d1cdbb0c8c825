/// An element whose type differs between the releases, encoded as the one its release has:
/// R5's `CodeableReference` where R4 has a `CodeableConcept` or a `Reference`, a list where R4
/// allows one.
public enum FHIRVersioned<R5: Encodable & Sendable & Equatable, R4: Encodable & Sendable & Equatable>: Sendable, Equatable, Encodable {
    case r5(R5)
    case r4(R4)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .r5(let value): try value.encode(to: encoder)
        case .r4(let value): try value.encode(to: encoder)
        }
    }
}

/// A FHIR `Annotation` with only its text (markdown; the texts here hold no markup).
public struct FHIRAnnotation: Sendable, Equatable, Encodable {
    public var text: String

    public init(_ text: String) { self.text = text }
}
