"""Shared pieces of the extractor tests written per language: an opening every test text can start with,
and readers of a case's values."""
from __future__ import annotations

#: a title line and a sentence of plain running text in each language, before the text a test is about
INTRO = {
    "da": "Lektiehjælp i Gellerup\n\nVi hjælper børn med lektier to aftener om ugen i Gellerup.\n\n",
    "sv": "Läxhjälp i Fittja\n\nVi hjälper barn med läxor två kvällar i veckan i Fittja.\n\n",
    "nb": "Leksehjelp på Furuset\n\nVi hjelper barn med lekser to kvelder i uka på Furuset.\n\n",
    "nn": "Leksehjelp i Førde\n\nVi hjelper born med lekser to kveldar i veka i Førde.\n\n",
}


def value(case, field):
    """A case field's value."""
    return getattr(case, field).value


def contacts(case):
    """A case's contacts as (name, role, phone, e-mail) tuples."""
    return [(c.name.value, c.role.value, c.phone.value, c.email.value) for c in case.contacts]


def sections(case):
    """The canonical keys of a case's mapped sections, in order."""
    return [s.key for s in case.sections if s.key is not None]


def extract_file(tmp_path, name: str, text: str):
    """The case of `text` written to a file `name` (its suffix picks the reader)."""
    from pipeline import extract

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path)
