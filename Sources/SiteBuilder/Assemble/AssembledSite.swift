import SiteCore

/// The assemble stage's value: the site with every page in place, the theme to render it
/// with, and what the translation check found.
struct AssembledSite: Sendable {
    var parsed: ParsedSite
    var site: Site
    var theme: Theme
    /// The UI strings as loaded, for the manifest.
    var uiStrings: LoadedUIStrings?
    /// By translation key.
    var translationFindings: [String: [Diagnostic]]
    /// What pages show of each other (`BuildKeys.structure`).
    var structure: String
    /// What loading the theme and assembling the site found.
    var diagnostics: [Diagnostic]

    var loaded: LoadedSite { parsed.loaded }

    /// What this stage found: the theme's problems, the assembly's and the translation check's.
    var stageDiagnostics: [Diagnostic] { diagnostics + translationFindings.values.joined() }
}
