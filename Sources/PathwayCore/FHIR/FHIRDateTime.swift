/// When a result was made, as FHIR writes an instant: `2026-12-02T10:30:00+01:00`, to the second
/// at least, with its time zone (`Z` or an offset), so it names one moment wherever it is read.
/// Written into `dateTime` elements (QuestionnaireResponse.authored and the like) and into
/// `Bundle.timestamp`, an `instant`, which is why nothing vaguer is taken.
public struct FHIRDateTime: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let description: String

    /// `text` when it is such an instant (checked field by field: a real day of a real month,
    /// hours to 23, seconds to 60 for a leap second, an offset within -12:00 to +14:00); nil
    /// otherwise.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int, is character: Character) -> Bool {
            index < bytes.count && character.asciiValue == bytes[index]
        }
        guard let year = number(0..<4), byte(4, is: "-"), let month = number(5..<7), byte(7, is: "-"),
              let day = number(8..<10), byte(10, is: "T"), let hour = number(11..<13), byte(13, is: ":"),
              let minute = number(14..<16), byte(16, is: ":"), let second = number(17..<19),
              year >= 1, (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var index = 19
        if byte(index, is: ".") {
            let digits = bytes[(index + 1)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            guard (1...9).contains(digits) else { return nil }
            index += 1 + digits
        }
        if byte(index, is: "Z") {
            index += 1
        } else if byte(index, is: "+") || byte(index, is: "-") {
            guard let hours = number((index + 1)..<(index + 3)), byte(index + 3, is: ":"),
                  let minutes = number((index + 4)..<(index + 6)), minutes <= 59 else { return nil }
            let offset = hours * 60 + minutes
            guard byte(index, is: "+") ? offset <= 14 * 60 : offset <= 12 * 60 else { return nil }
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        description = text
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension FHIRDateTime: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
