"""Contacts: name, role, phone (E.164), e-mail and organisation of the people named as contact.

Gets the text, its language, country and heading/label blocks; reads contact sections and
contact labels line by line ("Name,phone,email", stacked name/role/org, "Telefon: ...").
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

import phonenumbers

from .. import lexicon, resources
from ..stages.sections import _NUMBERING, Block, heading_body
from ..readers.text import COLUMN_GAP
from ..spans import PICTOGRAM_CLASS, line_end
from .base import Candidate

METHOD = "contacts@1"
#: An e-mail address, also written against harvesters: "sara.lind[at]stockholm.se", "anna (at) vejle.dk"
EMAIL = re.compile(r"(?<![\w.+-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)*(?:\.[A-Za-z]{2,})?"
                   r"|[\w.+-]+ ?[\[(](?i:at)[\])] ?[\w-]+(?:\.[\w-]+)+)", re.UNICODE)
_AT_WRITTEN_OUT = re.compile(r" ?[\[(](?i:at)[\])] ?")
#: a page footer's opening: "© 2024 Vejle Kommune", "Copyright Region Skåne"
_FOOTER = re.compile(r"\s*(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
#: the line that opens a quoted or forwarded mail: "-----Oprindelig meddelelse-----", "----- Forwarded message -----"
_MAIL_SEPARATOR = re.compile(r"[>\s]*-{2,}[ \t]*[^\W\d_][^-\n]{2,40}?[ \t]*-{2,}[ \t]*")
PHONE_CHUNK = re.compile(r"(?<![\w.])\+?\(?\d[\d\s\u00a0()./-]{5,18}\d(?![\w])")
_NAME_TOKEN = re.compile(r"^[A-ZÆØÅÄÖÜÉÈÁÓÚÍ][\w'’-]*$|^(?:von|van|de|af|la|le|der|den|du)$")
#: a middle initial ("Søren Ø. Kjær"): a name token between two others, never first or last
_INITIAL = re.compile(r"^[A-ZÆØÅÄÖÜ]\.$")
_ANY_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’-]*$")
_DATE_LIKE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+")
#: pictograms a social-media page sets before its contact lines: 📞 ✉️ 📍 🌐 (with their variation selectors)
_PICTOGRAMS = re.compile(PICTOGRAM_CLASS + "+")
#: a web address standing alone: "turogprat.no", "www.havhjertet.dk", "https://…"
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}(?:/\S*)?", re.IGNORECASE)
#: a line naming a party and ending in a colon: "For Kristiansand kommune:"
_PARTY_LINE = re.compile(r"[ \t]*(?P<name>[^\W\d_][^:,@\d\n]{1,80}?)[ \t]*:[ \t]*")
_ROLE_COLON = re.compile(r"^\s*([^\W\d_][^:,@\d]{1,60}?)\s*:\s+(?=\S)")


def _parts_pattern(spaced: str) -> re.Pattern:
    """Comma parts of a contact line: ",", ";", "·", "|" part it, and so do the `spaced` marks with a space
    on both sides (" / " separates, "0920/45" does not)."""
    return re.compile(rf"(?:[^,;·|{spaced}]|(?<!\s)[{spaced}]|[{spaced}](?!\s))+|(?<=,)(?=,)")


_PARTS = _parts_pattern("/")
#: on a line with a phone or an e-mail " – " separates too ("Anna Holm – projektleder – 23 45 67 89");
#: elsewhere it stays inside a name ("Region Syddanmark – Regional Udvikling")
_PARTS_DASH = _parts_pattern("/–—")
_TRAILING_PARENS = re.compile(r"\(([^()]{2,60})\)\s*$")
_ABBREV = re.compile(r"^(?:[A-Za-zÆØÅÄÖæøåäö]{1,3}\.){1,3}$")
MAX_CONTACT_LINES = 40  # a contact section ends at the next heading or paragraph anyway
MAX_CONTACT_LINE_WORDS = 12
NER_AGREEMENT = 0.05  # a name the NER also calls PER
MAX_NAME_WORDS = 5

#: the score of a phone number that is valid in its country's numbering plan (0.6 when only possible)
VALID_PHONE_SCORE = 0.93
#: Evidence scores by how a part was found; normalise calibrates them.
SCORE = {"label": 0.92, "comma_line": 0.9, "stacked": 0.85, "role_heading": 0.85,
         "label_value": 0.8, "list": 0.75}


@dataclass
class ContactDraft:
    """A contact being assembled: each part is (value, start, end, score) or None."""

    name: tuple
    role: Optional[tuple] = None
    phone: Optional[tuple] = None
    email: Optional[tuple] = None
    organisation: Optional[tuple] = None
    how: str = "stacked"
    extra: dict = field(default_factory=dict)

    def last_end(self) -> int:
        """Where the last part read of this contact ends."""
        return max(part[2] for part in (self.name, self.role, self.phone, self.email, self.organisation) if part)

    def candidates(self, section: Optional[str]) -> dict[str, Candidate]:
        out = {}
        for part in ("name", "role", "phone", "email", "organisation"):
            val = getattr(self, part)
            if val is not None:
                out[part] = Candidate(f"contact_{part}", val[0], val[0], val[1], val[2], val[3],
                                      METHOD, section, {"how": self.how})
        return out


def normalise_phone(raw: str, region: str) -> Optional[tuple[str, bool]]:
    """(E.164, valid) for a phone string in a country's conventions, None if it is no phone."""
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.count("+") > 1 or len(digits.lstrip("+")) < 6 or len(digits.lstrip("+")) > 15:
        return None
    try:
        num = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    return (phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
            phonenumbers.is_valid_number(num))


@lru_cache(maxsize=None)
def _phone_cue() -> re.Pattern:
    """A phone cue word opening a part ("telefon 37 93 75 00"), from every language's numbers.yaml."""
    return re.compile(rf"^\s*(?:{_phone_cue_words()})\.?\s*:?\s*(?=[+\d(])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phone_cue_words() -> str:
    """Regex alternation of the phone cue words of every language, longest first."""
    return lexicon.any_language_numbers_words("phone_cues")


@lru_cache(maxsize=None)
def _id_cue_before() -> re.Pattern:
    """A registry or account label right before digits ("CVR 31234567", "Org.nr. 912 345 678"), from
    every language's numbers.yaml: those digits are no phone."""
    return re.compile(rf"(?<!\w)(?:{lexicon.any_language_numbers_words('id_cues')})\.?[ \t]*[:#]?[ \t]*\Z", re.IGNORECASE)


def _after_id_cue(text: str, pos: int) -> bool:
    return _id_cue_before().search(text, max(0, pos - 30), pos) is not None


@lru_cache(maxsize=None)
def _role_at(lang: str) -> re.Pattern:
    """A role, a preposition of place (`role_at`) and a workplace with a capital: "konsulent hos Socialstyrelsen"."""
    words = lexicon.alternation(lexicon.phrases(lang, "role_at"))
    return re.compile(rf"(?P<role>[^\W\d_][^\W\d_ .-]*(?:[ -][^\W\d_]+){{0,2}})\s+(?:{words})\s+"
                      rf"(?P<org>[A-ZÆØÅÄÖÜ][^\n]*)")


def _looks_like_phone(part: str) -> bool:
    if _DATE_LIKE.search(part) or "@" in part:
        return False
    part = _phone_cue().sub("", part, count=1)
    chunk = PHONE_CHUNK.search(part)
    if chunk and _after_id_cue(part, chunk.start()):
        return False
    digits = re.sub(r"\D", "", part)
    return 6 <= len(digits) <= 15 and len(digits) >= 0.6 * len(re.sub(r"\s", "", part))


def _phone_chunks(text: str):
    """The digit runs of `text` that look like a phone, not after a registry or account label."""
    return (m for m in PHONE_CHUNK.finditer(text) if _looks_like_phone(m.group(0)) and not _after_id_cue(text, m.start()))


def _looks_like_phone_anywhere(text: str) -> bool:
    return next(_phone_chunks(text), None) is not None


@lru_cache(maxsize=None)
def _name_titles() -> frozenset[str]:
    """Academic titles written before a name in any language ("prof.", "docent"), case-folded."""
    return frozenset(t.casefold() for code in resources.languages()
                     for t in resources.load(code, "labels").phrases["name_titles"])


def _name_tokens(text: str, strict: bool) -> Optional[str]:
    """The name in a short text (leading abbreviations like "T.f." and academic titles dropped), else None.
    Words set in columns ("Gunnel Westin            Per-Olof Näsström": two signatures side by side) are
    no one name."""
    columns = [c for c in text.strip().split(COLUMN_GAP) if c.strip()]
    if len(columns) > 1 and sum(_name_tokens(c, True) == " ".join(c.split()) for c in columns) > 1:
        return None
    words = [w for w in text.replace("\u00a0", " ").split() if w]
    while words and (_ABBREV.match(words[0]) or words[0].casefold() in _name_titles()):
        words = words[1:]
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    if not strict and words[0][0].islower() and _NAME_TOKEN.match(words[-1]):
        # "ersätts av Per Holm" under a role label: lower-case words before a name are not part of it
        return _name_tokens(" ".join(words), True)
    pattern = _NAME_TOKEN if strict else _ANY_NAME_TOKEN
    if all(pattern.match(w) or (0 < i < len(words) - 1 and _INITIAL.match(w)) for i, w in enumerate(words)):
        return " ".join(words)
    if strict:
        # longest run of capitalised words ("Ej utsedd Ansökan Pontus Sandell")
        best: list[str] = []
        run: list[str] = []
        for w in words:
            if _NAME_TOKEN.match(w) and not (not run and w.casefold() in _name_titles()):
                run.append(w)
                if len(run) > len(best):
                    best = list(run)
            else:
                run = []
        if len(best) >= 2:
            return " ".join(best)
    return None


#: a postal address line: a street and its number, then a post code (Danish and Norwegian four digits,
#: Swedish "801 84", perhaps after a country letter) and a town; or the post code and town alone
_POSTAL_ADDRESS = re.compile(r"(?:[A-ZÆØÅÄÖ][^\W\d_]*\.?(?:[ \t-][^\W\d_]+\.?){0,3}[ \t]+\d{1,4}[ \t]?[A-Za-z]?"
                             r"(?:,[ \t]*[^,\n]{1,20})?,[ \t]*)?(?:[A-Z]{1,2}-)?(?:\d{4}|\d{3}[ \t]\d{2})[ \t]+"
                             r"[A-ZÆØÅÄÖ][^\W\d_]*(?:[ \t-][A-ZÆØÅÄÖ]?[^\W\d_]+){0,2}\.?")
#: An e-mail or a phone number in brackets after a name (same length when made a comma part).
_BRACKETED_ADDRESS = re.compile(r" \(([^()\n]*@[^()\n]*|\+?[\d][\d \u00a0-]{5,}\d)\)")


def _bracketed_as_parts(line: str) -> str:
    """"Ingrid Moe (ingrid.moe@bodo.kommune.no)", "Anna Holm (23 45 67 89)": an address in brackets becomes
    a comma part of its own (same length, so offsets hold)."""
    return _BRACKETED_ADDRESS.sub(lambda m: ", " + m.group(1) + " ", line)


class ContactParser:
    """Reads the lines of one contact block into contact drafts."""

    def __init__(self, text: str, lang: str, region: str, entities: Sequence = ()):
        self.text = text
        self.lang = lang
        self.region = region
        self.entities = entities
        self.drafts: list[ContactDraft] = []
        self.pending_role: Optional[tuple] = None
        #: what the previous stacked line was taken for ("Maja Andersen / Koordinator / <workplace>")
        self.previous_line: list[str] = []
        #: contacts named together on one line ("Karin Ek och Per Holm"): the phone and e-mail that
        #: follow go to the one the e-mail address names, else to the first
        self.pair: list[ContactDraft] = []
        self._pairing = False
        #: the party a line like "For Kristiansand kommune:" names: the workplace of the contact under it
        self.pending_organisation: Optional[tuple] = None

    # ---- parts -------------------------------------------------------------
    def _email(self, part: str, start: int) -> Optional[tuple]:
        m = EMAIL.search(part)
        if not m:
            return None
        raw = m.group(0).rstrip(".")
        value = _AT_WRITTEN_OUT.sub("@", raw)
        return value, start + m.start(), start + m.start() + len(raw), 0.95 if value == raw else 0.9

    def _phone(self, part: str, start: int) -> Optional[tuple]:
        for m in _phone_chunks(part):
            parsed = normalise_phone(m.group(0), self.region)
            if parsed:
                e164, valid = parsed
                return e164, start + m.start(), start + m.end(), VALID_PHONE_SCORE if valid else 0.6
        return None

    def valid_phone(self, line: str, start: int) -> Optional[tuple]:
        """The phone a line gives, only when the number is valid in its country's plan (a date such as
        "22/4 2025" may look like a possible one)."""
        phone = self._phone(line, start) if _looks_like_phone_anywhere(line) else None
        return phone if phone is not None and phone[3] >= VALID_PHONE_SCORE else None

    def _entity_label(self, start: int, end: int) -> Optional[str]:
        """Label of the entity that covers most of [start, end), if any covers half of it."""
        best, cover = None, 0
        for e in self.entities:
            overlap = min(end, e.end) - max(start, e.start)
            if overlap > cover:
                best, cover = e.label, overlap
        return best if cover * 2 >= end - start else None

    def _current(self) -> Optional[ContactDraft]:
        return self.drafts[-1] if self.drafts else None

    def _attach(self, part_name: str, value: tuple) -> None:
        cur = self._current()
        if part_name == "organisation" and (value[0][:1].islower() or _WEB_ADDRESS.fullmatch(value[0])):
            return  # "…, hvis kontaktpersonen skifter.": the sentence goes on, no workplace; "turogprat.no" neither
        if part_name == "organisation" and cur is not None and cur.organisation is not None \
                and not lexicon.is_organisation(cur.organisation[0], self.lang) \
                and lexicon.is_organisation(value[0], self.lang):
            # "Prosjektleder, Trim i grenda\nVestvågøy kommune": the line naming an organisation by its
            # form wins over a name after the role (the case's own, often)
            cur.organisation = value
            return
        if cur is not None and getattr(cur, part_name) is None:
            setattr(cur, part_name, value)

    def _attach_address(self, part_name: str, value: tuple) -> None:
        """A phone or an e-mail: the current contact's, or one of a pair's."""
        if len(self.pair) < 2:
            self._attach(part_name, value)
            return
        named = [d for d in self.pair if part_name == "email" and _mail_names(value[0], d.name[0])]
        for draft in (*named, *self.pair):
            if getattr(draft, part_name) is None:
                setattr(draft, part_name, value)
                return

    def _new(self, name: tuple, how: str) -> None:
        draft = ContactDraft(name=name, how=how)
        if self.pending_role is not None:
            draft.role = self.pending_role
            self.pending_role = None
        if self.pending_organisation is not None:
            draft.organisation = self.pending_organisation
            self.pending_organisation = None
        self.drafts.append(draft)
        if self._pairing:
            self.pair.append(draft)
        else:
            self.pair = []

    def set_role(self, role: tuple) -> None:
        """A role on its own (a role line, "Stilling: prosjektleder"): the current contact's, or the next's.
        Roles set in columns ("Ordförande           Handläggare", under two signatures) are no one's."""
        if COLUMN_GAP in role[0].strip():
            return
        if ":" in role[0]:
            # "Roll i projektet: projektansvarig": the role after its label
            label, _, value = role[0].rpartition(":")
            if value.strip():
                role = (value.strip(), role[2] - len(value.strip()), role[2], role[3])
        cur = self._current()
        if cur is not None and cur.role is None:
            cur.role = role
        else:
            self.pending_role = role

    # ---- lines -------------------------------------------------------------
    def feed_part(self, part: str, start: int, how: str, strict_name: bool = True,
                  label: Optional[str] = None, opens_person_line: bool = False) -> str:
        """Classify one comma-separated part; returns what it was taken for.

        `opens_person_line`: the first part of a line that carries its own phone or e-mail."""
        stripped = part.strip()
        if not stripped:
            return "empty"
        start += len(part) - len(part.lstrip())
        end = start + len(stripped)
        if lexicon.phrase_pattern(self.lang, "not_stated").fullmatch(stripped.rstrip(".")) \
                or _all_caps_phrase(stripped):
            return "not_stated"
        if label == "email" or EMAIL.search(stripped):
            found = self._email(stripped, start)
            if found:
                self._attach_address("email", found)
                # "Sala kommun. Tel 0224-74 70 00. E-post: anna.berg@sala.se": a phone in the same part
                rest = stripped[:found[1] - start] + " " * (found[2] - found[1]) + stripped[found[2] - start:]
                phone = self._phone(rest, start) if label != "email" else None
                if phone:
                    self._attach_address("phone", phone)
                return "email"
        if label == "phone" or _looks_like_phone(stripped):
            found = self._phone(stripped, start)
            if found:
                self._attach_address("phone", found)
                return "phone"
            if label == "phone":
                return "empty"
        version = lexicon.phrase_pattern(self.lang, "version_cue").search(stripped)
        if version:
            stripped = stripped[:version.start()].rstrip(" ,")
            end = start + len(stripped)
            if not stripped:
                return "version"
        if lexicon.is_role(stripped, self.lang):
            self.set_role((stripped.strip(",."), start, end, SCORE["stacked"]))
            return "role"
        at = _role_at(self.lang).fullmatch(stripped)
        if at and self._current() is not None and lexicon.is_role(at["role"], self.lang):
            # "projektleder i Vejle Kommune", "daglig leder ved Frivilligsentralen": a role and its workplace
            self.set_role((at["role"], start, start + at.end("role"), SCORE["stacked"]))
            org = at["org"].rstrip(" ,.")
            self._attach("organisation", (org, start + at.start("org"), start + at.start("org") + len(org),
                                          SCORE["stacked"]))
            return "role"
        paren = _TRAILING_PARENS.search(stripped)
        inner = paren.group(1).strip() if paren and paren.start() > 0 else ""
        is_role = bool(inner) and lexicon.is_role(inner, self.lang)
        if is_role or (inner and lexicon.is_organisation(inner, self.lang)):
            # "Magnus Storebø (prosjektleiar)", "Åsa Lind (Region Örebro län)": the role or the
            # workplace in brackets after the name
            inner_start = start + paren.start(1) + len(paren.group(1)) - len(paren.group(1).lstrip())
            inner_part = (inner, inner_start, inner_start + len(inner), SCORE["stacked"])
            if is_role:
                self.pending_role = inner_part
            what = self.feed_part(stripped[:paren.start()], start, how, strict_name, label, opens_person_line)
            if what != "name":
                self.pending_role = None
            elif not is_role:
                self._attach("organisation", inner_part)
            return what
        if lexicon.is_organisation(stripped, self.lang) and not _sentence_goes_on(self.text, end):
            cur = self._current()
            if cur is not None and cur.organisation is not None and (
                    lexicon.is_organisation(cur.organisation[0], self.lang)
                    or "\n" not in self.text[cur.organisation[2]:start]):
                return "organisation_more"  # merged with the part before it on its line: "Teknik og Miljø, Skive Kommune"
            self._attach("organisation", (stripped, start, end, SCORE["stacked"]))
            return "organisation"
        lead_role = _leading_role(stripped, self.lang)
        if lead_role is not None:
            # "Projektleder Sofie Brandt Kristensen": a role title written before the name
            self.pending_role = (lead_role, start, start + len(lead_role), SCORE["stacked"])
            rest = stripped[len(lead_role):]
            return self.feed_part(rest, start + len(lead_role), how, strict_name, label, opens_person_line)
        words = stripped.split()
        rest = " ".join(words[1:])
        if len(words) >= 2 and lexicon.is_role(words[0], self.lang) and self._current() is not None \
                and (len(words) == 2 or _name_tokens(rest, True) != rest):
            # "Sigbjørn Rise\nProsjektleiar Rørsleglede, Ørsta IL", "Projektleder Bevæg dig glad": the role and
            # the project it leads, no name
            self.set_role((words[0], start, start + len(words[0]), SCORE["stacked"]))
            return "role"
        name = _name_tokens(stripped, strict_name)
        if name:
            offset = stripped.find(name)
            span = (start + offset, start + offset + len(name))
            label = self._entity_label(*span)
            cur = self._current()
            # a name the NER calls ORG belongs to the contact above, unless its line brings its
            # own phone or e-mail while that contact has them already ("Name,5692 2897,x@y.dk")
            if label == "ORG" and cur is not None \
                    and not (opens_person_line and (cur.phone is not None or cur.email is not None)):
                if _sentence_goes_on(self.text, end):
                    return "other"
                self._attach("organisation", (stripped, start, end, SCORE["stacked"]))
                return "organisation"
            score = min(0.97, SCORE[how] + (NER_AGREEMENT if label == "PER" else 0.0))
            self._new((name, span[0], span[1], score), how)
            return "name"
        cur = self._current()
        if cur is not None and cur.role is not None and cur.organisation is None \
                and len(stripped.split()) <= 6 and not any(c.isdigit() for c in stripped) \
                and not stripped.endswith((".", "!", "?")) \
                and not _BLANK_LINE.search(self.text, cur.last_end(), start):  # "Mer tekst.": a sentence, no workplace
            # (a line after a blank line under the contact's block is the text going on: "Du kan också skicka ett sms")
            self._attach("organisation", (stripped, start, end, SCORE["list"]))
            return "organisation"
        return "other"

    def feed_line(self, line: str, start: int, label: Optional[str] = None,
                  role_label: Optional[tuple] = None) -> None:
        # markdown emphasis, list markers and pictograms ("📞 957 43 218", "✉️ sara@…") are layout, not content
        # (same length kept)
        line = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), line)
        line = _PICTOGRAMS.sub(lambda m: " " * len(m.group(0)), line)
        marker = _LIST_MARKER.match(line)
        if marker:
            line = " " * marker.end() + line[marker.end():]
        if _POSTAL_ADDRESS.fullmatch(line.strip()):
            return  # "Prinsens Allé 5, 8800 Viborg": a street and a post code, no one's name
        party = self._party(line, start)
        if party is not None:
            # "For Kristiansand kommune:", "Næstved Kommune:" over a party's contact in an agreement
            self.pending_organisation = party
            return
        # "Ingrid Moe (ingrid.moe@bodo.kommune.no)": an address in brackets is a part of its own
        line = _bracketed_as_parts(line)
        people = _person_segments(line)
        if len(people) > 1:
            # "Jens Hansen,1234 5678,jh@x.dk; Pia Holm,8765 4321,ph@x.dk": one person a segment
            for seg_start, seg_end in people:
                self.feed_line(line[seg_start:seg_end], start + seg_start, label=label, role_label=role_label)
                role_label = None
            return
        inline = _ROLE_COLON.match(line)
        if inline and role_label is None and lexicon.is_role(inline.group(1), self.lang):
            # "Frivillighetskoordinator: Maren Hovland Skjæveland"
            head = inline.group(1)
            role_label = (head, start + inline.start(1), start + inline.end(1), SCORE["label"])
            line = " " * inline.end() + line[inline.end():]
        elif inline and "|" not in inline.group(1) and not any(lexicon.is_role(w, self.lang) for w in inline.group(1).split()) \
                and _led_in_person(line[inline.end():], self.lang):
            # "Hos stiftelsen: rådgiver Ingrid Solheim, tlf. …", "For foreningen (oppgitt i søknaden): prosjektleder
            # Morten Aasen, mobil …": a lead-in naming the side the person speaks for, then the person
            line = " " * inline.end() + line[inline.end():]
        first = _first_part(line)
        if role_label is not None and not EMAIL.search(line) and not _looks_like_phone_anywhere(line) \
                and lexicon.is_organisation(_TRAILING_PARENS.sub("", line).strip(), self.lang) \
                and (lexicon.is_organisation(first, self.lang) or _name_tokens(first, True) is None) \
                and not any(e.label == "PER" and start <= e.start and e.end <= start + len(line)
                            for e in self.entities):
            # "Prosjektansvarlig: Lillehammer kommune, Enhet for helse og mestring": a unit, no person
            return
        if role_label is not None:
            self.pending_role = role_label
        cur = self._current()
        if "," in line and cur is not None and cur.organisation is None and label is None \
                and not EMAIL.search(line) and not _looks_like_phone_anywhere(line) \
                and lexicon.is_organisation(line, self.lang) and not lexicon.is_role(first, self.lang) \
                and not lexicon.is_role(first.split()[0] if first else "", self.lang):
            # (not "Prosjektleiar Rørsleglede, Ørsta IL": a role and the case it leads, then the workplace)
            # "Sundhed og Omsorg, Struer Kommune": one organisation line in a stacked block
            self._attach("organisation", (line.strip(), start, start + len(line.strip()),
                                          SCORE["stacked"]))
            return
        paired = _split_name_pair(line, self.lang)
        self._pairing = paired != line or _names_only(line)
        if self._pairing:
            line, self.pair = paired, []
        addressed = bool(EMAIL.search(line)) or _looks_like_phone_anywhere(line)
        parts = [(m.group(0), m.start()) for m in (_PARTS_DASH if addressed else _PARTS).finditer(line)]
        multi = len([p for p, _ in parts if p.strip()]) > 1
        how = "label_value" if role_label is not None else ("comma_line" if multi else "stacked")
        # a line with a phone or an e-mail describes one person: "Name, Org, tlf., e-mail"
        one_person = not self._pairing and multi and (
            bool(EMAIL.search(line)) or any(_looks_like_phone(p) for p, _ in parts))
        taken: list[str] = []
        for part, off in parts:
            # a stacked line right after the contact's role line counts as following that role
            before = taken or (self.previous_line if how == "stacked" else [])
            at = _role_at(self.lang).fullmatch(part.strip())
            if at and "name" in taken and lexicon.is_role(at["role"], self.lang):
                # "Anna Holm, projektleder i Vejle Kommune, …": read by feed_part as role and workplace
                what = self.feed_part(part, start + off, how, strict_name=role_label is None, label=label)
            elif one_person and "name" in taken and _name_tokens(part.strip(), True) \
                    and not lexicon.is_role(part.strip(), self.lang):
                what = self._as_organisation(part, start + off, merge=taken[-1:] == ["organisation"])
            elif self._organisation_after_role(part, start + off, before):
                # "Søren Holm Andersen\nProjektkoordinator, Aarhus Kommunes Biblioteker": the
                # part after the contact's own role is where the contact works, not a new person
                what = self._as_organisation(part, start + off, merge=False)
            else:
                what = self.feed_part(part, start + off, how, strict_name=role_label is None,
                                      label=label, opens_person_line=one_person and not taken)
                if what in ("organisation", "organisation_more") and taken[-1:] == ["organisation"]:
                    self._merge_organisation(start + off + len(part.rstrip()))
            taken.append(what)
        self.previous_line = taken if how == "stacked" else []
        if self._pairing:
            self._pairing = False
            for draft in self.pair[1:]:
                draft.role = draft.role or self.pair[0].role  # "Projektledare: Karin Ek och Per Holm"

    def _party(self, line: str, start: int) -> Optional[tuple]:
        """The organisation a line ending in a colon names as the side of the contact under it ("For Veiviser Sør:",
        "Næstved Kommune:"), without a joiner opening it; None for any other line."""
        m = _PARTY_LINE.fullmatch(line)
        if m is None or EMAIL.search(line) or _looks_like_phone_anywhere(line):
            return None
        name = m["name"]
        words = name.split()
        led = words[0].casefold() in lexicon.name_joiners(self.lang) and len(words) > 1
        if led:
            name = name[len(words[0]):].lstrip()
        # (a name after "For"/"Hos" is a party by its place: "For Veiviser Sør:")
        if not (lexicon.is_organisation(name, self.lang) or led and name[:1].isupper()) \
                or any(lexicon.is_role(w, self.lang) for w in words):
            return None
        at = start + m.start("name") + m["name"].index(name)
        return (name, at, at + len(name), SCORE["stacked"])

    def _organisation_after_role(self, part: str, start: int, taken: list[str]) -> bool:
        """A name-like part right after a role the current contact took on the same line, or on the
        stacked line above, while the contact has no phone or e-mail yet."""
        cur = self._current()
        stripped = part.strip()
        if taken[-1:] != ["role"] or self.pending_role is not None or cur is None \
                or cur.organisation is not None or cur.phone is not None or cur.email is not None \
                or not _name_tokens(stripped, True) \
                or lexicon.is_role(stripped, self.lang) or lexicon.is_organisation(stripped, self.lang):
            return False  # a known organisation is read by feed_part, with its own score
        begin = start + len(part) - len(part.lstrip())
        return self._entity_label(begin, begin + len(stripped)) != "PER"

    def _as_organisation(self, part: str, start: int, merge: bool) -> str:
        stripped = part.strip()
        begin = start + len(part) - len(part.lstrip())
        if merge:
            self._merge_organisation(begin + len(stripped))
        else:
            self._attach("organisation", (stripped, begin, begin + len(stripped), SCORE["list"]))
        return "organisation"

    def _merge_organisation(self, end: int) -> None:
        """Extend the current organisation over the next comma part ("Teknik og Miljø, Skive Kommune")."""
        cur = self._current()
        if cur is None or cur.organisation is None:
            return
        _, begin, _, score = cur.organisation
        cur.organisation = (self.text[begin:end] if self.text[begin:end].strip() else cur.organisation[0],
                            begin, end, score)


@lru_cache(maxsize=None)
def _contact_words(lang: str) -> str:
    """Regex alternation of the contact heading words of every language, longest first."""
    return "|".join(re.escape(w) for w in lexicon.heading_variants(lang, "contact"))


@lru_cache(maxsize=None)
def _qualified_contact_label(lang: str) -> re.Pattern:
    """A line opening with a contact word, a joiner and up to two words, then a colon: "Kontaktperson hjå
    oppdragsgjevar: ", "Kontaktperson hos bygherren: "."""
    joiners = lexicon.alternation(sorted(lexicon.name_joiners(lang)))
    return re.compile(rf"^[ \t*_-]*(?i:{_contact_words(lang)})[ \t]+(?i:{joiners})(?:[ \t]+[^\W\d_]+){{1,2}}[ \t*_]*:[ \t*_]*",
                      re.MULTILINE)


@lru_cache(maxsize=None)
def _inline_contact_pattern(lang: str) -> re.Pattern:
    """A contact heading word followed by a colon or a copula, anywhere in a line ("… Kontakt: …",
    "Kontaktperson er prosjektleder …")."""
    verbs = "|".join(re.escape(v) for v in lexicon.phrases(lang, "contact_is"))
    # "Kontaktperson for prosjektet er …": the case named between the word and the copula
    of = lexicon.alternation(lexicon.phrases(lang, "report_of"))
    return re.compile(rf"(?<!\w)(?:{_contact_words(lang)})(?:\s*(?P<colon>:)\s*|(?:\s+(?:{of})|{_BETWEEN})?\s+(?:{verbs})\s+)",
                      re.IGNORECASE)


#: up to two words between a contact word and its copula ("Kontaktperson hos bidragsmottagaren är …")
_BETWEEN = r"(?:[ \t]+[^\W\d_]+){1,2}?"


def _feed_asked(parser: "ContactParser", rest: str, pos: int, lang: str) -> None:
    """What follows a contact verb ("projektledare Anna Berg, 070-…, eller samordnare Per Holm, per@…"):
    each person joined by "or" or "and" with a phone or an e-mail of their own is a contact line when it
    opens with a role or a name."""
    # same length throughout, so offsets hold: "(23 45 67 89)" and " på " become comma parts
    rest = _bracketed_as_parts(_reach_at(rest, lang))
    cuts = [0] + [x for m in _or_and_pattern(lang).finditer(rest) for x in (m.start(), m.end())] + [len(rest)]
    pieces = list(zip(cuts[::2], cuts[1::2]))
    if not all(_asked_person(rest[a:b], lang) for a, b in pieces):
        pieces = [(0, len(rest))]  # "Kari Nilsen på 412 34 567 eller kari@x.no": one person, two ways
    funder = re.compile(rf"[ \t]*(?i:{lexicon.alternation(lexicon.phrases(lang, 'funder_owners'))})(?!\w)")
    for a, b in pieces:
        # "besvaras av stiftelsens handläggare Per Åkesson": the funder's officer, no contact of the case
        if _asked_person(rest[a:b], lang) and not funder.match(rest, a):
            parser.feed_line(rest[a:b], pos + a)


def _ends_at_role(rest: str, lang: str) -> bool:
    """What follows a contact verb on its line is a role alone ("… kan rettes til prosjektleder\nLise Marie
    Kristoffersen, …"): the name is on the next line."""
    words = rest.split()
    return bool(words) and lexicon.is_role(words[-1], lang) and len(words) <= 2


def _asked_person(piece: str, lang: str) -> bool:
    """A person asked for: a role or a name first, and a phone or an e-mail."""
    first = _PARTS.match(piece)
    return bool(first) and bool(EMAIL.search(piece) or _looks_like_phone_anywhere(piece)) \
        and bool(_leading_role(first.group(0).strip(), lang) or _name_tokens(first.group(0), True))


@lru_cache(maxsize=None)
def _or_and_pattern(lang: str) -> re.Pattern:
    """"or" or "and" between two people asked for in one sentence: ", eller ", " og "."""
    words = lexicon.alternation((*lexicon.phrases(lang, "or_words"), *lexicon.phrases(lang, "and_words")))
    return re.compile(rf",?\s+(?:{words})\s+", re.IGNORECASE)


def _reach_at(rest: str, lang: str) -> str:
    """"Mette Kjær på tlf. 20 30 40 50": the preposition before a phone or an e-mail becomes a comma
    (same length, so offsets hold) and the name stands in a part of its own."""
    m = _reach_at_pattern(lang).search(rest)
    return rest if m is None else rest[:m.start()] + "," + " " * (m.end() - m.start() - 1) + rest[m.end():]


@lru_cache(maxsize=None)
def _reach_at_pattern(lang: str) -> re.Pattern:
    """A preposition before a phone, a phone cue or an e-mail: " på " in "Mette Kjær på tlf. …"."""
    words = lexicon.alternation(lexicon.phrases(lang, "reach_at"))
    return re.compile(rf"\s+(?:{words})\s+(?=[+\d(]|[\w.+-]+@|(?:{_phone_cue_words()})(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _contact_verb_pattern(lang: str) -> re.Pattern:
    """A verb asking the reader to get in touch, then a space: "Kontakta ", "Ta kontakt med "."""
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(lexicon.phrases(lang, 'contact_verbs'))})\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def _contact_word_lead(lang: str) -> re.Pattern:
    """A contact heading word opening a line, then a space ("Kontaktperson Ole Halvorsen, …")."""
    return re.compile(rf"(?:{_contact_words(lang)})\s+", re.IGNORECASE)


def _leading_role(text: str, lang: str) -> Optional[str]:
    """The role title that starts "Projektleder Sofie Brandt Kristensen", if any; two titles joined
    by "and" count as one ("Sundhedsplejerske og projektkoordinator Lene Bak")."""
    words = text.split()
    if len(words) < 3 or not lexicon.is_role(words[0], lang):
        return None
    n = 1
    if len(words) >= 5 and lexicon.phrase_pattern(lang, "and_words").fullmatch(words[1]) \
            and lexicon.is_role(words[2], lang):
        n = 3
    if _name_tokens(" ".join(words[n:]), True) is None:
        return None
    return text[:text.index(words[n - 1]) + len(words[n - 1])].strip()


#: a line opening with a role and a name and going on as a sentence: the name's last capitalised word,
#: then a word in lower case
_ROLE_NAME_TOLD = re.compile(r"[ \t]*(?P<lead>[^\W\d_]+(?:[ \t]+[A-ZÆØÅÄÖ][\w-]+){2,4})(?=[ \t]+[a-zæøåäö])")


def _first_part(line: str) -> str:
    """A line's first non-empty comma part, stripped ("" when it has none)."""
    return next((p.group(0).strip() for p in _PARTS.finditer(line) if p.group(0).strip()), "")


def _led_in_person(rest: str, lang: str) -> bool:
    """The rest of a line after a lead-in and a colon is one person: a name or a role and a name first,
    then a phone or an e-mail."""
    first = _first_part(rest)
    return (bool(EMAIL.search(rest)) or _looks_like_phone_anywhere(rest)) \
        and (_role_and_name(first, lang) or _name_tokens(first, True) == first)


def _role_and_name(text: str, lang: str) -> bool:
    """A role title and a name, nothing else ("Prosjektleder Kristian Bakken Aas")."""
    role = _leading_role(text, lang)
    rest = " ".join(text.split()[len(role.split()):]) if role else ""
    return bool(rest) and _name_tokens(rest, True) == rest


#: between two people on one line: a semicolon or a slash with spaces around it
_PERSON_BREAK = re.compile(r";|\s/\s")


def _person_segments(line: str) -> list[tuple[int, int]]:
    """(start, end) of each person of a line that lists several, each with a name first and a phone
    or an e-mail of their own; [] when the line is one person ("12 34 56 78 / 87 65 43 21" is two phones)."""
    breaks = list(_PERSON_BREAK.finditer(line))
    segments = list(zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(line)]))
    if len(segments) < 2:
        return []
    for s, e in segments:
        seg = line[s:e]
        first = _first_part(seg)
        if not (EMAIL.search(seg) or _looks_like_phone_anywhere(seg)) or _name_tokens(first, True) is None:
            return []
    return segments


@lru_cache(maxsize=None)
def _and_pattern(lang: str) -> re.Pattern:
    """The language's "and" between two words: " og ", " och "."""
    return re.compile(rf"\s+(?:{lexicon.alternation(lexicon.phrases(lang, 'and_words'))}|&)\s+")


def _names_only(line: str) -> bool:
    """"Anna Berg, Per Holm": full names apart by commas and nothing else; the phone and e-mail lines
    below go to the one the address names, else to the first (as for "Anna Berg och Per Holm")."""
    parts = [p.strip() for p in line.split(",")]
    return 2 <= len(parts) <= 3 and all(_is_full_name(p) for p in parts)


def _split_name_pair(line: str, lang: str) -> str:
    """"Karin Ek och Per Holm": two full names joined by "and" become two comma parts (same length)."""
    for m in _and_pattern(lang).finditer(line):
        before = re.split(r"[,;|]", line[:m.start()])[-1]
        after = re.split(r"[,;|]", line[m.end():])[0]
        if _is_full_name(before) and _is_full_name(after):
            return line[:m.start()] + "," + " " * (m.end() - m.start() - 1) + line[m.end():]
    return line


def _is_full_name(text: str) -> bool:
    """Two or more capitalised name words and nothing else."""
    words = text.split()
    return len(words) >= 2 and _NAME_TOKEN.match(words[0]) is not None \
        and _name_tokens(text, True) == " ".join(words)


_MAIL_FOLD = str.maketrans({"å": "a", "ä": "a", "æ": "ae", "ø": "o", "ö": "o", "é": "e", "ü": "u"})


def _mail_names(email: str, name: str) -> bool:
    """Whether an e-mail address's local part names the person: a name word ("karin.ek") or the
    initials ("jh" for Jens Hansen)."""
    local = email.split("@")[0].casefold().translate(_MAIL_FOLD)
    words = [w.casefold().translate(_MAIL_FOLD) for w in re.split(r"[\s-]+", name) if w]
    initials = "".join(w[0] for w in words if w)
    return any(len(w) >= 3 and w in local for w in words) or re.sub(r"\W", "", local) in (initials, initials[::2])


def _all_caps_phrase(text: str) -> bool:
    """'UPPGIFT SAKNAS'-style placeholders written in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and " " in text.strip()


_DIGITS_CLOSING = re.compile(r"\+?[\d ()./-]*\d\Z")
_DIGITS_OPENING = re.compile(r"\A\(?\d[\d ()./-]*\d")


def _wrapped_contact(line: str, nxt: str) -> bool:
    """`line` was wrapped inside one contact (PDF text, hard-wrapped .txt): it ends in a comma, or in digits
    that only with the digits opening `nxt` make a phone ("tlf. 57\n72 20 45")."""
    if line.endswith(","):
        return True
    tail, head = _DIGITS_CLOSING.search(line), _DIGITS_OPENING.match(nxt)
    return bool(tail and head and not _looks_like_phone(tail.group(0).strip())
                and _looks_like_phone(f"{tail.group(0).strip()} {head.group(0)}"))


def _unwrapped(lines, index: int, limit: int) -> tuple[str, list[int]]:
    """Line `index`'s text, with the next line's when the page's width wrapped one contact over both
    (the line break stands as a space, so offsets hold); and the index of the line taken along."""
    line = lines[index]
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if nxt is not None and nxt.start == line.end + 1 and nxt.start < limit and _wrapped_contact(line.text, nxt.text):
        return f"{line.text} {nxt.text}", [index + 1]
    return line.text, []


def _without_note(header: str) -> str:
    """A heading without a form's note in brackets closing it ("Prosjektleder (dersom annen enn kontaktperson):")."""
    return lexicon.PAREN_TAIL.sub("", header.strip().rstrip(":"))


#: a name alone as a sentence opening a line, another sentence after it ("Jonas Hætta. Jonas er …")
_NAME_SENTENCE = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅÄÖ][\w-]+(?:[ \t]+[A-ZÆØÅÄÖ][\w-]+){1,3})\.[ \t]+(?=[A-ZÆØÅÄÖ])")
#: labels of a contact's parts: a form's numbered item with one of them ("3.3 Telefon") goes on with the person
PERSON_LABEL_KEYS = ("phone", "email", "contact", "contact_name", "contact_role", "title")


def find_contacts(text: str, lang: str, blocks: Optional[list[Block]] = None,
                  country: Optional[str] = None, entities: Sequence = ()) -> list[dict[str, Candidate]]:
    """Contacts of a text: a list of {part: Candidate} (name, role, phone, email, organisation).
    Named entities, when given, confirm names (PER) and turn name-like organisations (ORG)
    into the contact's organisation."""
    from ..stages.sections import Line, find_blocks, heading_blocks, split_lines

    if blocks is None:
        blocks = find_blocks(text, lang)
    region = resources.country(country or resources.country_of(lang)).phone_region
    lines = split_lines(text)
    heads = heading_blocks(blocks)
    parser = ContactParser(text, lang, region, entities)
    label_of_line = {b.line_index: b for b in blocks}

    sections_read: list[tuple[int, int]] = []
    asked: set[int] = set()  # contact verbs inside contact sections, left to the sentence reading below
    signed: list[ContactDraft] = []  # drafts read under a closing greeting
    for n, head in enumerate(heads):
        if head.key != "contact":
            continue
        before = len(parser.drafts)
        greeting = lexicon.is_greeting(head.header, lang)
        # a signature's lines fill no contact named above it ("Med vennlig hilsen\nStiftelsen Samhold" is the
        # sender's, not the workplace of the contact the letter named)
        kept = [(d, copy.copy(d)) for d in parser.drafts] if greeting else []
        parser.previous_line = []  # a new contact section: no role line above
        # the section runs to the next known heading: a short contact line standing alone
        # ("Koordinator Knut Rise, Frivilligsentralen") reads as an unknown heading, a question
        # ("Kva var målet med prosjektet?") does not
        # (a one-word heading no lexicon holds, "Beslutning", ends it too: a contact line names a person)
        # (nor does a heading the document's markup makes one: "<h2>Välkommen Erik Holm, ny folkhälsostrateg</h2>")
        end = next((h.start for h in heads[n + 1:] if h.key is not None or h.header.rstrip().endswith("?")
                    or len(h.header.split()) == 1 or h.how == "structure"), len(text))
        sections_read.append((head.start, end))
        role_label = None
        joined: set[int] = set()  # lines read with the line above them
        header = head.header
        if head.how == "prefix" and lines[head.line_index].text == header:
            header, took = _unwrapped(lines, head.line_index, end)
            joined.update(took)
        if head.how == "prefix" and (EMAIL.search(header) or _looks_like_phone_anywhere(header)):
            # "Prosjektleder Ole Halvorsen, Tromsø kommune, tlf. 52 56 74 84" taken for a heading:
            # the line is a contact; a role word opening it stays, "Kontakt" does not
            lead = _contact_word_lead(lang).match(header)
            skip = lead.end() if lead and not lexicon.is_role(lead.group(0).strip(), lang) else 0
            parser.feed_line(header[skip:], head.start + skip)
        elif head.how == "prefix" and head.value_start == head.value_end and _role_and_name(header, lang):
            # "Kontakt\n\nProsjektleder Kristian Bakken Aas\nMobil: …": a role and a name set apart by a blank
            # line read as a heading; the line is the contact's
            parser.feed_line(header, head.start)
        elif lexicon.is_role(lexicon.normalise_heading(_without_note(head.header)).capitalize(), lang) \
                and head.value_start == head.value_end:
            # "1.3 Prosjektleder": the role without the form's number (nor a form's note: "3.2 Prosjektleder
            # (dersom annen enn kontaktperson)")
            header = _NUMBERING.sub("", _without_note(head.header), count=1).rstrip(":")
            at = head.start + head.header.index(header)
            role_label = (header, at, at + len(header), SCORE["role_heading"])
        elif head.value_start < head.value_end:
            # "Projektledare: Dag Lundblad": inline value of a role heading
            inline_head = head.own_words.strip().rstrip(":").strip()
            marker = _LIST_MARKER.match(inline_head)  # "- Prosjektleder: …" in a bullet list
            skip = marker.end() if marker else 0
            inline_head = inline_head[skip:]
            role = (inline_head, head.start + skip, head.start + skip + len(inline_head), SCORE["label"]) \
                if lexicon.is_role(inline_head, lang) else None
            parser.feed_line(head.value(text), head.value_start, role_label=role)
        seen_lines = 0
        read_to = 0  # the end of a label's value read with its label ("3.2 Stilling\nDaglig leder …")
        for ln_index, line in enumerate(lines):
            if not head.end <= line.start < end or line.start < max(head.value_end, read_to) or ln_index in joined:
                continue
            whole, took = _unwrapped(lines, ln_index, end)
            if took:
                line = Line(whole, line.start, lines[took[0]].end, line.blank_before)
                joined.update(took)
            seen_lines += 1
            told = _ROLE_NAME_TOLD.match(line.text)
            if told and _role_and_name(told["lead"], lang):
                # "Koordinator Sara Louise Nygård svarer på spørsmål mandag–torsdag …", "Prosjektkoordinator Linn
                # Hareide svarar gjerne på spørsmål. Mobil: …": the role and the name, then how to reach them
                parser.feed_line(told["lead"], line.start)
                first = _first_address(line.text[told.end("lead"):])
                if first:
                    parser.feed_line(line.text[told.end("lead") + first:], line.start + told.end("lead") + first)
                continue
            if seen_lines > MAX_CONTACT_LINES or (len(line.text.split()) > MAX_CONTACT_LINE_WORDS
                                                  and not EMAIL.search(line.text)
                                                  and not _looks_like_phone_anywhere(line.text)):
                break  # a paragraph: the contact block has ended
            if _FOOTER.match(line.text) or lexicon.phrase_pattern(lang, "page_chrome").match(line.text.strip()):
                break  # "© 2024 Vejle Kommune · Cookiepolitik", "Sidansvarig: …", "Dela sidan": the page's footer
            if _MAIL_SEPARATOR.fullmatch(line.text) or _mail_header(lang).match(line.text):
                break  # "-----Opprinneleg melding-----", "Fra: …": the mail the signature's reply quotes
            block = label_of_line.get(ln_index)
            person_label = block is not None and block.kind == "label" and block.key in PERSON_LABEL_KEYS
            if _next_form_item(line.text) and not person_label:
                break  # "5. Kort om foreningen": the form's next item ("3.3 Telefon" is the person's)
            verb = _contact_verb_pattern(lang).search(line.text)
            if verb and (verb.start() > 0 and len(line.text.split()) > MAX_CONTACT_LINE_WORDS
                         or not line.text[:verb.start()].strip()):
                # "For mere information kontakt projektleder Anna Holm (…) eller …", "Kontakta projektledare
                # Anna Berg, …, eller samordnare Per Holm, …": a sentence asking the reader to get in touch, read
                # from its verb below
                asked.add(line.start + verb.start())
                continue
            if block is not None and block.kind == "label" and block.key in ("document_date", "meeting_date"):
                break  # "Sidst opdateret: 3. februar 2025": the page's date under its contact box
            if block is not None and block.kind == "label":
                read_to = block.value_end
                if block.key in ("phone", "email"):
                    parser.feed_line(block.value(text), block.value_start, label=block.key)
                    continue
                if block.key in ("contact", "contact_name") and block.value_start < block.value_end:
                    parser.feed_line(block.value(text), block.value_start)
                    continue
                if block.key == "title" and lexicon.project_noun(lang).search(text, block.start, block.value_start):
                    break  # "4. Projektets namn" and the name under it: the form's next item
                # "Titel: Naturvejleder" under a contact heading is the person's title, not the case's
                if block.key in ("contact_role", "title") and block.value_start < block.value_end:
                    role = block.value(text)  # Block.value is stripped
                    parser.set_role((role, block.value_start, block.value_start + len(role), SCORE["label"]))
                    continue
                if block.key not in ("phone", "email", "contact"):
                    continue
            named = _NAME_SENTENCE.match(line.text)
            if named and _name_tokens(named["name"], True) == named["name"]:
                # "Jonas Hætta. Jonas er i dag frivillig … E-post: jonas.haetta@…": a form's answer opening with
                # the person's name as a sentence, then how to reach them
                parser.feed_line(named["name"], line.start + named.start("name"), role_label=role_label)
                first = _first_address(line.text[named.end():])
                if first or EMAIL.match(line.text, named.end()):
                    parser.feed_line(line.text[named.end() + first:], line.start + named.end() + first)
                role_label = None
                continue
            parser.feed_line(line.text, line.start, role_label=role_label)
            role_label = None
        if greeting:
            signed.extend(parser.drafts[before:])
            for draft, earlier in kept:
                draft.__dict__.update(earlier.__dict__)

    # "Kontaktperson hjå oppdragsgjevar: Gunn Ringheim, prosjektleiar (gunn.ringheim@voss.herad.no)": a contact word
    # with whose side it is, then the person
    for m in _qualified_contact_label(lang).finditer(text):
        rest = text[m.end():line_end(text, m.end())]
        if not any(a <= m.start() < b for a, b in sections_read) and _led_in_person(_bracketed_as_parts(rest), lang):
            parser.feed_line(rest, m.end())
    # "… Kontakt: Anna Berg, 0224-74 70 00, anna.berg@sala.se" inside running text
    covered = [(h.start, h.end) for h in heads if h.key == "contact"]
    for m in _inline_contact_pattern(lang).finditer(text):
        at_line_start = m.start() == 0 or text[:m.start()].endswith("\n")
        if any(a <= m.start() < b for a, b in covered) or (at_line_start and m["colon"]):
            continue  # "Kontakt:" opening a line is a heading or label, read above
        rest = text[m.end():line_end(text, m.end())]
        para = _paragraph_rest(text, m.end())
        if EMAIL.search(para) or _looks_like_phone_anywhere(para):
            # "Projektleder er Rasmus Holm, tlf. …": a role as the contact word is the person's role
            word = m.group(0).split(":")[0].split()[0] if m.group(0).strip() else ""
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            role = (word, start, start + len(word), SCORE["label_value"]) \
                if word and lexicon.is_role(word, lang) else None
            sentence = _first_sentence(rest)
            count = len(parser.drafts)
            if EMAIL.search(sentence) or _looks_like_phone_anywhere(sentence):
                parser.feed_line(rest, m.end(), role_label=role)
            if len(parser.drafts) == count:
                # "Projektleder bliver Mads Holm, afdelingsleder … Han kan kontaktes på tlf. …": the phone or
                # e-mail later in the paragraph
                _feed_told(parser, text, m.end(), role)

    # "… angett projektledaren Malin Strandberg som kontaktperson för projektet, tel. 070-…": the name
    # before the phrase, the phone and e-mail after it in the paragraph
    for m in lexicon.phrase_pattern(lang, "contact_as").finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - MAX_NAME_BEFORE), m.start())
        told = name["name"] if name else ""
        if name is None:
            # "Fonden har noteret Lene Bach Sørensen, projektleder i Generationshuset, som projektets
            # kontaktperson": the name, then its role and workplace between commas
            name = _NAME_THEN_COMMA.search(text, max(0, m.start() - MAX_TOLD_BEFORE), m.start())
            told = text[name.start("name"):m.start()].replace("\n", " ").rstrip(" ,") if name else ""
        rest = _paragraph_rest(text, m.end())
        if name and _name_tokens(name["name"], True) == " ".join(name["name"].split()) \
                and (EMAIL.search(rest) or _looks_like_phone_anywhere(rest)):
            parser.feed_line(told, name.start("name"))
            role = m.group(0).split()[-1]
            before = _role_before(text, name.start("name"), lang)
            if lexicon.is_role(role, lang):  # "… Eirik Bakken som prosjektleder (tlf. …)"
                parser.set_role((role, m.end() - len(role), m.end(), SCORE["label_value"]))
            elif before is not None:  # "… registrert prosjektleder Ingrid Solbakken som kontaktperson"
                parser.set_role(before)
            # from the first phone cue or e-mail on ("… for prosjektet. Ho kan nåast på tlf. 948 21 376")
            first = _address_from(rest)
            parser.feed_line(rest[first:], m.end() + first)

    # "Mette Holm er projektleder og kan kontaktes på tlf. …", "projektleder Line Bech Mortensen er klubbens
    # kontaktperson …": a name, "is", perhaps an owner's word, then a role or the contact word; the phone or
    # e-mail later in the paragraph
    contact_words = _contact_nouns(lang)
    for m in _contact_is_pattern(lang).finditer(text):
        group = next((g for g in ("word", "then") if m[g] and (
            lexicon.is_role(m[g], lang) or m[g].casefold() in contact_words)), None)
        rest = _paragraph_rest(text, m.end(group) if group else m.end())
        if group is None or not (EMAIL.search(rest) or _looks_like_phone_anywhere(rest)):
            continue
        # from the first phone cue, e-mail or phone on ("… og nås på 070-123 45 67"); a name in a later
        # sentence before it is the one reached there ("… er formand. Projektleder er Mette Holm, tlf. …")
        first = _first_address(rest)
        stop = _SENTENCE_STOP.search(rest, 0, first)
        if stop and _NAME_RUN.search(rest, stop.end(), first):
            continue
        word, begin, end = m[group], m.start(group), m.end(group)
        if m["then"] and f"{m['word']} {m['then']}".casefold() in lexicon.roles(lang)[0]:
            word, begin, end = text[m.start("word"):m.end("then")], m.start("word"), m.end("then")  # "daglig leder"
        name, start = m["name"], m.start("name")
        role = None if word.casefold() in contact_words else (word, begin, end, SCORE["label_value"])
        lead = name.split()[0]
        if lexicon.is_role(lead, lang):  # "Projektleder Mette Holm er kontaktperson"
            role = role or (lead, start, start + len(lead), SCORE["label_value"])
            start = m.start("name") + len(name) - len(name[len(lead):].lstrip())
            name = name[len(lead):].strip()
        else:
            role = role or _role_before(text, start, lang)  # "… at projektleder Line Bech Mortensen er …"
        if _name_tokens(name, True) != " ".join(name.split()) or name.split()[0].casefold() in contact_words:
            continue
        count = len(parser.drafts)
        parser.feed_line(name, start)
        if len(parser.drafts) == count:
            continue
        if role is not None:
            parser.set_role(role)
        parser.feed_line(rest[first:], end + first)

    # "Kontakta projektledaren Sara Lind, sara.lind[at]stockholm.se, tel. …": a contact asked for in a
    # sentence; what follows the verb reads as a contact line when it opens with a role or a name
    for m in _contact_verb_pattern(lang).finditer(text):
        if any(a <= m.start() < b for a, b in (*covered, *sections_read)) and m.start() not in asked:
            continue
        # the sentence may wrap ("… kontakte projektleder Hanne Skov Jakobsen, Center for Børn og Unge,\ntlf. 58 …")
        end = line_end(text, m.end())
        while end < len(text) and (lexicon.wrapped_at(text, end) or _ends_at_role(text[m.end():end], lang)):
            end = line_end(text, end + 1)
        _feed_asked(parser, text[m.end():end].replace("\n", " "), m.end(), lang)

    # "Projektledare Anna Berg, tel. 070-123 45 67" on a line of its own outside contact sections:
    # a role, a name and a phone or an e-mail make it a contact line
    for line in lines:
        # "Tilmelding og spørgsmål: Projektleder Line Hald, tlf. …", "Mer informasjon: Sara Lunde, prosjektleder, …":
        # a short label of any kind before the contact line
        label = _SHORT_LABEL.match(line.text)
        skip = label.end() if label else 0
        words = sum(1 for w in line.text[skip:].split() if any(ch.isalnum() for ch in w))  # "|" is no word
        if any(a <= line.start < b for a, b in sections_read) or words > MAX_CONTACT_LINE_WORDS \
                or not (EMAIL.search(line.text) or _looks_like_phone_anywhere(line.text)):
            continue
        parts = [p.group(0).strip() for p in _PARTS.finditer(line.text[skip:]) if p.group(0).strip()]
        # "Projektledare Anna Berg, …", or the role in a cell of its own: "Prosjektleder | Navn: Kari Hansen | Tlf: …",
        # or the name, then the role: "Sara Lunde, prosjektleder, tlf. …"
        if parts and (_leading_role(parts[0], lang) or (
                lexicon.is_role(parts[0], lang) and any(_name_tokens(p, True) for p in parts[1:])) or (
                skip and len(parts) > 1 and _name_tokens(parts[0], True) == parts[0]
                and lexicon.is_role(parts[1], lang))):
            parser.feed_line(line.text[skip:], line.start + skip)

    # a fact list's role and the person under it ("Projektledare\nPeter Åström, 070-174 06 33, …",
    # "Prosjektleder\nVegard Lyngstad", a <dl> as the HTML reader writes it): the role line, then a line
    # that opens with a name and holds nothing but the person's phone and e-mail
    for above, line in zip(lines, lines[1:]):
        if any(a <= above.start < b for a, b in sections_read) or above.text.strip()[:1].islower() \
                or above.text.strip().casefold() not in lexicon.roles(lang)[0]:
            continue  # a listed title alone on its line ("Kontraktansvarlig partner" names an organisation)
        parts = [p.group(0).strip() for p in _PARTS.finditer(line.text) if p.group(0).strip()]
        if parts and _name_tokens(parts[0], True) == parts[0] and all(
                EMAIL.fullmatch(p) or _looks_like_phone(p) for p in parts[1:]):
            role = above.text.strip()
            at = above.start + above.text.index(role)
            parser.feed_line(line.text, line.start, role_label=(role, at, at + len(role), SCORE["stacked"]))

    # a signature block outside contact sections ("Rapporten er utarbeidet av:\nØystein Moe, prosjektleder\n
    # Mob. 482 06 117\noystein@…"): a name and its role, or a role and a name, alone on a line, then the
    # lines right under it that give a phone or an e-mail
    for i, line in enumerate(lines):
        if any(a <= line.start < b for a, b in sections_read) or EMAIL.search(line.text) \
                or _looks_like_phone_anywhere(line.text):
            continue
        parts = [p.group(0).strip() for p in _PARTS.finditer(line.text) if p.group(0).strip()]
        named = len(parts) == 2 and _name_tokens(parts[0], True) == parts[0] and lexicon.is_role(parts[1], lang)
        if not (named or len(parts) == 1 and _role_and_name(parts[0], lang)):
            continue
        below = []
        for under in lines[i + 1:i + 1 + MAX_SIGNATURE_LINES]:
            # a valid number only: "Miljöberedningen, 22/4 2025" under a slide's byline is a date
            if under.blank_before or not (EMAIL.search(under.text) or parser.valid_phone(under.text, under.start)):
                break
            below.append(under)
        if below:
            parser.feed_line(line.text, line.start)
            for under in below:
                parser.feed_line(under.text, under.start)

    # contact labels outside contact sections ("Ansvarlig person: ...", "Telefon: ...")
    for block in blocks:
        if block.kind == "label" and block.key == "contact" and block.value_start < block.value_end:
            if not any(h.key == "contact" and h.start <= block.start for h in heads):
                # a value may run over lines ("Marit Pedersen, daglig leder\nmarit@… / 988 77 665")
                pos = block.value_start
                for value_line in text[block.value_start:block.value_end].split("\n"):
                    if value_line.strip():
                        parser.feed_line(value_line, pos)
                    pos += len(value_line) + 1
                _feed_labels_under(parser, text, blocks, block)

    if not parser.drafts:
        _feed_first_person_contact(parser, text, lang)
    addressed = _feed_attention(parser, text, lang)
    if addressed is not None:
        # the letter's own case officer ("Sakshandsamar: Eirik Tveit", and under "Kontaktperson hos oss") is
        # the funder's, not the case's, when the letter is addressed to the case's lead
        officers = {" ".join(text[b.value_start:b.value_end].split(",")[0].split()).casefold() for b in blocks
                    if b.kind == "label" and b.key == "case_officer" and b.value_start < b.value_end}
        parser.drafts = [d for d in parser.drafts if d is addressed or d.name[0].casefold() not in officers]
    if not parser.drafts:
        _feed_named_lead(parser, text, lang)
    if not parser.drafts:
        _feed_case_officer(parser, text, blocks)
    _feed_pronoun_role(parser, text, lang)
    _feed_sender(parser, text, lang)
    _fill_from_elsewhere(parser, text)
    # "Projektleder, Spis Sammen" under a greeting: a name the text quotes elsewhere is the case's, no person's
    quoted = {id(d) for d in signed if d.phone is None and d.email is None and _quoted_elsewhere(d.name[0]).search(text)}
    if quoted:
        signed = [d for d in signed if id(d) not in quoted]
        parser.drafts = [d for d in parser.drafts if id(d) not in quoted]
    if len(signed) == 1:
        _feed_first_person(parser, signed[0], text, lang)
    # a letter that names its contact ("Kontaktperson for projektet …") is signed by its sender, who is
    # no contact of the case; an e-mail's signature is its only contact
    drafts, signed_ids = parser.drafts, {id(d) for d in signed}
    if signed_ids and any(id(d) not in signed_ids for d in drafts):
        drafts = [d for d in drafts if id(d) not in signed_ids]
    drafts = _without_prose_asked(drafts, text, heads, sections_read)
    leads = [d for d in signed if d.role is not None and lexicon.project_noun(lang).fullmatch(d.role[0])]
    if len(signed) > 1 and len(leads) == 1 and leads[0] in drafts:
        # a mail thread's signatures: the project's lead is the case's contact, not the officer or the
        # chair who passed the report on
        drafts = [d for d in drafts if id(d) not in signed_ids or d is leads[0]]
    return _dedupe(drafts, text, lang)


#: sections of running text about the case: a person asked for there is no contact where a contact section names one
PROSE_SECTION_KEYS = ("description", "background", "purpose", "goals", "results", "summary")


def _without_prose_asked(drafts: list[ContactDraft], text: str, heads: list[Block],
                         sections_read: list[tuple[int, int]]) -> list[ContactDraft]:
    """A record's description naming someone to ask about a detail ("Spørgsmål om optagelse i netværket kan
    rettes til sekretariatsleder Birthe Holm på tlf. …") beside its own contact section ("Kontaktperson\nJonas
    Riis Kragelund, …"): the contact section's people are the case's contacts."""
    listed = [any(a <= d.name[1] < b for a, b in sections_read) for d in drafts]
    if not any(listed):
        return drafts
    prose = [heading_body(text, heads, i) for i, h in enumerate(heads) if h.key in PROSE_SECTION_KEYS]
    return [d for d, own in zip(drafts, listed) if own or not any(a <= d.name[1] < b for a, b in prose)]


#: a name of two to four capitalised words closing the text before a phrase ("… Malin Strandberg som kontaktperson")
_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅÄÖ][\w-]+(?:[ \t\n]+[A-ZÆØÅÄÖ][\w-]+){1,3})[ \t\n]*\Z")
MAX_NAME_BEFORE = 60
#: a name and a comma further back in the sentence before the phrase
_NAME_THEN_COMMA = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅÄÖ][\w-]+(?:[ \t\n]+[A-ZÆØÅÄÖ][\w-]+){1,3}),[^.!?]*\Z")
MAX_TOLD_BEFORE = 160
#: how far into a paragraph a contact's phone or e-mail may stand after the sentence naming the person
MAX_PARAGRAPH_REST = 300


def _quoted_elsewhere(name: str) -> re.Pattern:
    """The name between quotes ('Status på "Spis Sammen"', «Spis sammen»)."""
    return re.compile(rf"[\"“”«»„]{re.escape(name)}[\"“”«»]", re.IGNORECASE)


#: a numbered line of a few words ("5. Kort om foreningen")
_FORM_ITEM = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?P<rest>[A-ZÆØÅÄÖ][^\d@\n,]{0,60})")
MAX_FORM_ITEM_WORDS = 6


def _next_form_item(line: str) -> bool:
    """A form's numbered item heading ("5. Kort om foreningen") under a contact item: no person's line
    ("2. Anna Berg" is a name, "1. Anna Berg, projektleder" has its comma)."""
    m = _FORM_ITEM.fullmatch(line)
    return m is not None and len(m["rest"].split()) <= MAX_FORM_ITEM_WORDS and _name_tokens(m["rest"], True) is None


def _role_before(text: str, pos: int, lang: str) -> Optional[tuple]:
    """The role word right before a name starting at `pos`, as a role: with the word before it where the two
    are a listed title ("dagleg leiar Marit Nesse"), a definite form given as the title ("angett
    projektledaren Malin Strand" -> "projektledare": up to two letters less where that is a listed title).
    None when the word before the name is no role."""
    before = _WORD_BEFORE.search(text, max(0, pos - MAX_NAME_BEFORE), pos)
    if before is None or not lexicon.is_role(before["word"], lang):
        return None
    word, start = before["word"], before.start("word")
    titles = lexicon.roles(lang)[0]
    two = _WORD_BEFORE.search(text, max(0, start - MAX_NAME_BEFORE), start)
    if two and f"{two['word']} {word}".casefold() in titles:
        return text[two.start("word"):before.end("word")], two.start("word"), before.end("word"), SCORE["label_value"]
    cut = next((k for k in (1, 2) if word[:-k].casefold() in titles and word.casefold() not in titles), 0)
    return word[:len(word) - cut], start, start + len(word) - cut, SCORE["label_value"]


#: the word closing the text before a name ("… at projektleder Line Bech Mortensen")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[^\W\d_]+)[ \t\n]+\Z")


@lru_cache(maxsize=None)
def _contact_nouns(lang: str) -> frozenset[str]:
    """The one-word contact headings that are no role ("kontaktperson", "kontakt"), case-folded."""
    return frozenset(v.casefold() for v in lexicon.heading_variants(lang, "contact")
                     if len(v.split()) == 1 and not lexicon.is_role(v, lang))


@lru_cache(maxsize=None)
def _contact_is_pattern(lang: str) -> re.Pattern:
    """A name of two to five capitalised words, "is" (`contact_is`), then the word that says what the person
    is (group `word`) or, after an owner's word ("klubbens"), the word after it (group `then`)."""
    copula = lexicon.alternation(lexicon.phrases(lang, "contact_is"))
    return re.compile(rf"(?<![\w-])(?P<name>[A-ZÆØÅÄÖ][\w-]+(?:[ \t]+[A-ZÆØÅÄÖ][\w-]+){{1,4}})[ \t]+(?:{copula})"
                      rf"[ \t]+(?P<word>[^\W\d_]+)\b(?:[ \t]+(?P<then>[^\W\d_]+)\b)?")


#: a sentence's end: a stop before a capital ("… i Ungdomsskolen. Han kan …"; "tlf. 24 61 …" goes on)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-ZÆØÅÄÖ])|[.!?]\s*$")
#: two to four capitalised words in a row: a name
_NAME_RUN = re.compile(r"(?<![\w-])[A-ZÆØÅÄÖ][\w-]+(?:[ \t]+[A-ZÆØÅÄÖ][\w-]+){1,3}")
#: a name opening a text
_NAME_LEAD = re.compile(r"[ \t]*" + _NAME_RUN.pattern)


def _address_from(rest: str) -> int:
    """Where the first phone cue or e-mail of a text stands (0 when none does)."""
    return min((x.start() for x in (_phone_cue_inside().search(rest), EMAIL.search(rest)) if x), default=0)


@lru_cache(maxsize=None)
def _phone_cue_inside() -> re.Pattern:
    """A phone cue word and its number anywhere in a text ("… Ho kan nåast på tlf. 948 21 376")."""
    return re.compile(rf"(?<!\w)(?:{_phone_cue_words()})\.?\s*:?\s*(?=[+\d(])", re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """The text up to its first sentence's end (`_SENTENCE_STOP`), or all of it."""
    stop = _SENTENCE_STOP.search(text)
    return text[:stop.start()] if stop else text


def _feed_told(parser: "ContactParser", text: str, start: int, role_label: Optional[tuple] = None) -> None:
    """A contact told in a sentence from `start` ("Kari Holm fra kulturskolen. Hun kan nås på tlf. …"): the
    sentence names the person, the phone or e-mail may follow later in the paragraph."""
    para = _paragraph_rest(text, start)
    head = _first_sentence(para)
    if "," not in head:
        # "Kari Holm fra kulturskolen": the name that opens the sentence
        lead = _NAME_LEAD.match(head)
        head = lead.group(0) if lead else head
    parser.feed_line(head, start, role_label=role_label)
    if not (EMAIL.search(head) or _looks_like_phone_anywhere(head)):
        first = _address_from(para[len(head):]) + len(head)
        parser.feed_line(para[first:], start + first)


def _paragraph_rest(text: str, pos: int) -> str:
    """The text from `pos` to its paragraph's end (a blank line), at most MAX_PARAGRAPH_REST characters,
    its line breaks as spaces (same length, so offsets hold)."""
    end = text.find("\n\n", pos)
    end = min(len(text) if end < 0 else end, pos + MAX_PARAGRAPH_REST)
    return text[pos:end].replace("\n", " ")


#: a short label of any kind opening a line: one to four words and a colon
_SHORT_LABEL = re.compile(r"[ \t]*[A-ZÆØÅÄÖ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:[ \t]+")


def _feed_first_person(parser: "ContactParser", signer: ContactDraft, text: str, lang: str) -> None:
    """The phone a letter's or an e-mail's writer gives in the first person ("… kan I fange mig på mobil
    21 63 08 57"): the signer's, where the signature has none."""
    if signer.phone is not None:
        return
    me = lexicon.phrase_pattern(lang, "first_person")
    for start, sentence in lexicon.iter_sentences(text):
        if me.search(sentence):
            found = parser._phone(sentence, start)
            if found:
                signer.phone = found
                return


def _feed_first_person_contact(parser: "ContactParser", text: str, lang: str) -> None:
    """The writer who names themself as the one to ask, in a report without a contact section ("… så ring
    endelig til mig, Bent Overgaard, tovholder på gåfodbolden, på 20 47 13 86, eller skriv til …"): the
    name after the first-person word, a role word of the sentence, its phone and e-mail."""
    me = lexicon.phrase_pattern(lang, "first_person")
    for start, sentence in lexicon.iter_sentences(text):
        pronoun = me.search(sentence)
        if pronoun is None or not (EMAIL.search(sentence) or _looks_like_phone_anywhere(sentence)):
            continue
        name = _NAME_RUN.search(sentence, pronoun.end(), pronoun.end() + MAX_NAME_BEFORE)
        if name is None or _name_tokens(name.group(0), True) != name.group(0):
            continue
        first = _first_address(sentence)
        if first <= name.end():
            continue
        count = len(parser.drafts)
        parser.feed_line(name.group(0), start + name.start())
        if len(parser.drafts) == count:
            continue
        role = next((w for w in _WORDS.finditer(sentence, pronoun.end(), first)
                     if not name.start() <= w.start() < name.end() and lexicon.is_role(w.group(0), lang)), None)
        if role is not None:
            parser.set_role((role.group(0), start + role.start(), start + role.end(), SCORE["label_value"]))
        parser.feed_line(sentence[first:], start + first)
        return


#: the words of a text
_WORDS = re.compile(r"[^\W\d_]+")
def _first_address(text: str) -> int:
    """Where the first phone cue, e-mail or phone of a text stands (0 when none does)."""
    found = [x.start() for x in (_phone_cue_inside().search(text), EMAIL.search(text)) if x]
    found += [c.start() for c in _phone_chunks(text)][:1]
    return min(found, default=0)


def _sender(text: str, lang: str) -> Optional[re.Match]:
    """An e-mail's sender header opening the text ("Fra: Anders Holm <ah@klub.dk>"), groups name and email."""
    words = lexicon.alternation(lexicon.phrases(lang, "email_from"))
    m = re.match(rf"[ \t]*(?i:{words})[ \t]*:[ \t]*(?P<name>[^<>\n]+?)[ \t]*<(?P<email>[^<>\n]+)>", text)
    return m if m and _name_tokens(m["name"], True) == " ".join(m["name"].split()) else None


def _feed_sender(parser: "ContactParser", text: str, lang: str) -> None:
    """An e-mail's sender from its header line: the contact of an e-mail whose signature names no one, or
    the e-mail address of the contact its signature names."""
    m = _sender(text, lang)
    if m is None:
        return
    signer = next((d for d in parser.drafts if d.name[0].casefold() == " ".join(m["name"].split()).casefold()), None)
    if signer is None and not parser.drafts:
        parser.feed_line(m["name"], m.start("name"))
        parser.feed_line(m["email"], m.start("email"), label="email")
    elif signer is not None and signer.email is None:
        signer.email = parser._email(m["email"], m.start("email"))


#: lines under a signature's name that may still hold its phone or e-mail ("Gunhild Aas\nProsjektleder …\n
#: Parkvegen 2, 2500 Tynset\nMob: 917 38 402")
MAX_SIGNATURE_LINES = 5


def _fill_from_elsewhere(parser: "ContactParser", text: str) -> None:
    """A contact named without a phone or an e-mail (a fact line "Prosjektleder: Gunhild Aas"), whose
    address the text gives elsewhere: an e-mail written after the same name ("Fra: Gunhild Aas
    <gunhild@…>" in a forwarded mail's header), the phone and e-mail of a signature that opens with the
    name on a line of its own."""
    for draft in parser.drafts:
        name = draft.name[0]
        if draft.email is None:
            written = re.search(rf"(?<![\w-]){_spaced(name)}[ \t]*<(?P<email>[^<>\n]+)>", text)
            if written and EMAIL.fullmatch(written["email"].strip()):
                draft.email = parser._email(written["email"], written.start("email"))
        if draft.email is None:
            # "Sendt per e-post til sindre.fagerli@verftet.no": the one address that spells the whole name
            spelled = [m for m in EMAIL.finditer(text) if _mail_spells(m.group(0), name)]
            if len({m.group(0).casefold() for m in spelled}) == 1:
                draft.email = parser._email(spelled[0].group(0), spelled[0].start())
        if draft.phone is not None and draft.email is not None:
            continue
        for line in re.finditer(rf"^[ \t]*{_spaced(name)}[ \t]*$", text, re.M):
            if draft.name[1] <= line.start() < draft.name[2] or line.start() <= draft.name[1] < line.end():
                continue  # the name's own line, read already
            pos = line.end() + 1
            for below in text[pos:].split("\n")[:MAX_SIGNATURE_LINES]:
                if not below.strip():
                    break
                if draft.phone is None:
                    draft.phone = parser.valid_phone(below, pos)  # a valid number, no date ("22/4 2025")
                if draft.email is None:
                    draft.email = parser._email(below, pos)
                pos += len(below) + 1
            break


def _mail_spells(email: str, name: str) -> bool:
    """Whether an e-mail address's local part holds the first and the last word of a name
    ("sindre.fagerli" for Sindre Fagerli)."""
    local = email.split("@")[0].casefold().translate(_MAIL_FOLD)
    words = [w.casefold().translate(_MAIL_FOLD) for w in re.split(r"[\s-]+", name) if w]
    return len(words) >= 2 and words[0] in local and words[-1] in local


def _feed_attention(parser: "ContactParser", text: str, lang: str) -> Optional[ContactDraft]:
    """The person a letter is addressed to by its attention line as the case's own role ("Att.: prosjektleder
    Sindre Fagerli"): a grant letter's contact (a chair it is addressed to is not); returned when found."""
    words = lexicon.alternation(lexicon.phrases(lang, "attention"))
    for start, line in lexicon.head_lines(text, ATTENTION_LINES):
        m = re.match(rf"[ \t]*(?i:{words})(?:[ \t]*:)?[ \t]+", line)
        rest = line[m.end():].strip() if m else ""
        role = _leading_role(rest, lang) if rest and _role_and_name(rest, lang) else None
        if role and lexicon.project_noun(lang).fullmatch(role):
            parser.previous_line = []
            parser.feed_line(rest, start + m.end() + line[m.end():].index(rest))
            return parser._current()
    return None


#: how many lines of a letter's head may hold its attention line
ATTENTION_LINES = 15


def _spaced(name: str) -> str:
    """A name as a pattern that lets any run of spaces stand between its words."""
    return r"[ \t]+".join(re.escape(word) for word in name.split())


@lru_cache(maxsize=None)
def _mail_header(lang: str) -> re.Pattern:
    """An e-mail's header line ("Fra: Arne Vik <arne@…>", "Emne: …")."""
    return re.compile(rf"[>\s]*(?:{lexicon.alternation(lexicon.phrases(lang, 'email_headers'))})[ \t]*:", re.IGNORECASE)


def _feed_named_lead(parser: "ContactParser", text: str, lang: str) -> None:
    """The lead a sentence names without a phone or an e-mail ("Prosjektleder er Tonje Rasten, som er
    ansatt i en 60 % stilling …"): the contact of a text that names no other, with the role it is told in."""
    for m in _inline_contact_pattern(lang).finditer(text):
        word = m.group(0).split()[0].rstrip(":")
        if m["colon"] or not lexicon.is_role(word, lang):
            continue
        name = _NAME_LEAD.match(text, m.end())
        if name is None or _name_tokens(name.group(0).strip(), True) != name.group(0).strip() \
                or text[name.end():name.end() + 1].isalnum():
            continue
        start = name.start() + len(name.group(0)) - len(name.group(0).lstrip())
        count = len(parser.drafts)
        parser.feed_line(name.group(0).strip(), start)
        if len(parser.drafts) > count:
            at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            parser.set_role((word, at, at + len(word), SCORE["label_value"]))
            return


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: a next line opening with a word in lower case and going on ("idrett for barn …"; not "lena.ek@x.se")
_NEXT_LINE_LOWER = re.compile(r"[ \t]*\n[ \t]*[a-zæøåäö][a-zæøåäö-]*[ \t]+\S")


def _sentence_goes_on(text: str, end: int) -> bool:
    """The line ending at `end` runs on into a next line in lower case ("IL Bratsberg Allianse har drevet\nidrett
    for barn …"): a sentence, no organisation's line."""
    return _NEXT_LINE_LOWER.match(text, end) is not None


#: how far back the person a "Hun er projektleder" sentence speaks of may be named
PRONOUN_REACH = 400


def _feed_pronoun_role(parser: "ContactParser", text: str, lang: str) -> None:
    """"– …, säger Amira Haddad. Hon är projektledare på …": the person named last before "she/he is" and a
    project role holds that role (a news article's way of telling who leads the case); the contact, or the
    role of a contact found without one."""
    persons = [e for e in parser.entities if e.label == "PER"]
    for m in _pronoun_role(lang).finditer(text):
        word = m["role"]
        if not (lexicon.project_noun(lang).fullmatch(word) and lexicon.is_role(word, lang)):
            continue
        before = [e for e in persons if m.start() - PRONOUN_REACH <= e.start and e.end <= m.start()]
        if not before:
            continue
        name = text[before[-1].start:before[-1].end]
        if _name_tokens(name, True) != name:
            continue
        role = (word, m.start("role"), m.end("role"), SCORE["label_value"])
        known = next((d for d in parser.drafts if d.name[0].casefold() == name.casefold()), None)
        if known is not None:
            known.role = known.role or role
        elif not parser.drafts:
            parser.feed_line(name, before[-1].start)
            if parser.drafts:
                parser.drafts[-1].role = role
        return


@lru_cache(maxsize=None)
def _pronoun_role(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(lexicon.phrases(lang, 'pronoun_is'))})[ \t]+(?P<role>[^\W\d_]+)(?!\w)")


def _feed_case_officer(parser: "ContactParser", text: str, blocks: list[Block]) -> None:
    """A case document's officer ("Handläggare: Johanna Ek, utvecklingsledare" and the phone and e-mail
    labels right under it): the contact of a text that names no other, with the label's word as the role where the
    value names none ("Sagsbehandler: Jonas Holm, tlf. …")."""
    for block in blocks:
        if block.kind == "label" and block.key == "case_officer" and block.value_start < block.value_end:
            parser.feed_line(block.value(text), block.value_start)
            _feed_labels_under(parser, text, blocks, block)
            word = text[block.start:block.value_start].strip().rstrip(":").strip()
            if parser.drafts and parser.drafts[-1].role is None and word:
                at = text.index(word, block.start)
                parser.drafts[-1].role = (word, at, at + len(word), SCORE["label"])
            return


def _feed_labels_under(parser: "ContactParser", text: str, blocks: list[Block], block: Block) -> None:
    """The phone and e-mail labels right under a person's label line ("Kontaktperson i ärendet: Tomas Eklöf,
    projektledare\nTelefon: 0240-186 32\nE-post: …"): the person's."""
    by_line = {b.line_index: b for b in blocks if b.kind == "label"}
    nxt = by_line.get(block.line_index + 1)
    while nxt is not None and nxt.key in ("phone", "email") and nxt.value_start < nxt.value_end:
        parser.feed_line(nxt.value(text), nxt.value_start, label=nxt.key)
        nxt = by_line.get(nxt.line_index + 1)


def _dedupe(drafts: list[ContactDraft], text: str, lang: str) -> list[dict[str, Candidate]]:
    """One contact per case-folded name; later mentions fill missing parts. A board's chair or a mayor named
    with neither phone nor e-mail beside a contact who has one ("Foreningens formand: Bent Iversen") is no
    contact."""
    board = lexicon.phrase_pattern(lang, "board_roles")
    if any(d.phone or d.email for d in drafts):
        drafts = [d for d in drafts if d.phone or d.email or d.role is None or not board.search(d.role[0])]
        # "IL Bratsberg Allianse" alone on a line under the contact's block: the organisation, no person
        drafts = [d for d in drafts if d.phone or d.email or d.role or not lexicon.is_organisation(d.name[0], lang)]
    merged: dict[str, ContactDraft] = {}
    for d in drafts:
        key = d.name[0].casefold()
        if key in merged:
            first = merged[key]
            for part in ("role", "phone", "email", "organisation"):
                if getattr(first, part) is None and getattr(d, part) is not None:
                    setattr(first, part, getattr(d, part))
        else:
            merged[key] = d
    return [d.candidates(None) for d in merged.values()]
