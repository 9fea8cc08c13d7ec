"""Use cases, one module per subject. Each call is one short session (one transaction for
writes) and returns detached records or plain data, never an open session."""
