import PortalPhysics

/// A channel tensor A (portal frame) as the weights of the contraction A : S with a
/// block of zones' stored sensitivities: the grid's scale folded in, the off-diagonal
/// components doubled (S is symmetric, each appears twice in the full sum), and the six
/// weights divided by a power of two `magnitude` so that the largest is in [1, 2).
///
/// The contraction runs in `Float`, like the grid it reads: the stored sensitivities
/// already carry `Float`'s relative error (about 6e-8 of each component), and the six
/// products and their sum add a few more units in the last place of the largest term.
/// Scaled to order one, no term overflows or underflows whatever the object's size; the
/// result is widened and multiplied by `magnitude` in `Double` (exactly: a power of two).
struct ContractionWeights {
    var xx, yy, zz, xy, xz, yz: Float
    var magnitude: Double

    init(_ a: SymmetricTensor, scale: Double) {
        // (Per object and pass: no arrays.)
        let diagonal = SIMD4(a.xx, a.yy, a.zz, 0) * scale, off = SIMD4(a.xy, a.xz, a.yz, 0) * (2 * scale)
        let largest = Swift.max(Swift.max(diagonal.max(), -diagonal.min()), Swift.max(off.max(), -off.min()))
        let m = largest > 0 && largest.isFinite ? Double(sign: .plus, exponent: largest.exponent, significand: 1) : 1
        let d = SIMD4<Float>(diagonal / m), o = SIMD4<Float>(off / m)
        (xx, yy, zz, xy, xz, yz, magnitude) = (d[0], d[1], d[2], o[0], o[1], o[2], m)
    }

    /// A : S for every zone of the block.
    @inline(__always)
    func contract(_ s: ZoneBlockTensors) -> SIMD8<Double> {
        let a = xx * s.xx + yy * s.yy + zz * s.zz
        let b = xy * s.xy + xz * s.xz + yz * s.yz
        return SIMD8<Double>(a + b) * magnitude
    }
}

extension PassSimulator {
    /// How `synthesize` computes an object that does not move with the gait; both are the
    /// same interpolation (trilinear), in another order.
    enum FixedObjectPath {
        /// Contract the channels with the zones at the y nodes the walk spans (blended in
        /// x and z once), then interpolate each lane linearly along y per sample.
        case perNode
        /// Interpolate trilinearly and contract at every sample, as for a foot.
        case perSample
    }

    /// Writes the noise-free, unfiltered signal of every lane into `signal` (the objects'
    /// contributions summed, the padding lanes left at zero) and returns whether the pass
    /// is flagged by the dipole check.
    func synthesize(speedMPerS: Double, lateralOffsetM: Double, stridePhase: Double,
                    objects: [(CarriedObjectModel, Placement)], fixedObjects: FixedObjectPath = .perNode) -> Bool {
        let fs = compiled.settings.sampleRateHz
        let n = samples(speedMPerS: speedMPerS)
        let grid = compiled.grid
        let halfLength = compiled.walkHalfLengthM
        let (channels, zones, padded, stride) = (self.channels, self.zones, paddedZones, laneStride)
        let blocks = padded / SensitivityGrid.zoneBlock
        var dipoleFlagged = false
        grid.values.withUnsafeBufferPointer { values in
            guard let v = values.baseAddress, let yBase = signal.baseAddress, let lBase = line.baseAddress else { return }
            yBase.update(repeating: 0, count: n * stride)
            /// Adds a block of a channel's padded zones at `offset`; the padding
            /// adds zeros to the next channel's lanes or to the stride's padding.
            @inline(__always) func add(_ value: SIMD8<Double>, at offset: Int) {
                let p = UnsafeMutableRawPointer(yBase + offset)
                p.storeBytes(of: p.loadUnaligned(as: SIMD8<Double>.self) + value, as: SIMD8<Double>.self)
            }
            @inline(__always) func lineBlock(_ offset: Int) -> SIMD8<Double> {
                UnsafeRawPointer(lBase + offset).loadUnaligned(as: SIMD8<Double>.self)
            }
            for (model, placement) in objects {
                for c in 0..<channels {
                    weights[c] = ContractionWeights(model.channelTensors[c].rotated(by: placement.attitude), scale: grid.scale)
                }
                let x = lateralOffsetM + placement.lateralM
                let yStart = -halfLength + placement.frontBackM
                if !dipoleFlagged, let limit = model.dipoleLimitM {
                    let path = DipoleCheck.Path(xM: x, yStartM: yStart, heightM: placement.heightM,
                                                movesWithGait: placement.movesWithGait, speedMPerS: speedMPerS,
                                                stridePhase: stridePhase, sampleRateHz: fs, samples: n)
                    dipoleFlagged = DipoleCheck.isFlagged(path, limitM: limit, wires: compiled.wires)
                }
                if placement.movesWithGait || fixedObjects == .perSample {
                    for k in 0..<n {
                        let t = Double(k) / fs
                        let rise = placement.movesWithGait
                            ? Gait.footRiseM(timeS: t, speedMPerS: speedMPerS, stridePhase: stridePhase) : 0
                        let point = Vector3(x, yStart + speedMPerS * t, placement.heightM + rise)
                        for b in 0..<blocks {
                            let s = grid.trilinear(v, at: point, block: b)
                            let o = k &* stride &+ b &* SensitivityGrid.zoneBlock
                            for c in 0..<channels { add(weights[c].contract(s), at: o &+ c &* zones) }
                        }
                    }
                } else {
                    // Fixed x and z: blend the four columns and contract the channels at
                    // each y node the walk spans, then interpolate along y per sample
                    // (linear interpolations commute with the contraction).
                    let first = Int(grid.yNode(yStart).rounded(.down))
                    let last = Swift.min(grid.counts.y - 1,
                                         Int(grid.yNode(yStart + speedMPerS * Double(n - 1) / fs).rounded(.up)) + 1)
                    let columns = grid.columns(x: x, z: placement.heightM)
                    let perNode = channels &* padded
                    for j in first...last {
                        let o = (j &- first) &* perNode
                        for b in 0..<blocks {
                            let s = grid.blend(v, columns, node: j, block: b)
                            let ob = o &+ b &* SensitivityGrid.zoneBlock
                            for c in 0..<channels {
                                UnsafeMutableRawPointer(lBase + (ob &+ c &* padded))
                                    .storeBytes(of: weights[c].contract(s), as: SIMD8<Double>.self)
                            }
                        }
                    }
                    let span = last - first
                    for k in 0..<n {
                        let u = grid.yNode(yStart + speedMPerS * Double(k) / fs) - Double(first)
                        let j = Swift.min(Swift.max(Int(u), 0), Swift.max(span - 1, 0))
                        let f = u - Double(j)
                        let lo = j &* perNode, hi = Swift.min(j + 1, span) &* perNode
                        for c in 0..<channels {
                            for b in 0..<blocks {
                                let ol = c &* padded &+ b &* SensitivityGrid.zoneBlock
                                let a = lineBlock(lo &+ ol), d = lineBlock(hi &+ ol)
                                add(a + f * (d - a), at: k &* stride &+ c &* zones &+ b &* SensitivityGrid.zoneBlock)
                            }
                        }
                    }
                }
            }
        }
        return dipoleFlagged
    }
}
