/// A UUID (RFC 9562), for the ids of FHIR Bundles and their entries: random (version 4), a new
/// one for every result, or name-based (version 5), the same for the same name, so output can
/// be reproduced byte for byte.
public struct RFCUUID: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// The RFC's namespace for names that are URLs.
    public static let urlNamespace = RFCUUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8])

    /// The RFC's namespace for names that are domain names.
    public static let dnsNamespace = RFCUUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8])

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The version-5 UUID of `name` in `namespace`.
    public init(namespace: RFCUUID, name: String) {
        self.init(Array(SHA1.digest(namespace.bytes + Array(name.utf8)).prefix(16)), version: 5)
    }

    /// A version-4 UUID: 122 bits from `generator` (the system's, which the RFC asks for, in
    /// the program; a seeded one in tests).
    public static func random(using generator: inout some RandomNumberGenerator) -> RFCUUID {
        let high = generator.next(), low = generator.next()
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
        return RFCUUID(bytes, version: 4)
    }

    private init(_ bytes: [UInt8], version: UInt8) {
        var bytes = bytes
        bytes[6] = (bytes[6] & 0x0F) | (version << 4)
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // the RFC's variant
        self.bytes = bytes
    }

    /// The version: 4 (random) or 5 (name-based).
    public var version: Int { Int(bytes[6] >> 4) }

    /// Lower-case hex in the 8-4-4-4-12 form.
    public var description: String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append("-") }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    /// As a URI, for a Bundle entry's `fullUrl` and references to it.
    public var urn: String { "urn:uuid:" + description }
}
