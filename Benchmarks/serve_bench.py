#!/usr/bin/env python3
"""Measures the preview server (`wegwijs serve`) on a copy of a site.

1. Edit → reload: writes a page and times until the server sends the reload event
   (`event: build` with a new number) on /_wegwijs/events; prints the median of 20.
2. Load: 10,000 GET requests over 50 keep-alive connections on loopback, spread over
   the pages of the sitemap; prints requests/s and the failed requests (anything but 200).
   With wrk installed, also a 5-second wrk run for comparison.
"""
import argparse, asyncio, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EventStream:
    """A blocking reader of the server-sent events."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(b"GET /_wegwijs/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.buffer = b""

    def next_build(self):
        """The number of the next `build` event."""
        while True:
            match = re.search(rb"event: build\ndata: (\d+)\n\n", self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return int(match.group(1))
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("the event stream closed")
            self.buffer += chunk


def edit_to_reload(site, port, page, rounds):
    events = EventStream(port)
    current = events.next_build()
    path = os.path.join(site, page)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    times = []
    for n in range(rounds):
        time.sleep(0.2)  # apart from the previous burst, so each edit is its own rebuild
        started = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + f"\nEdit number {n}.\n")
        while (build := events.next_build()) <= current:
            pass
        times.append((time.perf_counter() - started) * 1000)
        current = build
    return times


async def fetch_all(port, paths, total, connections):
    failed = 0
    done = 0

    async def worker(count):
        nonlocal failed, done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for i in range(count):
            path = paths[(done + i) % len(paths)]
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            try:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))
                await reader.readexactly(length)
                if not head.startswith(b"HTTP/1.1 200"):
                    failed += 1
            except Exception:
                failed += 1
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
        done += count
        writer.close()

    share = [total // connections + (1 if i < total % connections else 0) for i in range(connections)]
    started = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in share))
    return total / (time.perf_counter() - started), failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wegwijs", required=True)
    parser.add_argument("--site", default=".")
    parser.add_argument("--themes", help="the themes folder, when it is not the site's own")
    parser.add_argument("--page", default="content/ti/tracks/b1.md")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="wegwijs-serve-bench-") as copy:
        for name in ("site.yaml", "content", "themes"):
            source = args.themes if name == "themes" and args.themes else os.path.join(args.site, name)
            (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(copy, name))
        port = free_port()
        server = subprocess.Popen([args.wegwijs, "serve", "--site", copy, "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = server.stdout.readline()
            if "Preview at" not in line:
                sys.exit(f"serve-bench: the server did not start: {line!r}")
            times = edit_to_reload(copy, port, args.page, args.rounds)
            print(f"edit → reload event ({args.page}, {len(times)} edits): median {statistics.median(times):.0f} ms, "
                  f"min {min(times):.0f} ms, max {max(times):.0f} ms (target < 300 ms)")

            with open(os.path.join(copy, "site.yaml"), encoding="utf-8") as f:
                base = re.search(r"(?m)^baseURL:\s*(\S+)", f.read()).group(1).rstrip("/")
            sitemap = subprocess.run(["curl", "-s", f"http://127.0.0.1:{port}/sitemap.xml"], capture_output=True, text=True).stdout
            paths = [url.replace(base, "", 1) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)] or ["/"]
            rate, failed = asyncio.run(fetch_all(port, paths, args.requests, args.connections))
            print(f"load: {args.requests} requests over {args.connections} connections ({len(paths)} pages): "
                  f"{rate:.0f} requests/s, {failed} failed")
            if shutil.which("wrk"):
                out = subprocess.run(["wrk", "-t2", f"-c{args.connections}", "-d5s", f"http://127.0.0.1:{port}{paths[0]}"],
                                     capture_output=True, text=True).stdout
                summary = [l.strip() for l in out.splitlines() if "Requests/sec" in l or "requests in" in l or "errors" in l.lower() or "Non-2xx" in l]
                print("wrk (5 s, 50 connections, one page): " + "; ".join(summary))
            if failed:
                sys.exit(1)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
