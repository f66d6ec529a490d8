import Foundation
@testable import PortalPhysics
import Testing

/// K(m) and E(m) by the arithmetic-geometric mean (what the circular loop's field uses)
/// against closed forms, Legendre's relation, and GSL's Carlson forms R_F and R_D (an
/// independent algorithm).
@Suite struct CompleteEllipticTests {
    typealias F = SpecialFunctions

    @Test func closedFormsAtZeroAndOneHalf() {
        let zero = F.completeEllipticKE(parameter: 0, complementaryParameter: 1)
        #expect(zero.K == Double.pi / 2 && zero.E == Double.pi / 2)
        // K(1/2) = Γ(1/4)² / (4√π), E(1/2) = K(1/2)/2 + π / (4 K(1/2)).
        let gammaQuarter = tgamma(0.25)
        let k = gammaQuarter * gammaQuarter / (4 * Double.pi.squareRoot())
        let half = F.completeEllipticKE(parameter: 0.5, complementaryParameter: 0.5)
        #expect(relativeError(half.K, k) < 2e-16)
        #expect(relativeError(half.E, k / 2 + Double.pi / (4 * k)) < 3e-16)
    }

    /// Legendre: E(m) K(1−m) + E(1−m) K(m) − K(m) K(1−m) = π/2, for each m and its complement.
    @Test(arguments: [1e-12, 1e-6, 0.01, 0.1, 0.3, 0.7, 0.9, 0.99])
    func legendreRelationHolds(m: Double) {
        let a = F.completeEllipticKE(parameter: m, complementaryParameter: 1 - m)
        let b = F.completeEllipticKE(parameter: 1 - m, complementaryParameter: m)
        #expect(abs(a.E * b.K + b.E * a.K - a.K * b.K - Double.pi / 2) < 4e-15 * a.K * b.K)
    }

    /// Against GSL's R_F and R_D from m = 0 to within 10⁻¹⁵ of the wire (1 − m given, as the
    /// loop gives it): K to 2 ulp-scale parts in 10¹⁶; E loses about K(m) ulps to the
    /// sum's cancellation as m → 1 (K is 19 at 1 − m = 10⁻¹⁵).
    @Test func agreesWithCarlsonForms() {
        var worstK = 0.0, worstE = 0.0
        for i in 0...400 {
            let mc = pow(10, -15 * Double(i) / 400)   // 1 − m from 1 down to 10⁻¹⁵
            let m = 1 - mc
            let agm = F.completeEllipticKE(parameter: m, complementaryParameter: mc)
            let carlson = F.completeEllipticKEByCarlson(parameter: m, complementaryParameter: mc)
            worstK = max(worstK, relativeError(agm.K, carlson.K))
            worstE = max(worstE, relativeError(agm.E, carlson.E) / carlson.K)
        }
        #expect(worstK < 1e-15)
        #expect(worstE < 1e-15)
    }

    @Test func outsideTheDomainIsNaN() {
        for (m, mc) in [(-0.1, 1.1), (1, 0), (0.5, .nan), (.nan, 0.5), (1.5, -0.5)] {
            let r = F.completeEllipticKE(parameter: m, complementaryParameter: mc)
            #expect(r.K.isNaN && r.E.isNaN)
        }
    }
}
