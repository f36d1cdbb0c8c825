/// The FHIR release a resource is written in. The model holds what both releases share; the
/// builders choose, element by element, what each release names differently (see the README).
public enum FHIRVersion: String, CaseIterable, Sendable {
    /// FHIR R5 (5.0.0), the default.
    case r5 = "5.0.0"
    /// FHIR R4 (4.0.1), which SDC 3.0 and most production servers use.
    case r4 = "4.0.1"

    /// Both releases' names for a version, for people who type it: `R4`, `4.0` and `4.0.1` are
    /// one release.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let version = Self.allCases.first(where: {
            [$0.rawValue, $0.majorMinor, $0.releaseName.lowercased(), String($0.rawValue.prefix(1))].contains(lowered)
        }) else { return nil }
        self = version
    }

    /// `R5`, `R4`.
    public var releaseName: String {
        switch self {
        case .r5: return "R5"
        case .r4: return "R4"
        }
    }

    /// `5.0`, `4.0`: the release as the core's version-specific profile URLs name it.
    public var majorMinor: String { String(rawValue.dropLast(2)) }

    /// The profile that says which release a resource is in (`meta.profile`): FHIR's own
    /// version-specific URL of the resource's definition, which is how LHC-Forms and other
    /// readers tell R4 from R5 without guessing from the content.
    public func profile(_ resourceType: String) -> String {
        "http://hl7.org/fhir/\(majorMinor)/StructureDefinition/\(resourceType)"
    }

    /// How a canonical resource's versions compare, semantic versioning as the content's do: R5
    /// says so (`versionAlgorithmCoding`); R4 has no such element.
    public var semverAlgorithm: FHIRCoding? {
        self == .r5 ? FHIRCoding(system: "http://hl7.org/fhir/version-algorithm", code: "semver") : nil
    }
}
