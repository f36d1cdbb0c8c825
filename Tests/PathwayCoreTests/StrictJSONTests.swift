import Testing
@testable import PathwayCore

@Suite("The strict JSON reader for answers")
struct StrictJSONTests {
    func parse(_ text: String) throws(Diagnostic) -> JSONValue { try StrictJSON.parse(Array(text.utf8)) }
    /// The error parsing `text` gives, or nil when it parses.
    func failure(_ text: String) -> Diagnostic? { diagnostic { () throws(Diagnostic) in try parse(text) } }
    func failure(_ bytes: [UInt8]) -> Diagnostic? { diagnostic { () throws(Diagnostic) in try StrictJSON.parse(bytes) } }

    @Test("reads every kind of value")
    func values() throws {
        let value = try parse(#" {"a": [1, -2, 3.5, 1e2, true, false, null, "x\"\u00e9\ud83d\ude00\n"], "b": {}} "#)
        func number(_ literal: String) -> JSONValue { .number(JSONNumber(literal: literal)) }
        #expect(value == .object([
            "a": .array([number("1"), number("-2"), number("3.5"), number("1e2"), .bool(true), .bool(false), .null,
                         .string("x\"é😀\n")]),
            "b": .object([:]),
        ]))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let input: String
        let message: String
        var testDescription: String { message }
    }

    static let bad: [Bad] = [
        Bad(input: "", message: "malformed JSON: the input is empty"),
        Bad(input: "  \n ", message: "the input is empty"),
        Bad(input: "{", message: "line 1, column 2: expected a key in double quotes"),
        Bad(input: "{\"a\": 1,\n  \"b\" 2}", message: "line 2, column 7: expected ':' after a key"),
        Bad(input: "[1, 2", message: "expected ',' or ']' in an array"),
        Bad(input: "[1,]", message: "line 1, column 4: expected a value"),
        Bad(input: "{} x", message: "unexpected text after the JSON value"),
        Bad(input: "[01]", message: "a number has a leading zero"),
        Bad(input: "[1.]", message: "expected a digit after '.'"),
        Bad(input: "[\"a\u{1}\"]", message: "a control character inside a string"),
        Bad(input: "[\"\\x\"]", message: "unknown escape in a string"),
        Bad(input: "[\"\\ud800\"]", message: "half of a surrogate pair"),
        Bad(input: "[tru]", message: "expected true"),
        Bad(input: String(repeating: "[", count: 100), message: "nested more than 64 levels deep"),
    ]

    @Test("syntax errors say where, by line and column", arguments: bad)
    func syntaxErrors(_ bad: Bad) {
        guard let error = failure(bad.input) else {
            Issue.record("accepted \(bad.input)")
            return
        }
        #expect(error.description.contains(bad.message), "\(error)")
    }

    @Test("a key given twice in one object is refused, named by its path")
    func duplicateKeys() {
        guard let error = failure(#"[{"mri": "notDone"}, {"mri": "notDone", "x": 1, "mri": "rootCompression"}]"#) else {
            Issue.record("accepted a duplicate key")
            return
        }
        #expect(error.description == "[1].mri: given twice in one object")
        guard failure(#"[{"mri": 1}, {"mri": 2}]"#) == nil else {
            Issue.record("the same key in two objects is fine")
            return
        }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        guard let error = failure([0x5B, 0x22, 0xFF, 0x22, 0x5D]) else {
            Issue.record("accepted invalid UTF-8")
            return
        }
        #expect(error.message.contains("not valid UTF-8"))
        #expect(error.message.contains("line 1, column 2"), "\(error)")  // where the string starts
    }

    @Test("a leading UTF-8 byte order mark is skipped; positions count from after it")
    func byteOrderMark() throws {
        #expect(try StrictJSON.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)) == .object(["a": .number(JSONNumber(literal: "1"))]))
        guard let error = failure([0xEF, 0xBB, 0xBF] + Array("{".utf8)) else {
            Issue.record("accepted a cut object")
            return
        }
        #expect(error.message.contains("line 1, column 2"), "\(error)")
        // Only a leading one: elsewhere it is text outside a string.
        guard failure(Array("{}".utf8) + [0xEF, 0xBB, 0xBF]) != nil else {
            Issue.record("accepted a trailing byte order mark")
            return
        }
    }

    @Test("a duplicate key with control characters is named escaped")
    func duplicateKeyEscaped() {
        guard let error = failure("{\"a\\u001b[2Jb\": 1, \"a\\u001b[2Jb\": 2}") else {
            Issue.record("accepted a duplicate key")
            return
        }
        #expect(error.location == "a\\u{1B}[2Jb")
    }
}

@Suite("JSON numbers as written")
struct JSONNumberTests {
    @Test("whole numbers are recognised however they are written, without rounding",
          arguments: [("9", 9), ("9.0", 9), ("1E1", 10), ("1e2", 100), ("0.9e1", 9), ("-0", 0), ("0e999999999999", 0),
                      ("1.50e1", 15), ("100e-2", 1), ("-7", -7), ("9223372036854775807", Int.max),
                      ("-9223372036854775808", Int.min), ("0.000", 0)])
    func whole(_ literal: String, _ value: Int) {
        #expect(JSONNumber(literal: literal).whole == .value(value))
    }

    @Test("fractions are not whole", arguments: ["9.5", "0.5", "1e-1", "1.05e1", "1e-9999999999", "5e-324"])
    func fractions(_ literal: String) {
        #expect(JSONNumber(literal: literal).whole == .notWhole)
    }

    @Test("whole numbers too large for an Int are named so", arguments: ["99999999999999999999", "1e400", "9223372036854775808",
                                                                         "-9223372036854775809", "1e19", "1e9999999999"])
    func tooLarge(_ literal: String) {
        #expect(JSONNumber(literal: literal).whole == .tooLarge)
    }
}

@Suite("Files that are not UTF-8 text")
struct NotUTF8Tests {
    @Test("a UTF-16 file, or any byte past ASCII where a value starts, is named as not JSON text")
    func utf16() {
        guard let error = diagnostic({ () throws(Diagnostic) in try StrictJSON.parse([0xFF, 0xFE, 0x7B, 0x00]) }) else {
            Issue.record("a UTF-16 file was read")
            return
        }
        #expect(error.description.contains("not JSON text (is the file UTF-8?)"))
    }
}
