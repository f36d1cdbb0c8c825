/// "Step 3 of 9": screens on the path so far, and as many as it can still take.
public struct StepCount: Sendable, Equatable {
    public let index: Int
    public let total: Int
}
