import SiteCore

/// What the preview adds to the HTML it serves (never to a published build): the reload script,
/// loaded from the same origin, and a Content-Security-Policy that lets it run and connect.
enum LiveReload {
    static let scriptPath = "/_wegwijs/reload.js"
    static let eventsPath = "/_wegwijs/events"

    /// Adds the script before `</head>` and opens the page's CSP `<meta>` to it. A header could
    /// not do this: a browser enforces every policy it is given, so only the meta itself can be widened.
    static func inject(into html: String, generation: Int) -> String {
        let tag = "<script src=\"\(scriptPath)\" data-build=\"\(generation)\" defer></script>\n"
        var page = allowingReloadScript(html)
        if let head = page.range(of: "</head>", options: .caseInsensitive) {
            page.insert(contentsOf: tag, at: head.lowerBound)
        } else {
            page += tag
        }
        return page
    }

    /// Every `<meta http-equiv="Content-Security-Policy">` with `'self'` added to `script-src` and `connect-src`.
    static func allowingReloadScript(_ html: String) -> String {
        html.replacing(/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/.ignoresCase()) { match in
            String(match.output).replacing(/content\s*=\s*"([^"]*)"/.ignoresCase()) { content in
                let policy = HTMLUnescape.text(String(content.output.1))
                return "content=\"\(HTMLText.escape(widened(policy)))\""
            }
        }
    }

    /// `default-src 'none'; script-src 'sha256-…'` → `…; script-src 'sha256-…' 'self'; connect-src 'self'`.
    static func widened(_ policy: String) -> String {
        var directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for name in ["script-src", "connect-src"] {
            if let index = directives.firstIndex(where: { $0.lowercased().hasPrefix(name + " ") || $0.lowercased() == name }) {
                let sources = directives[index].split(separator: " ").dropFirst().filter { $0 != "'none'" }
                directives[index] = ([name] + sources.map(String.init) + ["'self'"]).joined(separator: " ")
            } else {
                directives.append("\(name) 'self'")
            }
        }
        return directives.joined(separator: "; ")
    }

    /// Follows the build: reloads when another build is online, and shows a failed build's problems.
    static let script = """
    // Wegwijs preview: live reload. Served by `wegwijs serve` only.
    (() => {
      const build = document.currentScript.dataset.build;
      const events = new EventSource("\(eventsPath)");
      events.addEventListener("build", (event) => {
        if (event.data !== build) location.reload();
      });
      events.addEventListener("failed", (event) => {
        let overlay = document.getElementById("wegwijs-preview-problems");
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "wegwijs-preview-problems";
          overlay.setAttribute("role", "alert");
          overlay.dir = "ltr";
          overlay.lang = "en";
          Object.assign(overlay.style, {
            position: "fixed", insetInline: "0", top: "0", zIndex: "2147483647", maxHeight: "60vh", overflow: "auto",
            background: "#fff4f4", color: "#1a1a1a", borderBottom: "4px solid #b00020", padding: "1rem",
            font: "14px/1.5 ui-monospace, monospace", textAlign: "left",
          });
          document.body.append(overlay);
        }
        // The server escaped every diagnostic; the markup here is the server's own.
        overlay.innerHTML = "<strong>The build failed. This is the last good build.</strong><pre>"
          + event.data + "</pre>";
        overlay.querySelector("pre").style.whiteSpace = "pre-wrap";
      });
    })();
    """
}
