import PathwayCore

/// The tests' seeded generator is the core's own SplitMix64, so random walks are the same on
/// every run.
public typealias SeededGenerator = SplitMix64
