/// A JSON number as the user wrote it. The literal is kept so that an error can echo exactly
/// what was written (`1e400`, not `inf`), and whole numbers are recognised however they are
/// written (`9`, `9.0`, `0.9e1`), since JSON has no separate integer type.
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    /// The number's text, valid JSON number syntax.
    public let literal: String

    public init(literal: String) { self.literal = literal }

    public var description: String { literal }

    /// Whether the number is whole, and its value when it fits in an Int.
    public enum Whole: Sendable, Equatable {
        case value(Int)
        case tooLarge
        case notWhole
    }

    /// The value when it is a whole number that fits in an Int; nil for fractions and for
    /// whole numbers too large.
    public var wholeValue: Int? {
        if case .value(let value) = whole { return value }
        return nil
    }

    /// Found from the digits and the exponent, without rounding through a Double.
    public var whole: Whole {
        var digits: [UInt8] = []  // the significant digits, integer part then fraction
        var pointShift = 0        // how many of them are after the decimal point
        var exponent = 0
        var negative = false
        var bytes = literal.utf8.makeIterator()
        var inFraction = false
        var exponentSign = 1
        var exponentDigits = 0
        var inExponent = false
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "-") where !inExponent: negative = true
            case UInt8(ascii: "-"): exponentSign = -1
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    // Past nine digits the exponent alone decides: the value is 0 or far too large.
                    exponentDigits += 1
                    if exponentDigits <= 9 { exponent = exponent * 10 + Int(digit) }
                } else {
                    digits.append(digit)
                    if inFraction { pointShift += 1 }
                }
            default: return .notWhole  // not a JSON number; the reader never makes one
            }
        }
        // Leading zeros carry no value; with no other digit the number is zero, whatever the exponent.
        guard let first = digits.firstIndex(where: { $0 != 0 }) else { return .value(0) }
        digits.removeFirst(first)
        if exponentDigits > 9 { return exponentSign < 0 ? .notWhole : .tooLarge }
        // value = digits × 10^(scale)
        let scale = exponentSign * exponent - pointShift
        if scale < 0 {
            // The last -scale digits are after the point: whole only if they are all zero.
            guard -scale <= digits.count, digits.suffix(-scale).allSatisfy({ $0 == 0 }) else { return .notWhole }
            digits.removeLast(-scale)
        } else {
            guard digits.count + scale <= 19 else { return .tooLarge }  // Int.max has 19 digits
            digits.append(contentsOf: repeatElement(0, count: scale))
        }
        var value = 0
        for digit in digits {
            let (times10, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? times10.subtractingReportingOverflow(Int(digit))
                                             : times10.addingReportingOverflow(Int(digit))
            if overflowA || overflowB { return .tooLarge }
            value = next
        }
        return .value(value)
    }

    /// The value as a Double (infinite when out of range).
    public var doubleValue: Double { Double(literal) ?? .infinity }
}
