/// JSON that is not a readable situation: a message for the editor.
public struct WireError: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
