// Throughput of the pure core, for `make bench`: tier decisions, full decisions with their
// reasons, decisions put into words, and whole reports, per second of this thread's CPU time.
// A separate executable so nothing of it ships in `discpath`; numbers are printed, never asserted.
import BuiltInContent
import PathwayCore
#if canImport(Glibc)
import Glibc
#endif

/// CPU seconds this thread has used: steadier than wall time on a machine shared with builds.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Every complete answer set over a spread of values: every tier, every reason and criterion status.
func answerSpace() -> [Answers] {
    let flagChoices: [Set<RedFlag>] = [[], [], [], [], [.unsure], [.saddleAnesthesia], [.bilateralLegWeakness, .suspectedFracture]]
    let therapyChoices: [Set<Therapy>] = (0..<32).map { bits in
        Set(Therapy.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
    }
    var all: [Answers] = []
    for flags in flagChoices {
        for severe in YesNoUnsure.allCases {
            for weeks in [3, 7, 10, 14] {
                for therapies in therapyChoices {
                    for mri in MRIFinding.allCases {
                        for correlation in Correlation.allCases {
                            for willing in YesNoUnsure.allCases {
                                all.append(Answers(
                                    redFlags: flags, severeRadicularPain: severe, weeksOfConservativeCare: weeks,
                                    symptomsPersist: .yes, therapiesTried: therapies, mri: mri, correlation: correlation,
                                    willingToConsiderSurgery: willing))
                            }
                        }
                    }
                }
            }
        }
    }
    return all
}

/// Runs `body` over the answers `count` times per round, and returns the median rate per CPU
/// second over `rounds` rounds. `body` returns a number folded into a checksum, so the
/// optimiser cannot drop the work. The answers are visited in a fixed stride through the whole
/// space, so a short run sees the same mix of tiers as a long one.
/// The one measure to run, when named after the scale (for profiling one at a time).
nonisolated(unsafe) var only: String?

func rate(_ name: String, rounds: Int, count: Int, answers: [Answers], _ body: (Answers) -> Int) -> Double {
    if let only, only != name { return 0 }
    var rates: [Double] = []
    var checksum = 0
    let stride = 7919  // prime, and so coprime with the number of answer sets
    for _ in 0..<rounds {
        let start = threadCPUSeconds()
        var index = 0
        for _ in 0..<count {
            checksum &+= body(answers[index])
            index = (index + stride) % answers.count
        }
        rates.append(Double(count) / max(threadCPUSeconds() - start, 1e-9))
    }
    rates.sort()
    let median = rates[rates.count / 2]
    print("\(name)\t\(Int(median))\tchecksum \(checksum)")
    return median
}

func main() -> Int32 {
    let arguments = CommandLine.arguments.dropFirst()
    // Scales every loop: 1 is about a second per measure on this project's machines.
    let scale = arguments.first.flatMap(Double.init) ?? 1
    only = arguments.dropFirst().first
    guard let pathway = try? Pathway.builtIn() else {
        print("discpath-bench: the built-in content does not load")
        return 1
    }
    let rules = pathway.rules
    let answers = answerSpace()
    func n(_ base: Double) -> Int { max(1, Int(base * scale)) }
    print("measure\tper second\tchecksum")
    _ = rate("tier", rounds: 7, count: n(2_000_000), answers: answers) { answers in
        if case .decided(let tier) = rules.route(for: answers).end { return tier == .spineSurgeon ? 2 : 1 }
        return 0
    }
    _ = rate("decision", rounds: 7, count: n(1_000_000), answers: answers) { answers in
        (try? rules.decide(answers))?.reasons.count ?? 0
    }
    _ = rate("explanation", rounds: 7, count: n(20_000), answers: answers) { answers in
        guard let decision = try? rules.decide(answers) else { return 0 }
        return pathway.explain(decision, for: .clinician).reasons.count
    }
    _ = rate("text report", rounds: 5, count: n(5_000), answers: answers) { answers in
        guard let decision = try? rules.decide(answers) else { return 0 }
        return TextReport.render(pathway.explain(decision, for: .clinician)).utf8.count
    }
    _ = rate("json report", rounds: 5, count: n(5_000), answers: answers) { answers in
        guard let decision = try? rules.decide(answers) else { return 0 }
        return JSONReport.encode(JSONReport(pathway.explain(decision, for: .clinician))).utf8.count
    }
    // The whole answer space decided under two contents: the built-in one and the same with the
    // surgeon's threshold moved to 10 weeks (what `discpath diff` does after reading both).
    let edited = String(decoding: Array(Pathway.builtInBytes), as: UTF8.self)
        .replacing("\"surgeonMinimumWeeks\": 9", with: "\"surgeonMinimumWeeks\": 10")
    guard let other = try? Pathway.load(json: Array(edited.utf8)) else {
        print("discpath-bench: the edited content does not load")
        return 1
    }
    for (name, weekClasses, base) in [("diff", true, 20.0), ("diff every week", false, 2.0)] where only == nil || only == name {
        var rates: [Double] = []
        var checksum = 0
        for _ in 0..<5 {
            let start = threadCPUSeconds()
            for _ in 0..<n(base) { checksum &+= PathwayDiff(old: pathway, new: other, weekClasses: weekClasses).results.count }
            rates.append(Double(n(base)) / max(threadCPUSeconds() - start, 1e-9))
        }
        print("\(name)\t\(rates.sorted()[rates.count / 2])\tchecksum \(checksum)")
    }
    return 0
}

exit(main())
