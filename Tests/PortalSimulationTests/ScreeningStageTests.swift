internal import CGSL
import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// The wand and ferromagnetic-pillar stages: what they see, who enters them, that they
/// keep configurations aligned, and how their keys decode.
struct ScreeningStageTests {
    static func run(_ body: String, trials: Int = 1000) throws -> (RunScenario, RunTallies) {
        let scenario = try EngineTests.scenario(body, trials: trials)
        return (scenario, try Engine(scenario: scenario, threads: 2).runRecording(threads: 2, recordPasses: false).tallies)
    }

    static func threat(_ tallies: RunTallies, _ object: String, _ location: String, in configuration: String = "t") throws -> ScreeningTally {
        try #require(tallies[CaseKey(configuration: configuration, object: object, location: location, isInnocent: false)])
    }

    static func innocent(_ tallies: RunTallies, in configuration: String = "t") throws -> ScreeningTally {
        try #require(tallies[CaseKey(configuration: configuration, object: "visitors", location: "-", isInnocent: true)])
    }

    static func stages(_ yaml: String) throws -> [ScreeningStage] {
        let file = try ScenarioFile.decode(YAMLDocument(text: yaml, file: "s.yaml"))
        return try #require(file.configurations.first).stages
    }

    // MARK: Pillars

    /// The mini phone's speaker and motor magnets alarm the pillars on every pass; a
    /// steel key or a belt buckle at the waist, magnetised only by the Earth, almost
    /// never (the pocket, nearer a pillar, now and then). The pillars never find.
    @Test func pillarsSeeThePhonesMagnetsNotTheWaistsSteel() throws {
        let (_, tallies) = try Self.run("""
            threats:
              objects: [mini-phone-3310, keys, belt-buckle]
              locations: [waistband-front, trouser-pocket-front]
            screening:
              - {name: pillars, kind: ferromagnetic}
            """)
        for location in ["waistband-front", "trouser-pocket-front"] {
            let phone = try Self.threat(tallies, "mini-phone-3310", location)
            #expect(phone.trials == 1000)
            #expect(phone.stages[0].alarms >= 990, "\(location): \(phone.stages[0].alarms)")
            #expect(phone.stages[0].found == 0 && phone.detected == phone.stages[0].alarms)
            for steel in ["keys", "belt-buckle"] {
                let tally = try Self.threat(tallies, steel, location)
                let limit = location == "waistband-front" ? 10 : 60
                #expect(tally.stages[0].alarms <= limit, "\(steel) at \(location): \(tally.stages[0].alarms)")
            }
        }
    }

    /// No items and no noise: the readings are exactly zero (the Earth's uniform field
    /// cancels in every gradiometer), so nobody alarms, even at a threshold of 1 fT.
    /// The same people with noise do alarm, so the count is not vacuous.
    @Test func quietPillarsWithNothingToSeeNeverAlarm() throws {
        let (_, quiet) = try Self.run("""
            screening:
              - {name: pillars, kind: ferromagnetic, noise: 0 nT, threshold: 0.000001 nT}
            """)
        #expect(try Self.innocent(quiet).trials == 1000)
        #expect(try Self.innocent(quiet).stages[0].alarms == 0)
        let (_, noisy) = try Self.run("""
            screening:
              - {name: pillars, kind: ferromagnetic, noise: 1 nT, threshold: 3 nT}
            """)
        #expect(try Self.innocent(noisy).stages[0].alarms > 900)
    }

    /// Noise alone: a person alarms with probability 1 − (1 − 2Q(T/σ))^(samples × 16).
    @Test func pillarNoiseAlarmsAtTheGaussianTailRate() throws {
        let (_, tallies) = try Self.run("""
            population:
              walking_speed: {mean: 1.1 m/s, sd: 0 m/s, min: 0.5 m/s, max: 1.5 m/s}
            screening:
              - {name: pillars, kind: ferromagnetic, noise: 1.5 nT, threshold: 6 nT}
            """, trials: 4000)
        let tally = try Self.innocent(tallies)
        let samples = PillarStage.standard.sampleCount(speedMPerS: 1.1)
        #expect(samples == 91)
        let expected = 1 - pow(1 - erfc(4 / 2.0.squareRoot()), Double(samples * 16))
        let interval = ClopperPearson.interval(successes: tally.stages[0].alarms, trials: tally.trials)
        #expect(interval.low < expected && expected < interval.high, "\(tally.stages[0].alarms) of 4000, expected \(expected)")
    }

    // MARK: Wand

    /// A smartphone in a trouser pocket rings the wand on every pass and is retrieved as
    /// often as the search recovers (95 %); a thumb-sized phone 8 cm inside the body,
    /// 11 cm from the coil, seldom reaches the threshold (about one pass in eight: 132 of
    /// 1000 with solved signatures, 24 with the old equal-volume ellipsoids, whose coin
    /// set a higher threshold and whose phone answered less). Skipping every area, the
    /// wand neither alarms nor finds; skipping the waist loses the pocket and only it.
    @Test func wandFindsThePocketPhoneAndRarelyTheHiddenOne() throws {
        let (_, tallies) = try Self.run("""
            threats:
              objects: [smartphone, mini-phone-thumb]
              locations: [trouser-pocket-front, body-cavity]
            screening:
              - {name: wand, kind: wand, skip: 0 %}
            configurations:
              - {name: t}
              - name: lazy
                screening: [{name: wand, kind: wand, skip: 100 %}]
              - name: shy
                screening: [{name: wand, kind: wand, skip: {head: 0 %, torso: 0 %, waist: 100 %, groin: 0 %, legs: 0 %, feet: 0 %}}]
            """)
        let pocket = try Self.threat(tallies, "smartphone", "trouser-pocket-front")
        #expect(pocket.stages[0].alarms == 1000)
        #expect(pocket.stages[0].found >= 920 && pocket.stages[0].found <= 975, "\(pocket.stages[0].found)")
        #expect(pocket.detected == pocket.stages[0].found)
        let cavity = try Self.threat(tallies, "mini-phone-thumb", "body-cavity")
        #expect(cavity.stages[0].found <= 200, "\(cavity.stages[0].found)")
        #expect(cavity.stages[0].found > 0)
        for object in ["smartphone", "mini-phone-thumb"] {
            for location in ["trouser-pocket-front", "body-cavity"] {
                let lazy = try Self.threat(tallies, object, location, in: "lazy")
                #expect(lazy.stages[0].entered == 1000 && lazy.stages[0].alarms == 0 && lazy.stages[0].found == 0)
            }
        }
        #expect(try Self.threat(tallies, "smartphone", "trouser-pocket-front", in: "shy").stages[0].found == 0)
        #expect(try Self.threat(tallies, "smartphone", "body-cavity", in: "shy").stages[0].found
                == Self.threat(tallies, "smartphone", "body-cavity").stages[0].found)
    }

    /// A wand entered on a portal alarm sees exactly the people the portal alarmed on,
    /// and alarms itself on innocent keys and buckles among them.
    @Test func wandOnAlarmSeesOnlyThePortalsAlarms() throws {
        let (_, tallies) = try Self.run(ScreeningTests.portal + """
            screening:
              - {name: wtmd, kind: portal}
              - {name: wand, kind: wand, enters: on-alarm}
            """)
        for (key, tally) in tallies.screening {
            #expect(tally.stages[1].entered == tally.stages[0].alarms, "\(key)")
            #expect(tally.stages[1].alarms <= tally.stages[1].entered)
        }
        let innocent = try Self.innocent(tallies)
        #expect(innocent.stages[0].alarms > 0 && innocent.stages[0].alarms < 1000)
        #expect(innocent.stages[1].alarms > 0 && innocent.stages[1].found == 0)
        let sock = try Self.threat(tallies, "mini-phone-3310", "ankle-sock")
        #expect(sock.stages[1].found > 0 && sock.stages[1].found <= sock.stages[1].alarms)
    }

    /// Wand and pillar stages keep configurations aligned: one compared with itself has
    /// no discordant pass; a wand that skips nothing, on the same people with the same
    /// noise, finds everything the 10 %-skipping wand finds and more.
    @Test func configurationsStayPairedThroughWandAndPillars() throws {
        let (scenario, tallies) = try Self.run(ScreeningTests.portal + """
            screening:
              - {name: pillars, kind: ferromagnetic}
              - {name: wtmd, kind: portal}
              - {name: wand, kind: wand, enters: on-alarm}
            configurations:
              - {name: a}
              - {name: b}
              - name: thorough
                screening:
                  - {name: pillars, kind: ferromagnetic}
                  - {name: wtmd, kind: portal}
                  - {name: wand, kind: wand, enters: on-alarm, skip: 0 %}
            """)
        let tables = ScreeningTables(scenario: scenario, tallies: tallies)
        var gained = 0
        for c in tables.caseKeys {
            let same = try #require(tables.paired(0, 1, c))
            #expect(same.discordant == 0 && same.difference == 0, "\(c)")
            let thorough = try #require(tables.paired(0, 2, c))
            if !c.isInnocent {
                #expect(thorough.baselineOnly == 0, "\(c)")
                gained += thorough.otherOnly
            }
        }
        #expect(gained > 0)
    }

    /// The default threshold is the 1-euro coin face-on at 8 cm on the axis: 0.149 mV
    /// with the standard wand and the solved coin (0.21 mV with the old model, which
    /// summed ring and centre as if uncoupled and overstated the coin by 30 %); at 4 cm the same
    /// coin gives ((a² + 8²)/(a² + 4²))³ times as much, a the coil radius.
    @Test func wandThresholdComesFromTheReferenceObject() throws {
        let stages = try Self.stages("""
            screening:
              - {name: default, kind: wand}
              - {name: near, kind: wand, reference: {distance: 4 cm}, noise: 10 %, standoff: {mean: 2 cm, sd: 5 mm, min: 1 cm},
                 sweep_spacing: 10 cm, skip: {groin: 60 %}, recovery: 80 %, time: 1 min, wand: {frequency: 90 kHz}}
            """)
        guard let standard = stages[0].kind as? WandStage, let near = stages[1].kind as? WandStage else {
            Issue.record("not wand stages: \(stages.map(\.kindName))"); return
        }
        #expect(standard.reference == .euroCoin)
        #expect(abs(standard.thresholdV / 1.485e-4 - 1) < 0.01, "\(standard.thresholdV)")
        #expect(standard.noiseV == 0.2 * standard.thresholdV)
        #expect(standard.skip(.groin) == 0.1 && standard.skip(.feet) == 0.1 && standard.recovery == 0.95)
        #expect(stages[0].secondsPerPerson == 45 && stages[0].staff == 1)
        #expect(near.wand.frequencyHz == 90_000 && near.reference.distanceM == 0.04)
        let coin = try #require(try ObjectCatalog().named("euro-1")).spectrum
        let a2 = pow(near.wand.coilRadiusM, 2)
        let atEight = WandStage.thresholdV(wand: near.wand, referenceSpectrum: coin, distanceM: 0.08)
        #expect(abs(near.thresholdV / atEight / pow((a2 + 0.0064) / (a2 + 0.0016), 3) - 1) < 1e-12)
        #expect(near.noiseFraction == 0.1 && near.sweepSpacingM == 0.1 && near.recovery == 0.8)
        #expect(near.standoff == WandStage.Standoff(meanM: 0.02, standardDeviationM: 0.005, minimumM: 0.01))
        #expect(near.skip(.groin) == 0.6 && near.skip(.waist) == 0.1)
        #expect(stages[1].secondsPerPerson == 60)
    }

    /// The pillars' keys in their units, and their defaults.
    @Test func pillarKeysDecodeWithUnits() throws {
        let stages = try Self.stages("""
            screening:
              - {name: default, kind: ferromagnetic}
              - {name: set, kind: ferromagnetic, noise: 0.5 nT, threshold: 4 nT, sample_rate: 100 Hz,
                 earth_field: {intensity: 30 uT, inclination: -30 deg}, walking_azimuth: 90 deg, staff: 1}
            """)
        guard let standard = stages[0].kind as? PillarStage, let set = stages[1].kind as? PillarStage else {
            Issue.record("not pillar stages: \(stages.map(\.kindName))"); return
        }
        #expect(standard == .standard && stages[0].secondsPerPerson == 4 && stages[0].staff == 0.5)
        #expect(standard.noiseT == 0.3e-9 && standard.thresholdT == 3e-9 && standard.sampleRateHz == 50)
        #expect(abs(set.noiseT - 0.5e-9) < 1e-24 && abs(set.thresholdT - 4e-9) < 1e-24 && set.sampleRateHz == 100)
        #expect(set.earthField.totalIntensityT == 30e-6 && abs(set.earthField.inclinationRad + Double.pi / 6) < 1e-15)
        // Walking east, north lies to the walker's left (−x); the field points up in the south.
        let b = set.earthFieldT
        #expect(abs(b.x + 30e-6 * cos(Double.pi / 6)) < 1e-18 && abs(b.y) < 1e-18 && abs(b.z - 15e-6) < 1e-18)
        #expect(stages[1].staff == 1)
        #expect(!set.canFind && WandStage(reference: .euroCoin, referenceSpectrum: .empty).canFind)
    }

    /// Each kind takes its own keys only: another kind's key says whose it is, a typo
    /// gets the nearest key of this kind, and every message points at the key.
    @Test func stagesRefuseOtherKindsKeys() {
        let found = diagnostics { () throws(InputErrors) in
            _ = try ScenarioFile.decode(YAMLDocument(text: """
                screening:
                  - name: pillars
                    kind: ferromagnetic
                    recovery: 90 %
                    treshold: 3 nT
                  - name: wand
                    kind: wand
                    threshold: 3 nT
                    reference: {object: euro-11}
                    skip: {gorin: 50 %}
                  - {name: search, kind: manual-search, noise: 1 %}
                  - {name: more, kind: wand, noise: 3 nT, standoff: {mean: 1 cm, min: 2 cm}}
                """, file: "s.yaml"))
        }
        let expected = [
            "s.yaml:4:5: screening[0].recovery: 'recovery' applies to stages of kind body-scanner-mmw, body-scanner-xray, "
                + "manual-search, wand, not ferromagnetic (a stage of kind ferromagnetic takes: name, kind, enters, time, staff, "
                + "units, noise, threshold, sample_rate, earth_field, walking_azimuth)",
            "s.yaml:5:5: screening[0].treshold: unknown key 'treshold'; did you mean 'threshold'? (a stage of kind ferromagnetic "
                + "takes: name, kind, enters, time, staff, units, noise, threshold, sample_rate, earth_field, walking_azimuth)",
            "s.yaml:8:5: screening[1].threshold: 'threshold' applies to stages of kind ferromagnetic, not wand",
            "s.yaml:9:25: screening[1].reference.object: unknown object 'euro-11'; did you mean 'euro-1'?",
            "s.yaml:10:12: screening[1].skip.gorin: unknown key 'gorin'; did you mean 'groin'?",
            "s.yaml:11:41: screening[2].noise: 'noise' applies to stages of kind wand, ferromagnetic, not manual-search",
            "s.yaml:12:37: screening[3].noise: '3 nT' is a magnetic flux density, expected a dimensionless number",
            "s.yaml:12:53: screening[3].standoff: the mean standoff (10 mm) lies below its minimum (20 mm)",
        ]
        #expect(found.count == expected.count, "\(found)")
        for prefix in expected {
            #expect(found.contains { $0.hasPrefix(prefix) }, "\(prefix)\n\(found)")
        }
    }

    /// The wand's standoff draw: one uniform, cut at the minimum, with the mean of a
    /// normal truncated below, μ + σ φ(α)/Q(α).
    @Test func truncatedStandoffHasTheTruncatedNormalsMean() throws {
        let stream = RandomStream()
        stream.reseed(seed: 7, caseID: 1, pass: 0, stream: 1)
        let n = 200_000
        var sum = 0.0, lowest = Double.infinity
        for _ in 0..<n {
            let x = stream.gaussian(mean: 0.03, sd: 0.01, atLeast: 0.02)
            sum += x
            lowest = Swift.min(lowest, x)
        }
        let alpha = -1.0
        let expected = 0.03 + 0.01 * gsl_ran_ugaussian_pdf(alpha) / gsl_cdf_ugaussian_Q(alpha)
        #expect(lowest >= 0.02 && lowest < 0.0201)
        #expect(abs(sum / Double(n) - expected) < 3e-5, "\(sum / Double(n)) vs \(expected)")
        // Exactly one uniform per draw: a second stream that draws uniforms instead agrees after.
        let a = RandomStream(), b = RandomStream()
        a.reseed(seed: 7, caseID: 2, pass: 0, stream: 1)
        b.reseed(seed: 7, caseID: 2, pass: 0, stream: 1)
        _ = a.gaussian(mean: 0.03, sd: 0.01, atLeast: 0.029)
        _ = b.uniform()
        #expect(a.uniform() == b.uniform())
    }
}
