import Testing

@Suite("The timeline in the text report")
struct TimelineTextTests {
    @Test("evaluate's text report says where the weeks stand, in the audience's words, only when the weeks were asked")
    func words() throws {
        let answers = #"{"redFlags": [], "severeRadicularPain": "no", "weeksOfConservativeCare": 14, "symptomsPersist": "yes", "therapiesTried": ["nsaids"]}"#
        let clinician = try discpath(["evaluate"], stdin: answers)
        #expect(clinician.status == 0)
        #expect(clinician.stdout.contains("\nWeeks of conservative care\n--------------------------\nAfter 2-3 months: spine surgeon consultation"))
        #expect(clinician.stdout.contains("This program's reading: 14 weeks of conservative care is 3 months or more"))
        #expect(clinician.stdout.split(separator: "\n").allSatisfy { $0.count <= 78 })
        let patient = try discpath(["evaluate", "--audience", "patient"], stdin: answers)
        #expect(patient.stdout.contains("\nWhere you are\n-------------\nAfter 2 to 3 months, a spine surgeon can be the next step"))
        #expect(patient.stdout.contains("This tool's own reading: You have had 14 weeks of care. That is 3 months or"))
        let severe = try discpath(["evaluate"], stdin: #"{"redFlags": [], "severeRadicularPain": "yes", "weeksOfConservativeCare": 14, "symptomsPersist": "yes"}"#)
        #expect(severe.status == 0)
        #expect(!severe.stdout.contains("Weeks of conservative care"))
    }
}
