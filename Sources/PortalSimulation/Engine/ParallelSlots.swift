import Dispatch

/// Results written by parallel workers into distinct, preassigned slots of one
/// preallocated buffer, then read in slot order once all workers are done: the order of
/// the output never depends on which thread finished first.
///
/// See docs/statistics.md#shards-and-determinism.
final class ParallelSlots<Element>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Element?>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: Swift.max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Called by exactly one worker per index; no two workers touch the same slot.
    func store(_ element: Element, at index: Int) { slots[index] = element }

    var elements: [Element?] { (0..<count).map { slots[$0] } }

    /// Runs `body(index)` for every index in 0..<count on `threads` workers, worker w
    /// taking indices w, w + threads, … (a fixed assignment), and returns the results in
    /// index order.
    static func map(count: Int, threads: Int, _ body: @Sendable @escaping (Int) -> Element) -> [Element] where Element: Sendable {
        map(count: count, threads: threads, workerState: { () }, { _, index in body(index) })
    }

    /// As `map`, each worker first making its own `State` (a random generator, scratch
    /// buffers), which it then reuses for all its indices.
    static func map<State>(count: Int, threads: Int, workerState: @Sendable @escaping () -> State,
                           _ body: @Sendable @escaping (inout State, Int) -> Element) -> [Element] where Element: Sendable {
        let results = ParallelSlots(count: count)
        let workers = Swift.max(1, Swift.min(threads, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = workerState()
            var index = worker
            while index < count {
                results.store(body(&state, index), at: index)
                index += workers
            }
        }
        return results.elements.compactMap { $0 }
    }
}
