import ArgumentParser
import PathwayCore
import TerminalUI

/// `--fhir-version` takes the version (5.0.0, 4.0.1) or the release's name (R5, R4).
extension FHIRVersion: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// The FHIR release, for the commands that print FHIR.
struct FHIRVersionOption: ParsableArguments {
    @Option(name: .customLong("fhir-version"), help: ArgumentHelp(
        "The FHIR release to write: 5.0.0 (R5, the default) or 4.0.1 (R4); R5 and R4 are taken too.", valueName: "version"))
    var version: FHIRVersion?
}

/// What `evaluate --format fhir` writes besides the result: the release, whom it is about, when
/// it was made, and how its ids are made. Checked here; the core builds the resources.
struct FHIROutputOptions: ParsableArguments {
    @OptionGroup var release: FHIRVersionOption

    @Option(name: .long, help: ArgumentHelp(
        "With --format fhir: whom the result is about, as a FHIR reference to a Patient or Group (Patient/123, or https://fhir.example.org/Patient/123); it becomes the subject of the QuestionnaireResponse, GuidanceResponse and ServiceRequest.",
        valueName: "reference"))
    var subject: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --format fhir: when the result was made, to the second with a time zone (2026-12-02T10:30:00+01:00 or ...Z); the default is now, or no time with --stable-ids.",
        valueName: "time"))
    var authored: String?

    @Flag(name: .customLong("stable-ids"), help: "With --format fhir: ids made from each resource's content (the same input gives the same bytes) instead of new random ones for every result.")
    var stableIDs = false

    /// Whether any of these was given.
    var anyGiven: Bool { release.version != nil || subject != nil || authored != nil || stableIDs }

    func validate() throws {
        if let subject, FHIRSubject(subject) == nil {
            throw ValidationError("--subject must be a FHIR reference to a Patient or Group, such as Patient/123 or https://fhir.example.org/Patient/123, got '\(subject)'")
        }
        if let authored, FHIRDateTime(authored) == nil {
            throw ValidationError("--authored must be a date and time to the second with a time zone, such as 2026-12-02T10:30:00+01:00 or 2026-12-02T09:30:00Z, got '\(authored)'")
        }
    }

    /// The run these options ask for: random ids from the system's generator, the time now
    /// unless given; with --stable-ids, the time only when given.
    func run() -> FHIRRun {
        let time = authored.flatMap(FHIRDateTime.init) ?? (stableIDs ? nil : FHIRDateTime(LocalClock.instantNow()))
        let options = FHIROptions(version: release.version ?? .r5, subject: subject.flatMap(FHIRSubject.init), authored: time)
        return stableIDs ? FHIRRun(stableIDs: options) : FHIRRun(options, randomIDs: SystemRandomNumberGenerator())
    }
}
