import Foundation
import PortalPhysics
import Testing
@testable import PortalSimulation

/// A stage kind of the tests' own, defined here and nowhere in the package: an officer
/// who pats down everyone who enters and finds each carried item with probability
/// `catchProbability`, drawing one uniform per item, threat or not, in carried order.
/// It is one type — its keys, its decoding, its compiled form and its walk — to show
/// that a new kind needs no change to the engine.
struct RandomPatDown: ScreeningStageKind, CompiledStage {
    static let kindNames = ["random-pat-down"]
    static let keys = ["catch"]
    static func standardSeconds(kindName: String) -> Double { 30 }

    var catchProbability: Double

    var canFind: Bool { true }

    static func decode(_ m: YAMLMapping, kindName: String, in context: StageDecodingContext,
                       _ d: inout DiagnosticCollector) -> RandomPatDown? {
        m.required("catch", reporting: &d)?.quantity(.dimensionless, range: .unitInterval, reporting: &d)
            .map(RandomPatDown.init(catchProbability:))
    }

    func compile(_ compiler: inout StageCompiler, streamID: UInt64) -> any CompiledStage { self }

    func walk(_ person: StagePerson, in context: StageContext, tally: inout ScreeningTally.Stage) -> StageOutcome {
        var alarmed = false, found = false
        for item in person.carried where context.random.uniform() < catchProbability {
            alarmed = true
            found = found || item.isThreat
        }
        return StageOutcome(alarmed: alarmed, found: found)
    }
}

/// Stage kinds as types: a kind defined in the tests is read, compiled and walked by the
/// engine as the package's own are; the decoder knows it only when handed it.
struct StageKindFixtureTests {
    static let kinds = StageKinds.standard.adding(RandomPatDown.self)

    static func scenario(_ body: String, kinds: StageKinds = Self.kinds) throws(InputErrors) -> RunScenario {
        try ScenarioFile.decode(YAMLDocument(text: "name: t\nseed: 7\ntrials: 3000\n" + body, file: "t.yaml"), stageKinds: kinds)
            .runScenario()
    }

    static let patDownAlone = """
        threats: {objects: [mini-phone-3310], locations: [waistband-front]}
        screening:
          - {name: pat, kind: random-pat-down, catch: 30 %}
        """

    /// A clean tester carries the phone alone, so the stage finds it on a pass exactly
    /// when the pass's one draw from the stage's stream ("random-pat-down#0") is below
    /// 0.3: replaying the stream gives the count, and the count's Clopper–Pearson
    /// interval holds 0.3. The innocent visitors carry nothing and are never stopped.
    @Test func aKindOfTheTestsRunsThroughTheEngineAtItsRate() throws {
        let run = try Self.scenario(Self.patDownAlone)
        #expect(run.configurations[0].stages[0].secondsPerPerson == 30 && run.configurations[0].canFind)
        let engine = Engine(scenario: run, threads: 2)
        let tallies = try engine.runRecording(threads: 2, recordPasses: false).tallies
        let threatCase = try #require(engine.cases.first { !$0.isInnocent })
        let threat = try #require(tallies[threatCase.key(configuration: "t")])
        let stream = RandomStream()
        var expected = 0
        for pass in 0..<3000 {
            stream.reseed(seed: 7, caseID: threatCase.identity, pass: pass, stream: RandomStream.identity("stage\u{1F}random-pat-down#0"))
            if stream.uniform() < 0.3 { expected += 1 }
        }
        #expect(threat.trials == 3000 && threat.stages[0].entered == 3000)
        #expect(threat.stages[0].found == expected && threat.detected == expected && threat.stages[0].alarms == expected)
        let (low, high) = ClopperPearson.interval(successes: expected, trials: 3000)
        #expect(low <= 0.3 && 0.3 <= high, "\(expected) of 3000: [\(low), \(high)]")
        let innocent = try #require(tallies[CaseKey(configuration: "t", object: "visitors", location: "-", isInnocent: true)])
        #expect(innocent.trials == 3000 && innocent.stages[0].entered == 3000 && innocent.alarmed == 0 && innocent.detected == 0)
        // The same tallies on one thread: the kind's draws come from its stage stream alone.
        #expect(try engine.runRecording(threads: 1, recordPasses: false).tallies == tallies)
    }

    /// Behind a portal, on its alarm: the pat-down is entered only by those the portal
    /// alarmed on, and finds the phone in about 30 % of them; the pipeline's finds are
    /// its finds. The portal's own tally is the portal alone's, pass by pass.
    @Test func aKindOfTheTestsEntersOnAnEarlierStagesAlarm() throws {
        let run = try Self.scenario("""
            portal: {class: cw-multi-zone, detector: {sensitivity: 65}}
            threats: {objects: [mini-phone-3310], locations: [waistband-front]}
            configurations:
              - name: alone
                screening: [{name: wtmd, kind: portal}]
              - name: pipeline
                screening:
                  - {name: wtmd, kind: portal}
                  - {name: pat, kind: random-pat-down, catch: 30 %, enters: on-alarm}
            """)
        let tallies = try Engine(scenario: run, threads: 2).runRecording(threads: 2, recordPasses: false).tallies
        let key = CaseKey(configuration: "pipeline", object: "mini-phone-3310", location: "waistband-front", isInnocent: false)
        let pipeline = try #require(tallies[key])
        let alone = try #require(tallies[CaseKey(configuration: "alone", object: key.object, location: key.location, isInnocent: false)])
        #expect(pipeline.stages[0].alarms == alone.stages[0].alarms && pipeline.stages[0].portal == alone.stages[0].portal)
        #expect(pipeline.stages[1].entered == pipeline.stages[0].alarms && pipeline.stages[1].entered > 1000)
        #expect(pipeline.detected == pipeline.stages[1].found)
        let (low, high) = ClopperPearson.interval(successes: pipeline.stages[1].found, trials: pipeline.stages[1].entered)
        #expect(low <= 0.3 && 0.3 <= high, "\(pipeline.stages[1].found) of \(pipeline.stages[1].entered): [\(low), \(high)]")
    }

    /// The package's decoder does not know the kind; handed it, it holds the kind to its
    /// own keys as it does the package's kinds.
    @Test func theDecoderKnowsAKindOnlyWhenHandedIt() {
        let unknown = diagnostics { () throws(InputErrors) in _ = try Self.scenario(Self.patDownAlone, kinds: .standard) }
        #expect(unknown.count == 2, "\(unknown)")
        #expect(unknown.contains { $0.contains("screening[0].kind: unknown value 'random-pat-down'")
                && $0.contains("(expected one of: portal, body-scanner-mmw, body-scanner-xray, manual-search, wand, ferromagnetic)") },
                "\(unknown)")
        #expect(unknown.contains { $0.contains("screening[0].catch: unknown key 'catch'") }, "\(unknown)")
        let found = diagnostics { () throws(InputErrors) in
            _ = try Self.scenario("""
                screening:
                  - {name: pat, kind: random-pat-down, catches: 30 %, threshold: 3 nT}
                  - {name: search, kind: manual-search, catch: 30 %}
                """)
        }
        let expected = [
            "t.yaml:5:40: screening[0].catches: unknown key 'catches'; did you mean 'catch'? (a stage of kind random-pat-down "
                + "takes: name, kind, enters, time, staff, units, catch)",
            "t.yaml:5:55: screening[0].threshold: 'threshold' applies to stages of kind ferromagnetic, not random-pat-down",
            "t.yaml:5:5: screening[0]: missing required key 'catch'",
            "t.yaml:6:41: screening[1].catch: 'catch' applies to stages of kind random-pat-down, not manual-search",
        ]
        #expect(found.count == expected.count, "\(found)")
        for prefix in expected {
            #expect(found.contains { $0.hasPrefix(prefix) }, "\(prefix)\n\(found)")
        }
    }

    /// The walkers' walkway is the narrowest portal of the run, whichever configuration
    /// comes first (it was the first portal's: 1.2 m here in one order, 0.76 m in the
    /// other, so the same file drew other people when its configurations were
    /// reordered); without a portal, the standard 0.76 m.
    @Test func theWalkwayIsTheNarrowestPortalInAnyOrder() throws {
        func configurations(_ order: [String]) -> String {
            "configurations:\n" + order.map { "  - {name: \($0), screening: [{name: wtmd, kind: portal, portal: \($0)}]}\n" }.joined()
        }
        let portals = """
            portal: {class: cw-multi-zone}
            portals:
              wide: {aperture: {width: 1.2 m}}
              usual: {}

            """
        for order in [["wide", "usual"], ["usual", "wide"]] {
            let run = try Self.scenario(portals + configurations(order))
            #expect(run.walkwayWidthM == 0.76, "\(order)")
            if order[0] == "wide" { #expect(Engine(scenario: run, threads: 2).walkwayHalfWidthM == 0.38) }
        }
        let pillarsOnly = try Self.scenario("screening:\n  - {name: pillars, kind: ferromagnetic}\n")
        #expect(pillarsOnly.walkwayWidthM == RunScenario.standardWalkwayWidthM && RunScenario.standardWalkwayWidthM == 0.76)
        #expect(Engine(scenario: pillarsOnly, threads: 1).walkwayHalfWidthM == 0.38)
    }
}
