/// A name-based UUID (RFC 9562 version 5): the same namespace and name always give the same
/// UUID. discpath's FHIR output derives its Bundle and entry ids this way from the answers, so
/// the same answers give byte-for-byte the same Bundle, and tests can compare whole outputs.
public struct NameBasedUUID: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// The RFC's namespace for names that are URLs.
    public static let urlNamespace = NameBasedUUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8])

    /// The RFC's namespace for names that are domain names.
    public static let dnsNamespace = NameBasedUUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8])

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The version-5 UUID of `name` in `namespace`.
    public init(namespace: NameBasedUUID, name: String) {
        var hash = Array(SHA1.digest(namespace.bytes + Array(name.utf8)).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50  // version 5
        hash[8] = (hash[8] & 0x3F) | 0x80  // the RFC's variant
        bytes = hash
    }

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
