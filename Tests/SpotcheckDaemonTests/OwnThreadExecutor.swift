import Foundation
import Synchronization

/// A task executor with a thread of its own. A test that runs the scheduler's loop in process and
/// waits on it runs both on this thread, not on the shared pool of the test run: with two cores
/// that pool is two threads, which a parallel run keeps busy with blocking tests for many minutes,
/// and a task queued behind them (the loop, or the test's own wake-up) waits as long.
final class OwnThreadExecutor: TaskExecutor, Sendable {
    private struct Queue {
        var jobs: [UnownedJob] = []
        var stopped = false
    }
    private let queue = Mutex(Queue())
    private let ready = DispatchSemaphore(value: 0)

    init(name: String) {
        let thread = Thread { [self] in
            while true {
                ready.wait()
                let next: UnownedJob? = queue.withLock { state in
                    state.jobs.isEmpty ? nil : state.jobs.removeFirst()
                }
                guard let next else {
                    if queue.withLock({ $0.stopped }) { return }
                    continue
                }
                next.runSynchronously(on: asUnownedTaskExecutor())
            }
        }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.withLock { $0.jobs.append(job) }
        ready.signal()
    }

    /// Ends the thread once the jobs queued so far have run.
    func stop() {
        queue.withLock { $0.stopped = true }
        ready.signal()
    }
}
