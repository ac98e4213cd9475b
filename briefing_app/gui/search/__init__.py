"""The search dock: the panel, the worker thread that searches and indexes, and the
controller between them."""
