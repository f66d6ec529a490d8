import Foundation
import Testing
@testable import PortalSimulation
import RealModule

struct StatisticsPeakHistogramTests {
    @Test func binsAreHundredthsOfADecade() {
        #expect(PeakHistogram.bin(of: 1e-4) == 0)
        #expect(PeakHistogram.bin(of: 1.0) == 400)
        #expect(PeakHistogram.bin(of: 0.5) == 369)  // log10(0.5) = −0.30103
        #expect(PeakHistogram.bin(of: 9_999.9) == 799)
        #expect(PeakHistogram.bin(of: 1e4) == nil)
        #expect(PeakHistogram.bin(of: 0) == nil)
        #expect(PeakHistogram.bin(of: .nan) == nil)
        #expect(PeakHistogram.centre(ofBin: 400).isApproximatelyEqual(to: pow(10, 0.005), relativeTolerance: 1e-12))
        #expect(PeakHistogram.centre(ofBin: 0).isApproximatelyEqual(to: pow(10, -3.995), relativeTolerance: 1e-12))
    }

    @Test func outOfGridValuesGoToUnderflowAndOverflow() {
        var histogram = PeakHistogram()
        for ratio in [0, -3, .nan, 5e-5, -.infinity] { histogram.record(ratio) }
        for ratio in [1e4, 2e7, .infinity] { histogram.record(ratio) }
        #expect(histogram.underflow == 5)
        #expect(histogram.overflow == 3)
        #expect(histogram.count == 8)
        #expect(histogram.bins.allSatisfy { $0 == 0 })
        #expect(histogram.quantile(0) == 1e-4)
        #expect(histogram.quantile(0.5) == 1e-4)   // the 4th of 8
        #expect(histogram.quantile(0.7) == 1e4)    // the 6th of 8
    }

    @Test func quantilesOfAKnownSet() {
        // 5 × 0.5, 90 × 1.0, 5 × 2.0: the 5th smallest is 0.5, the 6th to 95th are 1.
        var histogram = PeakHistogram()
        for _ in 0..<5 { histogram.record(0.5) }
        for _ in 0..<90 { histogram.record(1.0) }
        for _ in 0..<5 { histogram.record(2.0) }
        #expect(histogram.count == 100)
        #expect(histogram.quantile(0) == PeakHistogram.centre(ofBin: 369))
        #expect(histogram.quantile(0.05) == PeakHistogram.centre(ofBin: 369))
        #expect((histogram.quantile(0.05) ?? 0).isApproximatelyEqual(to: 0.495_450_3, relativeTolerance: 1e-6))
        #expect(histogram.quantile(0.06) == PeakHistogram.centre(ofBin: 400))
        #expect((histogram.quantile(0.5) ?? 0).isApproximatelyEqual(to: 1.011_579_5, relativeTolerance: 1e-6))
        #expect(histogram.quantile(0.95) == PeakHistogram.centre(ofBin: 400))
        #expect(histogram.quantile(0.96) == PeakHistogram.centre(ofBin: 430))  // log10(2) = 0.30103
        #expect(histogram.quantile(1) == PeakHistogram.centre(ofBin: 430))
        #expect(PeakHistogram().quantile(0.5) == nil)
    }

    @Test func quantilesOfASpreadAreWithinABin() throws {
        // 1001 ratios evenly spaced in log from 0.01 to 100: the q-quantile is 10^(4q − 2).
        var histogram = PeakHistogram()
        for i in 0...1000 { histogram.record(pow(10, -2 + 4 * Double(i) / 1000)) }
        for q in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let exact = pow(10, -2 + 4 * q)
            let estimate = try #require(histogram.quantile(q))
            #expect(abs(log10(estimate / exact)) <= 0.01, "q=\(q): \(estimate) vs \(exact)")
        }
    }

    @Test func mergingEqualsRecordingEverything() {
        var ratios: [Double] = [0, .nan, 1e9]
        for i in 0..<500 {
            ratios.append(Double(i % 37) * 0.13 + Double(i) * 1e-3)
        }
        var all = PeakHistogram(), first = PeakHistogram(), second = PeakHistogram()
        for (i, ratio) in ratios.enumerated() {
            all.record(ratio)
            if i % 3 == 0 { first.record(ratio) } else { second.record(ratio) }
        }
        var merged = first
        merged.merge(second)
        #expect(merged == all)
        var otherOrder = second
        otherOrder.merge(first)
        #expect(otherOrder == all)
    }

    @Test func codableStoresOnlyNonZeroBinsAndRoundTrips() throws {
        var histogram = PeakHistogram()
        for ratio in [0.5, 0.5, 1.0, 2.0, 0, 1e5] { histogram.record(ratio) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(histogram)
        #expect(String(decoding: data, as: UTF8.self) == #"{"bins":[[369,2],[400,1],[430,1]],"overflow":1,"underflow":1}"#)
        let decoded = try JSONDecoder().decode(PeakHistogram.self, from: data)
        #expect(decoded == histogram)
        #expect(decoded.count == 6)
    }

    @Test(arguments: [
        #"{"bins":[[800,1]],"overflow":0,"underflow":0}"#,
        #"{"bins":[[3,1],[3,2]],"overflow":0,"underflow":0}"#,
        #"{"bins":[[3,0]],"overflow":0,"underflow":0}"#,
        #"{"bins":[[3]],"overflow":0,"underflow":0}"#,
        #"{"bins":[],"overflow":-1,"underflow":0}"#,
    ])
    func decodingRefusesDamagedHistograms(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PeakHistogram.self, from: Data(json.utf8)) }
    }
}
