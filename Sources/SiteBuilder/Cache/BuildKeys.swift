import Glibc
import SiteCore

/// The keys that decide whether a page must be rendered again.
enum BuildKeys {
    /// Everything each page depends on besides content: a change here renders every page again.
    static func inputs(of loaded: LoadedSite) -> String {
        let (options, sources) = (loaded.options, loaded.sources)
        var parts = ["wegwijs-\(BuildManifest.formatVersion)", generator, StableHash.hex(loaded.configFile.bytes),
                     options.locales.joined(separator: ","), options.pseudo ? "pseudo" : ""]
        for file in sources.themeTemplates + sources.themeStrings + sources.themeAssets + sources.themeScripts {
            parts += [file.path, StableHash.hex(file.bytes)]
        }
        if case .success(let widget) = loaded.rulesWidget {
            parts += [StableHash.hex(widget.script.utf8), StableHash.hex(widget.wasmBase64.utf8)]
        }
        return StableHash.hex(parts)
    }

    /// What the translation check depends on besides the pages: the generator and the configuration.
    static func translationCheck(config: SourceFile) -> String {
        StableHash.hex([generator, StableHash.hex(config.bytes)])
    }

    /// What the theme's UI strings were loaded from (`LoadedUIStrings.key`): the files, the
    /// configuration, the generator, and whether the pseudo-locales' strings were made from them.
    static func uiStrings(of files: [SourceFile], config: SourceFile, pseudo: Bool) -> String {
        StableHash.hex([generator, StableHash.hex(config.bytes), pseudo ? "pseudo" : ""] + files.flatMap { [$0.path, StableHash.hex($0.bytes)] })
    }

    /// Which of the files `manifest` lists (pages and site-wide files) are gone from `output`.
    static func missingFiles(of manifest: BuildManifest, in output: String) -> Set<String> {
        FileSystem.missing(Array(manifest.pages.keys) + manifest.siteFiles, under: output)
    }

    /// The running wegwijs binary, by size and modification time: a new build of the
    /// generator may render differently, so its pages are not reused.
    static let generator: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size)-\(status.st_mtim.tv_sec)-\(status.st_mtim.tv_nsec)"
    }()

    /// What pages show of each other: paths, titles, descriptions, order, slugs, sources and heading ids
    /// (menus, section lists, language switchers and link checks read them). Pages are taken in
    /// the order given, which the scan of the content folder keeps the same from build to build.
    static func structure(of pages: [SourcePage], unreadable: Set<String>) -> String {
        var hasher = StableHasher()
        for path in unreadable.sorted() { hasher.add(path) }
        for page in pages {
            let frontMatter = page.frontMatter
            hasher.add(page.path.locale)
            hasher.add(page.path.relative)
            hasher.add(frontMatter.title)
            hasher.add(frontMatter.description ?? "")
            hasher.add(frontMatter.weight)
            hasher.add(frontMatter.slug ?? "")
            hasher.add(frontMatter.translationKey ?? "")
            // Translations without sources of their own show their source page's.
            hasher.add(String(frontMatter.provenance.sources.count))
            for source in frontMatter.provenance.sources { hasher.add(source.title); hasher.add(source.url) }
            hasher.add(frontMatter.provenance.checked?.iso ?? "")
            hasher.add(String(page.outline.headings.count))
            for heading in page.outline.headings { hasher.add(heading.id) }
        }
        return hasher.hex
    }

    /// What every page's key starts from: the two hashes above.
    static func common(inputs: String, structure: String) -> StableHasher {
        var hasher = StableHasher()
        hasher.add(inputs)
        hasher.add(structure)
        return hasher
    }

    /// The key of one page: `common`, its own file, and where and how it is shown.
    static func page(_ page: SitePage, common: StableHasher) -> String {
        var hasher = common
        hasher.add(page.url)
        hasher.add(page.locale.code)
        hasher.add(page.source.fileHash)
        hasher.add(page.isFallback ? "fallback" : "")
        return hasher.hex
    }
}
