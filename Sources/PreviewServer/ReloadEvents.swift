import Foundation
import SiteCore

/// What open pages are told over `/_wegwijs/events` (server-sent events).
enum ReloadEvent: Sendable, Equatable {
    /// The build now online; a page from another build reloads.
    case build(Int)
    /// The last edit broke the build: the problems, shown in an overlay over the last good build.
    case failed([Diagnostic])

    /// The event in the `text/event-stream` format. Diagnostics are HTML-escaped, one per `data:` line.
    var wireText: String {
        switch self {
        case .build(let generation):
            return "event: build\ndata: \(generation)\n\n"
        case .failed(let diagnostics):
            let lines = diagnostics.map { HTMLText.escape($0.description).replacing("\n", with: " ") }
            return "event: failed\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
        }
    }
}

/// The open event streams, each fed every event from the moment it subscribes.
final class ReloadEvents: Sendable {
    private let subscribers = Locked<[UUID: AsyncStream<ReloadEvent>.Continuation]>([:])

    /// A stream that starts with `initial` (the state the page must catch up with).
    func subscribe(initial: [ReloadEvent]) -> AsyncStream<ReloadEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ReloadEvent>.makeStream(bufferingPolicy: .bufferingNewest(16))
        for event in initial { continuation.yield(event) }
        continuation.onTermination = { [subscribers] _ in subscribers.update { $0[id] = nil } }
        subscribers.update { $0[id] = continuation }
        return stream
    }

    func send(_ event: ReloadEvent) {
        for continuation in subscribers.value.values { continuation.yield(event) }
    }

    var count: Int { subscribers.value.count }
}

/// Reading back what `HTMLText.escape` wrote, for the preview's own pages.
enum HTMLUnescape {
    static func text(_ text: String) -> String {
        text.replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&#x27;", with: "'")
            .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
