"""The `openai` backend: streams replies from any OpenAI-compatible chat-completions server."""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx2

from .base import EngineBusy, EngineConfig, EngineUnavailable, GenerationStats, Message
from .text import stop_holdback

logger = logging.getLogger(__name__)

DEFAULT_MAX_CONCURRENCY = 64  # the remote server batches; this only bounds open connections
MAX_REMOTE_STOPS = 4  # the OpenAI API accepts at most four stop strings
# Model names that mean "whatever the server serves": asked once from GET /models.
DISCOVER_MODEL = frozenset({"", "auto", "bundled", "smollm2"})
_RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
_BACKOFF_FIRST_S = 0.25
_BACKOFF_MAX_S = 4.0
_WATCH_TICK_S = 0.05
_EWMA = 0.3
_IDLE_FORGET_S = 60.0  # a TTFT older than this says nothing about the server's queue now


class _Resend(Exception):
    """Ask once more without `stream_options` (some servers reject it with 400/422)."""


class _Interrupted(Exception):
    """The body ended with neither a finish reason nor `[DONE]`: the reply is cut short."""


class _RetryableStatus(Exception):
    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def public_url(url: str) -> str:
    """`url` without user info, query or fragment: safe to show in messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def api_root(base_url: str) -> str:
    """The API root ending in `/v1` (a bare `http://host:port` gets `/v1` added)."""
    url = base_url.strip().rstrip("/")
    if not url:
        raise ValueError("TELEMED_LLM_BASE_URL is required for the openai backend")
    if urlsplit(url).path in ("", "/"):
        url += "/v1"
    return url


class _StopFilter:
    """Releases text only when no stop string can start in it; cuts at the first stop."""

    def __init__(self, stops: list[str]):
        self.stops = [s for s in stops if s]
        self.buffer = ""
        self.hit = False

    def feed(self, text: str) -> tuple[str, bool]:
        if not self.stops:
            return text, False
        self.buffer += text
        hits = [i for i in (self.buffer.find(s) for s in self.stops) if i >= 0]
        if hits:
            out, self.buffer = self.buffer[: min(hits)], ""
            self.hit = True
            return out, True
        keep = stop_holdback(self.buffer, self.stops)
        cut = len(self.buffer) - keep
        out, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return out, False

    def flush(self) -> str:
        out, self.buffer = self.buffer, ""
        return out


class _Reply:
    """What one request has streamed so far: pieces, usage, and why it ended."""

    def __init__(self, stop: list[str]):
        self.stops = _StopFilter(stop)
        self.usage: dict[str, Any] = {}
        self.pieces = 0  # content chunks received; after the first, nothing is retried
        self.reason: str | None = None

    def take(self, event: dict[str, Any]) -> Iterator[str]:
        """The text of one server event that may be shown (held back near a stop string)."""
        if isinstance(event.get("usage"), dict):
            self.usage = event["usage"]
        if "error" in event:
            raise EngineUnavailable("the server reported an error in the stream")
        for choice in event.get("choices") or []:
            text = (choice.get("delta") or {}).get("content") or ""
            if text and not self.stops.hit:
                self.pieces += 1
                out, hit = self.stops.feed(text)
                if out:
                    yield out
                if hit:
                    self.reason = "stop"
            if choice.get("finish_reason") and self.reason is None:
                self.reason = "length" if choice["finish_reason"] == "length" else "stop"


@dataclass(eq=False)
class _Watch:
    """One stream as the watchdog sees it: what may abort it and the socket to shut."""

    cancel: threading.Event | None
    deadline: float
    started: float
    first_token: bool = False
    fired: str | None = None  # "cancelled" | "time" once the watchdog aborted the stream
    sock: socket.socket | None = field(default=None, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def reason(self, now: float) -> str | None:
        if self.cancel is not None and self.cancel.is_set():
            return "cancelled"
        if now >= self.deadline:
            return "time"
        return None

    def attach(self, response: httpx2.Response) -> None:
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self.lock:
            self.sock = sock if isinstance(sock, socket.socket) else None
            if self.fired:
                self._shut()

    def detach(self) -> None:
        with self.lock:
            self.sock = None

    def fire(self, reason: str) -> None:
        with self.lock:
            if self.fired is None:
                self.fired = reason
                self._shut()

    def _shut(self) -> None:
        # shutdown (not close) wakes the thread blocked reading this socket and sends FIN,
        # so the server sees the client go and aborts the generation.
        if self.sock is not None:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class OpenAIEngine:
    """Engine over HTTP: POST {base_url}/chat/completions with stream=True, one per `stream`."""

    def __init__(self, config: EngineConfig):
        self.config = config
        self.root = api_root(config.base_url)
        self.where = public_url(self.root)
        self.model_name = config.model
        self.max_concurrency = config.max_concurrency or DEFAULT_MAX_CONCURRENCY
        self._discover = config.model.strip().lower() in DISCOVER_MODEL
        self._stream_options = True
        self._lock = threading.Lock()
        self._watches: set[_Watch] = set()
        self._watchdog: threading.Thread | None = None
        self._ttft_ewma: float | None = None
        self._ttft_at = 0.0
        headers = {"Accept": "text/event-stream"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        self._client = httpx2.Client(
            headers=headers,
            timeout=httpx2.Timeout(config.timeout_s),
            limits=httpx2.Limits(
                max_connections=self.max_concurrency + 4,
                max_keepalive_connections=self.max_concurrency,
            ),
        )

    def __repr__(self) -> str:
        return f"OpenAIEngine(url={self.where!r}, model={self.model_name!r})"

    def close(self) -> None:
        self._client.close()

    # --- load ----------------------------------------------------------------------------

    def load_estimate(self) -> float:
        """Recent first-token latency (EWMA), or the oldest stream still waiting, if longer."""
        now = time.monotonic()
        with self._lock:
            waiting = [now - w.started for w in self._watches if not w.first_token]
            recent = self._ttft_ewma if now - self._ttft_at < _IDLE_FORGET_S else None
        return max([recent or 0.0, *waiting])

    def _record_ttft(self, ttft: float) -> None:
        with self._lock:
            prev = self._ttft_ewma
            self._ttft_ewma = ttft if prev is None else prev + _EWMA * (ttft - prev)
            self._ttft_at = time.monotonic()

    # --- watchdog: prompt cancel and max_time even while a read blocks -----------------

    def _check_room(self) -> None:
        with self._lock:
            if len(self._watches) >= self.max_concurrency:
                raise EngineBusy(f"{len(self._watches)} requests already open to {self.where}")

    def _register(self, watch: _Watch) -> None:
        with self._lock:
            self._watches.add(watch)
            if self._watchdog is None or not self._watchdog.is_alive():
                self._watchdog = threading.Thread(
                    target=self._watch_loop, name="openai-engine-watchdog", daemon=True
                )
                self._watchdog.start()

    def _unregister(self, watch: _Watch) -> None:
        with self._lock:
            self._watches.discard(watch)

    def _watch_loop(self) -> None:
        while True:
            time.sleep(_WATCH_TICK_S)
            now = time.monotonic()
            with self._lock:
                if not self._watches:
                    self._watchdog = None
                    return
                watches = list(self._watches)
            for watch in watches:
                reason = watch.reason(now)
                if reason is not None:
                    watch.fire(reason)

    # --- requests ------------------------------------------------------------------------

    def _model(self, watch: _Watch) -> str:
        """The model name to request; asked once from the server when not configured."""
        if not self._discover:
            return self.model_name
        left = max(0.1, min(self.config.timeout_s, watch.deadline - time.monotonic()))
        response = self._client.get(f"{self.root}/models", timeout=left)
        if response.status_code in _RETRY_STATUS:
            raise _RetryableStatus(response.status_code)
        try:
            response.raise_for_status()
            name = str(response.json()["data"][0]["id"])
        except (httpx2.HTTPStatusError, ValueError, LookupError, TypeError) as exc:
            raise EngineUnavailable(
                f"could not list the models of {self.where} ({type(exc).__name__})"
            ) from None
        self.model_name = name
        self._discover = False
        return name

    def _body(self, messages: list[Message], model: str, **options: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "stream": True,
            "max_tokens": options["max_new_tokens"],
            "temperature": options["temperature"],
        }
        if options["stop"]:
            body["stop"] = options["stop"][:MAX_REMOTE_STOPS]
        if options["stream_options"]:
            body["stream_options"] = {"include_usage": True}
        return body

    def stream(
        self,
        messages: list[Message],
        *,
        max_new_tokens: int = 160,
        max_time: float = 30.0,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        cancel: threading.Event | None = None,
        on_stats: Callable[[GenerationStats], None] | None = None,
    ) -> Iterator[str]:
        """Yield reply pieces as the server streams them; `on_stats` gets the stats at the end.

        Connection failures, timeouts and 429/5xx answers are retried with exponential
        backoff until the first piece arrives, never after (streamed text is never repeated);
        then EngineUnavailable. Setting `cancel`, passing `max_time` or closing the iterator
        closes the connection, and the server aborts the request. Closing the iterator early
        records no stats.
        """
        started = time.monotonic()
        watch = _Watch(cancel=cancel, deadline=started + max_time, started=started)
        self._check_room()  # EngineBusy here, before any iteration
        return self._stream(
            watch,
            messages,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            stop=list(stop or []),
            on_stats=on_stats,
        )

    def _stream(
        self,
        watch: _Watch,
        messages: list[Message],
        *,
        max_new_tokens: int,
        temperature: float,
        stop: list[str],
        on_stats: Callable[[GenerationStats], None] | None,
    ) -> Iterator[str]:
        reply = _Reply(stop)
        ttft: float | None = None
        stream_options = self._stream_options
        attempt = 0
        self._register(watch)
        try:
            while reply.reason is None:
                reply.reason = watch.reason(time.monotonic())
                if reply.reason is not None:
                    break
                try:
                    body = self._body(
                        messages,
                        self._model(watch),
                        max_new_tokens=max_new_tokens,
                        temperature=temperature,
                        stop=stop,
                        stream_options=stream_options,
                    )
                    events = self._events(watch, body)
                    with contextlib.closing(events):  # leaving the loop closes the response
                        for event in events:
                            for out in reply.take(event):
                                if ttft is None:
                                    ttft = self._first_token(watch)
                                yield out
                            if reply.stops.hit:
                                break  # our own stop string: the server aborts the rest
                            if reply.reason is None:
                                reply.reason = watch.reason(time.monotonic())
                                if reply.reason is not None:
                                    break
                    if reply.reason is None:
                        reply.reason = watch.fired
                    if reply.reason is None:
                        raise _Interrupted()
                except _Resend:
                    stream_options = False
                except (httpx2.TransportError, _RetryableStatus, _Interrupted) as exc:
                    reply.reason = watch.fired or watch.reason(time.monotonic())
                    if reply.reason is not None:
                        break
                    if reply.pieces:
                        raise EngineUnavailable(
                            f"the stream from {self.where} broke after {reply.pieces} pieces "
                            f"({_describe(exc)})"
                        ) from None
                    attempt += 1
                    self._back_off(watch, attempt, exc)
            if reply.reason in ("stop", "length"):
                tail = reply.stops.flush()
                if tail:
                    if ttft is None:
                        ttft = self._first_token(watch)
                    yield tail
        finally:
            self._unregister(watch)
        stats = GenerationStats(
            prompt_tokens=int(reply.usage.get("prompt_tokens") or 0),
            output_tokens=int(reply.usage.get("completion_tokens") or reply.pieces),
            ttft_s=ttft,
            total_s=time.monotonic() - watch.started,
            finish_reason=reply.reason or "stop",
        )
        if on_stats is not None:
            on_stats(stats)

    def _back_off(self, watch: _Watch, attempt: int, exc: BaseException) -> None:
        """Wait before the next attempt, or raise EngineUnavailable when none is left."""
        if attempt > self.config.retries:
            raise EngineUnavailable(
                f"{self.where} unavailable after {attempt} attempts ({_describe(exc)})"
            )
        delay = min(_BACKOFF_MAX_S, _BACKOFF_FIRST_S * 2 ** (attempt - 1))
        delay *= 0.5 + random.random() / 2
        if time.monotonic() + delay >= watch.deadline:
            raise EngineUnavailable(
                f"{self.where} unavailable within the time budget ({_describe(exc)})"
            )
        logger.warning(
            "LLM server %s: attempt %d failed (%s); retrying in %.2fs",
            self.where,
            attempt,
            _describe(exc),
            delay,
        )
        if watch.cancel is not None:
            watch.cancel.wait(delay)
        else:
            time.sleep(delay)

    def _first_token(self, watch: _Watch) -> float:
        ttft = time.monotonic() - watch.started
        watch.first_token = True
        self._record_ttft(ttft)
        return ttft

    def _events(self, watch: _Watch, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The JSON events of one streaming request; the response is closed when this ends."""
        # Until the response arrives the watchdog has no socket to shut, so the wait for it
        # is bounded by max_time as well as by timeout_s.
        left = max(0.1, min(self.config.timeout_s, watch.deadline - time.monotonic() + 0.2))
        timeout = httpx2.Timeout(self.config.timeout_s, connect=left, read=left)
        with self._client.stream(
            "POST", f"{self.root}/chat/completions", json=body, timeout=timeout
        ) as response:
            watch.attach(response)
            try:
                status = response.status_code
                if status in (400, 422) and "stream_options" in body:
                    raise _Resend()  # perhaps an older server that rejects stream_options
                if status in _RETRY_STATUS:
                    raise _RetryableStatus(status)
                if status != 200:
                    raise EngineUnavailable(
                        f"{self.where} answered HTTP {status} {response.reason_phrase}"
                    )
                if "stream_options" not in body:
                    self._stream_options = False
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        yield {"choices": [{"finish_reason": "stop"}]}
                        return
                    try:
                        event = json.loads(data)
                    except ValueError:
                        continue
                    if isinstance(event, dict):
                        yield event
            finally:
                watch.detach()

    def generate(self, messages: list[Message], **kwargs: Any) -> str:
        """Whole reply as one string; same keyword arguments as `stream`."""
        return "".join(self.stream(messages, **kwargs))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, _RetryableStatus):
        return f"HTTP {exc.status}"
    if isinstance(exc, _Interrupted):
        return "the stream ended early"
    return type(exc).__name__
