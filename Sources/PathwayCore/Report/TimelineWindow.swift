/// The windows of the weeks of conservative care that the pathway's thresholds mark out, in
/// order: the source's "First 6 Weeks: Primary Care Management", "6 Weeks to 3 Months:
/// Interventional Pain Management" up to "After 2-3 Months: Spine Surgeon Consultation" (which
/// this program reads as from `surgeonMinimumWeeks`), and "beyond 3 months", when specialist
/// referral for persistent radicular pain is not to be delayed (from `overdueWeeks`).
public enum TimelineWindow: String, CaseIterable, Sendable, Equatable {
    case primaryCare
    case interventionalPain
    case surgeonPossible
    case pastThreeMonths
}
