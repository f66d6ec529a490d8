@testable import PortalSimulation
import Testing

@Suite struct RandomStreamTests {
    /// The same (seed, case, pass, stream), the same draws, whatever happened before;
    /// a copy replays what the original is about to draw.
    @Test func positioningIsAFunctionOfTheQuadrupleAlone() {
        let a = RandomStream(), b = RandomStream()
        a.reseed(seed: 3, caseID: 77, pass: 123_456, stream: 9)
        for _ in 0..<1000 { _ = b.gaussian() }
        b.reseed(seed: 3, caseID: 77, pass: 123_456, stream: 9)
        let first = (0..<500).map { _ in a.gaussian() + a.uniform() }
        #expect(first == (0..<500).map { _ in b.gaussian() + b.uniform() })
        let twin = a.copy()
        #expect((0..<100).map { _ in a.gaussian() } == (0..<100).map { _ in twin.gaussian() })
        // Passes beyond 2³² get their own key: not pass mod 2³²'s stream.
        a.reseed(seed: 3, caseID: 77, pass: 5, stream: 9)
        b.reseed(seed: 3, caseID: 77, pass: 5 + (1 << 32), stream: 9)
        #expect(a.uniform() != b.uniform())
    }

    /// The bulk fill is n draws of `gaussian()` times the scale, and leaves the stream
    /// where they would.
    @Test func fillGaussiansIsRepeatedGaussian() {
        let a = RandomStream(), b = RandomStream()
        a.reseed(seed: 1, caseID: 2, pass: 3, stream: 4)
        b.reseed(seed: 1, caseID: 2, pass: 3, stream: 4)
        for n in [0, 1, 7, 792, 33] {
            let expected = (0..<n).map { _ in 0.37 * a.gaussian() }
            var out = [Double](repeating: .nan, count: n)
            out.withUnsafeMutableBufferPointer { b.fillGaussians($0, scale: 0.37) }
            #expect(out == expected, "n = \(n)")
        }
        #expect(a.uniform() == b.uniform())
    }

    /// Neighbouring passes, streams and cases are uncorrelated: the correlation of their
    /// first draws over 10⁵ positions is within four standard errors (4/√n) of zero.
    @Test func neighbouringStreamsAreUncorrelated() {
        let n = 100_000
        let stream = RandomStream()
        func firstDraw(caseID: UInt64, pass: Int, stream id: UInt64) -> Double {
            stream.reseed(seed: 42, caseID: caseID, pass: pass, stream: id)
            return stream.gaussian()
        }
        func correlation(_ x: [Double], _ y: [Double]) -> Double {
            let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
            var sxy = 0.0, sxx = 0.0, syy = 0.0
            for (a, b) in zip(x, y) { sxy += (a - mx) * (b - my); sxx += (a - mx) * (a - mx); syy += (b - my) * (b - my) }
            return sxy / (sxx * syy).squareRoot()
        }
        let limit = 4 / Double(n).squareRoot()
        let passes = (0...n).map { firstDraw(caseID: 5, pass: $0, stream: 0) }
        let passLag = correlation(Array(passes.dropLast()), Array(passes.dropFirst()))
        #expect(abs(passLag) < limit, "pass p vs p + 1: \(passLag)")
        let streamA = (0..<n).map { firstDraw(caseID: 5, pass: $0, stream: 1) }
        let streamB = (0..<n).map { firstDraw(caseID: 5, pass: $0, stream: 2) }
        #expect(abs(correlation(streamA, streamB)) < limit, "stream 1 vs 2")
        #expect(abs(correlation(Array(passes.dropLast()), streamA)) < limit, "stream 0 vs 1")
        let caseA = (0..<n).map { firstDraw(caseID: UInt64($0), pass: 0, stream: 0) }
        let caseB = (0..<n).map { firstDraw(caseID: UInt64($0) + 1, pass: 0, stream: 0) }
        #expect(abs(correlation(caseA, caseB)) < limit, "case c vs c + 1")
        // Seeds next to each other too.
        let seedA = (0..<n).map { p -> Double in stream.reseed(seed: 7, caseID: 1, pass: p, stream: 0); return stream.uniform() }
        let seedB = (0..<n).map { p -> Double in stream.reseed(seed: 8, caseID: 1, pass: p, stream: 0); return stream.uniform() }
        #expect(abs(correlation(seedA, seedB)) < limit, "seed 7 vs 8")
    }
}
