"""Real HTTP servers for the openai backend tests: `transformers serve` and a scripted SSE one."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SERVE_NEEDS = ("fastapi", "uvicorn", "openai")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_missing() -> str | None:
    """Why `transformers serve` cannot run here, or None when it can."""
    missing = [name for name in SERVE_NEEDS if importlib.util.find_spec(name) is None]
    if missing:
        return f"transformers serve needs {', '.join(missing)}: pip install -e '.[test]'"
    return None


@contextlib.contextmanager
def transformers_serve(model_dir: Path, log_path: Path, ready_s: float = 180.0) -> Iterator[str]:
    """Run `transformers serve <model_dir>` on CPU on a free port; yield its base URL."""
    port = free_port()
    cli = shutil.which("transformers", path=str(Path(sys.executable).parent))
    command = [cli] if cli else [sys.executable, "-m", "transformers.cli.transformers"]
    command += [
        "serve",
        str(model_dir),
        "--device",
        "cpu",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1", "NO_PROXY": "*"}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + ready_s
        while True:
            if process.poll() is not None:
                tail = log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"transformers serve exited with {process.returncode}:\n{tail}")
            try:
                with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as answer:
                    if json.load(answer).get("data"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"transformers serve not ready after {ready_s:.0f}s")
            time.sleep(0.5)
        yield url + "/v1"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def sse_chunk(content: str | None = None, finish: str | None = None) -> bytes:
    delta = {"content": content} if content is not None else {}
    event = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(event)}\n\n".encode()


class ScriptedServer:
    """A real HTTP/1.1 server on localhost whose answers each test scripts in order.

    Each script entry gets the request handler and writes a full answer. The server records
    the headers and JSON bodies it received. Used where `transformers serve` cannot show a
    behaviour: it ignores Authorization and never fails on purpose.
    """

    def __init__(self, answers: list[Callable[[BaseHTTPRequestHandler], None]]):
        self.answers = list(answers)
        self.requests: list[tuple[dict[str, str], dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append((dict(self.headers.items()), body))
                answer = server.answers.pop(0) if server.answers else stream_text(["ok"])
                answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def status(code: int) -> Callable[[BaseHTTPRequestHandler], None]:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(code)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def stream_text(pieces: list[str], *, then_break: bool = False) -> Callable:
    """An SSE answer with these pieces; `then_break` drops the connection before the end."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for piece in pieces:
            handler.wfile.write(sse_chunk(piece))
            handler.wfile.flush()
        if then_break:
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        handler.wfile.write(sse_chunk(finish="stop"))
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()

    return answer
