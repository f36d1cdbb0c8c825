import TextLayout

/// A strict JSON reader (RFC 8259) for answer and pathway files. Unlike JSONDecoder it refuses a
/// key given twice in one object (other readers keep the first or the last, so the same file would
/// mean different things), says where a syntax error is by line and column, bounds nesting so no
/// input can exhaust the stack, and keeps numbers as written. A leading UTF-8 byte order mark
/// (as Windows Notepad writes) is skipped.
public enum StrictJSON {
    public static let maximumDepth = 64

    /// UTF-8's encoding of U+FEFF.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The value `bytes` hold. Errors say where: a path such as `[3].mri` for a value, the line
    /// and column for a syntax error.
    public static func parse(_ bytes: some Collection<UInt8>) throws(Diagnostic) -> JSONValue {
        try read(bytes, oneLine: false) { parser throws(Diagnostic) in try parser.value(path: "", depth: 0) }
    }

    /// What `parse(_:eachElement:)` found at the top level.
    public enum TopLevel: Sendable, Equatable {
        case value(JSONValue)
        /// An array, whose elements went to the caller one by one; how many there were.
        case array(count: Int)
    }

    /// Like `parse`, but the elements of a top-level array are handed to `element` as each is
    /// read, and not kept: a batch of any length holds one element's tree at a time. Errors are
    /// the same, in the same order: any syntax error fails the whole input.
    public static func parse(
        _ bytes: some Collection<UInt8>, eachElement element: (Int, JSONValue) -> Void
    ) throws(Diagnostic) -> TopLevel {
        try read(bytes, oneLine: false) { parser throws(Diagnostic) in
            parser.skipWhitespace()
            if parser.current == UInt8(ascii: "[") { return .array(count: try parser.topLevelArray(element)) }
            return .value(try parser.value(path: "", depth: 0))
        }
    }

    /// One line of a file of one JSON value per line (NDJSON): a syntax error says the column
    /// only, for the caller to name the line.
    public static func parse(line bytes: some Collection<UInt8>) throws(Diagnostic) -> JSONValue {
        try read(bytes, oneLine: true) { parser throws(Diagnostic) in try parser.value(path: "", depth: 0) }
    }

    private static func read<T>(
        _ bytes: some Collection<UInt8>, oneLine: Bool, _ top: (inout Parser) throws(Diagnostic) -> T
    ) throws(Diagnostic) -> T {
        var all = Array(bytes)
        if all.starts(with: byteOrderMark) { all.removeFirst(byteOrderMark.count) }
        var parser = Parser(bytes: all, oneLine: oneLine)
        parser.skipWhitespace()
        guard parser.index < parser.bytes.count else {
            throw Diagnostic(location: "", message: "malformed JSON: the input is empty; expected a JSON object or array")
        }
        let value = try top(&parser)
        parser.skipWhitespace()
        if parser.index < parser.bytes.count { throw parser.syntax("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        /// The input is one line of a longer file: errors name the column only.
        let oneLine: Bool
        var index = 0

        init(bytes: [UInt8], oneLine: Bool) {
            self.bytes = bytes
            self.oneLine = oneLine
        }

        func syntax(_ message: String) -> Diagnostic {
            var line = 1, column = 1
            for byte in bytes.prefix(index) {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            let position = oneLine ? "column \(column)" : "line \(line), column \(column)"
            return Diagnostic(location: "", message: "malformed JSON at \(position): \(message)")
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Diagnostic) {
            skipWhitespace()
            guard current == byte else { throw syntax("expected \(what)") }
            index += 1
        }

        mutating func value(path: String, depth: Int) throws(Diagnostic) -> JSONValue {
            guard depth < StrictJSON.maximumDepth else { throw syntax("nested more than \(StrictJSON.maximumDepth) levels deep") }
            skipWhitespace()
            guard let byte = current else { throw syntax("the input ends where a value was expected") }
            switch byte {
            case UInt8(ascii: "{"): return try object(path: path, depth: depth)
            case UInt8(ascii: "["): return try array(path: path, depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            // A byte past ASCII where a value starts: most often a file that is not UTF-8 text.
            case 0x80...0xFF: throw syntax("expected a value, found a byte that is not JSON text (is the file UTF-8?)")
            default: throw syntax("expected a value")
            }
        }

        mutating func literal(_ word: String) throws(Diagnostic) {
            for expected in word.utf8 {
                guard current == expected else { throw syntax("expected \(word)") }
                index += 1
            }
        }

        mutating func object(path: String, depth: Int) throws(Diagnostic) -> JSONValue {
            index += 1
            var fields: [String: JSONValue] = [:]
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return .object(fields) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw syntax("expected a key in double quotes") }
                let keyStart = index
                let key = try string()
                let shownKey = TerminalSafe.excerpt(key)
                let keyPath = path.isEmpty ? shownKey : "\(path).\(shownKey)"
                if fields[key] != nil {
                    index = keyStart
                    throw Diagnostic(location: keyPath, message: "given twice in one object")
                }
                try expect(UInt8(ascii: ":"), "':' after a key")
                fields[key] = try value(path: keyPath, depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == UInt8(ascii: "}") { index += 1; return .object(fields) }
                throw syntax("expected ',' or '}' in an object")
            }
        }

        mutating func array(path: String, depth: Int) throws(Diagnostic) -> JSONValue {
            index += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                elements.append(try value(path: "\(path)[\(elements.count)]", depth: depth + 1))
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
                throw syntax("expected ',' or ']' in an array")
            }
        }

        /// The top-level array, each element handed to `visit` and not kept; the element count.
        mutating func topLevelArray(_ visit: (Int, JSONValue) -> Void) throws(Diagnostic) -> Int {
            index += 1
            var count = 0
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return count }
            while true {
                visit(count, try value(path: "[\(count)]", depth: 1))
                count += 1
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                if current == UInt8(ascii: "]") { index += 1; return count }
                throw syntax("expected ',' or ']' in an array")
            }
        }

        mutating func string() throws(Diagnostic) -> String {
            let start = index
            index += 1
            var utf8: [UInt8] = []
            while true {
                guard let byte = current else { throw syntax("a string is not closed") }
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard let text = String(validating: utf8, as: UTF8.self) else {
                        index = start  // point at the string, not past it
                        throw syntax("a string is not valid UTF-8")
                    }
                    return text
                case UInt8(ascii: "\\"):
                    guard let escape = current else { throw syntax("a string is not closed") }
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code) {
                            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                                throw syntax("a \\u escape is half of a surrogate pair")
                            }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw syntax("a \\u escape is half of a surrogate pair") }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw syntax("a \\u escape is not a character") }
                        utf8.append(contentsOf: String(Character(scalar)).utf8)
                    default:
                        throw syntax("unknown escape in a string")
                    }
                case 0x00..<0x20:
                    throw syntax("a control character inside a string")
                default:
                    utf8.append(byte)
                }
            }
        }

        mutating func hex4() throws(Diagnostic) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = current else { throw syntax("a \\u escape needs four hex digits") }
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw syntax("a \\u escape needs four hex digits")
                }
                code = code * 16 + digit
                index += 1
            }
            return code
        }

        mutating func number() throws(Diagnostic) -> JSONValue {
            let start = index
            func digits() -> Int {
                var count = 0
                while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1; count += 1 }
                return count
            }
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
                if let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { throw syntax("a number has a leading zero") }
            } else if digits() == 0 {
                throw syntax("expected a digit")
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw syntax("expected a digit after '.'") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw syntax("expected a digit in an exponent") }
            }
            return .number(JSONNumber(literal: String(decoding: bytes[start..<index], as: UTF8.self)))
        }
    }
}
