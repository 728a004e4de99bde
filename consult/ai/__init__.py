"""The AI side of a consultation: one job lifecycle (jobs), red-flag screening, the interview,
the clinician tools, and the sentence gate that releases patient-facing text."""
