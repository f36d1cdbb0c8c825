import Testing
@testable import PathwayCore

@Suite("Name-based UUIDs for FHIR ids")
struct NameBasedUUIDTests {
    @Test("SHA-1 gives the FIPS 180 test vectors")
    func sha1Vectors() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        // Two blocks: the padding runs past the first 64 bytes.
        #expect(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test("version-5 UUIDs match RFC 9562's method (the value Python's uuid.uuid5 gives)")
    func version5() {
        #expect(NameBasedUUID(namespace: .dnsNamespace, name: "python.org").description == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        let id = NameBasedUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir")
        #expect(id.urn.hasPrefix("urn:uuid:"))
        #expect(id == NameBasedUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir"))
        #expect(id != NameBasedUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir/"))
    }
}
