"""Full-page screenshots of one page in several locales, at phone and desktop
width, for a person to check direction (Arabic mirrored) and glyphs
(Ethiopic, not boxes).

    python3 Tests/Site/screenshots.py [--site public] [--out .screenshots]
        [--page index.html] [--locales en ar ti]

--page is the page's path inside a locale folder (default: the locale home).
Files are named <locale>-<page>-<width name>.png.
"""
import argparse
import base64
import sys
from pathlib import Path

from browser import site_folder, start_chromium

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def page_name(page):
    """'index.html' -> 'home', 'process/letter/index.html' -> 'process-letter'."""
    parts = Path(page).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "index" else parts
    return "-".join(parts) or "home"


def full_page_png(driver, url, width, height):
    """Load url in a viewport of width x height and capture the whole page."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get(url)
    page_height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": max(height, page_height), "scale": 1}})
    return base64.b64decode(shot["data"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="public", help="built site folder")
    parser.add_argument("--out", default=".screenshots", help="folder for the PNG files")
    parser.add_argument("--page", default="index.html", help="page path inside a locale folder")
    parser.add_argument("--locales", nargs="+", default=["en", "ar", "ti"])
    args = parser.parse_args()
    site, out = site_folder(args.site), Path(args.out)
    if out.resolve().is_relative_to(site.resolve()):
        sys.exit(f"screenshots: {out} is inside the site folder {site}; choose another --out")
    pages = {locale: site / locale / args.page for locale in args.locales}
    missing = [str(path) for path in pages.values() if not path.is_file()]
    if missing:
        sys.exit("screenshots: no such page: " + ", ".join(missing))
    out.mkdir(parents=True, exist_ok=True)
    driver = start_chromium()
    try:
        for locale, path in pages.items():
            for width_name, (width, height) in WIDTHS.items():
                target = out / f"{locale}-{page_name(args.page)}-{width_name}.png"
                target.write_bytes(full_page_png(driver, path.resolve().as_uri(), width, height))
                print(f"screenshots: wrote {target}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
