/// The Content-Security-Policy every page carries in a `<meta>` tag: nothing
/// runs or loads but the site's own stylesheets and images, and on a page with
/// the rules widget its one inline script (by hash) and the WebAssembly it compiles.
/// Chromium matches `'self'` for file:// pages too, so the built site reads the same offline.
enum ContentSecurityPolicy {
    static let base = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

    /// `hash` is `sha256-<base64>` of the inline script's exact text.
    static func allowingScript(hash: String) -> String {
        base + "; script-src '\(hash)' 'wasm-unsafe-eval'"
    }
}
