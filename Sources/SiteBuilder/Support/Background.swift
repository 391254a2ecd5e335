import Dispatch

/// Holds on to values until the process exits, so they are never freed one by one.
enum ExitReclaims {
    private final class Holder {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Holder(values))
    }
}

/// Work done on another core while the build goes on.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before it leaves `done`; read only after waiting for `done`.
    private var result: Value?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The result, once the work is done.
    var value: Value {
        done.wait()
        return result!
    }
}
