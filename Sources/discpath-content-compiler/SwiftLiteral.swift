import PathwayCore

/// Writes a value as the Swift expression that makes it again: a struct as a call to its
/// initializer with every stored property by name, in order (so a new field needs only the
/// initializer beside it), an enum as its case, collections as literals, in a stable order.
/// The content's types all have such an initializer; `Answers` (kept as bits) is written
/// through its public one.
struct SwiftLiteral {
    /// Functions for the values split out of the expression: one per element of the root's
    /// arrays, so no single expression is large for the type checker and optimizer.
    private(set) var functions: [String] = []

    /// The root value as an expression, each element of its array fields made by a function of its own.
    mutating func root(_ value: Any, prefix: String) -> String {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .struct else { return expression(value) }
        let fields = mirror.children.map { child -> String in
            let label = child.label ?? "_"
            let elements = Mirror(reflecting: child.value)
            guard elements.displayStyle == .collection else { return "\(label): \(expression(child.value))" }
            let calls = elements.children.enumerated().map { index, element -> String in
                let name = "\(prefix)_\(label)_\(index)"
                functions.append("""
                    @inline(never) private func \(name)() -> \(typeName(element.value)) {
                        \(expression(element.value))
                    }
                    """)
                return "\(name)()"
            }
            return "\(label): [\(calls.joined(separator: ", "))]"
        }
        return "\(typeName(value))(\(fields.joined(separator: ",\n        ")))"
    }

    /// `value` as one expression.
    func expression(_ value: Any) -> String {
        switch value {
        case let text as String: return Self.stringLiteral(text)
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        case let answers as Answers: return answersExpression(answers)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return "nil" }
            return expression(wrapped)
        case .collection, .set:
            let elements = mirror.children.map { expression($0.value) }
            return "[" + (mirror.displayStyle == .set ? elements.sorted() : elements).joined(separator: ", ") + "]"
        case .dictionary:
            let pairs = mirror.children.map { pair -> (String, String) in
                let parts = Mirror(reflecting: pair.value).children.map(\.value)
                return (expression(parts[0]), expression(parts[1]))
            }.sorted { $0.0 < $1.0 }
            return pairs.isEmpty ? "[:]" : "[" + pairs.map { "\($0): \($1)" }.joined(separator: ", ") + "]"
        case .enum:
            guard let payload = mirror.children.first else { return "\(typeName(value)).\(value)" }
            return "\(typeName(value)).\(payload.label ?? "_")(\(expression(payload.value)))"
        case .struct:
            let fields = mirror.children.map { "\($0.label ?? "_"): \(expression($0.value))" }
            return "\(typeName(value))(\(fields.joined(separator: ", ")))"
        default:
            return "/* cannot write \(typeName(value)) */"
        }
    }

    private func typeName(_ value: Any) -> String { String(reflecting: type(of: value)) }

    private func answersExpression(_ answers: Answers) -> String {
        let fields: [(String, Any)] = [
            ("redFlags", answers.redFlags as Any), ("severeRadicularPain", answers.severeRadicularPain as Any),
            ("weeksOfConservativeCare", answers.weeksOfConservativeCare as Any), ("symptomsPersist", answers.symptomsPersist as Any),
            ("therapiesTried", answers.therapiesTried as Any), ("mri", answers.mri as Any), ("correlation", answers.correlation as Any),
            ("willingToConsiderSurgery", answers.willingToConsiderSurgery as Any),
        ]
        return "PathwayCore.Answers(" + fields.map { "\($0): \(expression($1))" }.joined(separator: ", ") + ")"
    }

    /// A Swift string literal of exactly `text`: quotes, backslashes and every scalar outside
    /// printable ASCII escaped.
    static func stringLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case " "..."~": literal.unicodeScalars.append(scalar)
            default: literal += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return literal + "\""
    }
}
