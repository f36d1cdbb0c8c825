import Testing
import TextLayout
@testable import PathwayCore

/// Weeks at each threshold and on each side of it, and the ends of the range.
private let snapshotWeeks = [0, 5, 6, 8, 9, 12, 13, 14, 520]

@Suite("The timeline of the weeks of conservative care")
struct TimelineTests {
    /// Every week of `snapshotWeeks` drawn at `width` in `style` for `audience`, with its words.
    func drawing(_ audience: Audience, width: Int, style: TimelineStyle) throws -> String {
        let pathway = try builtIn()
        var out: [String] = []
        for weeks in snapshotWeeks {
            let timeline = Timeline(weeks: weeks, thresholds: pathway.thresholds, audience: audience)
            let lines = try #require(timeline.bar(width: width, style: style))
            out.append("== \(weeks) weeks: \(timeline.window.rawValue)")
            out += lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    @Test("snapshots at 0, each threshold and 520 weeks, at 80 and 40 columns, Unicode and ASCII",
          arguments: [Audience.clinician, .patient], [80, 40])
    func snapshots(audience: Audience, width: Int) throws {
        for style in [TimelineStyle.unicode, .ascii] {
            let text = try drawing(audience, width: width, style: style)
            assertSnapshot(text, named: "timeline.\(audience.rawValue).\(style == .unicode ? "unicode" : "ascii").\(width)")
            for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= width, "\(line)") }
            if style == .ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)") }
        }
    }

    @Test("snapshot of the words, per audience, at 0, each threshold and 520 weeks")
    func wordsSnapshot() throws {
        let pathway = try builtIn()
        for audience in [Audience.clinician, .patient] {
            var out: [String] = []
            for weeks in snapshotWeeks {
                let entry = Timeline(weeks: weeks, thresholds: pathway.thresholds, audience: audience).words
                out.append(entry.withMark.replacingOccurrences(of: "\u{00A0}", with: " "))
                if let reading = entry.reading { out.append("  \(ReportWords.for(audience).reading) \(reading)") }
            }
            assertSnapshot(out.joined(separator: "\n") + "\n", named: "timeline-words.\(audience.rawValue)")
        }
    }

    @Test("the trainee sees the clinician's timeline")
    func traineeAsClinician() throws {
        let pathway = try builtIn()
        for weeks in snapshotWeeks {
            let trainee = Timeline(weeks: weeks, thresholds: pathway.thresholds, audience: .trainee)
            let clinician = Timeline(weeks: weeks, thresholds: pathway.thresholds, audience: .clinician)
            #expect(trainee.bar(width: 80, style: .unicode) == clinician.bar(width: 80, style: .unicode))
            #expect(trainee.words == clinician.words)
        }
    }

    @Test("the windows follow the thresholds: 5 primary care, 6 and 8 interventional pain, 9 and 12 surgeon possible, 13 on past 3 months")
    func windows() throws {
        let thresholds = try builtIn().thresholds
        let expected: [Int: TimelineWindow] = [0: .primaryCare, 5: .primaryCare, 6: .interventionalPain, 8: .interventionalPain,
                                               9: .surgeonPossible, 12: .surgeonPossible, 13: .pastThreeMonths, 520: .pastThreeMonths]
        for (weeks, window) in expected {
            #expect(Timeline(weeks: weeks, thresholds: thresholds, audience: .clinician).window == window, "\(weeks)")
        }
    }

    @Test("every line fits its width for every week from 0 to 520, at widths from the minimum to 120, in both styles")
    func fitsEveryWidth() throws {
        let thresholds = try builtIn().thresholds
        for audience in [Audience.clinician, .patient] {
            for width in [Timeline.minimumBarWidth, 21, 23, 25, 28, 30, 33, 38, 40, 45, 60, 79, 80, 120] {
                for style in [TimelineStyle.unicode, .ascii] {
                    var previous = -1
                    for weeks in 0...520 {
                        let timeline = Timeline(weeks: weeks, thresholds: thresholds, audience: audience)
                        let lines = try #require(timeline.bar(width: width, style: style))
                        #expect(lines.count == 3)
                        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width) \(weeks): \(lines)")
                        // The marker moves right, never left, as the weeks grow.
                        let marker: Character = style == .unicode ? "▲" : "^"
                        let column = try #require(lines[2].firstIndex(of: marker).map { lines[2].distance(from: lines[2].startIndex, to: $0) })
                        #expect(column >= previous, "\(width) \(weeks)")
                        previous = column
                    }
                }
            }
        }
    }

    @Test("at each threshold the marker stands under the window's tick, and at 520 under the end of the bar")
    func markerOnTicks() throws {
        let thresholds = try builtIn().thresholds
        for width in [40, 80] {
            for (weeks, tick) in [(6, "┼"), (9, "┼"), (13, "┼"), (0, "├"), (520, "┤")] {
                let lines = try #require(Timeline(weeks: weeks, thresholds: thresholds, audience: .clinician).bar(width: width, style: .unicode))
                let bar = Array(lines[1]), marker = Array(lines[2])
                let column = try #require(marker.firstIndex(of: "▲"))
                #expect(String(bar[column]) == tick, "\(weeks) at \(width): \(lines)")
            }
        }
    }

    @Test("narrower than the minimum there is no bar; the words remain")
    func tooNarrow() throws {
        let timeline = Timeline(weeks: 14, thresholds: try builtIn().thresholds, audience: .clinician)
        #expect(timeline.bar(width: Timeline.minimumBarWidth - 1, style: .unicode) == nil)
        #expect(timeline.bar(width: 0, style: .ascii) == nil)
        #expect(timeline.bar(width: Int.max, style: .ascii)?.allSatisfy { $0.count <= Timeline.maximumBarWidth } == true)
        #expect(!timeline.words.text.isEmpty)
    }

    @Test("thresholds out of order or at the edges are clamped, never trapped on",
          arguments: [(6, 9, 13, 520), (6, 9, 7, 520), (0, 0, 0, 1), (9, 9, 9, 9), (6, 521, 521, 520), (1, 2, 3, 4)])
    func oddThresholds(t: (Int, Int, Int, Int)) {
        let thresholds = PathwayDocument.Thresholds(primaryCareWeeks: t.0, surgeonMinimumWeeks: t.1, overdueWeeks: t.2, maximumWeeks: t.3)
        for weeks in [-5, 0, 1, 5, 9, 13, 520, Int.max] {
            let timeline = Timeline(weeks: weeks, thresholds: thresholds, audience: .patient)
            #expect(!timeline.spans.isEmpty)
            #expect(timeline.spans.first?.start == 0)
            for (a, b) in zip(timeline.spans, timeline.spans.dropFirst()) { #expect(a.end == b.start && a.start < a.end) }
            for width in [20, 33, 80] {
                let lines = timeline.bar(width: width, style: .unicode)
                #expect(lines?.allSatisfy { DisplayWidth.of($0) <= width } == true)
            }
        }
    }

    @Test("left out when the weeks were not asked: red flags and severe pain; there on the three tiers that ask them")
    func onlyWhenAsked() throws {
        let pathway = try builtIn()
        let unasked = [Answers(redFlags: [.saddleAnesthesia], weeksOfConservativeCare: 14, symptomsPersist: .yes),
                       Answers(redFlags: [], severeRadicularPain: .yes, weeksOfConservativeCare: 14, symptomsPersist: .yes)]
        for answers in unasked {
            let decision = try pathway.rules.decide(answers)
            #expect(pathway.explain(decision, for: .clinician).timeline == nil)
            #expect(ReportDocument(pathway.explain(decision, for: .patient)).timeline == nil)
        }
        let asked = [Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 3),
                     Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes, therapiesTried: [.nsaids]),
                     Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 12, symptomsPersist: .yes,
                             therapiesTried: [.physicalTherapy, .painSpecialist], mri: .rootCompression, correlation: .matches,
                             willingToConsiderSurgery: .yes)]
        for answers in asked {
            let decision = try pathway.rules.decide(answers)
            let timeline = try #require(ReportDocument(pathway.explain(decision, for: .patient)).timeline)
            #expect(timeline.weeks == answers.weeksOfConservativeCare)
            #expect(timeline.audience == .patient)
        }
    }

    @Test("the words cite the source and keep this program's reading apart, uncited, with the thresholds filled; no week count of the program's in a cited sentence")
    func wordsCited() throws {
        let pathway = try builtIn()
        let t = pathway.thresholds
        for audience in Audience.allCases {
            for weeks in 0...30 {
                let entry = Timeline(weeks: weeks, thresholds: pathway.thresholds, audience: audience).words
                #expect(!entry.citations.isEmpty)
                #expect(entry.citations.allSatisfy { pathway.reference($0) != nil })
                // Review 2 #16: the weeks, and months read as weeks, are this program's: in the reading.
                #expect(entry.reading?.contains(weeks == 1 ? "1 week" : "\(weeks) weeks") == true)
                for computed in [t.surgeonMinimumWeeks, t.overdueWeeks] { #expect(!entry.text.contains("\(computed)"), "\(entry.text)") }
                // Review 2 #6: "do not delay beyond 3 months" is the overdue rule's, never the timeline's.
                #expect(!entry.text.contains("delay"))
                for text in [entry.text, entry.reading ?? ""] {
                    #expect(!text.contains("[") && !text.contains("{"), "\(text)")
                }
            }
        }
    }

    @Test("the text report says the timeline in words after what to do and the overdue warning, before the reasoning")
    func textReport() throws {
        let pathway = try builtIn()
        let answers = Answers(redFlags: [], severeRadicularPain: .no, weeksOfConservativeCare: 14, symptomsPersist: .yes, therapiesTried: [.nsaids])
        let decision = try pathway.rules.decide(answers)
        let clinician = TextReport.render(pathway.explain(decision, for: .clinician))
        let heading = try #require(clinician.range(of: "\nWeeks of conservative care\n"))
        let overdue = try #require(clinician.range(of: "\nReferral overdue\n"))
        let reasoning = try #require(clinician.range(of: "\nReasoning\n"))
        #expect(overdue.lowerBound < heading.lowerBound && heading.lowerBound < reasoning.lowerBound)
        let flat = clinician.replacingOccurrences(of: "\n  ", with: " ").replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("After 2-3 months: spine surgeon consultation, only when all the surgical criteria are met. [2]"))
        #expect(flat.contains("This program's reading: 14 weeks of conservative care is 3 months or more, with 3 months read as 13 weeks."))
        // Review 2 #27: the 3-month sentence in the overdue warning and the pitfalls, not a third time here.
        #expect(clinician.components(separatedBy: "Do not delay specialist referral beyond 3 months").count == 3)
        let patient = TextReport.render(pathway.explain(decision, for: .patient))
        #expect(patient.contains("\nWhere you are\n"))
        let red = TextReport.render(pathway.explain(try pathway.rules.decide(Answers(redFlags: [.unsure])), for: .clinician))
        #expect(!red.contains("Weeks of conservative care"))
    }
}
