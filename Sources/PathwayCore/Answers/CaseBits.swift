/// An enum whose cases have fixed positions from 0, for sets of them as bits.
public protocol BitPositioned: CaseIterable, Hashable, Sendable {
    /// The case's position in `allCases`, below 16.
    var bitPosition: Int { get }
}

/// A set of the cases of a small enum as one word of bits: testing a case is a mask, with no
/// hashing and no allocation. Equal sets have equal bits.
public struct CaseBits<Element: BitPositioned>: Sendable, Hashable {
    public private(set) var rawValue: UInt16

    public init() { rawValue = 0 }

    public init(_ set: Set<Element>) {
        rawValue = 0
        for element in set { insert(element) }
    }

    public var isEmpty: Bool { rawValue == 0 }

    public func contains(_ element: Element) -> Bool { rawValue & Self.bit(element) != 0 }

    public mutating func insert(_ element: Element) { rawValue |= Self.bit(element) }

    /// The cases held, in `allCases` order.
    public var elements: [Element] { Element.allCases.filter(contains) }

    public var set: Set<Element> { Set(elements) }

    private static func bit(_ element: Element) -> UInt16 { 1 << UInt16(element.bitPosition) }
}

extension RedFlag: BitPositioned {
    public var bitPosition: Int {
        switch self {
        case .urinaryRetentionOrIncontinence: return 0
        case .bilateralLegWeakness: return 1
        case .saddleAnesthesia: return 2
        case .progressiveMotorDeficit: return 3
        case .suspectedMalignancy: return 4
        case .suspectedInfection: return 5
        case .suspectedFracture: return 6
        case .unsure: return 7
        }
    }
}

extension Therapy: BitPositioned {
    public var bitPosition: Int {
        switch self {
        case .nsaids: return 0
        case .activityModification: return 1
        case .physicalTherapy: return 2
        case .painSpecialist: return 3
        case .epiduralSteroidInjection: return 4
        }
    }
}
