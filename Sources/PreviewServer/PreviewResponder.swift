import Foundation
import Hummingbird
import SiteCore

/// Answers the preview's requests: the build's files, the reload script and events, the status pages.
struct PreviewResponder: Sendable {
    let builds: PreviewBuilds
    let status: StatusPages

    /// Names this machine answers to; a page from any other name (DNS rebinding) is refused.
    static let localHosts: Set<String> = ["127.0.0.1", "localhost"]

    func respond(to request: Request) async throws -> Response {
        guard request.method == .get || request.method == .head else { return text("Only GET and HEAD\n", status: .methodNotAllowed) }
        let host = request.head.authority.map { String($0.split(separator: ":", maxSplits: 1).first ?? "") }
        guard let host, Self.localHosts.contains(host.lowercased()) else {
            return text("The preview answers only to 127.0.0.1 and localhost\n", status: .misdirectedRequest)
        }
        let path = request.uri.path
        switch path {
        case LiveReload.scriptPath:
            return response(Array(LiveReload.script.utf8), type: "text/javascript; charset=utf-8")
        case LiveReload.eventsPath:
            return events()
        case "/_status":
            return redirect(to: StatusPages.prefix)
        default:
            if path.hasPrefix(StatusPages.prefix) { return statusPage(path) }
            return file(path)
        }
    }

    private func file(_ path: String) -> Response {
        let now = builds.current
        guard let online = now.online else {
            let problems = (now.failure ?? []).map { HTMLText.escape($0.description) }.joined(separator: "\n")
            let page = StatusPages.document("The build failed", "<pre>\(problems)</pre>")
            return html(LiveReload.inject(into: page, generation: now.generation), status: .serviceUnavailable)
        }
        switch online.lookup(path) {
        case .file(let url):
            return serve(url, status: .ok, generation: now.generation)
        case .folder(let canonicalPath):
            return redirect(to: canonicalPath)
        case .refused:
            return text("Bad request path\n", status: .badRequest)
        case .notFound:
            guard let page = online.notFoundPage(for: path) else { return text("Not found\n", status: .notFound) }
            return serve(page, status: .notFound, generation: now.generation)
        }
    }

    private func serve(_ url: URL, status: HTTPResponse.Status, generation: Int) -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { return text("Not found\n", status: .notFound) }
        let type = OutputFiles.contentType(of: url)
        guard type.hasPrefix("text/html") else { return response(Array(data), type: type, status: status) }
        return html(LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: generation), status: status)
    }

    private func statusPage(_ path: String) -> Response {
        let rest = String(path.dropFirst(StatusPages.prefix.count))
        guard let decoded = rest.removingPercentEncoding, let page = status.page(decoded) else {
            return html(StatusPages.document("Not found", "<p>There is no such page in the status of this site. <a href=\"\(StatusPages.prefix)\">All pages</a></p>"), status: .notFound)
        }
        return html(LiveReload.inject(into: page, generation: builds.current.generation), status: .ok)
    }

    /// The event stream: first the state a page must catch up with, then every change.
    private func events() -> Response {
        let stream = builds.events.subscribe(initial: builds.catchUpEvents)
        let body = ResponseBody { writer in
            for await event in stream { try await writer.write(ByteBuffer(string: event.wireText)) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    private func html(_ page: String, status: HTTPResponse.Status) -> Response {
        response(Array(page.utf8), type: "text/html; charset=utf-8", status: status)
    }

    private func text(_ message: String, status: HTTPResponse.Status) -> Response {
        response(Array(message.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    private func redirect(to location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
    }

    private func response(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
