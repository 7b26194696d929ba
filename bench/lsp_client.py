#!/usr/bin/env python3
"""Drives `contentlint lsp` over standard input and output as an editor would, and times it.

Usage: lsp_client.py LAUNCHER WORKSPACE PAGE MODE EDITS
  MODE  plain    grammar off: first diagnostics after start, latency of EDITS single-character edits
        grammar  grammar on: waits until LanguageTool is loaded and has checked the page, then EDITS
                 edits of one paragraph
Each edit is sent once the diagnostics of the one before have arrived; the resident memory is read at the
end. DEBOUNCE_MS sets the server's quiet time (default 75 ms, the server's own default).
Prints one line per figure, "name value unit".
"""
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import queue

launcher, workspace, page, mode, edits = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
# The server's default quiet time unless DEBOUNCE_MS says otherwise.
debounce = int(os.environ.get("DEBOUNCE_MS", "75"))
uri = "file://" + os.path.abspath(page)
text = open(page, encoding="utf-8").read()

started = time.monotonic()
proc = subprocess.Popen([launcher, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=open(os.path.join(workspace, "server.log"), "wb"), cwd=workspace)
inbox = queue.Queue()


def reader():
    out = proc.stdout
    while True:
        headers = {}
        while True:
            line = out.readline()
            if not line:
                inbox.put(None)
                return
            line = line.decode("ascii").strip()
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        body = out.read(int(headers["content-length"]))
        inbox.put((time.monotonic(), json.loads(body)))


threading.Thread(target=reader, daemon=True).start()
next_id = [0]


def send(method, params, request=False):
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if request:
        next_id[0] += 1
        msg["id"] = next_id[0]
    body = json.dumps(msg).encode("utf-8")
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()
    return msg.get("id")


progress_ended = threading.Event()


def wait(predicate, timeout=120):
    """The first message predicate takes; answers the server's requests on the way."""
    deadline = time.monotonic() + timeout
    while True:
        item = inbox.get(timeout=max(0.01, deadline - time.monotonic()))
        if item is None:
            raise SystemExit("the server closed its output")
        at, msg = item
        if "id" in msg and "method" in msg:  # a request from the server
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": None}
            body = json.dumps(reply).encode("utf-8")
            proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            proc.stdin.flush()
        if msg.get("method") == "$/progress" and msg["params"]["value"].get("kind") == "end":
            progress_ended.set()
        if predicate(msg):
            return at, msg


def diagnostics_of(version):
    return lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri \
        and m["params"].get("version") == version


rid = send("initialize", {"processId": os.getpid(), "rootUri": "file://" + os.path.abspath(workspace),
                          "workspaceFolders": [{"uri": "file://" + os.path.abspath(workspace), "name": "bench"}],
                          "capabilities": {"window": {"workDoneProgress": True}},
                          "initializationOptions": {"debounceMillis": debounce}}, request=True)
wait(lambda m: m.get("id") == rid)
send("initialized", {})
send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
at, msg = wait(diagnostics_of(1))
print("first-diagnostics-after-start %.0f ms (%d diagnostics)" % ((at - started) * 1000, len(msg["params"]["diagnostics"])))

lines = text.split("\n")
# Edit inside prose: the longest line that is not code, a heading or a table.
prose = max((i for i, l in enumerate(lines) if l and l[0].isalpha()), key=lambda i: len(lines[i]))
if mode == "grammar":
    while not progress_ended.is_set():
        wait(lambda m: m.get("method") == "$/progress" and m["params"]["value"].get("kind") == "end", timeout=300)
    # The recheck with LanguageTool after loading checks every paragraph once: wait for it, so edits start warm.
    wait(diagnostics_of(1), timeout=600)

latencies = []
version = 1
for n in range(edits):
    version += 1
    col = len(lines[prose])
    ch = "x" if n % 2 == 0 else " "
    lines[prose] += ch
    sent = time.monotonic()
    send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                    "contentChanges": [{"range": {"start": {"line": prose, "character": col},
                                                                  "end": {"line": prose, "character": col}},
                                                        "text": ch}]})
    at, msg = wait(diagnostics_of(version))
    latencies.append((at - sent) * 1000)

if latencies:
    latencies.sort()
    print("edit-to-diagnostics median %.0f ms, p90 %.0f ms, max %.0f ms over %d edits (debounce %d ms included)"
          % (statistics.median(latencies), latencies[int(len(latencies) * 0.9) - 1], latencies[-1], len(latencies),
             debounce))


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


checks = []
try:
    import re
    for line in open(os.path.join(workspace, "server.log"), encoding="utf-8", errors="replace"):
        m = re.search(r"check \S+ v(\d+) (\d+) ms, \d+ findings", line)
        if m and int(m.group(1)) > 1:
            checks.append(int(m.group(2)))
except OSError:
    pass
if checks:
    checks.sort()
    print("server check time median %d ms, p90 %d ms over %d checks (from the server's log)"
          % (statistics.median(checks), checks[int(len(checks) * 0.9) - 1], len(checks)))
print("rss %.0f MB after %d edits in %.0f s" % (rss_mb(proc.pid), edits, time.monotonic() - started))
rid = send("shutdown", None, request=True)
wait(lambda m: m.get("id") == rid)
send("exit", None)
proc.wait(timeout=30)
