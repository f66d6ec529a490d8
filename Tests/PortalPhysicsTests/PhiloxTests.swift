import PortalPhysics
import Testing

@Suite struct PhiloxTests {
    /// Random123's `kat_vectors` for philox4x32 (counter, key → output, words c[0]…c[3]):
    /// the all-zero, all-ones and π-digit inputs, at 10 rounds and at 7 (which also pins
    /// the key schedule's timing: a bump too early or too late changes both).
    static let knownAnswers: [(rounds: Int, counter: SIMD4<UInt32>, key: SIMD2<UInt32>, output: SIMD4<UInt32>)] = [
        (10, SIMD4(0, 0, 0, 0), SIMD2(0, 0), SIMD4(0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8)),
        (10, SIMD4(repeating: 0xFFFF_FFFF), SIMD2(repeating: 0xFFFF_FFFF), SIMD4(0x408F_276D, 0x41C8_3B0E, 0xA20B_C7C6, 0x6D54_51FD)),
        (10, SIMD4(0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344), SIMD2(0xA409_3822, 0x299F_31D0),
         SIMD4(0xD16C_FE09, 0x94FD_CCEB, 0x5001_E420, 0x2412_6EA1)),
        (7, SIMD4(0, 0, 0, 0), SIMD2(0, 0), SIMD4(0x5F6F_B709, 0x0D89_3F64, 0x4F12_1F81, 0x4F73_0A48)),
        (7, SIMD4(repeating: 0xFFFF_FFFF), SIMD2(repeating: 0xFFFF_FFFF), SIMD4(0x5207_DDC2, 0x4516_5E59, 0x4D8E_E751, 0x8C52_F662)),
        (7, SIMD4(0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344), SIMD2(0xA409_3822, 0x299F_31D0),
         SIMD4(0x4DFC_CABA, 0x190A_87F0, 0xC473_62BA, 0xB6B5_242A)),
    ]

    @Test func knownAnswerVectors() {
        for v in Self.knownAnswers {
            let philox = Philox4x32(key: v.key)
            #expect(philox.block(v.counter, rounds: v.rounds) == v.output, "philox4x32_\(v.rounds) \(v.counter) \(v.key)")
            if v.rounds == 10 { #expect(philox(v.counter) == v.output) }
        }
        // The 64-bit key is split low word first.
        #expect(Philox4x32(key: 0x299F_31D0_A409_3822 as UInt64).key == SIMD2(0xA409_3822, 0x299F_31D0))
    }

    /// The eight-lane form is eight scalar blocks, lane by lane, whatever the words
    /// (counters near 2³² included: a lane's word 0 wraps alone, no carry).
    @Test func eightLanesAreEightBlocks() {
        let philox = Philox4x32(key: SIMD2(0xA409_3822, 0x299F_31D0))
        for start: UInt32 in [0, 0x1234_5678, 0xFFFF_FFFC] {
            var counters = [SIMD4<UInt32>]()
            for j: UInt32 in 0..<8 { counters.append(SIMD4(start &+ j, 0x85A3_08D3 &* j, 0x1319_8A2E, ~j)) }
            func lane(_ w: Int) -> SIMD8<UInt32> {
                var v = SIMD8<UInt32>()
                for j in 0..<8 { v[j] = counters[j][w] }
                return v
            }
            let lanes = Philox4x32.Lanes(w0: lane(0), w1: lane(1), w2: lane(2), w3: lane(3))
            let out = philox.eightBlocks(lanes)
            // The two-chain batch gives each set of lanes what eightBlocks gives it.
            let swapped = Philox4x32.Lanes(w0: lanes.w3, w1: lanes.w2, w2: lanes.w1, w3: lanes.w0)
            let (first, second) = philox.sixteenBlocks(lanes, swapped)
            #expect(first == out && second == philox.eightBlocks(swapped))
            for j in 0..<8 {
                #expect(SIMD4(out.w0[j], out.w1[j], out.w2[j], out.w3[j]) == philox(counters[j]), "lane \(j)")
            }
        }
    }

    /// A stream's words are the blocks of successive counters in order, however they are
    /// drawn: words one at a time, uniforms, normals singly and in bulk, in any mix.
    @Test func streamWordsAreTheBlocksInOrder() {
        let key = SIMD2<UInt32>(7, 0xBEEF), start = SIMD4<UInt32>(0, 11, 12, 13)
        let philox = Philox4x32(key: key)
        var expected = [UInt32]()
        for b: UInt32 in 0..<300 { let block = philox(SIMD4(b, 11, 12, 13)); for w in 0..<4 { expected.append(block[w]) } }
        var stream = PhiloxStream(key: key, counter: start)
        #expect((0..<1200).map { _ in stream.nextWord() } == expected)

        // Mixed draws consume words as one-at-a-time draws would.
        var single = PhiloxStream(key: key, counter: start), bulk = single
        let zig = Ziggurat.standard
        var a = [Double](), b = [Double]()
        // (The long fills take the vector path; about 1.2 % of their 70,000 draws,
        // some 850, leave it for the tail or a wedge.)
        for n in [1, 3, 31, 2, 200, 5, 64, 1000, 4, 6, 20_000, 3, 50_001] {
            a.append(single.uniform()); b.append(bulk.uniform())
            a.append(contentsOf: (0..<n).map { _ in 2.5 * single.normal(zig) })
            var out = [Double](repeating: .nan, count: n)
            out.withUnsafeMutableBufferPointer { bulk.fillNormals($0, scale: 2.5, zig) }
            b.append(contentsOf: out)
        }
        #expect(a == b)
        #expect(single.nextWord() == bulk.nextWord())
    }
}
