"""A deterministic synthetic journal for benchmarks.

Same seed and size, same entries, byte for byte (on the same Python version: the corpus
uses `random.Random`, whose sequences are stable within a version). Shape:

- lengths: log-normal, median 180 words (~1.2-1.3 KB) with a long tail (a few entries of
  several thousand words), titles of 2-7 words, paragraphs of 2-6 sentences;
- vocabulary: ~150 common English words at the head, then ~30,000 made-up words, drawn
  with Zipf weights (s = 1), so the tail holds many naturally rare words;
- planted search words: RARE_WORD in exactly max(1, N // 1000) entries (the entries whose
  index i has i % 1000 == 500, or entry 0 for N < 501) and COMMON_WORD in ~29% of entries;
  neither occurs anywhere else (nor as a substring, which matters for `jrnl -contains`);
- tags: 0-3 per entry from 40 tags (Zipf), written as a last line `@tag @tag` in the text
  (as a jrnl user would) and carried as the draft's tags;
- dates: spread evenly over 15 years from 2011-01-01 with jitter, in order.

`write_jrnl_text` writes the same entries in jrnl's plain-text format (timeformat "%F %r").
Run `python benchmarks/corpus.py 1000` for a summary of one corpus.
"""

from __future__ import annotations

import hashlib
import math
import random
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from companion.journal.model import EntryDraft

GENERATOR_VERSION = 1
DEFAULT_SEED = 20240611
RARE_WORD = "quokka"
COMMON_WORD = "garden"
COMMON_SHARE = 0.29
MEDIAN_WORDS = 180
LENGTH_SIGMA = 0.7
MAX_WORDS = 6000
START = datetime(2011, 1, 1, 7, 0)
SPAN_DAYS = 15 * 365
VOCAB_SIZE = 30_000
N_TAGS = 40

_HEAD = (
    "the and i to a of was it in that my me is for but with on had so not this at be just "
    "have about all like what he she we they you there when out up do one day time really "
    "from her his them if then an did were been would more some felt feel know think still "
    "today could no get much back because how now which even its by got as well going go "
    "work home little very our who over after things make made good us can tired thought "
    "again night morning said want too people something long way also first last before "
    "into down never only tomorrow week other new better around talked friend mom dad better "
    "sleep walk coffee rain call anxious calm hard easy small"
).split()
_ONSETS = ("b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl",
           "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z", "")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y")
_CODAS = ("", "", "n", "r", "l", "s", "t", "m", "nd", "st", "ck", "ng")
_TAG_NAMES = (
    "work family health sleep therapy gratitude anxiety friends exercise reading travel money "
    "music cooking weather school dreams kids partner allotment mood medication walk goals "
    "meditation hobby writing art pets holiday birthday moving neighbours career study "
    "volunteering church doctor grief recovery"
).split()


@dataclass(frozen=True)
class CorpusStats:
    entries: int
    words_median: float
    bytes_median: float
    bytes_total: int
    rare_entries: int
    common_entries: int
    digest: str


def _vocabulary(rng: random.Random) -> list[str]:
    words: list[str] = list(dict.fromkeys(_HEAD))
    seen = set(words)
    while len(words) < VOCAB_SIZE:
        syllables = rng.choice((1, 2, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables))
        if len(word) < 2 or word in seen or RARE_WORD in word or COMMON_WORD in word:
            continue
        seen.add(word)
        words.append(word)
    return words


def _cum_weights(n: int, s: float = 1.0) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        out.append(total)
    return out


def is_rare(index: int, n: int) -> bool:
    return index % 1000 == 500 if n > 500 else index == 0


def drafts(n: int, seed: int = DEFAULT_SEED) -> list[EntryDraft]:
    return list(iter_drafts(n, seed))


def iter_drafts(n: int, seed: int = DEFAULT_SEED) -> Iterator[EntryDraft]:
    rng = random.Random(f"{seed}:{n}:{GENERATOR_VERSION}")
    vocab = _vocabulary(random.Random(f"{seed}:vocab"))
    weights = _cum_weights(len(vocab))
    tag_weights = _cum_weights(len(_TAG_NAMES), 1.1)
    step = SPAN_DAYS * 24 * 60 / max(n, 1)  # minutes between entries
    mu = math.log(MEDIAN_WORDS)
    for i in range(n):
        count = max(5, min(MAX_WORDS, int(rng.lognormvariate(mu, LENGTH_SIGMA))))
        tokens = rng.choices(vocab, cum_weights=weights, k=count)
        if rng.random() < COMMON_SHARE:
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                tokens.insert(rng.randrange(len(tokens) + 1), COMMON_WORD)
        if is_rare(i, n):
            tokens.insert(rng.randrange(len(tokens) + 1), RARE_WORD)
        paragraphs, sentences = [], []
        pos = 0
        while pos < len(tokens):
            size = rng.randint(6, 22)
            words = tokens[pos : pos + size]
            pos += size
            words[0] = words[0].capitalize()
            sentence = " ".join(words) + rng.choice((".", ".", ".", ".", "!", "?", "..."))
            sentences.append(sentence)
            if len(sentences) >= rng.randint(2, 6):
                paragraphs.append(" ".join(sentences))
                sentences = []
        if sentences:
            paragraphs.append(" ".join(sentences))
        tag_count = rng.choice((0, 0, 1, 1, 1, 2, 2, 3))
        tags = tuple(dict.fromkeys(rng.choices(_TAG_NAMES, cum_weights=tag_weights, k=tag_count)))
        if tags:
            paragraphs.append(" ".join("@" + t for t in tags))
        title_words = rng.choices(vocab[:3000], cum_weights=weights[:3000], k=rng.randint(2, 7))
        title = " ".join(title_words).capitalize()
        minutes = i * step + rng.uniform(0, step * 0.9)
        when = START + timedelta(minutes=minutes)
        yield EntryDraft(body="\n\n".join(paragraphs), title=title, tags=tags, entry_date=when.strftime("%Y-%m-%d %H:%M"))


def digest(items: list[EntryDraft]) -> str:
    h = hashlib.sha256(f"corpus-v{GENERATOR_VERSION}".encode())
    for d in items:
        h.update(f"{d.entry_date}\x00{d.title}\x00{','.join(d.tags)}\x00{d.body}\x01".encode())
    return h.hexdigest()[:16]


def stats(items: list[EntryDraft]) -> CorpusStats:
    sizes = [len(d.body.encode()) for d in items]
    words = [d.body.count(" ") + d.body.count("\n\n") + 1 for d in items]
    return CorpusStats(
        entries=len(items),
        words_median=statistics.median(words),
        bytes_median=statistics.median(sizes),
        bytes_total=sum(len(d.title.encode()) + s for d, s in zip(items, sizes)),
        rare_entries=sum(RARE_WORD in d.body.lower() for d in items),
        common_entries=sum(COMMON_WORD in d.body.lower() for d in items),
        digest=digest(items),
    )


def jrnl_text(items: list[EntryDraft]) -> str:
    """The entries in jrnl's plain-text journal format (`[%F %r] Title` then the body)."""
    parts = []
    for d in items:
        when = datetime.strptime(d.entry_date or "", "%Y-%m-%d %H:%M")
        parts.append(f"[{when.strftime('%Y-%m-%d %I:%M:%S %p')}] {d.title}\n{d.body}\n")
    return "\n".join(parts)


def write_jrnl_text(items: list[EntryDraft], path: Path) -> None:
    Path(path).write_text(jrnl_text(items), encoding="utf-8")


if __name__ == "__main__":
    import time

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    t0 = time.perf_counter()
    corpus = drafts(size)
    elapsed = time.perf_counter() - t0
    print(stats(corpus), f"generated in {elapsed:.1f} s", sep="\n")
