/// A FHIR `Extension` with the few value types discpath uses. Exactly one value is set.
public struct FHIRExtension: Sendable, Equatable, Encodable {
    public let url: String
    public let valueInteger: Int?
    public let valueBoolean: Bool?
    public let valueCodeableConcept: FHIRCodeableConcept?

    private init(url: String, integer: Int? = nil, boolean: Bool? = nil, concept: FHIRCodeableConcept? = nil) {
        self.url = url
        valueInteger = integer
        valueBoolean = boolean
        valueCodeableConcept = concept
    }

    /// The smallest answer a numeric question accepts (core extension `minValue`).
    public static func minValue(_ value: Int) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/minValue", integer: value)
    }

    /// The largest answer a numeric question accepts (core extension `maxValue`).
    public static func maxValue(_ value: Int) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/maxValue", integer: value)
    }

    /// An answer option that, chosen, excludes every other ("None of these").
    public static let optionExclusive = FHIRExtension(
        url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive", boolean: true)

    /// Shows a display item as its parent question's help (behind a help button).
    public static let helpItemControl = FHIRExtension(
        url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
        concept: FHIRCodeableConcept(coding: [FHIRCoding(
            system: "http://hl7.org/fhir/questionnaire-item-control", code: "help", display: "Help-Button")]))
}
