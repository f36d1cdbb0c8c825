/// A second tier that counts as right for a practice case whose tier rests on this program's
/// reading of the source (9 to 12 weeks, where the source says "2-3 months" and puts "6 weeks to
/// 3 months" under interventional pain), and why the source supports it too.
public struct AlsoRightTier: Sendable, Equatable {
    public let tier: TierID
    public let why: CaseWhy

    public init(tier: TierID, why: CaseWhy) {
        self.tier = tier
        self.why = why
    }
}
