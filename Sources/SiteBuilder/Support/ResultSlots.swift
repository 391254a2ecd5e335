/// Fixed slots that parallel workers fill by index. The storage is allocated once and never
/// moves, so workers writing different indices touch different memory and nothing else.
final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Called by exactly one worker per index; `values` is read after all workers are done.
    func set(_ index: Int, _ value: Value) {
        storage[index] = value
    }

    var values: [Value] { storage.map { $0! } }
}
