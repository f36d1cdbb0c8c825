/// The practice cases file exactly as it holds them. Ids, tiers and question keys are kept as
/// strings so that lint can name an unknown one instead of failing to decode; the answers are
/// read from the JSON tree by the same parser as `discpath evaluate`, not decoded here.
struct CaseBookDocument: Sendable, Decodable {
    let format: Int
    let cases: [CaseDocument]

    struct CaseDocument: Sendable, Decodable {
        let id: String
        let title: String
        let story: String
        let tier: String
        let answers: ReadByAnswerParser
        /// Keyed by question key: what in the story gives each answer.
        let why: [String: WhyDocument]
        /// A second tier that counts as right, where the case's tier rests on a labelled reading.
        let alsoRight: AlsoRightDocument?
    }

    struct AlsoRightDocument: Sendable, Decodable {
        let tier: String
        let why: WhyDocument
    }

    struct WhyDocument: Sendable, Decodable {
        let text: String
        let rule: String?
        let citations: [Int]?
        let reading: String?
    }

    /// A field whose value the answer parser reads from the tree; decoding only notes it is there,
    /// so its keys are not reported as fields nothing reads.
    struct ReadByAnswerParser: Sendable, Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
