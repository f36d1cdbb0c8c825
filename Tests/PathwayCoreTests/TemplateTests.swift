import Testing
@testable import PathwayCore

@Suite("Templates")
struct TemplateTests {
    @Test("placeholders are filled in one left-to-right pass; what a value brings in is not filled again")
    func onePass() {
        let values = ["criteria": "{weeks}", "weeks": "3 weeks", "findings": "{criteria}"]
        // Trial finding 10: the same answers must always give the same text, whatever the
        // dictionary's order in this process.
        for _ in 0..<20 {
            #expect(Template.fill("Urine {criteria} {weeks} {findings}", values) == "Urine {weeks} 3 weeks {criteria}")
        }
    }

    @Test("unknown names, unclosed braces and empty names are left as written")
    func leftAsWritten() {
        #expect(Template.fill("a {nope} b", [:]) == "a {nope} b")
        #expect(Template.fill("a {weeks", ["weeks": "x"]) == "a {weeks")
        #expect(Template.fill("{} {weeks}{weeks}", ["weeks": "x"]) == "{} xx")
        #expect(Template.placeholders(in: "{a} and {b} {") == ["a", "b"])
    }
}
