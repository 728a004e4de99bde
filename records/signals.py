"""Signals other apps listen to, so the EMR never imports them."""

from django.dispatch import Signal

# Sent inside the signing transaction with encounter_id= and practitioner=; a receiver may raise
# records.services.RecordError to refuse the signature.
report_signed = Signal()
