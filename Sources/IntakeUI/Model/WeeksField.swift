/// The weeks field: a whole number of weeks, or of months with a unit ("3m", "3 months"), read
/// as it is typed. Months are turned into weeks by PATHWAY.md's rule, months x 52 / 12 rounded
/// to the nearest week (2 months is 9 weeks, 3 months 13), and the conversion is shown before
/// Enter takes it.
public enum WeeksField {
    /// The longest text the field takes: "120 months" and a little room.
    public static let maximumLength = 12

    public enum Validation: Sendable, Equatable { case valid(Int), invalid(String) }

    /// The unit typed after the number.
    public enum Unit: Sendable, Equatable { case weeks, months }

    /// What the field holds, read: the number and its unit (weeks when none is typed).
    public struct Reading: Sendable, Equatable {
        public let number: Int
        public let unit: Unit

        /// The number as weeks.
        public var weeks: Int { unit == .weeks ? number : WeeksField.weeks(fromMonths: number) }
    }

    /// The words each unit may be typed as, in any case.
    static let monthWords: Set<String> = ["m", "mo", "mos", "mth", "mths", "month", "months"]
    static let weekWords: Set<String> = ["w", "wk", "wks", "week", "weeks"]

    /// The most months counted as weeks; more count as that many (far past any maximum).
    static let monthsCounted = 100_000

    /// Whole months as weeks: months x 52 / 12, rounded to the nearest week (halves up).
    public static func weeks(fromMonths months: Int) -> Int {
        let clamped = min(max(months, 0), monthsCounted)
        return (clamped * 52 + 6) / 12
    }

    /// The text read as a number and a unit, or nil when it is not one.
    public static func read(_ text: String) -> Reading? {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        // As many digits as the field holds: a number too large is named as such, not as no number.
        guard !digits.isEmpty, digits.count <= maximumLength, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).drop { $0 == " " }.lowercased()
        if unit.isEmpty || weekWords.contains(unit) { return Reading(number: number, unit: .weeks) }
        if monthWords.contains(unit) { return Reading(number: number, unit: .months) }
        return nil
    }

    /// What to type, said when the field is empty.
    public static func howToType(maximum: Int) -> String {
        "Type the weeks, from 0 to \(maximum), or the months with an m, such as 3m."
    }

    public static func validate(_ text: String, maximum: Int) -> Validation {
        guard !text.allSatisfy({ $0 == " " }) else { return .invalid(howToType(maximum: maximum)) }
        guard let reading = read(text) else {
            return .invalid("Type a number of weeks, such as 10, or of months, such as 3m.")
        }
        guard reading.weeks <= maximum else {
            // Months past what `weeks(fromMonths:)` counts are said without their weeks.
            let said = reading.unit == .months
                ? "\(months(reading.number)) is " + (reading.number <= monthsCounted ? "\(weeksText(reading.weeks)), " : "")
                : "\(reading.number) is "
            return .invalid("\(said)more than \(maximum) weeks: type a number from 0 to \(maximum).")
        }
        return .valid(reading.weeks)
    }

    /// "3 months = 13 weeks" when the field holds months that fit, so the weeks are seen before
    /// they are used; nil for weeks.
    public static func conversion(_ text: String, maximum: Int) -> String? {
        guard let reading = read(text), reading.unit == .months, reading.weeks <= maximum else { return nil }
        return "\(months(reading.number)) = \(weeksText(reading.weeks))"
    }

    static func months(_ n: Int) -> String { n == 1 ? "1 month" : "\(n) months" }
    static func weeksText(_ n: Int) -> String { n == 1 ? "1 week" : "\(n) weeks" }
}
