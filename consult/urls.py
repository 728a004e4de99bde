"""HTTP routes of consultations."""

from django.urls import path

from . import attachment_views, followup_views, views

app_name = "consult"

urlpatterns = [
    path("consult/", views.consultation_list, name="list"),
    path("consult/new/", views.consultation_new, name="new"),
    path("consult/<int:consultation_id>/", views.consultation_room, name="room"),
    path("consult/<int:consultation_id>/pick/", views.consultation_pick, name="pick"),
    path("consult/<int:consultation_id>/close/", views.consultation_close, name="close"),
    path(
        "consult/<int:consultation_id>/suggestions/<int:job_id>/<int:index>/accept/",
        views.suggestion_accept,
        name="suggestion_accept",
    ),
    path(
        "consult/<int:consultation_id>/suggestions/<int:job_id>/<int:index>/dismiss/",
        views.suggestion_dismiss,
        name="suggestion_dismiss",
    ),
    path(
        "consult/<int:consultation_id>/attachments/",
        attachment_views.attachment_upload,
        name="attachment_upload",
    ),
    path(
        "consult/<int:consultation_id>/attachments/<int:attachment_id>/",
        attachment_views.attachment_file,
        name="attachment",
    ),
    path(
        "consult/<int:consultation_id>/attachments/<int:attachment_id>/thumbnail/",
        attachment_views.attachment_thumbnail,
        name="attachment_thumbnail",
    ),
    path(
        "consult/<int:consultation_id>/follow-up/",
        followup_views.follow_up_start,
        name="follow_up",
    ),
    path(
        "consult/<int:consultation_id>/waiting.json",
        followup_views.waiting_status,
        name="waiting",
    ),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/queue.json", views.dashboard_queue, name="dashboard_queue"),
]
