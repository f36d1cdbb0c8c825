import Testing
@testable import PathwayCore

@Suite("UUIDs for FHIR ids")
struct RFCUUIDTests {
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
        #expect(RFCUUID(namespace: .dnsNamespace, name: "python.org").description == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        let id = RFCUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir")
        #expect(id.urn.hasPrefix("urn:uuid:"))
        #expect(id == RFCUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir"))
        #expect(id != RFCUUID(namespace: .urlNamespace, name: "https://discpath.example.org/fhir/"))
    }

    @Test("version-4 UUIDs: the generator's bits, with the version and the RFC's variant set")
    func version4() {
        var generator = SplitMix64(seed: 42)
        var seen: Set<String> = []
        for _ in 0..<1000 {
            let id = RFCUUID.random(using: &generator)
            #expect(id.version == 4 && Self.version(of: id.urn) == 4)
            #expect("89ab".contains(id.description[id.description.index(id.description.startIndex, offsetBy: 19)]))
            seen.insert(id.description)
        }
        #expect(seen.count == 1000)
        var again = SplitMix64(seed: 42)
        var first = SplitMix64(seed: 42)
        #expect(RFCUUID.random(using: &again) == RFCUUID.random(using: &first))
    }

    /// The version digit of a UUID, bare or as a urn:uuid; nil when it is not one.
    static func version(of id: String) -> Int? {
        let bare = id.hasPrefix("urn:uuid:") ? String(id.dropFirst(9)) : id
        let groups = bare.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12], bare.allSatisfy({ $0 == "-" || $0.isHexDigit }) else { return nil }
        return groups[2].first.flatMap { Int(String($0), radix: 16) }
    }
}
