import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 client on a plain socket: it sends the request path exactly as given
/// (no normalising of `..` or percent-escapes), which is what the traversal tests need.
struct RawHTTP {
    let port: Int

    struct Response {
        var status: Int
        var head: String
        var body: String
    }

    func get(_ path: String, host: String = "127.0.0.1") throws -> Response {
        let connection = try Connection(port: port)
        defer { connection.close() }
        try connection.send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        let text = connection.readAll()
        let parts = text.components(separatedBy: "\r\n\r\n")
        let status = Int(parts[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, head: parts[0], body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// A socket to 127.0.0.1 that gives up reading after `timeout` seconds.
    final class Connection {
        private let socket: Int32
        /// Read but not yet returned by `readEvent`.
        private var received = ""

        init(port: Int, timeout: Int = 30) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var limit = timeval(tv_sec: timeout, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        }

        func send(_ text: String) throws {
            let bytes = Array(text.utf8)
            guard Glibc.send(socket, bytes, bytes.count, 0) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        }

        /// The next bytes that arrive, or "" after the timeout or at the end.
        func readSome() -> String {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(socket, &buffer, buffer.count, 0)
            return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        }

        func readAll() -> String {
            var text = ""
            while case let chunk = readSome(), !chunk.isEmpty { text += chunk }
            return text
        }

        /// Reads server-sent events until one named `name` has arrived whole; that event, or nil on timeout.
        func readEvent(_ name: String) -> String? {
            while true {
                if let start = received.range(of: "event: \(name)\n"), let end = received[start.upperBound...].range(of: "\n\n") {
                    defer { received = String(received[end.upperBound...]) }
                    return String(received[start.lowerBound..<end.upperBound])
                }
                let chunk = readSome()
                if chunk.isEmpty { return nil }
                received += chunk
            }
        }

        func close() { Glibc.close(socket) }
    }
}
