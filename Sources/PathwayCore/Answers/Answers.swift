/// The answers given so far. `nil` means not answered; an empty set is an explicit "none".
public struct Answers: Sendable, Equatable, Hashable {
    public var redFlags: Set<RedFlag>?
    public var severeRadicularPain: YesNoUnsure?
    public var weeksOfConservativeCare: Int?
    public var therapiesTried: Set<Therapy>?
    public var mri: MRIFinding?
    public var correlation: Correlation?
    public var willingToConsiderSurgery: YesNoUnsure?

    public init(
        redFlags: Set<RedFlag>? = nil, severeRadicularPain: YesNoUnsure? = nil,
        weeksOfConservativeCare: Int? = nil, therapiesTried: Set<Therapy>? = nil,
        mri: MRIFinding? = nil, correlation: Correlation? = nil,
        willingToConsiderSurgery: YesNoUnsure? = nil
    ) {
        self.redFlags = redFlags
        self.severeRadicularPain = severeRadicularPain
        self.weeksOfConservativeCare = weeksOfConservativeCare
        self.therapiesTried = therapiesTried
        self.mri = mri
        self.correlation = correlation
        self.willingToConsiderSurgery = willingToConsiderSurgery
    }

    /// Whether `key` has an answer.
    public func has(_ key: QuestionKey) -> Bool {
        switch key {
        case .redFlags: return redFlags != nil
        case .severeRadicularPain: return severeRadicularPain != nil
        case .weeksOfConservativeCare: return weeksOfConservativeCare != nil
        case .therapiesTried: return therapiesTried != nil
        case .mri: return mri != nil
        case .correlation: return correlation != nil
        case .willingToConsiderSurgery: return willingToConsiderSurgery != nil
        }
    }

    /// These answers with `key` unanswered.
    public func removing(_ key: QuestionKey) -> Answers {
        var copy = self
        switch key {
        case .redFlags: copy.redFlags = nil
        case .severeRadicularPain: copy.severeRadicularPain = nil
        case .weeksOfConservativeCare: copy.weeksOfConservativeCare = nil
        case .therapiesTried: copy.therapiesTried = nil
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
