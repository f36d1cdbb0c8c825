import IntakeUI

/// What the line mode needs to save files (`s` and `a` on the result, `a` on the review): the
/// local clock and a writer, passed in so tests run without either.
public struct LineFiles {
    public let clock: () -> LocalTime
    public let write: (FileRequest) -> FileWriteResult

    public init(clock: @escaping () -> LocalTime, write: @escaping (FileRequest) -> FileWriteResult) {
        self.clock = clock
        self.write = write
    }
}
