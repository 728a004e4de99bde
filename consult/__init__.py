"""Consultations: live chat between patient, clinician and the AI assistant, and AI jobs."""
