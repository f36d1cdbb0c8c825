/// A FHIR `Parameters` resource (R5 or R4): named values, each a value or a list of parts.
public struct FHIRParameters: Sendable, Equatable, Encodable {
    public let resourceType = "Parameters"
    /// Its id inside the resource that contains it.
    public var id: String?
    public var meta: FHIRMeta
    public var language: String
    public var parameter: [Parameter]

    /// One parameter; exactly one of the values or `part` is set.
    public struct Parameter: Sendable, Equatable, Encodable {
        public var name: String
        public var valueCoding: FHIRCoding?
        public var valueCode: String?
        public var valueString: String?
        public var valueInteger: Int?
        public var valueBoolean: Bool?
        public var valueReference: FHIRReference?
        public var part: [Parameter]?

        public static func coding(_ name: String, _ value: FHIRCoding) -> Parameter { Parameter(name: name, valueCoding: value) }
        public static func code(_ name: String, _ value: String) -> Parameter { Parameter(name: name, valueCode: value) }
        public static func string(_ name: String, _ value: String) -> Parameter { Parameter(name: name, valueString: value) }
        public static func integer(_ name: String, _ value: Int) -> Parameter { Parameter(name: name, valueInteger: value) }
        public static func boolean(_ name: String, _ value: Bool) -> Parameter { Parameter(name: name, valueBoolean: value) }
        public static func reference(_ name: String, _ value: FHIRReference) -> Parameter { Parameter(name: name, valueReference: value) }
        public static func parts(_ name: String, _ parts: [Parameter]) -> Parameter { Parameter(name: name, part: parts) }
    }
}
