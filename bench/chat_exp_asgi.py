"""Bench-only: the product's ASGI app with experiments switched on by CHAT_EXP (comma list), to
compare against the unchanged app in one interleaved chat_load run (`--app2
bench.chat_exp_asgi:application`). noscreen: no red-flag screen after a message (diagnostic
only, never a product setting); gcfreeze: gc.freeze() once the app is loaded; switch1ms: GIL
switch interval 1 ms; screenlater: the screen starts CHAT_EXP_DELAY s later still; screennow:
the screen at the broadcast (as before SCREEN_DELAY_S); screeninproc: the red-flag screen in the
web process (TELEMED_SCREEN_PROCESS off, as before round 7)."""

import gc
import os

from telemed.asgi import application  # noqa: F401

EXP = {x for x in os.environ.get("CHAT_EXP", "").split(",") if x}

if "noscreen" in EXP:
    from consult.ai import interview

    interview.on_patient_message = lambda **kwargs: None

if "gcfreeze" in EXP:
    gc.collect()
    gc.freeze()

if "switch1ms" in EXP:
    import sys

    sys.setswitchinterval(0.001)

if "screenlater" in EXP:
    import asyncio

    from consult.consumers import ConsultConsumer

    _after = ConsultConsumer._after_post

    async def _after_post(self, later):
        await asyncio.sleep(float(os.environ.get("CHAT_EXP_DELAY", "0.01")))
        await _after(self, later)

    ConsultConsumer._after_post = _after_post

if "screennow" in EXP:
    from consult import consumers

    consumers.SCREEN_DELAY_S = 0

if "screeninproc" in EXP:
    from django.conf import settings

    settings.TELEMED_SCREEN_PROCESS = False
