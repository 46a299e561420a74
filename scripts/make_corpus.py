"""Write N synthetic Nordic case reports (da, sv, nb, nn; several layouts) plus OUT/gold.json.

Usage: python scripts/make_corpus.py N OUT [--seed S]. Vocabularies live in scripts/corpus_vocab/;
case i depends only on (seed, i), so the first cases are the same whatever N is.
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
from datetime import date, timedelta
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parent / "corpus_vocab"
LANGS = ("da", "sv", "nb", "nn")
CURRENCY = {"DK": "DKK", "SE": "SEK", "NO": "NOK"}
CALLING_CODE = {"DK": "+45", "SE": "+46", "NO": "+47"}
LAYOUTS = ("page", "narrative", "numbered", "inline", "labels", "markdown", "html")
EXTENSION = {"markdown": ".md", "html": ".html"}
TEL_ABBREVIATION = {"da": "tlf.", "sv": "tel.", "nb": "tlf.", "nn": "tlf."}
ASCII_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
MILLIONS = (1.2, 1.5, 2.3, 3.5, 4.0)
PER_YEAR_RANGES = ((100000, 250000), (250000, 500000), (500000, 1000000))
PER_YEAR_BOUNDS = (50000, 100000)
# Topics in every vocabulary are, in order: elderly, youth employment, climate, school, culture and health.
TOPIC_AGES = (("plus",), ("upto", "range"), (), ("range",), ("range",))
TOPIC_AGE_RANGES = ((), ((16, 24), (18, 25), (18, 29)), (), ((13, 16),), ((20, 64),))
TARGET_CASE_BYTES = 5000
PAD_POOLS = ("description", "background", "purpose", "recruitment", "organisation")
ABOUT = ("Expected facts for synthetic cases written by scripts/make_corpus.py; same format and "
         "conventions as corpus/gold.json. Keys are the case file stems.")


def load_vocab() -> dict[str, dict]:
    return {lang: json.loads((VOCAB_DIR / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGS}


def group_thousands(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def million_text(value: float, decimal: str) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", decimal)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


class CaseWriter:
    """Draws one case's facts from a seeded RNG, then renders them in one layout."""

    def __init__(self, vocab: dict, lang: str, rng: random.Random):
        self.v, self.lang, self.rng = vocab, lang, rng
        self.country = vocab["country"]

    # ---- facts -------------------------------------------------------------------------
    def person(self) -> str:
        v, rng = self.v, self.rng
        parts = [rng.choice(v["first_names"])]
        if rng.random() < 0.3:
            parts.append(rng.choice(v["middle_names"]))
        parts.append(rng.choice(v["last_names"]))
        return " ".join(parts)

    def phone(self) -> tuple[str, str]:
        """A fictional number as written in the text and as E.164."""
        rng = self.rng
        if self.country == "SE":
            area = rng.choice(self.v["area_codes"])
            digits = "".join(rng.choice("0123456789") for _ in range(9 - len(area) + rng.randint(0, 1)))
            digits = str(rng.randint(1, 9)) + digits[1:]
            head, tail = digits[:-4], digits[-4:]
            return f"{area}-{head} {tail[:2]} {tail[2:]}", CALLING_CODE["SE"] + area[1:] + digits
        digits = rng.choice(self.v["phone_prefixes"]) + "".join(rng.choice("0123456789") for _ in range(7))
        if self.country == "NO" and digits[0] in "49":
            text = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
        elif rng.random() < 0.2:
            text = digits
        else:
            text = " ".join(digits[k:k + 2] for k in range(0, 8, 2))
        return text, CALLING_CODE[self.country] + digits

    def facts(self) -> dict:
        v, rng = self.v, self.rng
        m = rng.choice(v["municipalities"])
        topic_index = rng.randrange(len(v["topics"]))
        topic = v["topics"][topic_index]
        municipal_org = v["municipality_org"].format(m=m)
        if rng.random() < 0.6:
            org = municipal_org
            orgs = [municipal_org]
            if rng.random() < 0.5:
                dept = rng.choice(v["departments"])
                org = f"{dept}, {municipal_org}"
                orgs = [municipal_org, org]
        else:
            org = rng.choice(v["foundations"])
            orgs = [org]
        f = {"m": m, "topic": topic, "title": rng.choice(topic["title"]).format(m=m), "org": org, "orgs": orgs,
             "municipal_org": municipal_org in org}
        f["status"] = rng.choice(("project", "in_operation", "completed", None))
        start = date(rng.randint(2015, 2022), rng.randint(1, 12), 1)
        f["period_mode"] = "from" if f["status"] == "in_operation" else rng.choice(("numeric", "words", "month"))
        if f["period_mode"] != "month":
            start = start.replace(day=rng.choice((1, 1, rng.randint(2, 28))))
        end = month_end(start + timedelta(days=rng.randint(12, 36) * 30)) if f["period_mode"] != "from" else None
        if f["period_mode"] in ("numeric", "words") and end and rng.random() < 0.5:
            end = end - timedelta(days=rng.randint(1, 20))
        f["start"], f["end"] = start, end
        f["budget_mode"] = rng.choice(("million", "plain", "range", "bound", "list", "not_stated", "none"))
        f["ages"] = rng.choice(TOPIC_AGES[topic_index] + (None,))
        if f["ages"] == "plus":
            f["age_bounds"] = (rng.choice((60, 65, 67, 70)), None)
        elif f["ages"] == "upto":
            f["age_bounds"] = (None, rng.choice((25, 29, 30)))
        elif f["ages"] == "range":
            f["age_bounds"] = rng.choice(TOPIC_AGE_RANGES[topic_index])
        else:
            f["age_bounds"] = (None, None)
        f["planned"] = self.count() if rng.random() < 0.35 else None
        f["reached"] = self.count() if rng.random() < 0.5 else None
        f["evaluation"] = rng.choice(("internal", "external", None))
        f["ratings"] = (rng.randint(1, 4), rng.randint(1, 4)) if rng.random() < 0.5 else None
        f["document_date"] = start + timedelta(days=rng.randint(200, 1400)) if rng.random() < 0.25 else None
        f["contacts"] = [self.contact(m) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        return f

    def count(self) -> tuple[int, str]:
        """A participant count and how it is written: digits or a number word."""
        if self.rng.random() < 0.4:
            tens = self.rng.choice(sorted(self.v["tens"]))
            return int(tens), self.v["tens"][tens]
        n = self.rng.randint(12, 400)
        return n, str(n)

    def contact(self, m: str) -> dict:
        name = self.person()
        role = self.rng.choice(self.v["roles"])
        phone_text, phone = self.phone() if self.rng.random() < 0.85 else (None, None)
        local = ".".join(name.lower().translate(ASCII_FOLD).split()[:: max(1, len(name.split()) - 1)])
        domain = self.v["email_domain"].format(m=m.lower().translate(ASCII_FOLD))
        email = f"{local}@{domain}" if self.rng.random() < 0.85 else None
        return {"name": name, "role": role, "phone": phone, "phone_text": phone_text, "email": email}

    # ---- text pieces -------------------------------------------------------------------
    def date_text(self, day: date, words: bool) -> str:
        if words:
            return self.v["date_words"].format(d=day.day, month=self.v["months"][day.month - 1], y=day.year)
        return self.v["date_numeric"].format(d=day.day, m=day.month, y=day.year)

    def month_text(self, day: date) -> str:
        return f"{self.v['months'][day.month - 1]} {day.year}"

    def period_text(self, f: dict) -> str:
        start, end, mode = f["start"], f["end"], f["period_mode"]
        if mode == "from":
            return self.v["period_from"].format(start=self.date_text(start, self.rng.random() < 0.5))
        if mode == "month":
            return self.v["period_month"].format(start=self.month_text(start), end=self.month_text(end))
        if mode == "words":
            return self.v["period_words"].format(start=self.date_text(start, True), end=self.date_text(end, True))
        return f"{self.date_text(start, False)} – {self.date_text(end, False)}"

    def money(self, value: int) -> str:
        return self.v["money"]["plain"].format(x=group_thousands(value, self.v["money"]["sep"]))

    def budget(self, f: dict, gold: dict) -> tuple[str, str] | None:
        """(heading, text) of the economy section, filling the budget fields of gold."""
        mode, rng, v = f["budget_mode"], self.rng, self.v
        money = v["money"]
        heading = v["headings"]["economy"]
        if mode == "none":
            return None
        if mode == "not_stated":
            return heading, v["not_stated"]
        gold["budget_stated"] = True
        gold["budget_currency"] = CURRENCY[self.country]
        if mode == "million":
            value = rng.choice(MILLIONS)
            gold["budget_total"] = int(round(value * 1_000_000))
            amount = money["million"].format(x=million_text(value, money["decimal"]))
            return heading, v["budget_total"].format(amount=amount)
        if mode == "plain":
            value = rng.randint(150, 5000) * 1000
            gold["budget_total"] = value
            return heading, v["budget_total"].format(amount=self.money(value))
        if mode == "range":
            lo, hi = rng.choice(PER_YEAR_RANGES)
            gold["budget_per_year_min"], gold["budget_per_year_max"] = lo, hi
            sep = money["sep"]
            text = v["budget_range"].format(lo=group_thousands(lo, sep), hi=group_thousands(hi, sep))
            return v["economy_per_year"], text
        if mode == "bound":
            bound = rng.choice(PER_YEAR_BOUNDS)
            gold["budget_per_year_max"] = bound
            return v["economy_per_year"], v["budget_bound"].format(x=group_thousands(bound, money["sep"]))
        years = range(f["start"].year, f["start"].year + rng.randint(2, 3))
        grants = {str(y): rng.randint(2, 16) * 50000 for y in years}
        gold["grants_by_year"] = grants
        gold["budget_total"] = sum(grants.values())
        items = ", ".join(money["list_item"].format(y=y, x=group_thousands(x, money["sep"])) for y, x in grants.items())
        return heading, v["budget_list"].format(items=items)

    def sentences(self, pool: str, k: int, m: str) -> str:
        picked = self.rng.sample(self.v["pools"][pool], min(k, len(self.v["pools"][pool])))
        fill = {"m": m, "clock": f"{self.rng.randint(8, 19)}.{self.rng.choice(('00', '15', '30', '45'))}",
                "pct": self.rng.choice((10, 15, 20, 25, 30, 40, 60))}
        return " ".join(s.format(**fill) for s in picked)

    def ratings_text(self, ratings: tuple[int, int], glue: bool) -> str:
        # the vocabulary keys the scale by step (4 .. 1) so its files never spell it out in order
        scale = [self.v["scale"][str(step)] for step in range(1, 5)]
        questions = self.v["rating_questions"]
        lines = []
        for question, value in zip(questions, ratings):
            answer = scale[value - 1]
            if glue and self.v["glue_scale"]:
                answer += " ".join(scale)
            lines.append(f"{question}\n\n{answer}")
        return "\n\n".join(lines)

    def contact_text(self, c: dict, style: str, org: str) -> str:
        v = self.v
        if style == "block":
            lines = [c["name"], c["role"], org]
            if c["phone"]:
                lines.append(f"{v['phone_label']} {c['phone_text']}")
            if c["email"]:
                lines.append(c["email"])
            return "\n".join(lines)
        if style == "labels":
            lines = [f"{c['role']}: {c['name']}"]
            if c["phone"]:
                lines.append(f"{v['phone_label']} {c['phone_text']}")
            if c["email"]:
                lines.append(f"{v['email_label']} {c['email']}")
            return "\n".join(lines)
        parts = [f"{c['role']} {c['name']}", org]
        if c["phone"]:
            parts.append(f"{TEL_ABBREVIATION[self.lang]} {c['phone_text']}")
        if c["email"]:
            parts.append(c["email"])
        return ", ".join(parts)

    # ---- whole case --------------------------------------------------------------------
    def build(self, layout: str) -> tuple[str, dict]:
        f = self.facts()
        v, rng, m, h = self.v, self.rng, f["m"], self.v["headings"]
        gold = {
            "language": self.lang, "country": self.country, "title": f["title"], "organisation": f["orgs"],
            "municipality": m, "status": f["status"],
            "period_start": f["start"].isoformat(), "period_end": f["end"].isoformat() if f["end"] else None,
            "document_date": f["document_date"].isoformat() if f["document_date"] else None,
            "budget_stated": False, "budget_currency": None, "budget_per_year_min": None,
            "budget_per_year_max": None, "budget_total": None, "grants_by_year": None, "contacts": [],
            "participants_planned": f["planned"][0] if f["planned"] else None,
            "participants_reached": f["reached"][0] if f["reached"] else None,
            "target_age_min": f["age_bounds"][0], "target_age_max": f["age_bounds"][1],
            "evaluated": True if f["evaluation"] else None, "evaluation_kind": f["evaluation"],
            "goal_fulfilment": f["ratings"][0] if f["ratings"] else None,
            "implemented_as_planned": f["ratings"][1] if f["ratings"] else None,
            "sections": [],
        }
        people = rng.choice(v["people"])
        group = f["topic"]["group"]
        target = group[0].upper() + group[1:] + "."
        if f["ages"]:
            lo, hi = f["age_bounds"]
            target += " " + v["ages"][f["ages"]].format(a=lo, b=hi)
        counts = []
        if f["planned"]:
            counts.append(v["planned"].format(n=f["planned"][1], people=people))
        if f["reached"]:
            counts.append(v["reached"].format(n=f["reached"][1], people=people))
        status_text = v["status"][f["status"]] if f["status"] else ""
        budget = self.budget(f, gold)
        contact_style = {"page": "block", "labels": "labels"}.get(layout, rng.choice(("block", "line", "labels")))
        contacts = "\n\n".join(self.contact_text(c, contact_style, f["org"]) for c in f["contacts"])
        evaluation = v["evaluated"][f["evaluation"]].format(evaluator=rng.choice(v["evaluators"])) \
            if f["evaluation"] else None
        description = " ".join((f["topic"]["sentence"], self.sentences("description", 4, m)))

        blocks: list[tuple[str | None, str, str]] = []
        if layout == "labels":
            if f["end"] and rng.random() < 0.5:
                blocks += [(None, v["labels"]["start"], self.date_text(f["start"], False)),
                           (None, v["labels"]["end"], self.date_text(f["end"], False))]
            else:
                blocks.append(("period", h["period"], self.period_text(f)))
            if budget:
                blocks.append(("economy", v["labels"]["budget"] if budget[0] == h["economy"] else budget[0], budget[1]))
            blocks += [(None, v["labels"]["organisation"], f["org"]), (None, v["labels"]["municipality"], m)]
            if status_text:
                blocks.append((None, v["labels"]["status"], status_text.replace("Status: ", "")))
            body = " ".join([self.sentences("background", 3, m), description, target, *counts,
                             self.sentences("results", 2, m)])
            blocks.append(("description", v["labels"]["description"], body))
            # the gold's evaluation and ratings are written where a fact page writes them, not left out
            if evaluation:
                blocks.append(("evaluation", h["evaluation"], evaluation))
            if f["ratings"]:
                blocks.append(("assessment", h["assessment"], self.ratings_text(f["ratings"], rng.random() < 0.5)))
            for c in f["contacts"]:
                blocks.append(("contact", v["labels"]["contact"], self.contact_text(c, "labels", f["org"])))
        else:
            if layout == "page":
                blocks.append(("contact", h["contact"], contacts))
                if budget:
                    blocks.append(("economy", budget[0], budget[1]))
                if status_text:
                    blocks.append(("intervention_type", h["intervention_type"], status_text))
            if not f["municipal_org"] or layout != "page":
                blocks.append(("details", h["details"], f"{v['labels']['municipality']}: {m}\n\n{f['org']}"))
            blocks.append(("background", h["background"], " ".join((f["topic"]["sentence"],
                                                                     self.sentences("background", 3, m)))))
            blocks.append(("purpose", h["purpose"], self.sentences("purpose", 3, m)))
            blocks.append(("target_group", h["target_group"], target))
            period = self.period_text(f)
            if layout != "page" and status_text:
                period = f"{period} {status_text}"
            blocks.append(("period", h["period"], period))
            blocks.append(("description", h["description"], description))
            if rng.random() < 0.5:
                blocks.append(("organisation", h["organisation"], self.sentences("organisation", 2, m)))
            blocks.append(("recruitment", h["recruitment"], self.sentences("recruitment", 3, m)))
            if budget and layout != "page":
                blocks.append(("economy", budget[0], budget[1]))
            results_key = "effect" if layout == "page" else "results"
            blocks.append((results_key, h[results_key], " ".join([*counts, self.sentences("results", 3, m)])))
            if layout in ("page", "narrative") and rng.random() < 0.6:
                blocks.append(("what_worked", h["what_worked"], self.sentences("what_worked", 2, m)))
                blocks.append(("challenges", h["challenges"], self.sentences("challenges", 2, m)))
            if evaluation:
                blocks.append(("evaluation", h["evaluation"], evaluation))
            if f["ratings"]:
                blocks.append(("assessment", h["assessment"], self.ratings_text(f["ratings"], rng.random() < 0.5)))
            blocks.append(("comments", h["comments"], self.sentences("comments", 2, m)))
            if layout != "page":
                blocks.append(("contact", h["contact"], contacts))
        self.pad(blocks, m)

        gold["contacts"] = [{"name": c["name"], "role": c["role"],
                             "phone": c["phone"], "email": c["email"]} for c in f["contacts"]]
        seen: list[str] = []
        for key, _, _ in blocks:
            if key and key not in seen:
                seen.append(key)
        gold["sections"] = seen
        updated = None
        if f["document_date"]:
            updated = v["updated"].format(date=self.date_text(f["document_date"], False), phone=self.phone()[0])
        return self.render(layout, f["title"], updated, blocks), gold

    def pad(self, blocks: list, m: str) -> None:
        """Lengthen the description so a case is about TARGET_CASE_BYTES, with sentences of several pools."""
        size = sum(len(b[1]) + len(b[2]) + 4 for b in blocks)
        index = next(i for i, b in enumerate(blocks) if b[0] == "description")
        key, heading, text = blocks[index]
        fill = {"m": m, "clock": f"{self.rng.randint(8, 19)}.30", "pct": self.rng.choice((10, 20, 30))}
        pool = [s.format(**fill) for name in PAD_POOLS for s in self.v["pools"][name]]
        deficit = TARGET_CASE_BYTES - 300 - size
        mean = sum(len(s) + 1 for s in pool) / len(pool)
        extra = self.rng.choices(pool, k=max(0, int(deficit / mean) + 1)) if deficit > 0 else []
        if extra:
            paragraphs = [" ".join(extra[k:k + 4]) for k in range(0, len(extra), 4)]
            blocks[index] = (key, heading, "\n\n".join([text, *paragraphs]))

    def render(self, layout: str, title: str, updated: str | None, blocks: list) -> str:
        if layout == "html":
            out = [f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head><meta charset="utf-8">'
                   f"<title>{title}</title></head>\n<body>\n<h1>{title}</h1>"]
            if updated:
                out.append(f"<p>{updated}</p>")
            for _, heading, text in blocks:
                out.append(f"<h2>{heading}</h2>")
                out += [f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")]
            out.append("</body>\n</html>\n")
            return "\n".join(out)
        if layout == "markdown":
            out = [f"# {title}"] + ([f"*{updated}*"] if updated else [])
            out += [f"## {heading}\n\n{text}" for _, heading, text in blocks]
            return "\n\n".join(out) + "\n"
        out = [title] + ([updated] if updated else [])
        for n, (_, heading, text) in enumerate(blocks, 1):
            if layout == "numbered":
                out.append(f"{n}. {heading}\n\n{text}")
            elif layout == "inline" and not heading.endswith("?"):
                out.append(f"{heading}: {text}")
            elif layout == "labels":
                out.append(f"{heading}\n{text}")
            else:
                out.append(f"{heading}\n\n{text}")
        return "\n\n".join(out) + "\n"


def make_case(vocab: dict[str, dict], seed: int, index: int) -> tuple[str, str, dict]:
    """Case index of a seeded corpus: (file name, text, gold record)."""
    rng = random.Random(f"{seed}:{index}")
    lang = LANGS[index % len(LANGS)]
    layout = rng.choice(LAYOUTS)
    text, gold = CaseWriter(vocab[lang], lang, rng).build(layout)
    stem = f"syn{index:06d}_{lang}_{layout}"
    return stem + EXTENSION.get(layout, ".txt"), text, gold


def make_corpus(n: int, out: Path, seed: int = 0) -> dict[str, dict]:
    """Write n cases and out/gold.json; returns the gold cases."""
    out.mkdir(parents=True, exist_ok=True)
    vocab = load_vocab()
    cases: dict[str, dict] = {}
    for index in range(n):
        name, text, gold = make_case(vocab, seed, index)
        (out / name).write_text(text, encoding="utf-8")
        cases[Path(name).stem] = gold
    lines = [f"{json.dumps(stem, ensure_ascii=False)}: {json.dumps(g, ensure_ascii=False)}" for stem, g in cases.items()]
    header = json.dumps({"schema_version": 1, "about": ABOUT}, ensure_ascii=False)[:-1]
    (out / "gold.json").write_text(header + ', "cases": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of cases")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    make_corpus(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
