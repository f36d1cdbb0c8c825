/// The intake's questions, in the order the pathway asks them. Raw values are the answer keys.
public enum QuestionKey: String, CaseIterable, Sendable, Codable, Comparable {
    case redFlags
    case severeRadicularPain
    case weeksOfConservativeCare
    /// Whether the symptoms persist (are not improving): asked only from the primary-care threshold.
    case symptomsPersist
    case therapiesTried
    case mri
    case correlation
    case willingToConsiderSurgery

    public static func < (lhs: QuestionKey, rhs: QuestionKey) -> Bool { lhs.position < rhs.position }

    /// How many questions there are.
    public static let count = 8

    /// Where the question comes in the pathway's order, from 0: its index in `allCases`.
    public var position: Int {
        switch self {
        case .redFlags: return 0
        case .severeRadicularPain: return 1
        case .weeksOfConservativeCare: return 2
        case .symptomsPersist: return 3
        case .therapiesTried: return 4
        case .mri: return 5
        case .correlation: return 6
        case .willingToConsiderSurgery: return 7
        }
    }

    /// How the question is answered on screen and in JSON.
    public enum Kind: String, Sendable { case multiSelect, singleSelect, weeks }

    public var kind: Kind {
        switch self {
        case .redFlags, .therapiesTried: return .multiSelect
        case .weeksOfConservativeCare: return .weeks
        default: return .singleSelect
        }
    }

    /// The values an answer may take, in the source's order (not for the weeks question).
    public var allowedValues: [String] {
        switch self {
        case .redFlags: return RedFlag.allCases.map(\.rawValue)
        case .severeRadicularPain, .symptomsPersist, .willingToConsiderSurgery: return YesNoUnsure.allCases.map(\.rawValue)
        case .weeksOfConservativeCare: return []
        case .therapiesTried: return Therapy.allCases.map(\.rawValue)
        case .mri: return MRIFinding.allCases.map(\.rawValue)
        case .correlation: return Correlation.allCases.map(\.rawValue)
        }
    }
}

/// A red-flag finding, or `unsure`: a red flag cannot be ruled out.
public enum RedFlag: String, CaseIterable, Sendable, Codable {
    case urinaryRetentionOrIncontinence, bilateralLegWeakness, saddleAnesthesia
    case progressiveMotorDeficit, suspectedMalignancy, suspectedInfection, suspectedFracture
    case unsure
}

public enum YesNoUnsure: String, CaseIterable, Sendable, Codable { case yes, no, unsure }

public enum Therapy: String, CaseIterable, Sendable, Codable {
    case nsaids, activityModification, physicalTherapy, painSpecialist, epiduralSteroidInjection
}

public enum MRIFinding: String, CaseIterable, Sendable, Codable {
    case notDone, noRootCompression, rootCompression, unknown
}

public enum Correlation: String, CaseIterable, Sendable, Codable {
    case matches, doesNotMatch, noRadicularSymptoms, unsure
}

/// The five referral tiers: the state machine's terminal states.
public enum TierID: String, CaseIterable, Sendable, Codable {
    case immediateSpineSurgeon = "immediate-spine-surgeon"
    case specialistWithin2Weeks = "specialist-within-2-weeks"
    case primaryCareConservative = "primary-care-conservative"
    case interventionalPain = "interventional-pain"
    case spineSurgeon = "spine-surgeon"

    /// Whether a result on this tier lists the surgical criteria one by one: the tiers that turn on them.
    public var listsCriteria: Bool { self == .interventionalPain || self == .spineSurgeon }
}

/// The surgical criteria, all required for `spine-surgeon`, in the order they are shown.
public enum CriterionID: String, CaseIterable, Sendable, Codable {
    case duration
    case physicalTherapy = "physical-therapy"
    case mriRootCompression = "mri-root-compression"
    case clinicalCorrelation = "clinical-correlation"
    case willingSurgery = "willing-surgery"
    case painSpecialistFirst = "pain-specialist-first"

    /// True for this program's own criterion, an inference from the source: it never ends the
    /// intake, and the result shows it apart from the source's.
    public var isInference: Bool { self == .painSpecialistFirst }

    /// The one answer this criterion depends on.
    public var question: QuestionKey {
        switch self {
        case .duration: return .weeksOfConservativeCare
        case .physicalTherapy, .painSpecialistFirst: return .therapiesTried
        case .mriRootCompression: return .mri
        case .clinicalCorrelation: return .correlation
        case .willingSurgery: return .willingToConsiderSurgery
        }
    }
}
