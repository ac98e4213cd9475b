"""Briefings: their records, the loader and its steps (front matter, Markdown, sanitising,
typography, sections, slugs, links, glossary), and the catalog and page caches."""
