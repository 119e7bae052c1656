"""The morning digest: one e-mail at the start of the user's working day, through the outbox."""
