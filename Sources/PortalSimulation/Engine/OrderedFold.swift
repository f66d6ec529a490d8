import Foundation

/// Work items run on parallel workers and folded into one value as they finish, in
/// index order: the memory a run needs is that of a few results, not of all of them,
/// and the fold sees the same sequence whatever the thread count or the timing.
///
/// Workers take the next index from a shared counter. A result that finishes ahead of
/// an earlier one waits in a small reorder buffer until every earlier result has been
/// folded; a worker may run at most `window` indices ahead of the fold, so the buffer
/// never holds more than `window` results however unequal the items' run times.
///
/// See docs/statistics.md#shards-and-determinism.
enum OrderedFold {
    /// Runs `body(state, index)` for every index in 0..<count on `threads` workers,
    /// each first making its own `State`, and folds each result into `initial` with
    /// `fold(&accumulator, result, index)` in index order. `fold` runs under a lock,
    /// one call at a time, so it should be cheap next to `body`.
    static func run<State, Element, Accumulator>(
        count: Int, threads: Int, into initial: Accumulator,
        workerState: @Sendable @escaping () -> State,
        _ body: @Sendable @escaping (inout State, Int) -> Element,
        fold: @Sendable @escaping (inout Accumulator, Element, Int) -> Void
    ) -> Accumulator {
        let workers = Swift.max(1, Swift.min(threads, count))
        let buffer = ReorderBuffer(count: count, window: 4 * workers, initial: initial, fold: fold)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = workerState()
            while let index = buffer.take() {
                buffer.deliver(body(&state, index), at: index)
            }
        }
        return buffer.accumulator
    }

    /// The shared counter, the results waiting for an earlier one, and the fold so far.
    /// Every field is read and written under `condition`'s lock only.
    private final class ReorderBuffer<Element, Accumulator>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var taken = 0
        private var folded = 0
        private var pending: [Int: Element] = [:]
        private let fold: (inout Accumulator, Element, Int) -> Void
        private(set) var accumulator: Accumulator

        init(count: Int, window: Int, initial: Accumulator, fold: @escaping (inout Accumulator, Element, Int) -> Void) {
            self.count = count
            self.window = window
            self.accumulator = initial
            self.fold = fold
        }

        /// The next index to run, waiting while the worker would be `window` ahead of
        /// the fold; nil when every index is taken. The index `folded` is then always
        /// being run by another worker, whose `deliver` wakes this one.
        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while taken < count && taken - folded >= window { condition.wait() }
            guard taken < count else { return nil }
            taken += 1
            return taken - 1
        }

        /// Files `element` under `index` and folds every result now in sequence.
        func deliver(_ element: Element, at index: Int) {
            condition.lock()
            defer { condition.unlock() }
            pending[index] = element
            while let next = pending.removeValue(forKey: folded) {
                fold(&accumulator, next, folded)
                folded += 1
            }
            condition.broadcast()
        }
    }
}
