"""Content packs (``.briefings`` files): their format, their publishers' keys, and the
checks a pack passes before anything of it is used (see ../shared/DESIGN.md).

``keys`` makes and reads Ed25519 keys (PyNaCl, libsodium) and keeps the trusted ones;
``manifest`` reads and writes ``pack.json``; ``archive`` verifies a pack file whole
(signature, every hash, paths, links, sizes) without unpacking it; ``create`` makes a
signed pack from a folder of briefings.
"""
