/// What a run of `evaluate --format fhir` writes into every Bundle besides the result itself.
public struct FHIROptions: Sendable, Equatable {
    /// The FHIR release: R5 (the default) or R4.
    public var version: FHIRVersion
    /// Whom the results are about (`--subject`): into the QuestionnaireResponse, the
    /// GuidanceResponse and the ServiceRequest; absent when not given.
    public var subject: FHIRSubject?
    /// When the results were made (`--authored`, or the time of the run).
    public var authored: FHIRDateTime?

    public init(version: FHIRVersion = .r5, subject: FHIRSubject? = nil, authored: FHIRDateTime? = nil) {
        self.version = version
        self.subject = subject
        self.authored = authored
    }
}

/// One run's FHIR settings and the source of its ids. Random ids (version-4 UUIDs) by default:
/// two results never share an id, even for the same answers, so a receiver that keys on ids
/// never merges two patients' records. Stable ids (`--stable-ids`): name-based UUIDs of each
/// resource's own content, so the same content always has the same id and output can be
/// reproduced byte for byte. A class because a run draws its random ids from one generator,
/// answer set after answer set; the generator is passed in, so the core reads no randomness of
/// its own.
public final class FHIRRun {
    public let options: FHIROptions
    private var generator: (any RandomNumberGenerator)?

    /// Random ids drawn from `generator` (the system's in the program, a seeded one in tests).
    public init(_ options: FHIROptions = FHIROptions(), randomIDs generator: some RandomNumberGenerator) {
        self.options = options
        self.generator = generator
    }

    /// Stable ids: each a name-based UUID of what it identifies.
    public init(stableIDs options: FHIROptions = FHIROptions()) {
        self.options = options
        self.generator = nil
    }

    public var hasStableIDs: Bool { generator == nil }

    /// Every stable id is a name in this namespace: the Questionnaire's canonical URL's.
    private static let namespace = RFCUUID(namespace: .urlNamespace, name: FHIRCanonical.questionnaire)

    /// The id of something whose content is `content` (its JSON): name-based on it, or random.
    func id(for content: @autoclosure () -> String) -> RFCUUID {
        guard generator != nil else { return RFCUUID(namespace: Self.namespace, name: content()) }
        return RFCUUID.random(using: &generator!)
    }
}
