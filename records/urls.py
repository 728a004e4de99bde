"""HTTP routes of the EMR and its FHIR export."""

from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("records/patients/<int:patient_id>/", views.patient_record, name="patient"),
    path(
        "records/patients/<int:patient_id>/observations/",
        views.observation_add,
        name="observation_add",
    ),
    path("records/patients/<int:patient_id>/allergies/", views.allergy_add, name="allergy_add"),
    path(
        "records/patients/<int:patient_id>/medications/",
        views.medication_add,
        name="medication_add",
    ),
    path(
        "records/patients/<int:patient_id>/conditions/", views.condition_add, name="condition_add"
    ),
    path("records/icd10/search/", views.icd10_search, name="icd10_search"),
    path("records/reports/<int:report_id>/", views.report_detail, name="report"),
    path("records/reports/<int:report_id>/edit/", views.report_edit, name="report_edit"),
    path("records/reports/<int:report_id>/sign/", views.report_sign, name="report_sign"),
    path("records/reports/<int:report_id>/amend/", views.report_amend, name="report_amend"),
    path("records/reports/<int:report_id>/pdf/", views.report_pdf, name="report_pdf"),
    path("records/encounters/<int:encounter_id>/report/new/", views.report_new, name="report_new"),
    path(
        "fhir/Patient/<int:patient_id>/$everything",
        views.fhir_patient_everything,
        name="fhir_everything",
    ),
]
