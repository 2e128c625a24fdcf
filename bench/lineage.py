"""Quote lineage: how well "near-identical" is measured, and how fast grouping is at scale.

    python bench/lineage.py            # both parts
    python bench/lineage.py --quality  # only the labelled pairs
    python bench/lineage.py --speed    # only the timing

Quality: labelled pairs of quotes we wrote (the same quote as two outlets give it, and
different quotes that share words) scored with three measures at several thresholds.
Speed: find_quote_groups over synthetic corpora of N articles × 10 quotes of 4 to 25 words drawn
from a Zipf vocabulary (of 100,000 words, about what 1.5 million words of news quotes hold, and a
pessimistic 20,000), 5 % retold with a word changed, and over a hostile corpus in which every
quote is one template with a number changed. Figures only; no asserts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.lineage import NEAR, find_quote_groups, overlap, words
from generator.model import Annotations, Article, Quote, Record

# (a, b, same quote?). Same: one quote as different outlets print it (marks, case, a word
# changed, added or dropped, a negation slipped in: a mutation a reader must see linked).
# Different: statements that share much of their wording but are not the same utterance.
PAIRS = [
    ("Das bedeutet Krieg mit der NATO.", "„Das bedeutet Krieg mit der Nato!“", True),
    ("Das bedeutet Krieg mit der NATO.", "Das bedeutet einen Krieg mit der NATO.", True),
    ("Wir haben zugehört, aber wir haben nichts Neues gehört.", "Wir haben zugehört, doch wir haben nichts Neues gehört.", True),
    ("Es gibt keine Einkreisung ukrainischer Truppen.", "Es gibt keine Einkreisung der ukrainischen Truppen.", True),
    ("Wir setzen die Operation in der Region Kursk fort und werden dies auch weiterhin tun.",
     "Wir setzen die Operation in Kursk fort und werden das auch weiterhin tun.", True),
    ("Die Stadt wird den Haushalt nicht ohne neue Schulden ausgleichen können.",
     "Die Stadt wird den Haushalt nicht ohne neue Schulden ausgleichen können, das ist klar.", True),
    ("Wir werden die Sanktionen im Sommer verlängern.", "Wir werden die Sanktionen im Sommer nicht verlängern.", True),
    ("We need protection for our cities now, not next year.", "We need protection for our cities now, not in a year.", True),
    ("The bridge will stay closed until the inspectors have finished their work.",
     "The bridge will stay closed until inspectors have finished their work", True),
    ("Nobody in this club has ever been paid to lose a match.", "Nobody in this club has ever been paid to lose a game.", True),
    ("This ruling changes nothing for the people who rent their homes.",
     "This ruling changes nothing for people who rent their homes.", True),
    ("We expect the first trains to run again on Monday morning.", "We expect the first trains to run again on Monday.", True),
    ("Wir lassen uns von niemandem erpressen, auch nicht von Moskau.",
     "Wir lassen uns von niemandem erpressen – auch nicht aus Moskau.", True),
    ("The government has lost control of the border.", "This government has lost all control of our border.", True),
    ("Ich bin nicht zurückgetreten und ich werde nicht zurücktreten.",
     "Ich bin nicht zurückgetreten, und ich werde auch nicht zurücktreten.", True),
    ("We will rebuild every school that was destroyed.", "We will rebuild every single school that has been destroyed.", True),
    ("Die Preise werden im Herbst weiter steigen.", "Die Preise werden im Herbst noch weiter steigen.", True),
    ("Wir werden die Ergebnisse der Untersuchung abwarten.", "Wir werden die Ergebnisse der Wahl respektieren.", False),
    ("Das Unternehmen hat alle Auflagen der Behörden erfüllt.", "Das Unternehmen hat keine Auflagen der Behörden erhalten.", False),
    ("We are confident the deal will be approved next month.", "We are confident the bill will be passed next month.", False),
    ("Die Polizei hat die Lage unter Kontrolle.", "Die Feuerwehr hat die Lage unter Kontrolle.", False),
    ("There is no place for violence in our city.", "There is no place for hatred in our party.", False),
    ("Wir prüfen den Vorgang sehr genau.", "Wir prüfen die Vorwürfe sehr genau.", False),
    ("Das ist eine Frage für die Gerichte.", "Das ist eine Frage für die Politik.", False),
    ("Wir haben keine Hinweise auf eine Straftat.", "Wir haben keine Hinweise auf eine Gefahr für die Bevölkerung.", False),
    ("Die Lage an der Front ist schwierig, aber stabil.", "Die Lage an der Grenze ist ruhig und stabil.", False),
    ("We are looking into the matter very carefully.", "We are looking into the complaints very carefully.", False),
    ("The company will not comment on ongoing legal proceedings.", "The council will not comment on ongoing negotiations.", False),
    ("We have no evidence that anyone was harmed.", "We have no evidence that the data was stolen.", False),
    ("Our thoughts are with the families of the victims.", "Our thoughts are with the people of the city tonight.", False),
    ("The decision will be taken by the board next week.", "The decision was taken by the board last week after a long debate.", False),
    ("Es ist zu früh, um über Ursachen zu sprechen.", "Es ist zu früh, um über Konsequenzen zu sprechen.", False),
]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    found = words(text)
    return frozenset(found[i : i + n] for i in range(max(1, len(found) - n + 1)))


MEASURES = {
    "overlap of the longer (used)": lambda a, b: overlap(frozenset(words(a)), frozenset(words(b))),
    "Jaccard of words": lambda a, b: jaccard(frozenset(words(a)), frozenset(words(b))),
    "Jaccard of 3-word shingles": lambda a, b: jaccard(shingles(a), shingles(b)),
}


def quality() -> None:
    positives = sum(same for _, _, same in PAIRS)
    print(f"labelled pairs: {len(PAIRS)} ({positives} the same quote, {len(PAIRS) - positives} different)")
    print("| measure | threshold | precision | recall | F1 |\n|---|---|---|---|---|")
    for name, measure in MEASURES.items():
        scores = [(measure(a, b), same) for a, b, same in PAIRS]
        for threshold in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
            tp = sum(s >= threshold and same for s, same in scores)
            fp = sum(s >= threshold and not same for s, same in scores)
            fn = sum(s < threshold and same for s, same in scores)
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            mark = " ←" if name.endswith("(used)") and threshold == NEAR else ""
            print(f"| {name} | {threshold} | {p:.2f} | {r:.2f} | {f1:.2f}{mark} |")


def synthetic(articles: int, per_article: int = 10, seed: int = 1, hostile: bool = False, vocabulary_size: int = 20000) -> list[Record]:
    """Records with quotes only (the lineage stage reads nothing else)."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(vocabulary_size)]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]  # Zipf: a few words everywhere
    told: list[str] = []
    records = []
    for n in range(articles):
        quotes = []
        for k in range(per_article):
            speaker = f"Sprecher {rng.randrange(2000)}"
            if hostile:
                text = f"Wir prüfen den Vorgang {n * per_article + k} sehr genau."
            elif told and rng.random() < 0.05:
                original, speaker = rng.choice(told)
                changed = original.split()
                changed[rng.randrange(len(changed))] = rng.choice(vocabulary)  # one word changed
                text = " ".join(changed)
            else:
                text = " ".join(rng.choices(vocabulary, weights, k=rng.randint(4, 25)))
                told.append((text, speaker))
            quotes.append(Quote(text, 0, 0, "direct", speaker))
        slug = f"a{n}"
        article = Article(f"articles/{slug}.txt", slug, slug, slug, slug, "", (), f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}")
        records.append(Record(article, Annotations("de", (), tuple(quotes))))
    return records


def speed(sizes: list[int]) -> None:
    print("| articles | quotes | corpus | seconds | groups |\n|---|---|---|---|---|")
    for size in sizes:
        for hostile, vocabulary in ((False, 100000), (False, 20000), (True, 0)):
            records = synthetic(size, hostile=hostile, vocabulary_size=vocabulary)
            speakers = {(r.article.slug, i): q.speaker for r in records for i, q in enumerate(r.annotations.quotes)}
            start = time.perf_counter()
            groups = find_quote_groups(records, speakers.__getitem__)
            took = time.perf_counter() - start
            kind = "one template, numbers changed" if hostile else f"Zipf over {vocabulary:,} words, 5 % retold"
            print(f"| {size:,} | {size * 10:,} | {kind} | {took:.2f} | {len(groups):,} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    args = parser.parse_args()
    if args.quality or not args.speed:
        quality()
    if args.speed or not args.quality:
        speed(args.sizes)


if __name__ == "__main__":
    main()
