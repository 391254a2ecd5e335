import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the file a request path names in a build folder, and nothing outside it.
struct OutputFiles {
    enum Lookup: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: redirect to its path from the root
        /// (never `//name/`, which a browser would read as another host), so relative links resolve.
        case folder(canonicalPath: String)
        case notFound
        /// A path no file can have: `..`, encoded slashes, NUL, bad percent-encoding.
        case refused
    }

    /// The build folder, symlinks resolved.
    let root: String

    init?(root: URL) {
        guard let resolved = Self.realPath(root.path) else { return nil }
        self.root = resolved
    }

    /// The decoded segments of a raw (percent-encoded) request path, or nil when it must be refused.
    static func segments(of rawPath: String) -> [String]? {
        let lowered = rawPath.lowercased()
        // Encoded separators and NUL would change what the decoded path means.
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), !rawPath.contains("\0"),
              !["%2f", "%5c", "%00"].contains(where: lowered.contains),
              let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return segments
    }

    func lookup(_ rawPath: String) -> Lookup {
        guard let segments = Self.segments(of: rawPath) else { return .refused }
        let relative = segments.filter { !$0.isEmpty }.joined(separator: "/")
        guard let found = contained(root + "/" + relative) else { return .notFound }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: found, isDirectory: &isFolder) else { return .notFound }
        guard isFolder.boolValue else { return rawPath.hasSuffix("/") ? .notFound : .file(URL(fileURLWithPath: found)) }
        guard rawPath.hasSuffix("/") else { return .folder(canonicalPath: "/" + relative + "/") }
        return contained(found + "/index.html").map { .file(URL(fileURLWithPath: $0)) } ?? .notFound
    }

    /// The 404 page of the locale the path starts with, else the site's.
    func notFoundPage(for rawPath: String) -> URL? {
        if let first = Self.segments(of: rawPath)?.first, !first.isEmpty,
           let page = contained("\(root)/\(first)/404.html") {
            return URL(fileURLWithPath: page)
        }
        return contained(root + "/404.html").map { URL(fileURLWithPath: $0) }
    }

    /// `path` with symlinks resolved, when it exists and lies inside the build folder.
    private func contained(_ path: String) -> String? {
        guard let resolved = Self.realPath(path), resolved == root || resolved.hasPrefix(root + "/") else { return nil }
        return resolved
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "xml": "application/xml"
        case "txt": "text/plain; charset=utf-8"
        case "wasm": "application/wasm"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
