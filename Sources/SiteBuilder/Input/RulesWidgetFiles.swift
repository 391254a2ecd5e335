import Foundation
import SiteCore

/// What every page with the rules widget embeds, read once per build: the
/// WebAssembly module and the one inline script (the wasm glue, then the
/// theme's widget code), the same text on every page so one CSP hash serves all.
struct RulesWidgetFiles: Sendable {
    static let directiveName = "rules"
    /// The widget code, in the theme's `scripts/`.
    static let themeScriptName = "rules-widget.js"

    /// Base64 of the wasm module.
    var wasmBase64: String
    var script: String
    /// `sha256-<base64>`, as the CSP names the script.
    var scriptHash: String

    /// Nil when the theme has no widget code: its `rules` template then renders
    /// without one. A failure says why, to be reported where a page uses the directive.
    /// `script` is the theme's widget code (`scripts/rules-widget.js`), if it has one.
    static func load(wasm: URL?, glue: URL?, script widget: SourceFile?) -> Result<RulesWidgetFiles, WidgetFileError>? {
        guard let widget else { return nil }
        guard let widgetText = String(validating: widget.bytes, as: UTF8.self) else {
            return .failure(WidgetFileError("\(widget.path) is not valid UTF-8 text"))
        }
        guard let wasm, let glue else {
            return .failure(WidgetFileError("the rules widget needs its WebAssembly module and page glue (--rules-wasm, --rules-glue)"))
        }
        guard let wasmBytes = FileManager.default.contents(atPath: wasm.path) else {
            return .failure(WidgetFileError("the rules widget needs \(wasm.path), which does not exist: run `make wasm`"))
        }
        guard let glueText = FileManager.default.contents(atPath: glue.path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            return .failure(WidgetFileError("the rules widget needs its page glue \(glue.path), which cannot be read"))
        }
        // One module script: the glue's exports are plain declarations there, and the
        // widget code runs in a block of its own so its names cannot clash with the glue's.
        let script = "\n" + glueText + "\n{\n" + widgetText + "}\n"
        if script.lowercased().contains("</script") {
            return .failure(WidgetFileError("the widget's script contains \"</script\", which would end it early in the page"))
        }
        return .success(RulesWidgetFiles(
            wasmBase64: wasmBytes.base64EncodedString(),
            script: script,
            scriptHash: "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        ))
    }
}

struct WidgetFileError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
