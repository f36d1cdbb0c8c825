import TextLayout

/// The rehearsal's feedback and score as plain lines wrapped to a width, for the line mode and
/// any screen that shows text: the same words wherever the rehearsal runs. In the trainee's
/// wording; tiers are named by title and id, answers by their labels.
public enum RehearsalText {
    /// The feedback on one case: the prediction against the pathway's result for the trainee's
    /// answers and against the case's tier, then each answer that differs, with the case's why.
    public static func feedback(_ feedback: RehearsalFeedback, for practiceCase: PracticeCase, pathway: Pathway,
                                width: Int = 78, audience: Audience = .trainee) -> [String] {
        let words = ReportWords.for(audience)
        func tier(_ id: TierID) -> String { "\(pathway.tier(id)?.title.text(audience) ?? id.rawValue) (\(id.rawValue))" }
        var out: [String] = []
        func paragraph(_ text: String, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            out += TextWrap.lines(text, width: max(1, width - indent)).map { pad + $0 }
        }
        paragraph("You predicted: \(tier(feedback.predicted)).")
        if let reached = feedback.pathwayTier {
            paragraph("The pathway gives for your answers: \(tier(reached)): "
                      + (feedback.predictionAgreesWithPathway ? "it agrees with your prediction." : "not your prediction."))
        } else {
            paragraph("Your answers do not reach a tier yet.")
        }
        paragraph("The case's tier: \(tier(feedback.caseTier)): "
                  + (feedback.predictionIsCaseTier ? "your prediction is right." : "your prediction is not the case's tier."))
        guard !feedback.differences.isEmpty else {
            paragraph("Your answers are the case's answers.")
            return out
        }
        paragraph("Where your answers differ from the case's:")
        for difference in feedback.differences {
            let question = pathway.question(difference.question)?.title.text(audience) ?? difference.question.rawValue
            let yours = difference.traineeAnswer.map { pathway.answerText($0, audience) } ?? "not asked on your path"
            let theirs = difference.caseAnswer.map { pathway.answerText($0, audience) } ?? "not asked on the case's path"
            out += TextWrap.lines("\(question): you answered \(yours); the case: \(theirs).", width: max(1, width - 2))
                .enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
            guard let why = difference.why else { continue }
            paragraph("Why: \(why.text)", indent: 2)
            if let rule = why.rule { paragraph("The source: \(rule.withMark)", indent: 2) }
            if let reading = why.reading { paragraph("\(words.reading) \(reading)", indent: 2) }
        }
        return out
    }

    /// The score at the end of a run, and what there is to replay.
    public static func score(_ score: RehearsalScore, width: Int = 78) -> [String] {
        let total = score.attempted
        var text = "Score: \(score.correctPredictions) of \(total) predictions were the case's tier; "
            + "your answers reached the case's tier in \(score.answersReachingCaseTier) of \(total)."
        text += score.missedCaseIDs.isEmpty ? " Nothing to replay." : " To replay: \(score.missedCaseIDs.joined(separator: ", "))."
        return TextWrap.lines(text, width: width)
    }
}
