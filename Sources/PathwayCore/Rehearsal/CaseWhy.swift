/// Why a practice case's answer is what it is: what in the story gives it, the source's rule
/// that makes it matter (with the source's citation numbers), and this program's own reading
/// where the answer rests on one (labelled, never cited).
public struct CaseWhy: Sendable, Equatable {
    /// What in the story gives the answer; this program's words, so never cited.
    public let text: String
    /// The source's rule, with its citation numbers.
    public let rule: CitedText?
    /// This program's reading of the source that the answer rests on.
    public let reading: String?

    public init(text: String, rule: CitedText? = nil, reading: String? = nil) {
        self.text = text
        self.rule = rule
        self.reading = reading
    }
}
