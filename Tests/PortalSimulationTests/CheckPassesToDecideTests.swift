import Foundation
import Testing
@testable import PortalSimulation

/// How many passes would settle an inconclusive check if the rate held.
struct CheckPassesToDecideTests {
    /// The verdict at m passes with the rate k/n carried over, as the search defines it.
    static func verdict(_ bound: RateExpectation.Bound, rate: Double, passes m: Int, confidence: Double = 0.95) -> CheckVerdict {
        bound.verdict(successes: Int((rate * Double(m)).rounded()), trials: m, confidence: confidence)
    }

    /// With no successes the count stays 0 and the answer has a closed form: the
    /// smallest n with 1 − 0.025^(1/n) ≤ 1 %, n ≥ ln 0.025 / ln 0.99 = 367.04.
    @Test func noSuccessesMatchesTheClosedForm() {
        let exact = Int((log(0.025) / log(0.99)).rounded(.up))
        #expect(exact == 368)
        #expect(PassesToDecide.search(bound: .atMost(0.01), confidence: 0.95, successes: 0, trials: 300)
            == .passes(368, verdict: .pass))
        // The same count, mirrored: every pass detected, "at least 99 %".
        #expect(PassesToDecide.search(bound: .atLeast(0.99), confidence: 0.95, successes: 300, trials: 300)
            == .passes(368, verdict: .pass))
        // Never detected against "at least 5 %": fails once 1 − 0.025^(1/n) < 5 %, n ≥ 72.
        #expect(PassesToDecide.search(bound: .atLeast(0.05), confidence: 0.95, successes: 0, trials: 10)
            == .passes(72, verdict: .fail))
        // Always detected against "at most 50 %": fails once 0.025^(1/n) > 1/2, n ≥ 6.
        #expect(PassesToDecide.search(bound: .atMost(0.5), confidence: 0.95, successes: 3, trials: 3)
            == .passes(6, verdict: .fail))
    }

    /// At the suggested count the interval no longer straddles the threshold, and one
    /// pass fewer it still does.
    @Test(arguments: [
        (834, 2000, RateExpectation.Bound.atMost(0.43)),
        (87, 200, .atMost(0.45)),
        (128, 200, .atLeast(0.6)),
        (19, 200, .atMost(0.12)),
        (996, 1000, .atLeast(0.99)),
        (3, 40, .atLeast(0.05)),
    ])
    func suggestionIsTheEdge(successes: Int, trials: Int, bound: RateExpectation.Bound) throws {
        let decision = CheckDecision(bound: bound, confidence: 0.95, successes: successes, trials: trials)
        #expect(decision.verdict == .inconclusive)
        guard case let .passes(m, verdict)? = decision.passesToDecide else {
            Issue.record("expected a count, got \(String(describing: decision.passesToDecide))")
            return
        }
        let rate = Double(successes) / Double(trials)
        #expect(m > trials)
        #expect(Self.verdict(bound, rate: rate, passes: m) == verdict)
        #expect(verdict != .inconclusive)
        #expect(Self.verdict(bound, rate: rate, passes: m - 1) == .inconclusive)
        // The rate is below an "at most" threshold here exactly when it would pass.
        let onExpectedSide: Bool = switch bound {
        case let .atLeast(x): rate > x
        case let .atMost(x): rate < x
        }
        #expect((verdict == .pass) == onExpectedSide)
    }

    /// Where a bisection stopped at a later edge: the first count that decides, as a
    /// scan over every n′ finds it (and scipy's beta quantiles agree). 2 of 10 against
    /// "at least 5 %": 3 of 13 has a lower end of 5.04 %, but 3 of 14 only 4.66 %, so
    /// the decision flickers; the bisection said 18.
    @Test(arguments: [
        (2, 10, RateExpectation.Bound.atLeast(0.05), 13, CheckVerdict.pass),
        (35, 40, .atLeast(0.95), 45, .fail),
        (1, 50, .atMost(0.05), 173, .pass),
        (15, 20, .atMost(0.9), 23, .pass),
        (11, 20, .atLeast(0.7), 39, .fail),
    ])
    func findsTheFirstCountNotALaterEdge(successes: Int, trials: Int, bound: RateExpectation.Bound,
                                         passes: Int, verdict: CheckVerdict) {
        #expect(PassesToDecide.search(bound: bound, confidence: 0.95, successes: successes, trials: trials)
            == .passes(passes, verdict: verdict))
        let rate = Double(successes) / Double(trials)
        #expect(((trials + 1)..<passes).allSatisfy { Self.verdict(bound, rate: rate, passes: $0) == .inconclusive })
    }

    /// Against a scan of every n′: for every inconclusive k of n = 10, 20, 40 and 100 at
    /// thresholds across [0, 1], both bounds, at 95 % and 80 %, the search gives the first
    /// n′ that decides, and its verdict.
    @Test func matchesAScanOverEveryCount() {
        var compared = 0
        for confidence in [0.95, 0.8] {
            for n in [10, 20, 40, 100] {
                for k in 0...n {
                    for x in [0.01, 0.05, 0.2, 0.5, 0.75, 0.9, 0.99] {
                        for bound in [RateExpectation.Bound.atLeast(x), .atMost(x)] {
                            let rate = Double(k) / Double(n)
                            guard rate != x, bound.verdict(successes: k, trials: n, confidence: confidence) == .inconclusive else { continue }
                            let found = PassesToDecide.search(bound: bound, confidence: confidence, successes: k, trials: n)
                            guard case let .passes(m, verdict) = found, m <= 20_000 else { continue }
                            let scanned = ((n + 1)...m).first {
                                Self.verdict(bound, rate: rate, passes: $0, confidence: confidence) != .inconclusive
                            }
                            #expect(scanned == m, "k=\(k) n=\(n) \(bound) at \(confidence)")
                            #expect(verdict == Self.verdict(bound, rate: rate, passes: m, confidence: confidence))
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared > 500)
    }

    /// The estimate k/n exactly on the threshold stays inside every interval.
    @Test func estimateOnTheThresholdNeverDecides() {
        #expect(PassesToDecide.search(bound: .atMost(0.5), confidence: 0.95, successes: 10, trials: 20) == .never)
        #expect(PassesToDecide.search(bound: .atLeast(0.25), confidence: 0.95, successes: 1, trials: 4) == .never)
        let decision = CheckDecision(bound: .atMost(0.5), confidence: 0.95, successes: 10, trials: 20)
        #expect(decision.verdict == .inconclusive && decision.passesToDecide == .never)
    }

    /// An estimate a hair from the threshold needs more passes than the search allows.
    @Test func beyondTheLimit() {
        #expect(PassesToDecide.search(bound: .atMost(0.418), confidence: 0.95, successes: 834, trials: 2000, limit: 10_000)
            == .moreThan(10_000))
        // The default limit is the scenario's ceiling on trials.
        #expect(PassesToDecide.search(bound: .atMost(0.4170001), confidence: 0.95, successes: 834, trials: 2000)
            == .moreThan(PassesToDecide.searchLimit))
    }

    @Test func alreadyDecidedNeedsNoMore() {
        #expect(PassesToDecide.search(bound: .atLeast(0.99), confidence: 0.95, successes: 500, trials: 500)
            == .passes(500, verdict: .pass))
    }
}
