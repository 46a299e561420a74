"""News articles, change requests, project accounts, recruitment flyers, survey reports, project blogs and
a council member's question with its answer (stop 25); and a report form's planned/reached rows. All texts
are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import extract

from written import INTRO, contacts as _contacts, extract_file, value as _value


# ---- planned and reached rows under a participants heading ------------------------------------------

ROWS = {
    "da": ["Antal deltagere\nForventet: 120 beboere\nOpnået: 163 beboere\n",
           "Hvor mange deltagere?\nPlanlagt: ca. 40 / Nået: 57\n"],
    "sv": ["Antal deltagare\nPlanerat: 120 boende\nUppnått: 163 boende\n",
           "Hur många deltog?\nMålvärde: ca. 40 · Utfall: 57\n"],
    "nb": ["Antall deltakere (planlagt og faktisk)\nPlanlagt: 120\nFaktisk: 163 (140 beboere og 23 pårørende)\n",
           "Hvor mange deltok?\nForventet: ca. 40 | Oppnådd: 57\n"],
    "nn": ["Deltakarar\nPlanlagt: 120 bebuarar\nOppnådd: 163 bebuarar\n",
           "Kor mange deltok?\nVenta: om lag 40; Nådd: 57\n"],
}


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_planned_and_reached_rows(lang):
    first, second = (extract(INTRO[lang] + text) for text in ROWS[lang])
    assert (_value(first, "participants_planned"), _value(first, "participants_reached")) == (120, 163)
    assert (_value(second, "participants_planned"), _value(second, "participants_reached")) == (40, 57)
    assert first.participants_reached.method == "participants@1:row"


ENROLLED = {"da": "Tilmeldte i alt: 58", "sv": "Inskrivna totalt hittills: 58", "nb": "Påmeldte totalt: 58",
            "nn": "Påmelde totalt: 58"}


@pytest.mark.parametrize("lang", sorted(ENROLLED))
def test_enrolled_so_far_is_reached(lang):
    case = extract(INTRO[lang] + ENROLLED[lang] + "\n")
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (None, 58)


# ---- a report's own board as its recipient ----------------------------------------------------------

RECIPIENT = {
    "da": "STATUSRAPPORT 2\nModtager: Styregruppen\nProjekt: Lektiehjælp i Gellerup\nProjektejer: Aarhus Kommune\n",
    "sv": "LÄGESRAPPORT 2\nMottagare: Styrgruppen\nProjekt: Läxhjälp i Fittja\nProjektägare: Botkyrka kommun\n",
    "nb": "STATUSRAPPORT 2\nMottaker: Styringsgruppen\nProsjekt: Leksehjelp på Furuset\nProsjekteier: Oslo kommune\n",
    "nn": "STATUSRAPPORT 2\nMottakar: Styringsgruppa\nProsjekt: Leksehjelp i Førde\nProsjekteigar: Sunnfjord kommune\n",
}
OWNER = {"da": "Aarhus Kommune", "sv": "Botkyrka kommun", "nb": "Oslo kommune", "nn": "Sunnfjord kommune"}


@pytest.mark.parametrize("lang", sorted(RECIPIENT))
def test_own_board_as_recipient_is_no_organisation(lang):
    text = RECIPIENT[lang] + "\n" + INTRO[lang].split("\n\n")[1] + "\n"
    assert _value(extract(text), "organisation") == OWNER[lang]
    # without the owner's label the board is still no organisation
    alone = "\n".join(line for line in text.split("\n") if not line.startswith(("Projektejer", "Projektägare",
                                                                                 "Prosjekteier", "Prosjekteigar")))
    assert _value(extract(alone), "organisation") is None


# ---- a project blog: posts in <main>, facts and contact in a side box ----------------------------------

BLOG = {
    "da": ("Projektblog: Grønne Tage", "Nu er vi i gang!", "Skrevet 9. marts 2024 af Lone Berg",
           "Så er det officielt: Grønne Tage er afsluttet.", "Projektfakta", "Periode: 1/3 – 30/11 2024",
           "Kontakt", "Projektleder", "Foreningens formand: Niels Holm", "+45 61 22 33 44", "lone@tage.dk",
           ("Lone Berg", "Projektleder", "+4561223344", "lone@tage.dk")),
    "sv": ("Gröna tak – projektbloggen", "Nu kör vi!", "22 januari 2024 · Lena Berg",
           "Nu är det klart: Gröna tak är avslutat.", "Projektfakta", "Period: 2024-03-01 – 2024-11-30",
           "Kontakt", "Projektledare", "Föreningens ordförande: Nils Holm", "070-122 33 44", "lena@tak.se",
           ("Lena Berg", "Projektledare", "+46701223344", "lena@tak.se")),
    "nb": ("Prosjektblogg: Grønne tak", "Nå er vi i gang!", "Publisert 9. mars 2024 av Line Berg",
           "Takk for nå – taket er ferdig, og prosjektet er avsluttet.", "Prosjektfakta",
           "Periode: 01.03.2024–30.11.2024", "Kontakt", "Prosjektleder", "Styreleder: Nils Holm", "922 33 445",
           "line@tak.no", ("Line Berg", "Prosjektleder", "+4792233445", "line@tak.no")),
    "nn": ("Prosjektblogg: Grøne tak", "No er vi i gang!", "Publisert 9. mars 2024 av Liv Berg",
           "Prosjektet vart formelt avslutta i går.", "Prosjektfakta", "Periode: 01.03.2024–30.11.2024",
           "Kontakt", "Prosjektleiar", "Styreleiar: Nils Holm", "922 33 445", "liv@tak.no",
           ("Liv Berg", "Prosjektleiar", "+4792233445", "liv@tak.no")),
}


@pytest.mark.parametrize("lang", sorted(BLOG))
def test_project_blog_side_box(lang, tmp_path):
    (head, post, meta, end, facts, period, contact, role, chair, phone, mail, expected) = BLOG[lang]
    name = expected[0]
    page = (f"<html><body><header><nav><a href='/'>Hjem</a></nav></header><div><main><h2>{head}</h2>"
            f"<article><h3>Tak</h3><p class='meta'>{meta}</p><p>{end}</p></article>"
            f"<article><h3>{post}</h3><p>{INTRO[lang].split(chr(10) * 2)[1]}</p></article></main>"
            f"<aside><section><h2>{facts}</h2><ul><li>{period}</li></ul></section>"
            f"<section><h2>{contact}</h2><p>{name}<br>{role}<br>{phone}<br><a href='mailto:{mail}'>{mail}</a></p>"
            f"<p>{chair}</p></section><section><h2>Arkiv</h2><ul><li>Marts 2024 (1)</li></ul></section></aside>"
            f"</div></body></html>")
    case = extract_file(tmp_path, f"blog_{lang}.html", page)
    assert _contacts(case) == [expected]
    assert _value(case, "status") == "completed"
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2024-03-01", "2024-11-30")
    assert _value(case, "title") == {"da": "Grønne Tage", "sv": "Gröna tak", "nb": "Grønne tak",
                                     "nn": "Grøne tak"}[lang]


NOT_ENDED = {"da": "Projektet er snart afsluttet.", "sv": "Projektet är snart avslutat.",
             "nb": "Prosjektet ble ikke avsluttet.", "nn": "Prosjektet er snart avslutta."}


@pytest.mark.parametrize("lang", sorted(NOT_ENDED))
def test_an_end_not_yet_told_is_no_completion(lang):
    assert _value(extract(INTRO[lang] + NOT_ENDED[lang] + "\n"), "status") != "completed"


# ---- a participant survey's report ------------------------------------------------------------------

SURVEY = {
    "da": ("# Deltagerundersøgelse – Lektiehjælp i Gellerup\n\n## Fakta om projektet\n\n| | |\n|---|---|\n"
           "| Deltagere | 134 indskrevet (mål: 150) |\n\n## Om undersøgelsen\n\nTre ud af fire deltagere vil anbefale "
           "lektiehjælpen. Undersøgelsen er gennemført internt af kommunens analyseenhed.\n\n## Vores vurdering\n\n"
           "Vi hjælper børn med lektier to aftener om ugen i Gellerup.\n", "internal"),
    "sv": ("# Läxhjälp i Fittja – resultat från deltagarenkäten\n\n## Fakta om projektet\n\n| | |\n|---|---|\n"
           "| Deltagare | 134 inskrivna (mål: 150) |\n\n## Om enkäten\n\nTre av fyra deltagare vill rekommendera "
           "läxhjälpen. Enkäten har sammanställts av projektgruppen; någon extern utvärdering har inte gjorts.\n\n"
           "## Vår bedömning\n\nVi hjälper barn med läxor två kvällar i veckan i Fittja.\n", "internal"),
    "nb": ("# Leksehjelp på Furuset – resultater fra deltakerundersøkelsen\n\n## Fakta om prosjektet\n\n| | |\n"
           "|---|---|\n| Deltakere | 134 påmeldte (mål: 150) |\n\n## Om undersøkelsen\n\nTre av fire deltakere vil "
           "anbefale leksehjelpen. Spørreskjemaet ble laget av prosjektgruppen selv, uten ekstern evaluator.\n\n"
           "## Vår vurdering\n\nVi hjelper barn med lekser to kvelder i uka på Furuset.\n", "internal"),
    "nn": ("# Leksehjelp i Førde – resultat frå deltakarundersøkinga\n\n## Fakta om prosjektet\n\n| | |\n|---|---|\n"
           "| Deltakarar | 134 påmelde (mål: 150) |\n\n## Om undersøkinga\n\nTre av fire deltakarar vil tilrå "
           "leksehjelpa. Spørjeundersøkinga vart utført av Vestlandsforsking.\n\n## Vår vurdering\n\n"
           "Vi hjelper born med lekser to kveldar i veka i Førde.\n", "external"),
}


@pytest.mark.parametrize("lang", sorted(SURVEY))
def test_participant_survey_report(lang, tmp_path):
    text, kind = SURVEY[lang]
    case = extract_file(tmp_path, f"survey_{lang}.md", text)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, kind)
    # the share's whole ("Tre ud af fire deltagere") is no count; the goal after the enrolled count is planned
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (150, 134)
    assert "assessment" in [s.key for s in case.sections]


# ---- a news article ---------------------------------------------------------------------------------

NEWS = {
    "da": ("NYHEDER · VARDE", "Ældre finder vej til netbanken", "Af Kari Holm, journalist. Publiceret 14. oktober 2025",
           "– Mange føler sig udenfor, siger Ida Sæther Møller. Hun er projektleder for »Digital i hverdagen« ved "
           "Varde Frivilligcenter, et toårigt projekt.", "ida.moller@frivilligvarde.dk", "Læs også",
           ("Ida Sæther Møller", "projektleder", None, "ida.moller@frivilligvarde.dk")),
    "sv": ("NYHETER · VARA", "Äldre hittar till internetbanken", "Av Kari Holm, reporter. Publicerad 14 oktober 2025",
           "– Många känner sig utanför, säger Ida Säther Möller. Hon är projektledare för ”Digital vardag” på "
           "Vara frivilligcentral, ett tvåårigt projekt.", "ida.moller@frivilligvara.se", "Läs också",
           ("Ida Säther Möller", "projektledare", None, "ida.moller@frivilligvara.se")),
    "nb": ("NYHETER · LEVANGER", "Seniorene fant veien til nettbanken", "Av Kari Holm, journalist. Publisert 14. oktober "
           "2025", "– Mange føler seg utenfor, sier Ida Sæther Moen. Hun er prosjektleder for «Digital i hverdagen» "
           "ved Levanger frivilligsentral, et toårig prosjekt.", "ida.moen@frivilliglevanger.no", "Les også",
           ("Ida Sæther Moen", "prosjektleder", None, "ida.moen@frivilliglevanger.no")),
    "nn": ("NYHEITER · STRYN", "Seniorane fann vegen til nettbanken", "Av Kari Holm, journalist. Publisert 14. oktober "
           "2025", "– Mange kjenner seg utanfor, seier Ida Sæther Moen. Ho er prosjektleiar for «Digital i kvardagen» "
           "ved Stryn frivilligsentral, eit toårig prosjekt.", "ida.moen@frivilligstryn.no", "Les også",
           ("Ida Sæther Moen", "prosjektleiar", None, "ida.moen@frivilligstryn.no")),
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_news_article(lang, tmp_path):
    kicker, headline, byline, quote, mail, more, expected = NEWS[lang]
    page = (f"<html><body><main><article><p class='kicker'>{kicker}</p><h1>{headline}</h1>"
            f"<div class='byline'>{byline}</div><p>{quote}</p><p>{INTRO[lang].split(chr(10) * 2)[1]}</p>"
            f"<p>Skriv til {mail}.</p></article>"  # the address spells the person's first and last name
            f"<section class='related'><h3>{more}</h3><ul><li>Biblioteket 28.09.2025</li>"
            f"<li>Rådet 2. okt. 2025</li></ul></section>"
            f"<section class='comments'><h3>Kommentarer (7)</h3></section></main></body></html>")
    case = extract_file(tmp_path, f"news_{lang}.html", page)
    # the name after "projektleder for", not the headline; the pronoun's sentence gives the quoted person's role
    assert _value(case, "title") == {"da": "Digital i hverdagen", "sv": "Digital vardag", "nb": "Digital i hverdagen",
                                     "nn": "Digital i kvardagen"}[lang]
    assert _contacts(case) == [expected]
    assert _value(case, "status") == "project"
    # the related articles' dates are no period, and the comments are no section
    assert (_value(case, "period_start"), _value(case, "period_end")) == (None, None)
    assert "comments" not in [s.key for s in case.sections]


# ---- a recruitment flyer ----------------------------------------------------------------------------

FLYER = {
    "da": ("Vejle Idrætsforening præsenterer\n\nBOLD FOR ALLE\n\nVIL DU VÆRE MED?\n\nEr du pige\nog mellem 12 og 16 år?\n\n"
           "Vi starter tirsdag den 4/2 2025\nSidste gang er tirsdag den 17. juni 2025\n\nDer er kun\n\n20 PLADSER\n\n"
           "KONTAKT\n\nMaja Holm\nprojektkoordinator\n22 47 91 06\nmaja.holm@vif.dk\n\nSkriv gerne på SMS!\n\n"
           "Vejle Idrætsforening har lavet\nidræt for børn siden 1976.\n",
           "Vejle Idrætsforening", "BOLD FOR ALLE", ("Maja Holm", "projektkoordinator", "+4522479106", "maja.holm@vif.dk")),
    "sv": ("Vara IF presenterar\n\nBOLL FÖR ALLA\n\nVILL DU VARA MED?\n\nÄr du mellan 12 och 16 år\noch vill prova nya "
           "sporter?\n\nFörsta gången: tisdag 4 februari 2025\nSista dag: tisdag 17 juni 2025\n\nENDAST 20 PLATSER!\n\n"
           "KONTAKT\n\nMaja Holm\njobbcoach\n072-514 88 30\nmaja.holm@varaif.se\n\nDu kan också skicka ett sms\n",
           "Vara IF", "BOLL FÖR ALLA", ("Maja Holm", "jobbcoach", "+46725148830", "maja.holm@varaif.se")),
    "nb": ("IL SKIEN ALLIANSE\npresenterer\n\nBALL FOR ALLE\n\nVIL DU VÆRE MED?\n\nEr du mellom 12 og 16 år\nog har lyst "
           "til å prøve nye idretter?\n\nFørste gang:\ntirsdag 4. februar 2025\n\nSiste gang er tirsdag 17. juni 2025.\n\n"
           "BARE 20 PLASSER!\n\nKONTAKT OSS\n\nMaja Holm\nprosjektkoordinator\nTlf. 934 58 210\nmaja.holm@ilsa.no\n\n"
           "IL Skien Allianse har drevet\nidrett for barn siden 1976.\n",
           "IL SKIEN ALLIANSE", "BALL FOR ALLE", ("Maja Holm", "prosjektkoordinator", "+4793458210", "maja.holm@ilsa.no")),
    "nn": ("VIL DU VERE MED?\n\nBALL FOR ALLE\n\n– gratis ballspel for ungdom på Voss\n\nEr du mellom 12 og 16 år?\n\n"
           "Første gong: tysdag 4. februar 2025\nSiste gong: tysdag 17. juni 2025\n\nBERRE 20 PLASSAR!\n\nKONTAKT\n\n"
           "Maja Holm\nprosjektleiar\nTlf. 412 67 093\nmaja@vossaball.no\n\nBallaget Vossa\n– ballglede på Voss sidan 1998\n\n"
           "Samarbeidspartnarar:\n\n[ VOSS HERAD ] [ GJENSIDIGESTIFTELSEN ]\n",
           "Ballaget Vossa", "BALL FOR ALLE", ("Maja Holm", "prosjektleiar", "+4741267093", "maja@vossaball.no")),
}


@pytest.mark.parametrize("lang", sorted(FLYER))
def test_recruitment_flyer(lang):
    text, organisation, title, contact = FLYER[lang]
    case = extract(text)
    assert (_value(case, "title"), _value(case, "organisation")) == (title, organisation)
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2025-02-04", "2025-06-17")
    assert (_value(case, "target_age_min"), _value(case, "target_age_max")) == (12, 16)
    # the places offered are the planned count
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (20, None)
    # the text going on after a blank line is no workplace, and the club's own line is no person
    assert _contacts(case) == [contact]


# ---- a council member's written question and the answer ------------------------------------------

QUESTION = {
    "da": ("SPØRGSMÅL\n\nFra: Byrådsmedlem Kirsten Vad (Ø)\nTil: Borgmester Anders Holm\nDato: 3. september 2025\n\n"
           "Hvor længe løber projektet?\n\nMed venlig hilsen\nKirsten Vad\n\n\nSVAR\n\nVejle, den 17. september 2025\n\n"
           "Kære Kirsten Vad\n\nVi hjælper børn med lektier to aftener om ugen i Gellerup. Projektet har fået 400.000 kr. "
           "for 2024 og 300.000 kr. for 2025, i alt 700.000 kr.\n\nHar du yderligere spørgsmål, er du velkommen til\n"
           "at kontakte projektleder Hanne Skov, Center for Børn og Unge,\ntlf. 58 57 34 19, e-mail hanne@vejle.dk.\n\n"
           "Med venlig hilsen\n\nAnders Holm\nBorgmester\n",
           "2025-09-17", ("Hanne Skov", "projektleder", "+4558573419", "hanne@vejle.dk"), "DKK"),
    "sv": ("SKRIFTLIG FRÅGA\n\nTill:    Socialnämndens ordförande Henrik Ström (M)\nFrån:    Lena Åker (V)\n"
           "Datum:   2025-01-27\n\nHur går det för läxhjälpen?\n\nLena Åker (V)\n\n\nSVAR PÅ SKRIFTLIG FRÅGA\n\n"
           "Växjö den 24 februari 2025\n\nVi hjälper barn med läxor två kvällar i veckan i Fittja. Projektet har fått "
           "400 000 kr för 2024 och 300 000 kr för 2025, sammanlagt 700 000 kr.\n\nFör ytterligare frågor om projektet "
           "hänvisas till projektledare Johanna Ek,\nsocialförvaltningen, telefon 0470-431 27, e-post johanna.ek@vaxjo.se.\n\n"
           "Henrik Ström (M)\nOrdförande i socialnämnden\n",
           "2025-02-24", ("Johanna Ek", "projektledare", "+4647043127", "johanna.ek@vaxjo.se"), "SEK"),
    "nb": ("SPØRSMÅL\n\nFra: Per Nordmo (Rødt)\nTil: Ordføreren\nDato: 3. februar 2026\n\nHvor mange er med?\n\n\n"
           "SVAR FRA ORDFØREREN\n\nBodø, 17. februar 2026\n\nVi hjelper barn med lekser to kvelder i uka på Furuset. "
           "Målet er å gi tett oppfølging til 45 leietakere. Per 31. desember 2025 hadde 38 leietakere fått en fast "
           "kontakt. Prosjektet har fått 400 000 kr for 2024 og 300 000 kr for 2025, til sammen 700 000 kr.\n\n"
           "Spørsmål om prosjektet kan rettes til prosjektleder\nLise Marie Kristoffersen, Boligkontoret,\n"
           "telefon 75 55 61 92, e-post lise.marie.kristoffersen@bodo.kommune.no.\n",
           "2026-02-17", ("Lise Marie Kristoffersen", "prosjektleder", "+4775556192",
                          "lise.marie.kristoffersen@bodo.kommune.no"), "NOK"),
    "nn": ("SKRIFTLEG SPØRSMÅL TIL ORDFØRAREN\n\nFrå: Kari Vik (SV)\nDato: 12.02.2025\n\nKor mykje kostar tiltaket?\n\n\n"
           "SVAR FRÅ ORDFØRAREN\n\nVolda, 3. mars 2025\n\nVi hjelper born med lekser to kveldar i veka i Førde. "
           "Prosjektet er finansiert med tilskot frå Husbanken: 450 000 kr for 2023,\n500 000 kr for 2024 og 350 000 kr "
           "for 2025, til saman 1,3 mill. kroner.\n\nSpørsmål kan rettast til prosjektleiar Ola Nes,\ntelefon 412 34 567.\n",
           "2025-03-03", ("Ola Nes", "prosjektleiar", "+4741234567", None), "NOK"),
}


@pytest.mark.parametrize("lang", sorted(QUESTION))
def test_written_question_and_answer(lang):
    text, date, contact, currency = QUESTION[lang]
    case = extract(text)
    # the answer's date, not the question's; the contact the answer refers to, not the signers
    assert _value(case, "document_date") == date
    assert _contacts(case) == [contact]
    # amounts for their years, then their sum after "i alt"
    total, years = {"nn": (1_300_000, {"2023": 450_000, "2024": 500_000, "2025": 350_000})}.get(
        lang, (700_000, {"2024": 400_000, "2025": 300_000}))
    assert (_value(case, "budget_total"), _value(case, "grants_by_year"), _value(case, "budget_currency")) == \
        (total, years, currency)
    if lang == "nb":
        assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (45, 38)


# ---- project accounts with the auditor's report ------------------------------------------------------

ACCOUNTS = {
    "da": ("PROJEKTREGNSKAB\n\nLektiehjælp i Gellerup\n\nVi hjælper børn med lektier to aftener om ugen i Gellerup.\n\n"
           "Budget og regnskab\n\nBudget   Regnskab   Note\nINDTÆGTER\nTilskud fra fonden   420.000   420.000\n"
           "Egenfinansiering   95.000   101.350   1\nIndtægter i alt   515.000   521.350\n",
           "Aarhus, den 22. maj 2025\n\nNiels Holm\nFormand\n\nDEN UAFHÆNGIGE REVISORS ERKLÆRING\n\n"
           "Vi har revideret projektregnskabet.\n\nAarhus, den 3. juni 2025\n\nRevision Øst\nGert Vad\n"
           "statsautoriseret revisor\n", 515_000, "2025-05-22"),
    "sv": ("PROJEKTREDOVISNING\n\nLäxhjälp i Fittja\n\nVi hjälper barn med läxor två kvällar i veckan i Fittja.\n\n"
           "Ekonomisk redovisning\n\nBudget   Utfall   Not\nINTÄKTER\nBidrag från stiftelsen   560 000   560 000\n"
           "Egen insats   100 000   92 470   1\nSumma intäkter   660 000   652 470\n",
           "Umeå den 27 september 2024\n\nLena Ek\nOrdförande\n\nREVISORS RAPPORT ÖVER PROJEKTREDOVISNING\n\n"
           "Vi har granskat redovisningen.\n\nUmeå den 8 oktober 2024\n\nAnders Hög\nAuktoriserad revisor\n",
           660_000, "2024-09-27"),
    "nb": ("PROSJEKTREGNSKAP\n\nLeksehjelp på Furuset\n\nVi hjelper barn med lekser to kvelder i uka på Furuset.\n\n"
           "BUDSJETT OG REGNSKAP (beløp i hele kroner)\n\nNote   Budsjett   Regnskap   Avvik\nINNTEKTER\n"
           "Tilskudd   600 000   600 000   0\nEgenandel   3   190 000   191 150   1 150\n"
           "Sum inntekter   790 000   791 150   1 150\n",
           "Oslo, 24. april 2025\n\nKari Nes\nstyreleder\n\nUAVHENGIG REVISORS BERETNING\n\nVi har revidert "
           "prosjektregnskapet.\n\nOslo, 6. mai 2025\n\nKjersti Alm\nstatsautorisert revisor\n", 790_000, "2025-04-24"),
    "nn": ("PROSJEKTREKNESKAP\n\nLeksehjelp i Førde\n\nVi hjelper born med lekser to kveldar i veka i Førde.\n\n"
           "Budsjett   Rekneskap   Avvik\nkr   kr   kr\nINNTEKTER\nTilskot   1 800 000   1 800 000   0\n"
           "Eigeninnsats   400 000   453 800   53 800\nSum inntekter   2 200 000   2 253 800   53 800\n",
           "Førde, 14. mars 2025\n\nSolveig Rasmussen\nstyreleiar\n\nMELDING FRÅ UAVHENGIG REVISOR\n\nVi har revidert "
           "prosjektrekneskapen.\n\nFørde, 21. mars 2025\n\nPer Vik\nstatsautorisert revisor\n", 2_200_000, "2025-03-14"),
}


@pytest.mark.parametrize("lang", sorted(ACCOUNTS))
def test_project_accounts_with_auditors_report(lang):
    table, signed, total, date = ACCOUNTS[lang]
    notes = "\n".join(f"Note {n} – noter om posten her." for n in range(1, 8))  # the auditor's part closes the text
    case = extract(table + "\n" + notes + "\n\n" + signed)
    # the budget column's sum (named over the amounts alone, or with a group line as a heading between)
    assert (_value(case, "budget_total"), _value(case, "budget_stated")) == (total, True)
    # the accounts are dated by their signing, not by the auditor's report after them
    assert _value(case, "document_date") == date


def test_pdf_text_keeps_a_printed_tables_column_gaps():
    from pipeline.readers.pdf import _spaced
    from pipeline.readers.text import COLUMN_GAP

    assert _spaced("  Sum inntekter        790 000      791 150  ") == COLUMN_GAP.join(
        ["Sum inntekter", "790 000", "791 150"])
    assert _spaced("Vi har  revidert\tregnskapet") == "Vi har revidert regnskapet"


def test_a_funders_officer_asked_for_is_no_contact():
    text = (INTRO["sv"] + "Kontaktperson för projektet är projektledare Malin Strand, tel. 070-318 42 66.\n\n"
            "Frågor om beslutet besvaras av stiftelsens handläggare Per Åkesson,\ntel. 031-711 20 14, "
            "per.akesson@stiftelsen.se.\n")
    assert [c[0] for c in _contacts(extract(text))] == ["Malin Strand"]


# ---- an application to extend or change the case -------------------------------------------------

CHANGE = {
    "da": ("Foreningen Lektiebroen\nCVR-nr. 39 48 21 57\nTil: Nordvestfonden\nAtt.: Bevillingssekretariatet\n"
           "Anmodning om forlængelse – projekt »Lektiehjælp i Gellerup«\n\n1. Ansøger\nAnsøger er den frivillige forening "
           "Lektiebroen Aarhus, stiftet 2011.\n\n2. Kontakt\nKontaktperson i sagen: Tomas Eg, projektleder\n"
           "Telefon: 86 12 34 56\nE-post: tomas@lektiebroen.dk\n\n3. Baggrund\nVi hjælper børn med lektier to aftener om "
           "ugen i Gellerup. Efterspørgslen er større end vi regnede med – i dag står 46 børn på venteliste.\n",
           "Lektiebroen Aarhus", ("Tomas Eg", "projektleder", "+4586123456", "tomas@lektiebroen.dk")),
    "sv": ("Föreningen Läxbron\nOrg.nr 802478-3391\nTill: Stiftelsen Kopparbergs Fond\nAnsökan om förlängd projekttid\n"
           "Projekt: Läxhjälp i Fittja\n\n1. Sökande\nOrganisation: Föreningen Läxbron\nKontaktperson i ärendet: Tomas Ek, "
           "projektledare\nTelefon: 0240-186 32\nE-post: tomas.ek@laxbron.se\n\n2. Bakgrund\nVi hjälper barn med läxor "
           "två kvällar i veckan i Fittja. Efterfrågan är större än vi räknade med – i dag står 46 barn i kö.\n",
           "Föreningen Läxbron", ("Tomas Ek", "projektledare", "+4624018632", "tomas.ek@laxbron.se")),
    "nb": ("Stiftelsen Leksebro Furuset\nHunnsvegen 9, 2821 Gjøvik\nTil:\nStiftelsen Mjøsfondet\nv/ saksbehandler Trine "
           "Bakke\nSøknad om forlengelse av prosjektperioden\n\nSøker: Stiftelsen Leksebro Furuset\n\n1. Kontakt\n"
           "Kontaktperson i saken: Tom Eng, prosjektleder\nTelefon: 922 33 445\nE-post: tom@leksebro.no\n\n2. Bakgrunn\n"
           "Vi hjelper barn med lekser to kvelder i uka på Furuset. Etterspørselen er større enn vi regnet med – i dag "
           "står 46 barn på venteliste.\n",
           "Stiftelsen Leksebro Furuset", ("Tom Eng", "prosjektleder", "+4792233445", "tom@leksebro.no")),
    "nn": ("Sunnfjord kommune\nPlan og samfunn\nTil: Miljødirektoratet, Klimasats\nSøknad om forlenging av prosjektperiode\n"
           "Prosjekt: Leksehjelp i Førde\n\n1 Søkjar\nSøkjar: Sunnfjord kommune\nKontaktperson i saka: Tone Eik, "
           "prosjektleiar\nTelefon: 922 33 445\nE-post: tone.eik@sunnfjord.kommune.no\n\n2 Bakgrunn\nVi hjelper born med "
           "lekser to kveldar i veka i Førde. Etterspurnaden er større enn vi rekna med – i dag står 46 born på venteliste.\n",
           "Sunnfjord kommune", ("Tone Eik", "prosjektleiar", "+4792233445", "tone.eik@sunnfjord.kommune.no")),
}


@pytest.mark.parametrize("lang", sorted(CHANGE))
def test_application_to_extend(lang):
    text, organisation, contact = CHANGE[lang]
    case = extract(text)
    # the applicant, not the funder the application is addressed to
    assert _value(case, "organisation") == organisation
    # a contact label with the phone and e-mail labels under it
    assert _contacts(case) == [contact]
    # the plan told before a dash is not the count after it
    assert _value(case, "participants_planned") is None


# ---- who owns the page or the paper: the name with its organisation number ----------------------------

SITE_OWNER = {
    "da": ("Foreningen Grønne Tage · CVR 42 90 13 58 · Ærenprisvej 3, 8800 Viborg", "Foreningen Grønne Tage"),
    "sv": ("Kulturföreningen Smedjan · Kyrkogatan 9, 813 30 Hofors · Org.nr 886200-4315", "Kulturföreningen Smedjan"),
    "nb": ("Kystlaget Havbrua · Org.nr. 986 330 172 · Kvenværveien 31, 7246 Sandstad", "Kystlaget Havbrua"),
    "nn": ("Klatrelaget Vossaberg · Org.nr. 981 552 306", "Klatrelaget Vossaberg"),
}


@pytest.mark.parametrize("lang", sorted(SITE_OWNER))
def test_the_sites_owner_in_its_footer(lang, tmp_path):
    footer, owner = SITE_OWNER[lang]
    body = INTRO[lang].split(chr(10) * 2)[1]
    page = (f"<html><body><header><h1>Forside</h1></header><main><h2>{INTRO[lang].split(chr(10))[0]}</h2><p>{body}</p>"
            f"</main><footer><p>{footer}</p><p>Sidst opdateret: 2. december 2024</p></footer></body></html>")
    assert _value(extract_file(tmp_path, f"owner_{lang}.html", page), "organisation") == owner
    # a newspaper's footer names its editor: its owner runs no case
    news = page.replace("</footer>", "<p>Ansvarlig redaktør: Kari Holm</p></footer>")
    assert _value(extract_file(tmp_path, f"news_owner_{lang}.html", news), "organisation") is None
    # in plain text, the number on the line under the name
    name_line = footer.split(" · ")[0]
    number = next(part for part in footer.split(" · ") if any(ch.isdigit() for ch in part) and "nr" in part.casefold()
                  or part.startswith("CVR"))
    text = INTRO[lang] + "\n" + name_line.upper() + "\n" + number + "\n"
    assert _value(extract(text), "organisation").casefold() == owner.casefold()


BEHIND = {
    "da": ("Vi hjælper børn gennem Lektiebroen, et toårigt projekt, som Aarhus Kommunes Børn og Unge står bag.",
           "Aarhus Kommunes Børn og Unge"),
    "sv": ("Läxbron är ett projekt som Botkyrka kommun står bakom.", "Botkyrka kommun"),
    "nb": ("Leksebroen er et prosjekt som Oslo kommune står bak.", "Oslo kommune"),
    "nn": ("Leksebrua er eit prosjekt som Sunnfjord kommune står bak.", "Sunnfjord kommune"),
}


@pytest.mark.parametrize("lang", sorted(BEHIND))
def test_who_stands_behind_the_case(lang):
    sentence, organisation = BEHIND[lang]
    assert _value(extract(INTRO[lang] + sentence + "\n"), "organisation") == organisation


FOLLOWED_PLAN = {
    "da": "Projektet fulgte planen i nogen grad, da to hold blev lagt sammen.",
    "sv": "Genomförandet har till viss del följt planen: två grupper fick slås ihop.",
    "nb": "Gjennomføringen fulgte planen i noen grad.",
    "nn": "Gjennomføringa følgde berre i nokon grad den opphavlege planen.",
}


@pytest.mark.parametrize("lang", sorted(FOLLOWED_PLAN))
def test_followed_the_plan_in_some_degree(lang):
    assert _value(extract(INTRO[lang] + FOLLOWED_PLAN[lang] + "\n"), "implemented_as_planned") == 3


@pytest.mark.parametrize("lang, question", [("da", "VIL DU VÆRE MED?"), ("sv", "VILL DU VARA MED?"),
                                            ("nb", "VIL DU VÆRE MED?"), ("nn", "VIL DU VERE MED?")])
def test_a_flyers_question_names_no_organisation(lang, question):
    title, rest = INTRO[lang].split("\n\n", 1)
    case = extract(f"{title}\n{question}\n\n{rest}")
    assert _value(case, "organisation") is None


@pytest.mark.parametrize("lang, label, name", [
    ("da", "1. Ansøgers navn", "Foreningen Lektiebroen"), ("sv", "1. Sökandens namn", "Föreningen Läxbron"),
    ("nb", "1. Navn på søker", "Foreningen Leksebroen"), ("nn", "1. Namn på søkjar (organisasjon)", "Foreininga Leksebrua")])
def test_an_application_forms_applicant_name(lang, label, name):
    title, rest = INTRO[lang].split("\n\n", 1)
    case = extract(f"{title}\n\nDEL A – OPPLYSNINGAR\n\n{label}\n{name}\n\n{rest}")
    assert _value(case, "organisation") == name


@pytest.mark.parametrize("lang, club, not_club", [
    ("nb", "IL Bratsberg Allianse", "landslaget"), ("nb", "Kystlaget Havbrua", "Rosenborg-laget"),
    ("nn", "Klatrelaget Vossaberg", "Ørsta"), ("sv", "Bollnäs IF", "Bollnäs"),
    ("sv", "Kulturföreningen Smedjan", "Smedjan")])
def test_club_forms_are_organisations(lang, club, not_club):
    from pipeline import lexicon

    # a sports club's form names an organisation; a team ("landslaget") does not
    assert (lexicon.is_organisation(club, lang), lexicon.is_organisation(not_club, lang)) == (True, False)


@pytest.mark.parametrize("lang, told", [
    ("da", "Vi evaluerede det selv før jul med et lille spørgeskema. Nogen ekstern evaluering har vi ikke haft."),
    ("sv", "Vi utvärderade det själva före jul med en liten enkät. Någon extern utvärdering har vi inte haft."),
    ("nb", "Vi evaluerte det selv før jul med en liten spørreundersøkelse. Noen ekstern evaluering har vi ikke hatt."),
    ("nn", "Vi evaluerte det sjølve før jul, med ei lita spørjeundersøking. Nokon ekstern evaluering har vi ikkje hatt.")])
def test_an_evaluation_told_as_our_own_beside_a_denied_external_one(lang, told):
    case = extract(INTRO[lang] + told + "\n")
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, "internal")
