"""Printing a briefing, chosen sections, or a meeting file of bookmarks and notes: pages
laid out from the briefing's own HTML (the reader's pass) on a paged device, a PDF file
or a printer. QtGui only, no widget: it works offscreen, and the command line and the
window call it alike."""
