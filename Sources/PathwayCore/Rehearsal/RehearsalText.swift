import TextLayout

/// The rehearsal's score as plain lines wrapped to a width, for the line mode and
/// any screen that shows text: the same words wherever the rehearsal runs. In the trainee's
/// wording; tiers are named by title and id, answers by their labels.
public enum RehearsalText {
    /// The score at the end of a run, and what there is to replay.
    public static func score(_ score: RehearsalScore, width: Int = 78) -> [String] {
        let total = score.attempted
        var text = "Score: \(score.correctPredictions) of \(total) predictions were the case's tier; "
            + "your answers reached the case's tier in \(score.answersReachingCaseTier) of \(total)."
        text += score.missedCaseIDs.isEmpty ? " Nothing to replay." : " To replay: \(score.missedCaseIDs.joined(separator: ", "))."
        return TextWrap.lines(text, width: width)
    }
}
