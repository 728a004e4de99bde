"""WebSocket URL routes."""

from django.urls import path

from . import consumers

websocket_urlpatterns = [
    path("ws/consult/<int:consultation_id>/", consumers.ConsultConsumer.as_asgi()),
    path("ws/dashboard/", consumers.DashboardConsumer.as_asgi()),
]
