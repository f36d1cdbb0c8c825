/// The weeks field: digits only, checked as they are typed.
public enum WeeksField {
    public static let maximumDigits = 4

    public enum Validation: Sendable, Equatable { case valid(Int), invalid(String) }

    public static func validate(_ text: String, maximum: Int) -> Validation {
        guard !text.isEmpty else { return .invalid("Type the number of weeks, from 0 to \(maximum).") }
        guard text.count <= maximumDigits, text.allSatisfy({ $0.isASCII && $0.isNumber }), let weeks = Int(text) else {
            return .invalid("Digits only, from 0 to \(maximum).")
        }
        guard weeks <= maximum else { return .invalid("\(weeks) is more than \(maximum) weeks: type a number from 0 to \(maximum).") }
        return .valid(weeks)
    }
}
