import Foundation
import Testing
@testable import PortalSimulation

/// Block results folded as they finish, in index order, with a bounded reorder buffer
/// (#10 item 11).
struct EngineOrderedFoldTests {
    /// Items that finish out of order (later ones faster) are still folded 0, 1, 2, …,
    /// with any number of threads; the fold sees every index once.
    @Test(arguments: [1, 2, 3, 8])
    func foldsInIndexOrderWhateverFinishesFirst(threads: Int) {
        let count = 200
        let order = OrderedFold.run(count: count, threads: threads, into: [Int](), workerState: { () }, { _, index in
            // Earlier items take longer, so they finish after later ones.
            usleep(UInt32((index % 7) * 200))
            return index * index
        }, fold: { sequence, value, index in
            precondition(value == index * index)
            sequence.append(index)
        })
        #expect(order == Array(0..<count))
    }

    /// No worker runs more than a few items ahead of the fold: the buffer of finished,
    /// not yet folded results stays small however slow one item is.
    @Test func theReorderBufferIsBounded() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var started = 0, folded = 0, largestLead = 0
        }
        let counter = Counter()
        let threads = 3
        _ = OrderedFold.run(count: 300, threads: threads, into: 0, workerState: { () }, { _, index in
            counter.lock.lock()
            counter.started += 1
            counter.largestLead = max(counter.largestLead, counter.started - counter.folded)
            counter.lock.unlock()
            // Item 0 is very slow: without a bound every other item would finish and wait.
            usleep(index == 0 ? 200_000 : 100)
            return 1
        }, fold: { sum, value, _ in
            sum += value
            counter.lock.lock()
            counter.folded += 1
            counter.lock.unlock()
        })
        #expect(counter.folded == 300)
        #expect(counter.largestLead <= 4 * threads, "\(counter.largestLead)")
    }

    /// The engine's tallies with folding as blocks finish are those of one thread.
    @Test func engineTalliesDoNotDependOnThreads() throws {
        let scenario = try EngineTests.scenario("""
            portal:
              class: cw-multi-zone
              detector: {mode: cw, frequencies: [5 kHz], sensitivity: 60, reference_threshold: 10 uV, noise: 50 nV}
            threats:
              objects: [smartphone]
              locations: [waistband-front, ankle-sock]
            """, trials: 2600)
        let engine = Engine(scenario: scenario, threads: 3)
        let one = try engine.runRecording(threads: 1, recordPasses: true)
        let three = try engine.runRecording(threads: 3, recordPasses: true)
        #expect(one.tallies == three.tallies)
        #expect(one.passes.map(\.pass) == three.passes.map(\.pass))
        #expect(one.passes.count == 2600 * engine.cases.count)
    }
}
