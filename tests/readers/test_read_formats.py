"""HTML, docx and PDF readers: text with lines, heading spans, damaged files as E_PARSE."""
from __future__ import annotations

import io

import pytest

from batch_samples import CASES, LANGS, case_docx, case_pdf, pdf_bytes, pdf_pages_bytes
from pipeline.config import Config
from pipeline.errors import EmptyInput, ParseError
from pipeline.readers import read_path
from pipeline.readers.html import html_to_text


def _headings(doc):
    return [doc.text[start:end] for start, end in doc.headings]


def test_html_keeps_blocks_as_lines_and_marks_headings():
    text, headings = html_to_text(
        "<html><head><title>skip</title><style>p{}</style></head><body>"
        "<h1>Aktiv hverdag</h1><p><strong>Baggrund</strong></p>"
        "<p>Mange <b>ældre</b> bor alene<br>i kommunen.</p><script>x=1</script>"
        "<ul><li>Et</li><li>To</li></ul><h3>Kontakt <em>os</em></h3></body></html>")
    assert text == "Aktiv hverdag\nBaggrund\nMange ældre bor alene\ni kommunen.\nEt\nTo\nKontakt os"
    assert [text[s:e] for s, e in headings] == ["Aktiv hverdag", "Baggrund", "Kontakt os"]


def test_html_page_chrome_stays_out():
    """Navigation, the site header and the footer's switchboard and address are no part of the case."""
    page = ("<html><body><header><p>Malmö stad</p><nav><a href='/'>Start</a></nav></header>"
            "<main><h1>Cykelkök i Malmö</h1><p>Unga lagar cyklar.</p></main>"
            "<footer>Malmö stad, 205 80 Malmö · Tel 040-34 10 00</footer></body></html>")
    text, headings = html_to_text(page)
    assert text == "Cykelkök i Malmö\nUnga lagar cyklar."
    assert [text[s:e] for s, e in headings] == ["Cykelkök i Malmö"]


def test_html_without_main_skips_nav_and_footer_but_keeps_a_header_with_the_title():
    page = ("<body><nav>Forside &gt; Projekter</nav><header><h1>Naturrum for alle</h1></header>"
            "<div><p>Projektet gør naturen tilgængelig.</p></div><footer>© Kommunen</footer></body>")
    assert html_to_text(page)[0] == "Naturrum for alle\nProjektet gør naturen tilgængelig."


@pytest.mark.parametrize("link, line", [
    ("<a href='mailto:eirik.johansen@vagan.kommune.no'>e-post</a>", "Eirik Johansen, e-post (eirik.johansen@vagan.kommune.no)"),
    ("<a href='mailto:anna@sala.se'>anna@sala.se</a>", "Eirik Johansen, anna@sala.se"),
    ("<a href='tel:+4776066000'>ring</a>", "Eirik Johansen, ring (+4776066000)"),
    ("<a href='tel:+4776066000'>76 06 60 00</a>", "Eirik Johansen, 76 06 60 00"),
    ("<a href='https://vagan.kommune.no'>nettside</a>", "Eirik Johansen, nettside"),
    ("<a href='mailto:ej@vagan.kommune.no'>Eirik Johansen</a>, rådgiver", "Eirik Johansen, Eirik Johansen (ej@vagan.kommune.no), rådgiver"),
])
def test_a_link_that_hides_its_address_keeps_it(link, line):
    assert html_to_text(f"<p>Eirik Johansen, {link}</p>")[0] == line


def test_broken_html_still_yields_its_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><h2>Formål<p>Vi vil skabe faste mødesteder for ældre <div>"
                    "med <b>trænin", encoding="utf-8")
    doc = read_path(path, Config())
    assert doc.text == "Formål\nVi vil skabe faste mødesteder for ældre\nmed trænin"
    assert _headings(doc) == ["Formål"]
    assert doc.source.format == "html"


def test_html_without_visible_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 'not text for people';</script></head><body> </body></html>",
                    encoding="utf-8")
    with pytest.raises(EmptyInput):
        read_path(path, Config())


@pytest.mark.parametrize("lang", LANGS)
def test_docx_paragraphs_tables_and_heading_styles(tmp_path, lang):
    path = tmp_path / f"{lang} case.docx"
    path.write_bytes(case_docx(lang))
    doc = read_path(path, Config())
    lines = CASES[lang].splitlines()
    assert doc.case_id == f"{lang} case"
    assert doc.text == "\n".join(lines + ["Periode: 2019-2021"])  # a table row is one line
    assert _headings(doc) == [lines[0], lines[1], lines[3], lines[5]]
    assert doc.source.format == "docx"


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_truncated_docx_is_a_parse_error(tmp_path, cut):
    data = case_docx("da")
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(ParseError) as info:
        read_path(path, Config())
    assert info.value.message == "cut.docx is not a complete .docx file (damaged or truncated): File is not a zip file"


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_text_layer_and_headings_from_font_size_and_weight(tmp_path, lang):
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(case_pdf(lang))
    doc = read_path(path, Config())
    lines = CASES[lang].splitlines()
    # lines one line distance apart (in the larger font of the two) are no paragraphs apart
    assert doc.text == "\n".join(lines)
    assert _headings(doc) == [lines[0], lines[1], lines[3], lines[5]]
    assert (doc.source.format, doc.source.encoding) == ("pdf", None)


@pytest.mark.parametrize("lang, header, footer", [
    ("da", "Vejle Kommune · Projektrapport", "Rådhustorvet 1 · Tlf. 76 81 00 00 · Side 1 af 2"),
    ("sv", "Umeå kommun – Slutrapport", "Sida 1 av 2"),
    ("nb", "Bodø kommune | Sluttrapport", "Side 1 av 2 · Tlf. 75 55 50 00"),
    ("nn", "Voss herad – Sluttrapport", "1"),
])
def test_running_headers_and_footers_of_a_multi_page_pdf_stay_out(tmp_path, lang, header, footer):
    pages = [[(header, 9, False), ("Sund hverdag", 18, True), ("Tekst på første side.", 11, False), (footer, 9, False)],
             [(header, 9, False), ("Kontakt", 13, True), ("Mette Holm, tlf. 12 34 56 78", 11, False),
              (footer.replace("1", "2", 1), 9, False)]]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes(pages))
    doc = read_path(path, Config())
    lines = [line for line in doc.text.split("\n") if line]  # (white space under the title is the gap rule's)
    assert lines == ["Sund hverdag", "Tekst på første side.", "Kontakt", "Mette Holm, tlf. 12 34 56 78"]
    assert _headings(doc) == ["Sund hverdag", "Kontakt"]


def test_a_one_page_pdf_keeps_its_first_and_last_lines(tmp_path):
    path = tmp_path / "one.pdf"
    path.write_bytes(pdf_pages_bytes([[("Vejle Kommune", 9, False), ("Sund hverdag", 18, True), ("Side 1 af 1", 9, False)]]))
    assert read_path(path, Config()).text == "Vejle Kommune\nSund hverdag\n\nSide 1 af 1"


def test_truncated_pdf_is_a_parse_error(tmp_path):
    data = case_pdf("sv")
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError) as info:
        read_path(path, Config())
    assert info.value.code == "E_PARSE"
    assert info.value.message == "cut.pdf is not a readable PDF (damaged or truncated): Stream has ended unexpectedly"


def test_pdf_without_text_layer_is_a_parse_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([]))
    with pytest.raises(ParseError) as info:
        read_path(path, Config())
    assert info.value.message == "scan.pdf has no text layer (a scanned image?); OCR is not part of nordcase"


def test_html_chrome_marked_by_class_id_or_role_is_skipped():
    """A page without <main>: the cookie banner, breadcrumb, share buttons and menu stay out (so the
    title is the <h1>, and "Del på Facebook" is no organisation); a marked block holding a heading
    stays in, and "shared-content" is no share mark."""
    page = ('<body><div class="cookie-banner">Vi bruger cookies. Accepter alle</div>'
            '<div class="breadcrumb">Forside &gt; Sundhed</div><ul role="navigation"><li>Menu</li></ul>'
            '<div class="content"><h1>Bevægelse for seniorer</h1><p>Holdtræning to gange om ugen.</p></div>'
            '<div class="shared-content"><p>Tekst i en delt blok.</p></div>'
            '<div class="social"><h2>Kontakt</h2><p>Birgitte Lund</p></div>'
            '<div id="share-buttons">Del på Facebook | Print</div></body>')
    assert html_to_text(page)[0] == ("Bevægelse for seniorer\nHoldtræning to gange om ugen.\n"
                                     "Tekst i en delt blok.\nKontakt\nBirgitte Lund")


def test_html_data_table_rows_are_lines():
    """A data table's row is one line (label and value, or a record's cells apart), so a budget table
    gives its years and a contact table its people; a layout table's cells (with paragraphs) stay blocks."""
    page = ("<main><h1>Digital vardag</h1><h2>Kontaktpersoner</h2><table>"
            "<tr><th>Namn</th><th>Roll</th><th>Telefon</th></tr>"
            "<tr><td>Maria Lund</td><td>Projektledare</td><td>026-17 80 00</td></tr></table>"
            "<h2>Budget</h2><table><tr><td>2023</td><td>400 000 kr</td></tr></table>"
            "<table><tr><td><p>Vänster spalt.</p></td><td><p>Höger spalt.</p></td></tr></table></main>")
    assert html_to_text(page)[0] == ("Digital vardag\nKontaktpersoner\nNamn · Roll · Telefon\n"
                                     "Maria Lund · Projektledare · 026-17 80 00\nBudget\n2023: 400 000 kr\n"
                                     "Vänster spalt.\nHöger spalt.")


def test_docx_table_rows_are_lines_and_layout_cells_stay_blocks(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Mad med mening", level=1)
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, (("Navn", "Rolle", "Telefon"), ("Hanne Bach", "Projektleder", "79 79 00 00"))):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    years = document.add_table(rows=1, cols=2)
    years.rows[0].cells[0].text, years.rows[0].cells[1].text = "2023", "400.000 kr."
    layout = document.add_table(rows=1, cols=2)
    layout.rows[0].cells[0].text = "Venstre spalte.\nMere tekst."
    layout.rows[0].cells[1].text = "Højre spalte."
    path = tmp_path / "tabeller.docx"
    document.save(path)
    assert read_path(path, Config()).text == ("Mad med mening\nNavn · Rolle · Telefon\nHanne Bach · Projektleder · "
                                              "79 79 00 00\n2023: 400.000 kr.\nVenstre spalte.\nMere tekst.\nHøjre spalte.")


@pytest.mark.parametrize("lang, lines, text", [
    ("da", ["Baggrund", " ", "Mange ældre bor alene og savner et fællesskab,", "og derfor starter vi nu.", " ",
            "Kontaktperson", " ", "Mette Holm"],
     "Baggrund\n\nMange ældre bor alene og savner et fællesskab,\nog derfor starter vi nu.\n\nKontaktperson\n\nMette Holm"),
    ("sv", ["Bakgrund", "Många äldre bor ensamma,", "och därför startar vi nu.", " ", "Kontaktperson", "Åsa Lind"],
     "Bakgrund\nMånga äldre bor ensamma,\noch därför startar vi nu.\n\nKontaktperson\nÅsa Lind"),
    ("nb", ["Prosjektleder", " ", " ", "Kari Nordmann", "Bodø kommune"],
     "Prosjektleder\n\nKari Nordmann\nBodø kommune"),
    ("nn", ["Bakgrunn", "Mange eldre bur åleine.", "Prosjektleiar", " ", "Olav Vik"],
     "Bakgrunn\nMange eldre bur åleine.\nProsjektleiar\n\nOlav Vik"),
])
def test_white_space_between_paragraphs_of_a_pdf_is_a_blank_line(tmp_path, lang, lines, text):
    """The text layer has no blank lines; a gap wider than the page's usual line distance is one."""
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_bytes([(line, 10, False) for line in lines]))
    assert read_path(path, Config()).text == text


@pytest.mark.parametrize("lang, closing, text", [
    ("da", "Projektet sluttede i 2023.", "Projektet sluttede i 2023.\n\nKontaktperson\nMette Holm"),
    ("sv", "Projektet pågick under tre år och", "Projektet pågick under tre år och\nKontaktperson\nMette Holm"),
    ("nb", "Prosjektet ble avsluttet i 2023.", "Prosjektet ble avsluttet i 2023.\n\nKontaktperson\nMette Holm"),
    ("nn", "Prosjektet vart avslutta i 2023:", "Prosjektet vart avslutta i 2023:\n\nKontaktperson\nMette Holm"),
])
def test_a_page_break_after_a_closed_sentence_parts_two_paragraphs(tmp_path, lang, closing, text):
    """The last lines spilling onto a short last page stay in the text (a line at the foot of one page
    and the head of the next is no running header), and a closed sentence before the break ends its paragraph."""
    body = [(f"Linje {i} i rapporten om projektet.", 10, False) for i in range(1, 6)]
    pages = [body + [(closing, 10, False)], [("Kontaktperson", 10, False), ("Mette Holm", 10, False)]]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes(pages))
    got = read_path(path, Config()).text
    assert got.endswith(text) and got.count("Linje") == 5


@pytest.mark.parametrize("lang", LANGS)
def test_a_pdf_shown_word_by_word_keeps_its_headings_and_white_space(tmp_path, lang):
    """pdfTeX and Word's runs show a line in pieces: the line's size, weight and place come from them."""
    lines = CASES[lang].splitlines()
    spec = [(lines[0], 18, False), (" ", 10, False)]
    for index, line in enumerate(lines[1:]):
        spec += [(line, 12, True)] if index % 2 == 0 else [(line[:90], 10, False), (" ", 10, False)]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes([spec], word_by_word=True))
    doc = read_path(path, Config())
    assert doc.text == "\n".join([lines[0], ""] + [line if i % 2 == 0 else line[:90] + "\n"
                                                  for i, line in enumerate(lines[1:])]).rstrip("\n")
    assert _headings(doc) == [lines[0], lines[1], lines[3], lines[5]]


@pytest.mark.parametrize("lang, lines, text", [
    ("da", ["Kommunen har styrket gennem-", "førelsen af indsatsen for børne- og", "ungeområdet i EU-", "projektet."],
     "Kommunen har styrket gennemførelsen\naf indsatsen for børne- og\nungeområdet i EU-\nprojektet."),
    ("sv", ["Projektet har förbättrat genom-", "förandet inom hälso- och", "sjukvården med e-", "tjänster."],
     "Projektet har förbättrat genomförandet\ninom hälso- och\nsjukvården med e-\ntjänster."),
    ("nb", ["Prosjektet har styrket gjennom-", "føringen i barne- og", "ungdomsarbeidet og 10-", "15 frivillige."],
     "Prosjektet har styrket gjennomføringen\ni barne- og\nungdomsarbeidet og 10-\n15 frivillige."),
    ("nn", ["Prosjektet har styrkt gjennom-", "føringa i for- eller", "etterarbeidet i Sunnfjord-", "området og i hovud-", "saka."],
     "Prosjektet har styrkt gjennomføringa\ni for- eller\netterarbeidet i Sunnfjord-\nområdet og i hovudsaka."),
])
def test_a_word_hyphenated_at_a_pdf_line_end_is_whole_again(tmp_path, lang, lines, text):
    """Justified PDF text splits words at line ends; a suspended compound ("hälso- och"), a hyphen in a word
    opening with a capital, after digits or one letter ("EU-", "Sunnfjord-", "10-", "e-") stay as printed."""
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_bytes([(line, 10, False) for line in lines]))
    assert read_path(path, Config()).text == text


@pytest.mark.parametrize("lang, rows, text", [
    ("da", ["Ansøger\tVejle Kommune", "Projektperiode\t01.03.2023 – 28.02.2025"],
     "Ansøger   Vejle Kommune\nProjektperiode   01.03.2023 – 28.02.2025"),
    ("sv", ["Projektägare\tBorlänge kommun, Fritid och kultur", "Beviljat belopp\t1 250 000 kronor"],
     "Projektägare   Borlänge kommun, Fritid och kultur\nBeviljat belopp   1 250 000 kronor"),
    ("nb", ["Tiltakstype\tProsjekt", "2024\tkr 320 000"], "Tiltakstype   Prosjekt\n2024   kr 320 000"),
    ("nn", ["Kari Loen\tProsjektleiar\t57 87 40 12"], "Kari Loen   Prosjektleiar   57 87 40 12"),
])
def test_cells_far_apart_on_a_pdf_line_keep_a_column_gap(tmp_path, lang, rows, text):
    """A form's label and value, or a table's cells, stand apart on the page; the text layer gives one
    space, the reader writes the gap as three (as a .txt copy of the page has it)."""
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes([[(row, 10, False) for row in rows]], word_by_word=True))
    assert read_path(path, Config()).text == text


@pytest.mark.parametrize("lang, header, footer", [
    ("da", "Vejle Kommune · Projektbeskrivelse", "Side 1 af 1"),
    ("sv", "Borlänge kommun · Fritid och kultur", "Sida 1 av 1"),
    ("nb", "Skien kommune – Prosjektbeskrivelse", "Side 1 av 1"),
    # a footer with the document's date stays: the date is a fact of the case
    ("nn", "Stryn kommune", "Sist endra 02.05.2024"),
])
def test_small_print_above_and_below_a_one_page_pdf_is_page_furniture(tmp_path, lang, header, footer):
    page = [(header, 8, False), ("Lesevenner i Skien", 18, False), ("Bakgrunn", 12, True),
            ("Mange elever leser for lite hjemme.", 10, False), (footer, 8, False)]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_bytes(page))
    kept = "\nSist endra 02.05.2024" if lang == "nn" else ""
    assert read_path(path, Config()).text == "Lesevenner i Skien\nBakgrunn\nMange elever leser for lite hjemme." + kept


@pytest.mark.parametrize("lang, first, second, title, heading, body", [
    ("da", "Digitale fællesskaber for ældre borgere i", "Viborg og Skive",
     "Digitale fællesskaber for ældre borgere i Viborg og Skive", "Baggrund",
     "Mange ældre borgere bor alene og oplever, at de bliver koblet af, når breve og lægetider bliver digitale."),
    ("sv", "Slutrapport: Simkunnighet för nyanlända barn och", "föräldrar i Borlänge",
     "Simkunnighet för nyanlända barn och föräldrar i Borlänge", "Bakgrund",
     "Allt färre barn i de nyanlända familjerna kan simma när de börjar årskurs fyra, och många föräldrar tvekar."),
    ("nb", "Lesevenner for elever på småtrinnet ved skolene i", "Skien kommune",
     "Lesevenner for elever på småtrinnet ved skolene i Skien kommune", "Bakgrunn",
     "Mange elever på småtrinnet leser for lite hjemme, og bibliotekarene melder at de sjelden låner bøker."),
    ("nn", "Turvenn for eldre heimebuande i bygdene", "rundt Stryn",
     "Turvenn for eldre heimebuande i bygdene rundt Stryn", "Bakgrunn",
     "Mange eldre som bur åleine i bygdene, kjem seg sjeldan ut på tur fordi dei ikkje har nokon å gå saman med."),
])
def test_a_pdf_title_wrapped_over_two_large_lines_is_one_title_and_no_section(tmp_path, lang, first, second, title,
                                                                              heading, body):
    from pipeline import extract
    page = [(first, 18, False), (second, 18, False), (" ", 10, False), (heading, 12, True), (body[:95], 10, False),
            (body[95:], 10, False)]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_bytes(page))
    case = extract(path, Config())
    assert (case.language.value, case.title.value) == (lang, title)
    assert [s.heading for s in case.sections] == [heading]


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TEXT_BOX = ('<w:r {ns} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice '
             'Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
             '</w:txbxContent></wps:txbx></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def _form_docx(title: str, tab_label: str, tab_value: str, control_label: str, control_value: str,
               block_line: str, email: str, box: str) -> bytes:
    """A Word form: a tab between label and value, a value in an inline content control, a line in a
    block-level content control, an e-mail as a hyperlink, a text box beside the text."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph(f"{tab_label}\t{tab_value}")
    control = document.add_paragraph(f"{control_label}: ")
    control._p.append(parse_xml(f'<w:sdt {_W_NS}><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r>'
                                f'<w:t>{control_value}</w:t></w:r></w:sdtContent></w:sdt>'))
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:sdt {_W_NS}><w:sdtContent><w:p><w:r><w:t>{block_line}</w:t></w:r>'
                                         f'</w:p></w:sdtContent></w:sdt>'))
    link = document.add_paragraph("E-mail: ")
    rid = document.part.relate_to(f"mailto:{email}", "http://schemas.openxmlformats.org/officeDocument/2006/"
                                  "relationships/hyperlink", is_external=True)
    link._p.append(parse_xml(f'<w:hyperlink {_W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                             f'2006/relationships" r:id="{rid}"><w:r><w:t>{email}</w:t></w:r></w:hyperlink>'))
    anchor = document.add_paragraph("Se også:")
    anchor._p.append(parse_xml(_TEXT_BOX.format(ns=_W_NS, text=box)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("lang, fields", [
    ("da", ("Digital hverdag", "Kontaktperson", "Lone Bech Andersen", "Projektperiode", "1. februar 2023 – 31. januar 2025",
            "Bevilget beløb: 780.000 kr.", "lba@viborg.dk", "Læs mere på viborg.dk")),
    ("sv", ("Simskola", "Projektledare", "Amira Hassan", "Projektperiod", "2022-08-15 – 2024-06-14",
            "Beviljat belopp: 1 250 000 kronor", "amira.hassan@borlange.se", "Läs mer på borlange.se")),
    ("nb", ("Lesevenner", "Prosjektleder", "Ingrid Haugen", "Prosjektperiode", "01.01.2024 – 31.12.2025",
            "Søknadsbeløp: kr 640 000", "ingrid.haugen@skien.kommune.no", "Les mer på skien.kommune.no")),
    ("nn", ("Turvenn", "Prosjektleiar", "Kari Loen", "Prosjektperiode", "1. mars 2022 – 29. februar 2024",
            "Budsjett: 360 000 kroner", "kari.loen@stryn.kommune.no", "Les meir på stryn.kommune.no")),
])
def test_a_word_form_keeps_its_content_controls_hyperlinks_tabs_and_text_boxes(tmp_path, lang, fields):
    title, tab_label, tab_value, control_label, control_value, block_line, email, box = fields
    path = tmp_path / f"{lang}.docx"
    path.write_bytes(_form_docx(*fields))
    assert read_path(path, Config()).text == "\n".join([
        title, f"{tab_label}   {tab_value}", f"{control_label}: {control_value}", block_line,
        f"E-mail: {email}", "Se også:", box])


@pytest.mark.parametrize("lang, lines, text", [
    ("da", [("Øget mobilitet på tværs af landegrænser (EURES), Region", 18), ("Sjælland", 18)],
     "Øget mobilitet på tværs af landegrænser (EURES), Region Sjælland"),
    ("sv", [("Etableringsfrämjande samverkan i regionen Jämtland", 18), ("Härjedalen", 18)],
     "Etableringsfrämjande samverkan i regionen Jämtland Härjedalen"),
    # a short title and a subtitle in the same size stay apart: the first line does not fill the page's width
    ("nb", [("Lesevenner i Skien", 18), ("Sluttrapport 2025", 18)], "Lesevenner i Skien\nSluttrapport 2025"),
    ("nn", [("Tekniske hjelpemiddel for eldre heimebuande i Sunnfjord", 18), ("Vestland", 18)],
     "Tekniske hjelpemiddel for eldre heimebuande i Sunnfjord Vestland"),
])
def test_a_large_heading_wrapped_at_the_page_width_is_one_line(tmp_path, lang, lines, text):
    body = [("Mange eldre bur åleine og kjem seg sjeldan ut på tur fordi dei ikkje har nokon å gå saman med i", 10, False),
            ("nærmiljøet, og kommunen vil prøve ut faste turgrupper.", 10, False)]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes([[(line, size, False) for line, size in lines] + [(" ", 10, False)] + body],
                                     word_by_word=True))
    doc = read_path(path, Config())
    assert doc.text.split("\n\n")[0] == text
    assert _headings(doc) == text.split("\n")


@pytest.mark.parametrize("lang, name, footer", [
    ("da", "Sund hverdag i Vejle", "Side 1 af 2"),
    ("sv", "Simskola i Borlänge", "Sida 1 av 2"),
    ("nb", "Lesevenner i Skien", "Side 1 av 2"),
    ("nn", "Turvenn i Stryn", "Side 1 av 2"),
])
def test_a_running_header_that_is_the_title_stays_where_it_is_set_large(tmp_path, lang, name, footer):
    """The report's name heads every page in small print and is its title in large print on the first:
    dropped as page furniture, but not where it is the title."""
    body = [(f"Linje {i} om prosjektet.", 10, False) for i in range(1, 5)]
    pages = [[(name, 8, False), (name, 18, False)] + body + [(footer, 8, False)],
             [(name, 8, False), ("Kontakt", 12, True), ("Mette Holm", 10, False), (footer.replace("1", "2", 1), 8, False)]]
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(pdf_pages_bytes(pages))
    doc = read_path(path, Config())
    assert doc.text.split("\n")[0] == name and doc.text.count(name) == 1
    assert doc.text.endswith("Kontakt\nMette Holm")
