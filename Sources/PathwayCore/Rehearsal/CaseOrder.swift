/// The order of a run of cases: a Fisher-Yates shuffle driven by `SplitMix64`, written out here
/// rather than with `shuffled(using:)`, whose algorithm the standard library may change, so a
/// `--seed` gives the same order in every build.
public enum CaseOrder {
    public static func shuffled<Element>(_ items: [Element], seed: UInt64) -> [Element] {
        var result = items
        var generator = SplitMix64(seed: seed)
        var index = result.count - 1
        while index > 0 {
            let other = Int(generator.next(below: UInt64(index + 1)))
            result.swapAt(index, other)
            index -= 1
        }
        return result
    }
}
