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
        // K(1/2) = Γ(1/4)² / (4√π) and E(1/2) = K(1/2)/2 + π / (4 K(1/2)), to 22 digits (mpmath).
        let half = F.completeEllipticKE(parameter: 0.5, complementaryParameter: 0.5)
        #expect(relativeError(half.K, 1.854074677301371918434) < 2e-16)
        #expect(relativeError(half.E, 1.350643881047675502520) < 2e-16)
    }

    /// Far beyond where GSL's K(k) would keep any digit of 1 − m: K = 35.925… at
    /// 1 − m = 10⁻³⁰ and 346.77… at 10⁻³⁰⁰ (mpmath at 400 digits, for the doubles
    /// nearest those complements), E = 1 to double precision; E within K ulps-scale parts.
    @Test(arguments: [(1e-30, 35.92507075603057583744), (1e-300, 346.774058310226743209)])
    func nearTheWireAgreesWithHighPrecisionValues(mc: Double, k: Double) {
        let r = F.completeEllipticKE(parameter: 1 - mc, complementaryParameter: mc)
        #expect(relativeError(r.K, k) < 1e-15)
        #expect(abs(r.E - 1) < 1e-15 * k)
    }

    /// Legendre: E(m) K(1−m) + E(1−m) K(m) − K(m) K(1−m) = π/2, for each m and its complement.
    @Test(arguments: [1e-12, 1e-6, 0.01, 0.1, 0.3, 0.7, 0.9, 0.99])
    func legendreRelationHolds(m: Double) {
        let a = F.completeEllipticKE(parameter: m, complementaryParameter: 1 - m)
        let b = F.completeEllipticKE(parameter: 1 - m, complementaryParameter: m)
        #expect(abs(a.E * b.K + b.E * a.K - a.K * b.K - Double.pi / 2) < 5e-16 * a.K * b.K)
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
