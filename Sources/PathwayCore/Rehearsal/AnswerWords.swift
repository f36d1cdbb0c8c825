extension Pathway {
    /// An answer in `audience`'s words, as the review shows it: the option labels joined by "; ",
    /// the weeks as "14 weeks", and a checklist's explicit none as its "None of these" option.
    public func answerText(_ value: AnswerValue, _ audience: Audience) -> String {
        let key = value.key
        if case .weeksOfConservativeCare(let weeks) = value { return weeks == 1 ? "1 week" : "\(weeks) weeks" }
        let values = Answers().setting(value).values(for: key) ?? []
        if values.isEmpty {
            return question(key)?.options?.first { $0.meansNone == true }?.label.text(audience) ?? "None"
        }
        return values.map { answerLabel(key, $0, audience) }.joined(separator: "; ")
    }
}
