import PathwayCore

/// What the screens show, read from the content for the current audience.
enum ScreenContent {
    struct Option {
        let value: String
        let label: Wording
        let meansNone: Bool
        let help: [PathwayDocument.Statement]
        /// The answer value choosing it records: its own, or the one it counts as.
        let answerValue: String
    }

    /// The options of a choice question offered to `audience`, in the content's order ("None of
    /// these" last); every option when `audience` is nil.
    static func options(_ key: QuestionKey, _ pathway: Pathway, _ audience: Audience? = nil) -> [Option] {
        (pathway.question(key)?.options ?? []).filter { option in audience.map(option.isOffered) ?? true }.map {
            Option(value: $0.value, label: $0.label, meansNone: $0.meansNone ?? false, help: $0.help ?? [],
                   answerValue: $0.answerValue)
        }
    }

    /// An answer as the review shows it.
    static func answerText(_ key: QuestionKey, _ answers: Answers, _ pathway: Pathway, _ audience: Audience) -> String {
        guard let values = answers.values(for: key) else { return "-" }
        if key == .weeksOfConservativeCare {
            return answers.weeksOfConservativeCare.map { $0 == 1 ? "1 week" : "\($0) weeks" } ?? "-"
        }
        if values.isEmpty {
            return options(key, pathway).first(where: \.meansNone)?.label.text(audience) ?? "None"
        }
        return values.map { pathway.answerLabel(key, $0, audience) }.joined(separator: "; ")
    }

    /// A question's help: its prompt, the source's statements with their citations, each
    /// option's, and this program's readings, labelled.
    static func help(_ key: QuestionKey, _ pathway: Pathway, _ audience: Audience) -> [HelpBlock] {
        guard let question = pathway.question(key) else { return [] }
        var blocks: [HelpBlock] = [.prompt(question.prompt.text(audience)), .blank]
        for statement in question.help {
            blocks.append(.bullet(CitedText(text: statement.text.text(audience), citations: statement.citations).withMark))
        }
        for option in options(key, pathway, audience) where !option.help.isEmpty {
            blocks += [.blank, .heading(option.label.text(audience))]
            for statement in option.help {
                blocks.append(.bullet(CitedText(text: statement.text.text(audience), citations: statement.citations).withMark))
            }
        }
        if let notes = question.notes, !notes.isEmpty {
            blocks += [.blank, .heading(audience == .patient ? "How this tool counts your answer (its own reading, not the guideline's)"
                                                            : "This program's reading (not the source's)")]
            for note in notes { blocks.append(.bullet(note.text(audience))) }
        }
        return blocks
    }

    /// "Step i of n": screens on the path so far, and as many as it can still take. `position`
    /// is a screen before the first question (the audience screen, the first of `stepsBefore`),
    /// a question, the review, the prediction (`predicting`: a rehearsal, where it comes between
    /// the review and the result) or the result.
    static func step(_ position: StepPosition, _ intake: IntakeState, stepsBefore before: Int, _ rules: PathwayRules,
                     predicting: Bool = false) -> StepCount {
        if intake.asksEveryQuestion { return everyQuestionStep(position, stepsBefore: before) }
        let route = rules.route(for: intake.answers)
        let remaining: Int
        switch route.end {
        case .decided: remaining = 0
        case .ask(let key): remaining = QuestionKey.allCases.filter { $0 > key }.count
        }
        let total = before + route.reached.count + remaining + (predicting ? 3 : 2)
        let index: Int
        switch position {
        case .before(let step): index = step
        case .question(let key): index = before + (route.reached.firstIndex(of: key).map { $0 + 1 } ?? 1)
        case .review: index = total - (predicting ? 2 : 1)
        case .prediction: index = total - 1
        case .result: index = total
        }
        return StepCount(index: index, total: total)
    }

    /// Rehearsal: the prediction first, then every question, the review and the result: the
    /// count never changes with the answers, so it gives nothing away.
    private static func everyQuestionStep(_ position: StepPosition, stepsBefore before: Int) -> StepCount {
        let total = before + 1 + QuestionKey.allCases.count + 2
        let index: Int
        switch position {
        case .before(let step): index = step
        case .prediction: index = before + 1
        case .question(let key): index = before + 2 + (QuestionKey.allCases.firstIndex(of: key) ?? 0)
        case .review: index = total - 1
        case .result: index = total
        }
        return StepCount(index: index, total: total)
    }

    enum StepPosition { case before(Int), question(QuestionKey), review, prediction, result }
}
