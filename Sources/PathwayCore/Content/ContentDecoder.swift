import TextLayout

/// Decodes content from a tree the strict JSON reader made, with messages that name the field
/// and echo what was written (`thresholds.maximumWeeks: expected a whole number, got 1.5`).
///
/// It also finds fields no type reads. Each Decodable type asks for a keyed container with its
/// own CodingKeys; a field of the file that no CodingKeys at its place accepts is unknown. So a
/// field added to the content model is known as soon as it is declared, with no list to update.
enum ContentDecoder {
    /// A field of the file that nothing reads, such as `note` misspelt for `notes`.
    struct UnknownField: Sendable, Equatable {
        /// Where the object is, and the field's name.
        let parent: String
        let name: String
        /// The fields the type at that place reads, in the order it reads them.
        let known: [String]

        var location: String { ContentPath.field(parent, name) }
    }

    /// The value decoded, and the fields of the file nothing read.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue,
                                     userInfo: [CodingUserInfoKey: Any] = [:]) throws(Diagnostic) -> (T, [UnknownField]) {
        let log = KeyLog()
        do {
            let decoded = try T(from: TreeDecoder(value: value, codingPath: [], path: "", log: log, userInfo: userInfo))
            return (decoded, log.unknownFields())
        } catch let failure as Diagnostic {
            throw failure
        } catch {
            throw Diagnostic(location: "", message: describe(error))
        }
    }

    /// How a value is named after "got": numbers as written, the rest by kind.
    static func shown(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return TerminalSafe.excerpt(number.literal)
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Which fields were present, accepted and asked for, per object, across every decoding
    /// attempt (a type may try one shape and then another).
    final class KeyLog {
        struct Entry {
            var present: Set<String> = []
            var accepted: Set<String> = []
            var asked: [String] = []
        }
        private var entries: [String: Entry] = [:]

        func opened(_ path: String, present: some Sequence<String>, accepts: (String) -> Bool) {
            var entry = entries[path] ?? Entry()
            for key in present {
                entry.present.insert(key)
                if accepts(key) { entry.accepted.insert(key) }
            }
            entries[path] = entry
        }

        func asked(_ path: String, _ key: String) {
            if let entry = entries[path], entry.asked.contains(key) { return }
            entries[path, default: Entry()].asked.append(key)
        }

        func unknownFields() -> [UnknownField] {
            var found: [UnknownField] = []
            for (path, entry) in entries {
                for name in entry.present.subtracting(entry.accepted) {
                    found.append(UnknownField(parent: path, name: name, known: entry.asked))
                }
            }
            return found.sorted { ($0.parent, $0.name) < ($1.parent, $1.name) }
        }
    }

    private struct TreeDecoder: Decoder {
        let value: JSONValue
        let codingPath: [any CodingKey]
        let path: String
        let log: KeyLog
        let userInfo: [CodingUserInfoKey: Any]

        func mismatch(_ expected: String) -> Diagnostic {
            Diagnostic(location: path.isEmpty ? "top level" : path, message: "expected \(expected), got \(shown(value))")
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let fields) = value else { throw mismatch("an object") }
            log.opened(path, present: fields.keys) { Key(stringValue: $0) != nil }
            return KeyedDecodingContainer(KeyedContainer<Key>(fields: fields, decoder: self))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = value else { throw mismatch("an array") }
            return UnkeyedContainer(elements: elements, decoder: self)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(decoder: self) }

        func child(_ value: JSONValue, key: any CodingKey, path: String) -> TreeDecoder {
            TreeDecoder(value: value, codingPath: codingPath + [key], path: path, log: log, userInfo: userInfo)
        }
    }

    private struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { String(intValue ?? 0) }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { return nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let fields: [String: JSONValue]
        let decoder: TreeDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { fields.keys.sorted().compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool {
            decoder.log.asked(decoder.path, key.stringValue)
            return fields[key.stringValue] != nil
        }

        func child(_ key: Key) throws -> TreeDecoder {
            decoder.log.asked(decoder.path, key.stringValue)
            let path = ContentPath.field(decoder.path, key.stringValue)
            guard let value = fields[key.stringValue] else { throw Diagnostic(location: path, message: "missing") }
            return decoder.child(value, key: key, path: path)
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            decoder.log.asked(decoder.path, key.stringValue)
            return fields[key.stringValue] == .null
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try SingleValue(decoder: try child(key)).decode(type)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    private struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        let decoder: TreeDecoder
        var currentIndex = 0
        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        mutating func next() throws -> TreeDecoder {
            guard !isAtEnd else {
                throw Diagnostic(location: decoder.path, message: "expected more elements")
            }
            let value = elements[currentIndex]
            let path = ContentPath.element(decoder.path, index: currentIndex, value: value)
            defer { currentIndex += 1 }
            return decoder.child(value, key: IndexKey(currentIndex), path: path)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try SingleValue(decoder: try next()).decode(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    private struct SingleValue: SingleValueDecodingContainer {
        let decoder: TreeDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { decoder.value == .null }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let flag) = decoder.value else { throw decoder.mismatch("true or false") }
            return flag
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let text) = decoder.value else { throw decoder.mismatch("a string") }
            return text
        }

        func decode(_ type: Double.Type) throws -> Double {
            guard case .number(let number) = decoder.value else { throw decoder.mismatch("a number") }
            return number.doubleValue
        }

        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

        func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard case .number(let number) = decoder.value else { throw decoder.mismatch("a whole number") }
            switch number.whole {
            case .value(let whole):
                guard let exact = T(exactly: whole) else { throw tooLarge(number) }
                return exact
            case .tooLarge: throw tooLarge(number)
            case .notWhole: throw decoder.mismatch("a whole number")
            }
        }

        func tooLarge(_ number: JSONNumber) -> Diagnostic {
            Diagnostic(location: decoder.path, message: "\(TerminalSafe.excerpt(number.literal)) is too large a number")
        }

        func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

        // Int, String and the others come back to the overloads above through their init(from:).
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
    }
}
