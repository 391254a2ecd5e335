import SiteCore

/// Why a translators' tool could not do its work: the site cannot be read, or the request makes no sense for it.
public struct TranslationToolError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ message: String, at location: SourceLocation? = nil) {
        self.init([.error(message, at: location)])
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
