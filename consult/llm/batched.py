"""Local engine on transformers' continuous batching: concurrent streams share forward passes."""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .base import EngineBusy, EngineUnavailable, GenerationStats, Message
from .engine import load_model_and_tokenizer
from .text import stop_holdback

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

_EWMA = 0.3
_DEFAULT_STREAM_S = 5.0
_POLL_S = 0.05


class BatchedEngine:
    """One model, one ContinuousBatchingManager; any number of threads call `stream` at once.

    Each stream is one request of the manager (its own id, stop strings, time limit and cancel);
    a router thread hands the manager's outputs to the stream that owns them. Decoding is greedy.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        model_name: str,
        device: str,
        max_concurrency: int = 64,
        max_queue: int = 8,
        max_seq_len: int = 2048,
        use_cuda_graph: bool | None = None,
        warmup: bool | None = None,
    ):
        from transformers import ContinuousBatchingConfig, GenerationConfig

        self.model = model
        self.tokenizer = tokenizer
        self.model_name = model_name
        self.device = device
        self.dtype = model.dtype
        self.max_concurrency = max(1, max_concurrency)
        self.max_queue = max(0, max_queue)
        self.last_stats: GenerationStats | None = None  # the latest stream to finish, any thread

        on_cuda = device.startswith("cuda")
        eos = model.generation_config.eos_token_id
        if eos is None:
            eos = tokenizer.eos_token_id
        self._eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        pad = model.generation_config.pad_token_id
        gen_config = GenerationConfig(
            max_new_tokens=256,
            do_sample=False,
            eos_token_id=eos,
            pad_token_id=pad if pad is not None else tokenizer.eos_token_id,
        )
        page_size = 256 if on_cuda else 64
        blocks_per_request = math.ceil(max_seq_len / page_size) + 1
        cb_config = ContinuousBatchingConfig(
            page_size=page_size,
            # Sized for the configured concurrency rather than most of the device's memory.
            num_blocks=self.max_concurrency * blocks_per_request + 4,
            max_batch_tokens=2048 if on_cuda else 512,
            max_requests_per_batch=self.max_concurrency,
            use_cuda_graph=on_cuda if use_cuda_graph is None else use_cuda_graph,
            allow_block_sharing=True,
        )
        started = time.monotonic()
        self._manager = model.init_continuous_batching(
            generation_config=gen_config, continuous_batching_config=cb_config
        )
        if on_cuda if warmup is None else warmup:
            self._manager.warmup()
        self._manager.start()
        logger.info(
            "Continuous batching for %s on %s ready in %.1fs (up to %d streams)",
            model_name, device, time.monotonic() - started, self.max_concurrency,
        )

        self._lock = threading.Lock()
        self._queues: dict[str, queue.SimpleQueue[Any]] = {}
        self._active = 0
        self._avg_stream_s: float | None = None
        self._closed = threading.Event()
        self._router = threading.Thread(target=self._route, name="llm-cb-router", daemon=True)
        self._router.start()

    @classmethod
    def load(
        cls,
        model: str,
        device: str = "auto",
        dtype: str | torch.dtype | None = None,
        **kwargs: Any,
    ) -> BatchedEngine:
        """Load a hub id, folder or bundled alias and start its continuous batching loop."""
        lm, tokenizer, name, dev = load_model_and_tokenizer(
            model, device, dtype, attn_implementation="sdpa"
        )
        return cls(lm, tokenizer, model_name=name, device=dev, **kwargs)

    # --- plumbing ------------------------------------------------------------------------

    def _route(self) -> None:
        """Hand each output of the manager to the stream that asked for it."""
        manager = self._manager
        while not self._closed.is_set():
            if not manager.is_running():
                time.sleep(_POLL_S)
                continue
            output = manager.get_result(timeout=0.1)
            if output is None:
                continue
            with self._lock:
                target = self._queues.get(output.request_id)
            if target is not None:
                target.put(output)

    def close(self) -> None:
        """Stop the batching loop (the engine cannot be used afterwards)."""
        self._closed.set()
        self._manager.stop(block=True, timeout=10)
        self._router.join(timeout=5)

    def prompt_ids(self, messages: list[Message]) -> list[int]:
        prompt = self.tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True
        )
        return list(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])

    def count_tokens(self, messages: list[Message]) -> int:
        return len(self.prompt_ids(messages))

    def _limit(self) -> int:
        return self.max_concurrency + self.max_queue

    def load_estimate(self) -> float:
        """Seconds until a new stream's first token: 0 while a batch slot is free."""
        with self._lock:
            over = self._active - self.max_concurrency + 1
            if over <= 0:
                return 0.0
            avg = self._avg_stream_s if self._avg_stream_s is not None else _DEFAULT_STREAM_S
            return avg * over / self.max_concurrency

    # --- generation ----------------------------------------------------------------------

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
        """Yield reply text pieces of this request as the shared batch produces them.

        Raises EngineBusy here when `max_concurrency + max_queue` streams are already in flight.
        """
        if temperature and temperature > 0:
            raise ValueError("The batched engine decodes greedily; use temperature=0")
        with self._lock:
            if self._active >= self._limit():
                raise EngineBusy(f"{self._active} streams already in flight")
        return self._stream(
            messages,
            max_new_tokens=max_new_tokens,
            max_time=max_time,
            stop=[s for s in (stop or []) if s],
            cancel=cancel,
            on_stats=on_stats,
        )

    def _stream(
        self,
        messages: list[Message],
        *,
        max_new_tokens: int,
        max_time: float,
        stop: list[str],
        cancel: threading.Event | None,
        on_stats: Callable[[GenerationStats], None] | None,
    ) -> Iterator[str]:
        started = time.monotonic()
        ids = self.prompt_ids(messages)
        request_id = f"tm-{uuid.uuid4().hex}"
        inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        with self._lock:
            if self._active >= self._limit():
                raise EngineBusy(f"{self._active} streams already in flight")
            self._active += 1
            self._queues[request_id] = inbox

        submitted = done = False
        reason = "stop"
        tokens: list[int] = []
        ttft: float | None = None
        sent = 0  # characters of the decoded reply already yielded
        try:
            if cancel is not None and cancel.is_set():
                reason = "cancelled"
            else:
                if self._manager.add_request(
                    ids, request_id=request_id, max_new_tokens=max_new_tokens, streaming=True
                ) is None:
                    raise EngineUnavailable("The batching loop refused the request")
                submitted = True
                deadline = started + max_time
                while True:
                    if cancel is not None and cancel.is_set():
                        reason = "cancelled"
                        break
                    now = time.monotonic()
                    if now >= deadline:
                        reason = "time"
                        break
                    try:
                        output = inbox.get(timeout=min(_POLL_S, deadline - now))
                    except queue.Empty:
                        if not self._manager.is_running():
                            raise EngineUnavailable("The batching loop stopped") from None
                        continue
                    while not output.is_finished():  # outputs are cumulative: take the latest
                        try:
                            output = inbox.get_nowait()
                        except queue.Empty:
                            break
                    if output.error is not None:
                        done = True
                        raise RuntimeError(f"Generation failed: {output.error}")
                    finished = output.is_finished()
                    tokens = list(output.generated_tokens)
                    text = self.tokenizer.decode(tokens, skip_special_tokens=True)
                    if not finished:
                        text = text.rstrip("\ufffd")  # an unfinished multi-byte character
                    hits = [i for i in (text.find(s) for s in stop) if i >= 0]
                    if hits:
                        end = max(sent, min(hits))
                    else:
                        end = len(text) - (0 if finished else stop_holdback(text, stop))
                    if end > sent:
                        if ttft is None:
                            ttft = time.monotonic() - started
                        yield text[sent:end]
                        sent = end
                    if hits:
                        reason = "stop"
                        break
                    if finished:
                        done = True
                        if tokens and tokens[-1] in self._eos_ids:
                            reason = "stop"
                        elif len(tokens) >= max_new_tokens:
                            reason = "length"
                        break
        finally:
            if submitted and not done:
                self._manager.cancel_request(request_id)
            total = time.monotonic() - started
            with self._lock:
                self._active -= 1
                self._queues.pop(request_id, None)
                prev = self._avg_stream_s
                self._avg_stream_s = total if prev is None else prev + _EWMA * (total - prev)
        stats = GenerationStats(
            prompt_tokens=len(ids),
            output_tokens=len(tokens),
            ttft_s=ttft,
            total_s=total,
            finish_reason=reason,
        )
        self.last_stats = stats
        if on_stats is not None:
            on_stats(stats)

    def generate(self, messages: list[Message], **kwargs: Any) -> str:
        """Whole reply as one string; same keyword arguments as `stream`."""
        return "".join(self.stream(messages, **kwargs))
