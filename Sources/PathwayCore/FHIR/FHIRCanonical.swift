/// The canonical URLs under which discpath publishes its FHIR artifacts. A canonical URL names
/// an artifact; it need not resolve. The base is under example.org, a domain reserved for
/// documentation (RFC 2606), so it can never clash with someone else's artifact. It is kept
/// stable: the content version, not the URL, says which edition of the intake a resource is.
public enum FHIRCanonical {
    /// Every canonical URL of discpath starts with this.
    public static let base = "https://discpath.example.org/fhir"

    /// The intake as a Questionnaire (`discpath export questionnaire`).
    public static let questionnaire = base + "/Questionnaire/lumbar-disc-bulge-referral"

    /// The id of the Questionnaire resource, the last part of its canonical URL.
    public static let questionnaireID = "lumbar-disc-bulge-referral"

    /// The computable name of the Questionnaire (FHIR asks for one starting with a capital).
    public static let questionnaireName = "LumbarDiscBulgeReferral"

    /// Who publishes the FHIR artifacts: this program, not the source guideline's authors.
    public static let publisher = "discpath"

    /// The code system of one question's answer values: its codes are the values `evaluate`
    /// reads (one system per question, since "unsure" means something else in each).
    public static func answers(_ key: QuestionKey) -> String { base + "/CodeSystem/" + key.rawValue }

    /// The referral tiers, coded by tier id.
    public static let tier = base + "/CodeSystem/tier"
    /// The surgical criteria, coded by criterion id.
    public static let criterion = base + "/CodeSystem/criterion"
    /// The reasons a decision gives, coded by reason id.
    public static let reason = base + "/CodeSystem/reason"
    /// The actions of a tier, coded by action id.
    public static let action = base + "/CodeSystem/action"

    /// The Questionnaire's canonical URL with the content version, as `url|version`.
    public static func versionedQuestionnaire(_ version: String) -> String { questionnaire + "|" + version }
}
