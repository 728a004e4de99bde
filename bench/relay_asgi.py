"""Bench-only baselines on the same daphne/channels/channels_redis as the product, no database:
/echo/ answers each frame itself (W0); /relay/<room>/ joins a Redis group and relays each frame
to the group (W1, one socket sends, the other receives)."""

import os

import django
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.routing import ProtocolTypeRouter, URLRouter
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telemed.settings")
django.setup()

from django.conf import settings  # noqa: E402

# The baseline is channels_redis as published, whatever layer the product configures.
settings.CHANNEL_LAYERS["default"]["BACKEND"] = "channels_redis.core.RedisChannelLayer"


class Echo(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        await self.send(text_data=text_data)


class Relay(AsyncWebsocketConsumer):
    async def connect(self):
        self.group = f"benchrelay.{self.scope['url_route']['kwargs']['room']}"
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        await self.channel_layer.group_send(self.group, {"type": "relay.frame", "text": text_data})

    async def relay_frame(self, event):
        await self.send(text_data=event["text"])


application = ProtocolTypeRouter(
    {
        "websocket": URLRouter(
            [path("echo/", Echo.as_asgi()), path("relay/<str:room>/", Relay.as_asgi())]
        )
    }
)
