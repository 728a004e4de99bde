"""Second factor (TOTP, backup codes) and idle logoff for clinicians and admins."""
