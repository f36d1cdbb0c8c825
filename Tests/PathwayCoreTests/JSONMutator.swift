@testable import PathwayCore

/// Random changes to JSON text: bytes flipped, inserted or deleted, cut short, keys deleted or
/// given twice, values of the wrong kind, huge numbers, deep nesting, and texts carrying
/// control characters and terminal escape sequences.
struct JSONMutator {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// Bytes a terminal would act on, or that break JSON or UTF-8.
    static let nastyBytes: [UInt8] = [0x00, 0x07, 0x08, 0x0A, 0x0D, 0x1B, 0x7F, 0x80, 0x9B, 0xC0, 0xC3, 0xE2, 0xEF, 0xFF,
                                      UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                                      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"),
                                      UInt8(ascii: "0"), UInt8(ascii: "e"), UInt8(ascii: "-"), UInt8(ascii: " ")]

    /// Texts a terminal would act on, written as JSON string content (escaped or raw).
    static let nastyTexts: [String] = [
        "\\u001b[2J\\u001b[H", "\\u001b]0;owned\\u0007", "\\u009b31m", "\u{1B}[31m", "\\u0000", "\\r\\n", "\\t",
        "\\u202e", "\\u2066", "\\u2028", "\\u007f", "\\ud800", "\\ud83d\\ude00", "é\\u0301", "\\\\u001b",
    ]

    /// Numbers no field can hold.
    static let hugeNumbers = ["1e999999999", "-1e999999999", "99999999999999999999999999", "9223372036854775808",
                              "-9223372036854775809", "1e-999999999", "0.0000000000000000000001", "1E+400", "-0", "1.5"]

    mutating func int(_ range: Range<Int>) -> Int { range.isEmpty ? range.lowerBound : Int.random(in: range, using: &random) }

    mutating func pick<T>(_ list: [T]) -> T { list[int(0..<list.count)] }

    /// One mutation of `bytes`, and what it was, for the failure message.
    mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], what: String) {
        var out = bytes
        switch int(0..<10) {
        case 0:
            let count = int(1..<4)
            for _ in 0..<count where !out.isEmpty { out[int(0..<out.count)] = pick(Self.nastyBytes) }
            return (out, "\(count) bytes changed")
        case 1:
            let at = int(0..<(out.count + 1))
            return (Array(out.prefix(at)), "cut at \(at)")
        case 2:
            let at = int(0..<(out.count + 1))
            out.insert(pick(Self.nastyBytes), at: at)
            return (out, "a byte inserted at \(at)")
        case 3:
            guard !out.isEmpty else { return (out, "nothing") }
            let at = int(0..<out.count)
            out.removeSubrange(at..<min(out.count, at + int(1..<40)))
            return (out, "bytes deleted at \(at)")
        case 4, 5, 6, 7:
            guard var tree = try? StrictJSON.parse(bytes) else { return mutate(bytes) }
            let what = mutateTree(&tree)
            return (Array(JSONText.write(tree).utf8), what)
        case 8:
            // A string value's text with a control or escape sequence inside it.
            guard let quote = out.indices.filter({ out[$0] == UInt8(ascii: "\"") }).randomElement(using: &random) else { return (out, "nothing") }
            let text = pick(Self.nastyTexts)
            out.insert(contentsOf: Array(text.utf8), at: quote + 1)
            return (out, "\(text.debugDescription) after the quote at \(quote)")
        default:
            // A key given twice: the first key of an object repeated with another value.
            guard let brace = out.indices.filter({ out[$0] == UInt8(ascii: "{") }).randomElement(using: &random),
                  let end = out[brace...].firstIndex(of: UInt8(ascii: ",")) else { return (out, "nothing") }
            out.insert(contentsOf: out[(brace + 1)...end], at: end + 1)
            return (out, "a key repeated after the brace at \(brace)")
        }
    }

    /// One change to a random place in the tree; what it was.
    mutating func mutateTree(_ tree: inout JSONValue) -> String {
        var path: [String] = []
        return change(&tree, depth: 0, path: &path)
    }

    private mutating func change(_ value: inout JSONValue, depth: Int, path: inout [String]) -> String {
        // Go deeper most of the time, so changes land everywhere in the file.
        if int(0..<4) != 0 {
            switch value {
            case .object(var fields) where !fields.isEmpty:
                let key = pick(fields.keys.sorted())
                if int(0..<6) == 0 {
                    fields[key] = nil
                    value = .object(fields)
                    return "\(path.joined()).\(key) deleted"
                }
                var child = fields[key] ?? .null
                path.append(".\(key)")
                let what = change(&child, depth: depth + 1, path: &path)
                fields[key] = child
                value = .object(fields)
                return what
            case .array(var elements) where !elements.isEmpty:
                let index = int(0..<elements.count)
                if int(0..<6) == 0 {
                    elements.remove(at: index)
                    value = .array(elements)
                    return "\(path.joined())[\(index)] deleted"
                }
                if int(0..<6) == 0 {
                    elements.insert(elements[index], at: index)
                    value = .array(elements)
                    return "\(path.joined())[\(index)] duplicated"
                }
                path.append("[\(index)]")
                let what = change(&elements[index], depth: depth + 1, path: &path)
                elements[index] = elements[index]
                value = .array(elements)
                return what
            default:
                break
            }
        }
        let replacement: JSONValue
        switch int(0..<9) {
        case 0: replacement = .null
        case 1: replacement = .bool(true)
        case 2: replacement = .number(JSONNumber(literal: pick(Self.hugeNumbers)))
        case 3: replacement = .string("")
        case 4:
            // A text with a control character or escape sequence spliced in.
            let raw = pick(["\u{1B}[2J", "\u{1B}]0;x\u{7}", "\u{9B}1m", "\u{0}", "\n", "\u{202E}", "\u{2028}", "\u{7F}"])
            if case .string(let text) = value { replacement = .string(text + raw + text) } else { replacement = .string(raw) }
        case 5: replacement = .array([value, value])
        case 6: replacement = .object(["note": value])
        case 7: replacement = .string(String(repeating: "x", count: int(0..<3000)))
        default: replacement = Self.nested(int(60..<70))
        }
        value = replacement
        return "\(path.joined()) replaced"
    }

    /// Arrays nested `depth` deep.
    static func nested(_ depth: Int) -> JSONValue {
        var value = JSONValue.array([])
        for _ in 0..<depth { value = .array([value]) }
        return value
    }
}
