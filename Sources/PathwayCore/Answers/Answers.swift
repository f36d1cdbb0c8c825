/// The answers given so far. `nil` means not answered; an empty set is an explicit "none".
///
/// The two checklists are kept as bits (`CaseBits`), not `Set`s: the rules test them on every
/// decision, and a `Set` of these enums hashes their raw-value strings on every lookup. Read
/// and written as sets through `redFlags` and `therapiesTried`; the rules use the bits.
public struct Answers: Sendable, Equatable, Hashable {
    var redFlagBits: CaseBits<RedFlag>?
    public var severeRadicularPain: YesNoUnsure?
    public var weeksOfConservativeCare: Int?
    public var symptomsPersist: YesNoUnsure?
    var therapyBits: CaseBits<Therapy>?
    public var mri: MRIFinding?
    public var correlation: Correlation?
    public var willingToConsiderSurgery: YesNoUnsure?

    public var redFlags: Set<RedFlag>? {
        get { redFlagBits?.set }
        set { redFlagBits = newValue.map(CaseBits.init) }
    }

    public var therapiesTried: Set<Therapy>? {
        get { therapyBits?.set }
        set { therapyBits = newValue.map(CaseBits.init) }
    }

    public init(
        redFlags: Set<RedFlag>? = nil, severeRadicularPain: YesNoUnsure? = nil,
        weeksOfConservativeCare: Int? = nil, symptomsPersist: YesNoUnsure? = nil, therapiesTried: Set<Therapy>? = nil,
        mri: MRIFinding? = nil, correlation: Correlation? = nil,
        willingToConsiderSurgery: YesNoUnsure? = nil
    ) {
        self.redFlagBits = redFlags.map(CaseBits.init)
        self.severeRadicularPain = severeRadicularPain
        self.weeksOfConservativeCare = weeksOfConservativeCare
        self.symptomsPersist = symptomsPersist
        self.therapyBits = therapiesTried.map(CaseBits.init)
        self.mri = mri
        self.correlation = correlation
        self.willingToConsiderSurgery = willingToConsiderSurgery
    }

    /// Whether `key` has an answer.
    public func has(_ key: QuestionKey) -> Bool {
        switch key {
        case .redFlags: return redFlagBits != nil
        case .severeRadicularPain: return severeRadicularPain != nil
        case .weeksOfConservativeCare: return weeksOfConservativeCare != nil
        case .symptomsPersist: return symptomsPersist != nil
        case .therapiesTried: return therapyBits != nil
        case .mri: return mri != nil
        case .correlation: return correlation != nil
        case .willingToConsiderSurgery: return willingToConsiderSurgery != nil
        }
    }

    /// These answers with `key` unanswered.
    public func removing(_ key: QuestionKey) -> Answers {
        var copy = self
        switch key {
        case .redFlags: copy.redFlagBits = nil
        case .severeRadicularPain: copy.severeRadicularPain = nil
        case .weeksOfConservativeCare: copy.weeksOfConservativeCare = nil
        case .symptomsPersist: copy.symptomsPersist = nil
        case .therapiesTried: copy.therapyBits = nil
        case .mri: copy.mri = nil
        case .correlation: copy.correlation = nil
        case .willingToConsiderSurgery: copy.willingToConsiderSurgery = nil
        }
        return copy
    }

    /// Only the answers to `keys`; the others unanswered.
    public func keeping(only keys: [QuestionKey]) -> Answers {
        QuestionKey.allCases.filter { !keys.contains($0) }.reduce(self) { $0.removing($1) }
    }
}
