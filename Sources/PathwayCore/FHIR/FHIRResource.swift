/// A resource a Bundle entry holds, encoded as the resource itself.
public enum FHIRResource: Sendable, Equatable, Encodable {
    case questionnaireResponse(FHIRQuestionnaireResponse)
    case guidanceResponse(FHIRGuidanceResponse)
    case serviceRequest(FHIRServiceRequest)
    case requestGroup(FHIRRequestGroup)
    case codeSystem(FHIRCodeSystem)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .questionnaireResponse(let resource): try resource.encode(to: encoder)
        case .guidanceResponse(let resource): try resource.encode(to: encoder)
        case .serviceRequest(let resource): try resource.encode(to: encoder)
        case .requestGroup(let resource): try resource.encode(to: encoder)
        case .codeSystem(let resource): try resource.encode(to: encoder)
        }
    }
}
