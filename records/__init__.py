"""Electronic medical record: people, encounters, conditions, observations and reports."""
