/// A FHIR `Extension` with the few value types discpath uses. Exactly one value is set.
public struct FHIRExtension: Sendable, Equatable, Encodable {
    public let url: String
    public let valueInteger: Int?
    public let valueBoolean: Bool?
    public let valueCodeableConcept: FHIRCodeableConcept?
    public let valueCoding: FHIRCoding?
    public let valueString: String?
    public let valueCode: String?

    private init(url: String, integer: Int? = nil, boolean: Bool? = nil, concept: FHIRCodeableConcept? = nil,
                 coding: FHIRCoding? = nil, string: String? = nil, code: String? = nil) {
        self.url = url
        valueInteger = integer
        valueBoolean = boolean
        valueCodeableConcept = concept
        valueCoding = coding
        valueString = string
        valueCode = code
    }

    /// The smallest answer a numeric question accepts (core extension `minValue`).
    public static func minValue(_ value: Int) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/minValue", integer: value)
    }

    /// The largest answer a numeric question accepts (core extension `maxValue`).
    public static func maxValue(_ value: Int) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/maxValue", integer: value)
    }

    /// An answer option that, chosen, excludes every other ("None of these"). Many renderers
    /// ignore it (LHC-Forms among them), so the enableWhen conditions hold the rule too.
    public static let optionExclusive = FHIRExtension(
        url: "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive", boolean: true)

    /// How a renderer shows an item (`questionnaire-itemControl`), with a code and its display
    /// from http://hl7.org/fhir/questionnaire-item-control.
    public enum ItemControl: String, Sendable {
        /// A display item shown as its parent question's help, behind a button.
        case help
        /// A checklist shown as a visible list of check boxes, not a type-ahead box.
        case checkBox = "check-box"
        /// A single choice shown as a visible list of radio buttons.
        case radioButton = "radio-button"

        public var display: String {
            switch self {
            case .help: return "Help-Button"
            case .checkBox: return "Check-box"
            case .radioButton: return "Radio Button"
            }
        }
    }

    public static func itemControl(_ control: ItemControl) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                      concept: FHIRCodeableConcept(coding: [FHIRCoding(
                          system: "http://hl7.org/fhir/questionnaire-item-control", code: control.rawValue,
                          display: control.display)]))
    }

    /// The unit of a numeric answer (`questionnaire-unit`), a UCUM code.
    public static func unit(ucum code: String, display: String) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                      coding: FHIRCoding(system: "http://unitsofmeasure.org", code: code, display: display))
    }

    /// What to type, shown in the empty field (`entryFormat`).
    public static func entryFormat(_ text: String) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/entryFormat", string: text)
    }

    /// Why a value is missing (`data-absent-reason`, a code of
    /// http://terminology.hl7.org/CodeSystem/data-absent-reason).
    public static func dataAbsent(_ code: String) -> FHIRExtension {
        FHIRExtension(url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason", code: code)
    }
}
