import SiteCore

/// `sitemap.xml`: every translated page with `xhtml:link` alternates for its translations and `x-default`.
enum Sitemap {
    static func xml(site: Site, absolute: (String) -> String) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        // The alternates of a translation group are the same for each of its pages: made once per group.
        var alternatesByKey: [String: String] = [:]
        func alternates(of key: String) -> String {
            if let known = alternatesByKey[key] { return known }
            let translations = site.translations(of: key)
            var links = ""
            for translation in translations {
                links += "    <xhtml:link rel=\"alternate\" hreflang=\"\(translation.locale.lang)\" href=\"\(HTMLText.escape(absolute(translation.url)))\"/>\n"
            }
            if let main = translations.first(where: { $0.locale.code == site.config.defaultLocale }) ?? translations.first {
                links += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTMLText.escape(absolute(main.url)))\"/>\n"
            }
            alternatesByKey[key] = links
            return links
        }
        for locale in site.config.locales {
            for page in site.pagesByLocale[locale.code] ?? [] where !page.isFallback {
                out += "  <url>\n    <loc>\(HTMLText.escape(absolute(page.url)))</loc>\n" + alternates(of: page.key) + "  </url>\n"
            }
        }
        return out + "</urlset>\n"
    }
}
