"""Paper in the window: PDFs made in a thread of their own, and the dialog that prepares a
meeting file (« dossier de séance »)."""
