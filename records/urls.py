"""HTTP routes of the EMR."""

from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("records/patients/<int:patient_id>/", views.patient_record, name="patient"),
    path("records/reports/<int:report_id>/", views.report_detail, name="report"),
]
