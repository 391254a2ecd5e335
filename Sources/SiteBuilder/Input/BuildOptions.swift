import Foundation
import SiteCore

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL
    public var themes: URL
    /// Locales to render; empty means all.
    public var locales: [String]
    public var strict: Bool
    /// False for `check`: everything but writing.
    public var writeOutput: Bool
    /// Adds the pseudo-locales `en-XA` and `ar-XB`, made from the default locale (`--pseudo`).
    public var pseudo = false
    /// The rules widget's WebAssembly module (`make wasm`) and its page glue, embedded where a
    /// page uses it. They belong to the generator, not to a site, so the caller names them.
    public var rulesWasm: URL?
    public var rulesGlue: URL?
    /// For a process that ends right after the build, like the command line: what the build
    /// read and made is left for the system to reclaim at exit instead of being freed object
    /// by object, as compilers do (clang's `-disable-free`). On a large site that is a tenth of
    /// a second. A long-running process such as the preview must leave it false.
    public var leavesMemoryToExit = false
    /// For the preview: the report keeps what `SiteBuild.update` needs to render an edit of a
    /// page's text alone (not for `--pseudo`, whose pages are made from others).
    public var keepsLastBuild = false
    /// For `check`: also looks for visible text written into the theme's templates (`HardCodedText`).
    public var findsHardCodedText = false
    /// The day (UTC) a page's `checked` date is compared with: more than a year earlier is a warning.
    public var today = CalendarDay(secondsSince1970: Int(Date().timeIntervalSince1970))

    public init(site: URL, output: URL? = nil, themes: URL? = nil, locales: [String] = [], strict: Bool = false, writeOutput: Bool = true,
                rulesWasm: URL? = nil, rulesGlue: URL? = nil) {
        self.site = site
        self.output = output ?? site.appendingPathComponent("public")
        self.themes = themes ?? site.appendingPathComponent("themes")
        self.rulesWasm = rulesWasm
        self.rulesGlue = rulesGlue
        self.locales = locales
        self.strict = strict
        self.writeOutput = writeOutput
    }
}
