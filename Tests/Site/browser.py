"""Headless Chromium driven by Selenium, set up to stay on this machine.

Uses Debian's chromium and chromedriver by path, so Selenium never fetches a
driver; SE_AVOID_STATS keeps it from sending usage statistics.
"""
import os
import sys
from pathlib import Path

os.environ["SE_AVOID_STATS"] = "true"

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
except ImportError:
    sys.exit("selenium is not installed: run `make check-tools`")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Background services of the browser that would otherwise reach out.
OFFLINE_FLAGS = [
    "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--disable-domain-reliability",
    # Resolve no host name at all: nothing can reach out, even by accident.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
]


def start_chromium(network_log=False):
    """A headless Chromium; with network_log, its DevTools events are kept
    in the 'performance' log so a caller can see every request a page made."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: run `make check-tools`")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--window-size=1280,900", *OFFLINE_FLAGS]:
        options.add_argument(flag)
    if network_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def site_folder(path):
    """The built site's folder, or a clear exit when it is not there."""
    folder = Path(path)
    if not folder.is_dir():
        sys.exit(f"{folder} is not a folder: build the site first (`make site`)")
    return folder
