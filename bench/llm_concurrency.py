"""Many consultations at once: raw `generate`, the bare engines and the full path, in one run.

On one model and one realistic triage prompt it prints, for each concurrency level, aggregate
tokens/s and first-token p50/p99 of
- raw: one plain `model.generate` call (level 1 only);
- batched: the continuous-batching engine (consult.llm.batched), no Django;
- single: the single-stream engine (consult.llm.engine) that serves one stream at a time;
- full: patient message over WebSocket -> daphne -> Celery worker (thread pool) -> engine ->
  channel layer -> WebSocket, with the ratio full / bare (bare = batched where measured).
  Its first token is the first `ai.token` frame (the first sentence the safety gate released);
  "(N tmpl)" counts replies the interview answered with its template because the model was slow
  (consult/ai/interview.py), which generate no tokens.

    .venv/bin/python bench/llm_concurrency.py --levels 1,4 --device cpu
    python bench/llm_concurrency.py --levels 1,4,16,64 --device cuda --no-full --random-weights

`--random-weights` keeps the model's shape but not its weights (same speed, nothing to load);
`--shape llama-1b` (with it) measures a bigger Llama-shaped model on the same tokenizer.
The full path needs PostgreSQL and Redis (bench/common.py) and is skipped with `--no-full`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PATIENT_TEXTS = [
    "I have had a sore throat and a dry cough for three days, it gets worse at night and I "
    "feel tired all the time. I took some lozenges but they did not help much.",
    "My lower back has hurt since I moved furniture on Saturday. It is a dull ache that gets "
    "sharp when I bend over or get up from a chair, and it is keeping me awake.",
    "I keep getting headaches in the afternoon, mostly behind my eyes, for about two weeks "
    "now. Sometimes I feel a little sick with them and bright light bothers me.",
    "My daughter is six and has had a fever since yesterday, up to 38.5, and she says her "
    "ear hurts. She is still drinking but not eating much and is more sleepy than usual.",
    "我这几天一直咳嗽，晚上更厉害，还有点低烧，喉咙也疼，吃了点感冒药没什么用。",
    "I have a red itchy rash on both arms that started after I went hiking last weekend. "
    "It is spreading a bit and there are some small blisters now.",
    "For a month my stomach burns after meals, especially spicy food, and I burp a lot. "
    "Lying down after dinner makes it worse and I sometimes taste acid.",
    "I twisted my ankle playing football two days ago. It is swollen and bruised on the "
    "outside, and walking on it hurts but I can put some weight on it.",
]
FACT = "onset_duration"


def _planner():
    try:
        from consult.triage import planner
    except ImportError:  # a bare GPU machine without pydantic: load the pure planner on its own
        import importlib
        import types

        package = types.ModuleType("consult.triage")
        package.__path__ = [str(REPO / "consult" / "triage")]
        sys.modules["consult.triage"] = package
        planner = importlib.import_module("consult.triage.planner")
    return planner


def triage_prompt(i: int) -> list[dict[str, str]]:
    """The interview's question prompt (few-shot + fenced patient message), one per patient."""
    planner = _planner()
    text = PATIENT_TEXTS[i % len(PATIENT_TEXTS)]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return planner.build_question_prompt(FACT, lang, f"{text} (patient {i})")


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (p99 of 4 values is the largest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


@dataclass
class Row:
    path: str
    level: int
    tokens: int
    seconds: float
    ttfts: list[float]
    note: str = ""

    @property
    def tps(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


# --- models ----------------------------------------------------------------------------------


SHAPES = {
    # Llama-3.2-1B-like layout on the SmolLM2 tokenizer.
    "llama-1b": dict(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16,
                     num_attention_heads=32, num_key_value_heads=8),
    # Llama-3-8B-like layout on the SmolLM2 tokenizer.
    "llama-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                     num_attention_heads=32, num_key_value_heads=8),
}


def load_model(args: argparse.Namespace):
    """(model, tokenizer, label) on the chosen device and dtype."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, LlamaConfig

    from consult.llm.bundled import default_cache_dir, resolve_model_path
    from consult.llm.engine import resolve_device, resolve_dtype

    path = resolve_model_path(args.model, default_cache_dir())
    device = resolve_device(args.device)
    dtype = resolve_dtype(args.dtype)
    tokenizer = AutoTokenizer.from_pretrained(path)
    if not args.random_weights:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, attn_implementation="sdpa")
        model.to(device).eval()
        return model, tokenizer, f"{Path(path).name} ({dtype}, {device})"
    if args.shape == "model":
        config = AutoConfig.from_pretrained(path)
    else:
        config = LlamaConfig(
            vocab_size=len(tokenizer), max_position_embeddings=8192, tie_word_embeddings=False,
            bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id, **SHAPES[args.shape],
        )
    config._attn_implementation = "sdpa"
    torch.manual_seed(0)
    if device.startswith("cuda"):  # initialising 8B weights on the CPU takes minutes
        with torch.device(device):
            model = AutoModelForCausalLM.from_config(config, dtype=dtype)
    else:
        model = AutoModelForCausalLM.from_config(config, dtype=dtype).to(device)
    model.eval()
    with torch.no_grad():  # EOS never wins a greedy pick: every reply runs to its token limit
        model.get_output_embeddings().weight[tokenizer.eos_token_id].zero_()
    if os.path.isdir(path):
        from transformers import GenerationConfig

        try:
            model.generation_config = GenerationConfig.from_pretrained(path)
        except OSError:
            pass
    if model.generation_config.pad_token_id is None:
        model.generation_config.pad_token_id = tokenizer.eos_token_id
    params = sum(p.numel() for p in model.parameters()) / 1e6
    return model, tokenizer, f"random {args.shape} shape, {params:.0f}M params ({dtype}, {device})"


# --- measurements ----------------------------------------------------------------------------


def raw_generate(model, tokenizer, messages, max_new_tokens: int) -> Row:
    """One plain greedy `generate` call, timed to its first and last token.

    It runs in a thread of its own, as the engines' generation does: on a busy 2-core host the
    main thread's OpenMP team measured several times slower than a worker thread's."""
    done: list[Row] = []
    thread = threading.Thread(
        target=lambda: done.append(_raw_generate(model, tokenizer, messages, max_new_tokens))
    )
    thread.start()
    thread.join()
    return done[0]


def _raw_generate(model, tokenizer, messages, max_new_tokens: int) -> Row:
    import torch
    from transformers.generation.streamers import BaseStreamer

    class FirstToken(BaseStreamer):
        def __init__(self) -> None:
            self.calls = 0
            self.first: float | None = None

        def put(self, value) -> None:
            self.calls += 1
            if self.calls == 2 and self.first is None:  # call 1 is the prompt
                self.first = time.perf_counter()

        def end(self) -> None:
            pass

    prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    inputs = tokenizer(prompt, return_tensors="pt", add_special_tokens=False).to(model.device)
    streamer = FirstToken()
    _sync(model)
    started = time.perf_counter()
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False,
                             temperature=None, top_p=None, top_k=None, streamer=streamer)
    _sync(model)
    seconds = time.perf_counter() - started
    tokens = int(out.shape[1] - inputs["input_ids"].shape[1])
    return Row("raw generate", 1, tokens, seconds, [(streamer.first or started) - started])


def _sync(model) -> None:
    import torch

    if model.device.type == "cuda":
        torch.cuda.synchronize()


def engine_wave(engine, level: int, max_new_tokens: int, label: str, offset: int = 0) -> Row:
    """`level` threads each stream one consultation's prompt at the same moment."""
    prompts = [triage_prompt(offset + i) for i in range(level)]
    barrier = threading.Barrier(level + 1)
    ttfts: list[float] = [math.nan] * level
    tokens = [0] * level
    errors: list[BaseException] = []
    start_at = [0.0]

    def one(i: int) -> None:
        try:
            barrier.wait()
            stats = []
            for _piece in engine.stream(prompts[i], max_new_tokens=max_new_tokens,
                                        max_time=600, on_stats=stats.append):
                if math.isnan(ttfts[i]):
                    ttfts[i] = time.perf_counter() - start_at[0]
            tokens[i] = stats[0].output_tokens
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(level)]
    for t in threads:
        t.start()
    start_at[0] = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start_at[0]
    if errors:
        raise errors[0]
    return Row(label, level, sum(tokens), seconds, [t for t in ttfts if not math.isnan(t)])


# --- full path -------------------------------------------------------------------------------


def full_path(args: argparse.Namespace, model_dir: str, levels: list[int]) -> list[Row]:
    """Patients send their first message at the same moment; time to first AI text and tokens."""
    db = os.environ.setdefault("BENCH_DB", "telemed_bench_llm")
    os.environ.setdefault("DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{db}")
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname=%s", [db]).fetchone():
            c.execute(f'CREATE DATABASE "{db}"')
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/9")
    os.environ.setdefault("TELEMED_CELERY_QUEUE", "telemed-bench-a1")
    os.environ.setdefault("TELEMED_CHANNEL_PREFIX", "telemed-bench-a1")
    sys.path.insert(0, str(REPO / "bench"))
    from common import configure, free_port, session_cookie, setup_django, start, start_daphne, stop

    configure(ai_enabled=True)
    concurrency = max(levels)
    os.environ.update(
        TELEMED_LLM_MODEL=model_dir,
        TELEMED_LLM_DEVICE=args.device,
        TELEMED_LLM_MAX_CONCURRENCY=str(concurrency),
        TELEMED_LLM_MAX_NEW_TOKENS=str(args.max_new_tokens),
        TELEMED_AI_PHRASING="model",
    )
    if args.force_model:  # the interview's "model is slow, answer with the template" threshold
        os.environ["TELEMED_AI_FAST_FIRST_TOKEN_S"] = "1000000"
    if args.dtype:
        os.environ["TELEMED_LLM_DTYPE"] = args.dtype
    setup_django()
    from django.conf import settings

    from consult import services
    from tests.factories import PatientFactory

    port = free_port()
    worker = start("celery", "-A", "telemed", "worker", "--pool=threads",
                   f"--concurrency={concurrency}", "-Q", settings.CELERY_TASK_DEFAULT_QUEUE,
                   "--loglevel=WARNING")
    web = start_daphne(port)
    rows: list[Row] = []
    try:
        from telemed.celery import app

        deadline = time.monotonic() + 180
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline:
                raise RuntimeError("worker did not start")
        run_id = os.urandom(3).hex()
        needed = 1 + sum(levels)
        patients = [PatientFactory(user__username=f"bench-{run_id}-{i}") for i in range(needed)]
        cookies = [session_cookie(p.user) for p in patients]
        consultations = [services.consultation_start(patient=p) for p in patients]
        jobs = list(zip(consultations, cookies, range(needed), strict=True))
        # Warm the worker (it loads the model on its first job).
        asyncio.run(_wave(port, jobs[:1]))
        used = 1
        for level in levels:
            rows.append(asyncio.run(_wave(port, jobs[used:used + level])))
            used += level
    finally:
        stop(worker)
        stop(web)
    return rows


async def _wave(port: int, jobs: list) -> Row:
    import websockets
    from asgiref.sync import sync_to_async

    from consult.models import AIJob

    async def one(consultation, cookie: str, i: int, start: asyncio.Event, t0: list[float]):
        uri = f"ws://127.0.0.1:{port}/ws/consult/{consultation.pk}/"
        async with websockets.connect(uri, origin="http://127.0.0.1",
                                      additional_headers={"Cookie": cookie}) as ws:
            await start.wait()
            await ws.send(json.dumps({"type": "message.send",
                                      "body": PATIENT_TEXTS[i % len(PATIENT_TEXTS)]}))
            first = None
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), timeout=600))
                kind = frame.get("type")
                if kind in ("ai.token", "ai.done") and first is None:
                    first = time.perf_counter() - t0[0]
                if kind == "ai.done":
                    job = await sync_to_async(AIJob.objects.get)(pk=int(frame["job"]))
                    return first, job.output_tokens or 0, job.pk
                if kind == "ai.error":
                    raise RuntimeError(f"AI job failed: {frame}")

    start = asyncio.Event()
    t0 = [0.0]
    tasks = [asyncio.create_task(one(c, k, i, start, t0)) for c, k, i in jobs]
    await asyncio.sleep(1.0)  # every socket connected and subscribed
    t0[0] = time.perf_counter()
    start.set()
    results = await asyncio.gather(*tasks)
    seconds = time.perf_counter() - t0[0]
    ids = [r[2] for r in results]
    templated = await sync_to_async(
        lambda: AIJob.objects.filter(pk__in=ids, model_name="").count()
    )()
    note = f" ({templated} tmpl)" if templated else ""
    return Row("full path", len(jobs), sum(r[1] for r in results), seconds,
               [r[0] for r in results if r[0] is not None], note)


def check(args: argparse.Namespace) -> None:
    """Concurrent batched streams on this device equal each stream run alone (float32, greedy)."""
    import tempfile

    from consult.llm.batched import BatchedEngine
    from consult.llm.bundled import default_cache_dir, resolve_model_path
    from consult.llm.engine import LocalEngine
    from tests.llm.tiny import build_tiny_model

    tokenizer_dir = Path(resolve_model_path(args.model, default_cache_dir()))
    tiny = str(build_tiny_model(Path(tempfile.mkdtemp()), tokenizer_dir))
    chats = [triage_prompt(i) for i in range(8)]
    single = LocalEngine.load(tiny, device=args.device, dtype="float32")
    alone = [single.generate(c, max_new_tokens=32) for c in chats]
    for graphs in (False, True) if single.device.startswith("cuda") else (False,):
        engine = BatchedEngine.load(tiny, device=args.device, dtype="float32",
                                    max_concurrency=8, use_cuda_graph=graphs)
        got: list[str] = [""] * len(chats)

        def one(i: int, engine=engine, got=got) -> None:
            got[i] = engine.generate(chats[i], max_new_tokens=32)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(len(chats))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"check ({single.device}, cuda graphs {graphs}): 8 concurrent batched streams "
              f"equal plain generate alone: {got == alone}", flush=True)
        engine.close()


# --- report ----------------------------------------------------------------------------------


def print_table(rows: list[Row], worker_engine: str) -> None:
    """`worker_engine` ("batched" or "single"): the bare engine the full path's worker runs."""
    bare = {r.level: r for r in rows if r.path.startswith(worker_engine)}
    print(f"| {'path':<22} | {'at once':>7} | {'tokens':>6} | {'agg tok/s':>9} | "
          f"{'1st tok p50 s':>13} | {'1st tok p99 s':>13} | {'full/bare':>9} |")
    print(f"| {'-' * 22} | {'-' * 7} | {'-' * 6} | {'-' * 9} | {'-' * 13} | {'-' * 13} | "
          f"{'-' * 9} |")
    for r in rows:
        ratio = ""
        if r.path == "full path":
            ref = bare.get(r.level)
            if ref and ref.tps:
                ratio = f"{r.tps / ref.tps:.2f}"
        p50 = statistics.median(r.ttfts) if r.ttfts else math.nan
        p99 = pct(r.ttfts, 99) if r.ttfts else math.nan
        print(f"| {r.path + r.note:<22} | {r.level:>7} | {r.tokens:>6} | {r.tps:>9.1f} | "
              f"{p50:>13.3f} | {p99:>13.3f} | {ratio:>9} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,4,16,64", help="concurrency levels, e.g. 1,4")
    parser.add_argument("--model", default=os.environ.get("TELEMED_LLM_MODEL", "bundled"))
    parser.add_argument("--device", default="auto")
    parser.add_argument("--dtype", default=None)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--engines", default="auto",
                        help="batched,single (auto: both; single only up to --single-max)")
    parser.add_argument("--single-max", type=int, default=4,
                        help="highest level for the single-stream engine (it serves one at a time)")
    parser.add_argument("--no-full", action="store_true", help="skip the Django/Celery full path")
    parser.add_argument("--force-model", action="store_true",
                        help="full path: the model words every reply, however slow it is")
    parser.add_argument("--random-weights", action="store_true")
    parser.add_argument("--shape", default="model", choices=["model", *SHAPES])
    parser.add_argument("--no-cuda-graph", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="only check concurrent batched output against generate, then exit")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    if args.check:
        check(args)
        return

    import torch

    from consult.llm.batched import BatchedEngine
    from consult.llm.engine import LocalEngine

    model, tokenizer, label = load_model(args)
    device = str(model.device)
    on_cuda = device.startswith("cuda")
    engines = args.engines.split(",") if args.engines != "auto" else (
        ["batched", "single"] if on_cuda else ["single", "batched"])
    n_prompt = len(tokenizer.apply_chat_template(triage_prompt(0), add_generation_prompt=True,
                                                 tokenize=True, return_dict=True)["input_ids"])
    print(f"model: {label}; torch {torch.__version__}; prompt {n_prompt} tokens; "
          f"max_new_tokens {args.max_new_tokens}; levels {levels}", flush=True)

    rows: list[Row] = []
    raw_generate(model, tokenizer, triage_prompt(0), 8)  # warm-up
    rows.append(raw_generate(model, tokenizer, triage_prompt(0), args.max_new_tokens))
    print(f"raw generate: {rows[-1].tps:.1f} tok/s, first token {rows[-1].ttfts[0]:.3f} s",
          flush=True)

    if "single" in engines:
        single = LocalEngine(model, tokenizer, model_name=label, device=device, max_queue=10_000)
        single.generate(triage_prompt(0), max_new_tokens=4)
        for level in levels:
            if level > args.single_max:
                continue
            rows.append(engine_wave(single, level, args.max_new_tokens, "single-stream engine"))
            print(f"single x{level}: {rows[-1].tps:.1f} tok/s", flush=True)
    if "batched" in engines:
        started = time.perf_counter()
        batched = BatchedEngine(
            model, tokenizer, model_name=label, device=device, max_concurrency=max(levels),
            max_queue=0, use_cuda_graph=False if args.no_cuda_graph else None,
        )
        print(f"batched engine ready in {time.perf_counter() - started:.1f} s", flush=True)
        engine_wave(batched, min(4, max(levels)), 8, "warm")
        for level in levels:
            graphs = " (graphs)" if on_cuda and not args.no_cuda_graph else ""
            rows.append(engine_wave(batched, level, args.max_new_tokens, "batched engine" + graphs))
            print(f"batched x{level}: {rows[-1].tps:.1f} tok/s", flush=True)
        batched.close()

    if not args.no_full:
        if args.random_weights:
            print("full path skipped: it loads the model by name (no --random-weights)")
        else:
            del model
            from consult.llm.bundled import default_cache_dir, resolve_model_path

            rows.extend(full_path(args, resolve_model_path(args.model, default_cache_dir()),
                                  levels))
    print()
    print_table(rows, "batched" if on_cuda else "single")


if __name__ == "__main__":
    main()
