"""Ways to damage a council file on purpose (shared by the damaged-file tests and the
reliability script). Each takes the file's bytes and returns the damaged bytes."""

import random
import sqlite3
from pathlib import Path


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def btree_pages(path: Path) -> list[int]:
    """Root page numbers of the tables and indexes (pages whose header SQLite reads)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE rootpage > 1 ORDER BY rootpage")]
    finally:
        conn.close()


def flip_page_headers(data: bytes, pages: list[int], rng: random.Random) -> bytes:
    """Overwrite the b-tree page header (its first 8 bytes) of some pages with noise."""
    damaged = bytearray(data)
    size = page_size(data)
    for page in rng.sample(pages, k=min(3, len(pages))):
        start = (page - 1) * size
        for offset in range(start, start + 8):
            damaged[offset] ^= rng.randrange(1, 256)
    return bytes(damaged)


def flip_random_bytes(data: bytes, rng: random.Random, count: int = 16) -> bytes:
    """Flip bytes anywhere after the file header (may hit stored text: see the README)."""
    damaged = bytearray(data)
    for _ in range(count):
        position = rng.randrange(100, len(damaged))
        damaged[position] ^= rng.randrange(1, 256)
    return bytes(damaged)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(100, max(101, len(data) - page_size(data)))]


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    """Random bytes of a size that is no whole number of pages (whole pages of random
    bytes are what an encrypted file looks like: see random_pages)."""
    size = max(1, len(data) // 4)
    return rng.randbytes(size + 1 if size % page_size(data) == 0 else size)


def random_pages(data: bytes, rng: random.Random) -> bytes:
    """Random bytes filling whole pages: indistinguishable from an encrypted file."""
    return rng.randbytes(page_size(data) * max(1, len(data) // page_size(data) // 4))


def empty(data: bytes, rng: random.Random) -> bytes:
    return b""


def header_only(data: bytes, rng: random.Random) -> bytes:
    """The SQLite header kept, the first page after it wiped (a sync that stopped early)."""
    size = page_size(data)
    return data[:100] + bytes(size - 100) + data[size:]
