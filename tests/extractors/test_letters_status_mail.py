"""Grant letters, committee case papers, status reports, forwarded e-mails and report forms (stop 24):
quoted mail lines, ruled plain-text headings, signature blocks, attention lines, column date labels,
payout lists, years listed under a sentence's total, ratings inside a line. All texts are written for
these tests."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.readers.text import unquote_mail

from written import INTRO, contacts as _contacts, sections as _sections, value as _value


# ---- forwarded e-mails ---------------------------------------------------------------------------

def test_quote_markers_are_blanked_one_for_one():
    text = "Hei!\n\n> Fra: Per\n> Emne: Rapport\n>\n> Prosjektleder: Kari Nes\n"
    plain = unquote_mail(text)
    assert len(plain) == len(text)
    assert plain.splitlines()[2:] == ["  Fra: Per", "  Emne: Rapport", " ", "  Prosjektleder: Kari Nes"]
    # a line or two opening with ">" is text, not a quoted mail
    assert unquote_mail("Målgruppe:\n> 50 deltagere\n") == "Målgruppe:\n> 50 deltagere\n"


MAILS = {
    "da": ("Fra: Jonas Brink <jonas.brink@odder.dk>\nSendt: 2. april 2025 08:15\nTil: Lise Kjær <lise@ungodder.dk>\n"
           "Emne: SV: Slutrapport Ungdomsbænken\n\nTak, Lise. Rapporten er modtaget.\n\nJonas Brink\nKonsulent\n"
           "Tlf. 87 80 31 31\n\n-----Oprindelig meddelelse-----\n> Fra: Lise Kjær <lise@ungodder.dk>\n"
           "> Sendt: 28. marts 2025 19:02\n> Emne: Slutrapport Ungdomsbænken\n>\n> Hej Jonas, her er rapporten.\n>\n"
           "> SLUTRAPPORT – UNGDOMSBÆNKEN\n> Projektleder: Lise Kjær\n> Periode: 01.02.2024–31.01.2025 "
           "(projektet er nu afsluttet)\n>\n> Resultater\n> I alt 34 unge var med på mindst ét værksted, og flere "
           "af dem kommer stadig hver uge.\n> Målopfyldelse: i høj grad – vi nåede flere end vi havde regnet med.\n>\n"
           "> Venlig hilsen\n> Lise Kjær\n> Projektleder, Ung i Odder\n> Mobil 31 62 48 90\n",
           ("Lise Kjær", "Projektleder", "+4531624890", "lise@ungodder.dk"), 34, 4),
    "sv": ("Från: Oskar Lund <oskar.lund@ale.se>\nSkickat: den 2 april 2025 08:15\nTill: Maria Berg <maria@unga-ale.se>\n"
           "Ämne: SV: Slutrapport Ungdomsbänken\n\nTack, Maria. Rapporten är mottagen.\n\nOskar Lund\nHandläggare\n"
           "Tel. 0303-33 00 00\n\n-----Ursprungligt meddelande-----\n> Från: Maria Berg <maria@unga-ale.se>\n"
           "> Skickat: den 28 mars 2025 19:02\n> Ämne: Slutrapport Ungdomsbänken\n>\n> Hej Oskar, här är rapporten.\n>\n"
           "> SLUTRAPPORT – UNGDOMSBÄNKEN\n> Projektledare: Maria Berg\n> Period: 2024-02-01–2025-01-31 "
           "(projektet är nu avslutat)\n>\n> Resultat\n> Sammanlagt 34 ungdomar var med på minst en verkstad, och "
           "flera av dem kommer fortfarande varje vecka.\n> Måluppfyllelse: i hög grad – vi nådde fler än vi hade "
           "räknat med.\n>\n> Vänliga hälsningar\n> Maria Berg\n> Projektledare, Unga i Ale\n> Mobil 070-412 33 58\n",
           ("Maria Berg", "Projektledare", "+46704123358", "maria@unga-ale.se"), 34, 4),
    "nb": ("Fra: Sander Lie <sander.lie@nes.kommune.no>\nSendt: onsdag 2. april 2025 08:15\nTil: Hege Moen <hege@ungnes.no>\n"
           "Emne: SV: Sluttrapport Ungdomsbenken\n\nTakk, Hege. Rapporten er mottatt.\n\nSander Lie\nRådgiver\n"
           "Tlf. 63 90 42 00\n\n-----Opprinnelig melding-----\n> Fra: Hege Moen <hege@ungnes.no>\n"
           "> Sendt: fredag 28. mars 2025 19:02\n> Emne: Sluttrapport Ungdomsbenken\n>\n> Hei Sander, her er rapporten.\n>\n"
           "> SLUTTRAPPORT – UNGDOMSBENKEN\n> Prosjektleder: Hege Moen\n> Periode: 01.02.2024–31.01.2025 "
           "(prosjektet er nå avsluttet)\n>\n> Resultater\n> 34 ungdommer var med på minst ett verksted, og flere av "
           "dem kommer fortsatt hver uke.\n> Måloppnåelse: i stor grad – vi nådde flere enn vi hadde regnet med.\n>\n"
           "> Hilsen\n> Hege Moen\n> Prosjektleder, Ung i Nes\n> Mob: 917 44 209\n",
           ("Hege Moen", "Prosjektleder", "+4791744209", "hege@ungnes.no"), 34, 4),
    "nn": ("Frå: Sander Lie <sander.lie@voss.kommune.no>\nSendt: onsdag 2. april 2025 08:15\nTil: Hege Moen <hege@ungvoss.no>\n"
           "Emne: SV: Sluttrapport Ungdomsbenken\n\nTakk, Hege. Rapporten er motteken.\n\nSander Lie\nRådgjevar\n"
           "Tlf. 56 51 94 00\n\n-----Opphavleg melding-----\n> Frå: Hege Moen <hege@ungvoss.no>\n"
           "> Sendt: fredag 28. mars 2025 19:02\n> Emne: Sluttrapport Ungdomsbenken\n>\n> Hei Sander, her er rapporten.\n>\n"
           "> SLUTTRAPPORT – UNGDOMSBENKEN\n> Prosjektleiar: Hege Moen\n> Periode: 01.02.2024–31.01.2025 "
           "(prosjektet er no avslutta)\n>\n> Resultat\n> 34 ungdommar var med på minst eitt verkstad, og fleire av "
           "dei kjem framleis kvar veke.\n> Måloppnåing: i stor grad – vi nådde fleire enn vi hadde rekna med.\n>\n"
           "> Helsing\n> Hege Moen\n> Prosjektleiar, Ung på Voss\n> Mob: 917 44 209\n",
           ("Hege Moen", "Prosjektleiar", "+4791744209", "hege@ungvoss.no"), 34, 4),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_report_pasted_into_a_forwarded_mail(lang):
    # the quoted report reads like any text: its lead gets the phone of the signature that repeats the
    # name and the e-mail the quoted header writes after it; the end told in brackets, a count that "was
    # with" the case, a rating label inside a line
    text, contact, reached, goal = MAILS[lang]
    case = extract(text)
    assert _value(case, "language") == lang
    assert _contacts(case) == [contact]
    assert _value(case, "status") == "completed"
    assert (_value(case, "participants_reached"), _value(case, "goal_fulfilment")) == (reached, goal)
    assert {"final_report", "results"} <= set(_sections(case))


# ---- status reports with ruled headings ----------------------------------------------------------

RULE = "-" * 60
STATUS = {
    "da": ("VIBORG KOMMUNE – Job og Velfærd\n\nSTATUSRAPPORT NR. 2\n\nProjekt: Broen til job   |   Projektperiode: "
           "01.03.2024–28.02.2026\nDato: 2025-08-15\n\n{r}\nKort opsummering\n{r}\nBroen til job giver unge ledige "
           "praktik i kommunale arbejdspladser og lokale virksomheder med tæt opfølgning.\n\n{r}\nDeltagere\n{r}\n"
           "Mål for hele projektperioden: 60 deltagere.\nPr. 30. juni 2025 er i alt 27 deltagere startet.\n\n{r}\n"
           "Økonomi\n{r}\nTotalramme for projektet: 2,1 mio. kr.\n\n{r}\nUdfordringer og risici\n{r}\nFærre henvisninger "
           "end ventet fra jobcentret i foråret, men tallet er steget igen i juni.\n\n"
           "Rapporten er udarbejdet af:\nNiels Bach, projektleder\nTlf. 87 87 50 12\nniels.bach@viborg.dk\n",
           "Viborg Kommune", "Broen til job", 60, 27, 2100000, ("Niels Bach", "projektleder", "+4587875012", "niels.bach@viborg.dk")),
    "sv": ("ALINGSÅS KOMMUN – Arbetslivsförvaltningen\n\nLÄGESRAPPORT NR. 2\n\nProjekt: Bron till jobb   |   Projektperiod: "
           "2024-03-01–2026-02-28\nDatum: 2025-08-15\n\n{r}\nKort sammanfattning\n{r}\nBron till jobb ger unga "
           "arbetssökande praktik på kommunala arbetsplatser och hos lokala företag med tät uppföljning.\n\n{r}\n"
           "Deltagare\n{r}\nMål för hela projektperioden: 60 deltagare.\nPer den 30 juni 2025 har sammanlagt 27 "
           "deltagare börjat.\n\n{r}\nEkonomi\n{r}\nTotal budget för projektet: 2,1 miljoner kronor.\n\n{r}\nUtmaningar "
           "och risker\n{r}\nFärre remisser än väntat från Arbetsförmedlingen under våren, men antalet har ökat igen.\n\n"
           "Rapporten är skriven av:\nNils Bark, projektledare\nTel. 033-35 70 00\nnils.bark@alingsas.se\n",
           "Alingsås kommun", "Bron till jobb", 60, 27, 2100000, ("Nils Bark", "projektledare", "+4633357000", "nils.bark@alingsas.se")),
    "nb": ("BODØ KOMMUNE – Arbeid og inkludering\n\nSTATUSRAPPORT NR. 2\n\nProsjekt: Broen til jobb   |   Prosjektperiode: "
           "01.03.2024–28.02.2026\nDato: 2025-08-15\n\n{r}\nKort oppsummering\n{r}\nBroen til jobb gir unge ledige "
           "arbeidstrening i kommunale virksomheter og hos lokale bedrifter med tett oppfølging.\n\n{r}\nDeltakere\n{r}\n"
           "Mål for hele prosjektperioden: 60 deltakere.\nPer 30. juni 2025 har til sammen 27 deltakere startet.\n\n{r}\n"
           "Økonomi\n{r}\nTotalramme for prosjektet: 2,1 mill. kr.\n\n{r}\nUtfordringer og risiko\n{r}\nFærre henvisninger "
           "enn ventet fra NAV i vår, men tallet har økt igjen i juni.\n\n"
           "Rapporten er utarbeidet av:\nNils Berg, prosjektleder\nMob. 481 22 730\nnils.berg@bodo.kommune.no\n",
           "Bodø kommune", "Broen til jobb", 60, 27, 2100000, ("Nils Berg", "prosjektleder", "+4748122730", "nils.berg@bodo.kommune.no")),
    "nn": ("VOSS HERAD – Arbeid og inkludering\n\nSTATUSRAPPORT NR. 2\n\nProsjekt: Brua til jobb   |   Prosjektperiode: "
           "01.03.2024–28.02.2026\nDato: 2025-08-15\n\n{r}\nKort oppsummering\n{r}\nBrua til jobb gjev unge ledige "
           "arbeidstrening i kommunale verksemder og hjå lokale bedrifter med tett oppfølging.\n\n{r}\nDeltakarar\n{r}\n"
           "Mål for heile prosjektperioden: 60 deltakarar.\nPer 30. juni 2025 har til saman 27 deltakarar starta.\n\n{r}\n"
           "Økonomi\n{r}\nTotalramme for prosjektet: 2,1 mill. kr.\n\n{r}\nUtfordringar og risiko\n{r}\nFærre tilvisingar "
           "enn venta frå NAV i vår, men talet har auka att i juni.\n\n"
           "Rapporten er utarbeidd av:\nNils Berg, prosjektleiar\nMob. 481 22 730\nnils.berg@voss.kommune.no\n",
           "Voss herad", "Brua til jobb", 60, 27, 2100000, ("Nils Berg", "prosjektleiar", "+4748122730", "nils.berg@voss.kommune.no")),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_status_report_with_ruled_headings(lang):
    text, org, title, planned, reached, total, contact = STATUS[lang]
    case = extract(text.format(r=RULE))
    assert _value(case, "language") == lang
    # the letterhead's name in capitals before its unit; the project's fact cut where the next one begins
    assert (_value(case, "organisation"), _value(case, "title")) == (org, title)
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2024-03-01", "2026-02-28")
    # headings between ruled lines; a label followed by "for the project"; a goal "for the whole period"
    # (the period's pair split from the project line is a period section of its own)
    assert [k for k in _sections(case) if k != "period"] == ["summary", "participants", "economy", "challenges"]
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (planned, reached)
    assert _value(case, "budget_total") == total
    # a name and its role, then the phone and e-mail on the lines right under it
    assert _contacts(case) == [contact]


# ---- grant letters ---------------------------------------------------------------------------------

LETTERS = {
    "da": ("FONDEN FOR FÆLLESSKAB\nPostboks 12, 1001 København K  |  Tlf. 33 12 40 00\n\n\nIdrætsforeningen Nordlys\n"
           "Att.: projektleder Signe Holt\nHavnevej 4\n9900 Frederikshavn\n\nSendt pr. e-mail til signe.holt@ifnordlys.dk\n\n\n"
           "Jeres ref.:                        Vores ref.:             Dato:\nAnsøgning modtaget 02.02.2025         "
           "FF 25/118              København, 20. maj 2025\n\n\nTILSAGN OM TILSKUD TIL »BOLD PÅ HAVNEN«\n\n"
           "Bestyrelsen har på sit møde 14. maj 2025 besluttet at give tilsagn om et tilskud på op til 520.000 kr., "
           "fordelt således:\n\n    2025 ........ 300.000 kr.\n    2026 ........ 220.000 kr.\n\nTilskuddet gælder et "
           "tidsbegrænset projekt i perioden 1. august 2025 – 31. juli 2026.\n\n\nUdbetaling\n\n"
           "    Rate 1:  kr 260 000 når underskrevet accept er modtaget\n"
           "    Rate 2:  kr 180 000 når midtvejsrapporten er godkendt\n"
           "    Rate 3:  kr 80 000 når slutrapporten er godkendt\n",
           "2025-05-20", 520000, {"2025": 300000, "2026": 220000}, ("Signe Holt", "projektleder", None, "signe.holt@ifnordlys.dk")),
    "sv": ("STIFTELSEN GEMENSKAP\nBox 12, 101 20 Stockholm  |  Tel. 08-12 40 00 00\n\n\nIdrottsföreningen Norrsken\n"
           "Att: projektledare Signe Holm\nHamnvägen 4\n931 30 Skellefteå\n\nSkickat per e-post till signe.holm@ifnorrsken.se\n\n\n"
           "Er ref.:                           Vår ref.:               Datum:\nAnsökan inkom 2025-02-02            "
           "SG 25/118              Stockholm, 20 maj 2025\n\n\nBESLUT OM BIDRAG TILL ”BOLL I HAMNEN”\n\n"
           "Styrelsen har vid sitt möte den 14 maj 2025 beslutat att bevilja ett bidrag på högst 520 000 kronor, "
           "fördelat så här:\n\n    2025 ........ 300 000 kr\n    2026 ........ 220 000 kr\n\nBidraget avser ett "
           "tidsbegränsat projekt under perioden 1 augusti 2025 – 31 juli 2026.\n\n\nUtbetalning\n\n"
           "    Del 1:  260 000 kr när undertecknat godkännande har mottagits\n"
           "    Del 2:  180 000 kr när delrapporten är godkänd\n"
           "    Del 3:  80 000 kr när slutrapporten är godkänd\n",
           "2025-05-20", 520000, {"2025": 300000, "2026": 220000}, ("Signe Holm", "projektledare", None, "signe.holm@ifnorrsken.se")),
    "nb": ("STIFTELSEN FELLESSKAP\nPostboks 12 Sentrum, 0101 Oslo  |  Telefon 22 12 40 00\n\n\nIdrettslaget Nordlys\n"
           "Att.: prosjektleder Signe Holt\nHavnegata 4\n8006 Bodø\n\nSendt per e-post til signe.holt@ilnordlys.no\n\n\n"
           "Deres ref.:                        Vår ref.:               Dato:\nSøknad mottatt 02.02.2025          "
           "SF 25/118              Oslo, 20. mai 2025\n\n\nTILSAGN OM TILSKUDD TIL «BALL PÅ HAVNA»\n\n"
           "Styret behandlet søknaden i sitt møte 14. mai 2025 og har vedtatt å gi tilsagn om et tilskudd på inntil "
           "520.000 kr., fordelt slik:\n\n    2025 ........ 300.000 kr.\n    2026 ........ 220.000 kr.\n\nTilskuddet gjelder et "
           "tidsavgrenset prosjekt i perioden 1. august 2025 – 31. juli 2026.\n\n\nUtbetaling\n\n"
           "    Rate 1:  kr 260 000 når signert akseptskjema er mottatt\n"
           "    Rate 2:  kr 180 000 når midtveisrapporten er godkjent\n"
           "    Rate 3:  kr 80 000 når sluttrapporten er godkjent\n",
           "2025-05-20", 520000, {"2025": 300000, "2026": 220000}, ("Signe Holt", "prosjektleder", None, "signe.holt@ilnordlys.no")),
    "nn": ("STIFTINGA FELLESSKAP\nPostboks 12 Sentrum, 5001 Bergen  |  Telefon 55 12 40 00\n\n\nIdrettslaget Nordlys\n"
           "Att.: prosjektleiar Signe Holt\nHamnegata 4\n6900 Florø\n\nSendt per e-post til signe.holt@ilnordlys.no\n\n\n"
           "Dykkar ref.:                       Vår ref.:               Dato:\nSøknad motteken 02.02.2025         "
           "SF 25/118              Bergen, 20. mai 2025\n\n\nTILSEGN OM TILSKOT TIL «BALL PÅ HAMNA»\n\n"
           "Styret handsama søknaden i møtet sitt 14. mai 2025 og har vedteke å gje tilsegn om eit tilskot på inntil "
           "520.000 kr., fordelt slik:\n\n    2025 ........ 300.000 kr.\n    2026 ........ 220.000 kr.\n\nTilskotet gjeld eit "
           "tidsavgrensa prosjekt i perioden 1. august 2025 – 31. juli 2026.\n\n\nUtbetaling\n\n"
           "    Rate 1:  kr 260 000 når signert akseptskjema er motteke\n"
           "    Rate 2:  kr 180 000 når midtvegsrapporten er godkjend\n"
           "    Rate 3:  kr 80 000 når sluttrapporten er godkjend\n",
           "2025-05-20", 520000, {"2025": 300000, "2026": 220000}, ("Signe Holt", "prosjektleiar", None, "signe.holt@ilnordlys.no")),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_grant_letter(lang):
    text, date, total, years, contact = LETTERS[lang]
    case = extract(text)
    assert _value(case, "language") == lang
    # the date under "Dato:" in the reference line's header row, not the application's date beside it
    assert _value(case, "document_date") == date
    # the sentence's total and the years listed under it; the payout instalments are neither
    assert (_value(case, "budget_total"), _value(case, "grants_by_year")) == (total, years)
    assert _value(case, "status") == "project"
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2025-08-01", "2026-07-31")
    # the project lead of the attention line, with the one address that spells the name
    assert _contacts(case) == [contact]


def test_a_chair_in_the_attention_line_is_no_contact():
    text = LETTERS["da"][0].replace("Att.: projektleder Signe Holt", "Att.: formand Signe Holt")
    assert _contacts(extract(text)) == []


# ---- committee case papers ---------------------------------------------------------------------------

PAPERS = {
    "da": ("SAGSFREMSTILLING\n\nSagsbehandler: Karen Lund\nDato: 03.02.2025\n\nIndstilling\n\n1. Udvalget godkender, at "
           "projektet »Spisevenner« videreføres som et\n   tidsbegrænset projekt i perioden 1. april 2025 – 31. marts 2027.\n\n"
           "Bilag\nNotat fra forprojektet, dateret 12. december 2024\n\nSagsfremstilling\n\nSpisevenner kobler ældre, der bor "
           "alene, med frivillige, som spiser et måltid med dem hver uge. Projektleder er Anne Vestergaard, som er ansat "
           "i en halv stilling ved frivilligcentret. Frivilligcentret har i dag over 300 frivillige. Målet er at nå "
           "50 ældre i løbet af projektperioden.\n\nAdministrationens vurdering\n\nAdministrationen anbefaler, at "
           "projektet videreføres.\n", ("Anne Vestergaard", "Projektleder", None, None), "2025-04-01", 50),
    "sv": ("TJÄNSTESKRIVELSE\n\nHandläggare: Karin Lund\nDatum: 2025-02-03\n\nFörslag till beslut\n\n1. Nämnden beslutar att "
           "projektet ”Matvänner” fortsätter som ett\n   tidsbegränsat projekt under perioden 1 april 2025 – 31 mars 2027.\n\n"
           "Bilagor\nPM från förstudien, daterad 12 december 2024\n\nÄrendet\n\nMatvänner kopplar ihop äldre som bor "
           "ensamma med frivilliga som äter en måltid med dem varje vecka. Projektledare är Anna Vesterberg, som är "
           "anställd på halvtid vid frivilligcentralen. Frivilligcentralen har i dag över 300 frivilliga. Målet är att "
           "nå 50 äldre under projektperioden.\n\nFörvaltningens bedömning\n\nFörvaltningen föreslår att projektet "
           "fortsätter.\n", ("Anna Vesterberg", "Projektledare", None, None), "2025-04-01", 50),
    "nb": ("SAKSFRAMLEGG\n\nSaksbehandler: Kari Lund\nDato: 03.02.2025\n\nForslag til vedtak\n\n1. Utvalget vedtar at "
           "prosjektet «Matvenner» videreføres som et\n   tidsavgrenset prosjekt i perioden 1. april 2025 – 31. mars 2027.\n\n"
           "Vedlegg\nNotat fra forprosjektet, datert 12. desember 2024\n\nSaksopplysninger\n\nMatvenner kobler eldre som "
           "bor alene med frivillige som spiser et måltid sammen med dem hver uke. Prosjektleder er Anne Vestli, som er "
           "ansatt i en halv stilling ved frivilligsentralen. Frivilligsentralen har i dag over 300 frivillige. Målet er å "
           "nå 50 eldre i løpet av prosjektperioden.\n\nKommunedirektørens vurdering\n\nKommunedirektøren anbefaler at "
           "prosjektet videreføres.\n", ("Anne Vestli", "Prosjektleder", None, None), "2025-04-01", 50),
    "nn": ("SAKSFRAMLEGG\n\nSakshandsamar: Kari Lund\nDato: 03.02.2025\n\nFramlegg til vedtak\n\n1. Utvalet vedtek at "
           "prosjektet «Matvener» held fram som eit\n   tidsavgrensa prosjekt i perioden 1. april 2025 – 31. mars 2027.\n\n"
           "Vedlegg\nNotat frå førprosjektet, datert 12. desember 2024\n\nSaksopplysningar\n\nMatvener koplar eldre som "
           "bur åleine med frivillige som et eit måltid saman med dei kvar veke. Prosjektleiar er Anne Vestli, som er "
           "tilsett i ei halv stilling ved frivilligsentralen. Frivilligsentralen har i dag over 300 frivillige. Målet er å "
           "nå 50 eldre i løpet av prosjektperioden.\n\nKommunedirektøren si vurdering\n\nKommunedirektøren tilrår at "
           "prosjektet held fram.\n", ("Anne Vestli", "Prosjektleiar", None, None), "2025-04-01", 50),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_committee_case_paper(lang):
    text, contact, start, planned = PAPERS[lang]
    case = extract(text)
    assert _value(case, "language") == lang
    # the lead a sentence names without a phone, not the case officer
    assert _contacts(case) == [contact]
    # a list item's hanging indent keeps its sentence whole; a dated note is no start
    assert (_value(case, "status"), _value(case, "period_start")) == ("project", start)
    # the volunteers of the centre are no participants where the text counts its participants
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (planned, None)
    assert _sections(case)[-1] == "assessment"


# ---- mail threads whose signatures name several people -------------------------------------------

THREADS = {
    "da": ("Fra: Bente Lund <bente.lund@skive.dk>\nSendt: 9. oktober 2025 09:12\nTil: Ole Dam <ole@skiveif.dk>\n"
           "Emne: SV: VS: Slutrapport Bevæg dig glad\n\nHej Ole\n\nTak for rapporten.\n\nVenlig hilsen\nBente Lund\n"
           "Sundhedskonsulent\nSkive Kommune\nTlf. 99 15 55 00\n\n\n-----Oprindelig meddelelse-----\n"
           "Fra: Ole Dam <ole@skiveif.dk>\nSendt: 8. oktober 2025 08:40\nTil: Bente Lund <bente.lund@skive.dk>\n"
           "Emne: VS: Slutrapport Bevæg dig glad\n\nHej Bente\n\nHer er rapporten fra Rikke.\n\nMvh\nOle Dam\n"
           "Formand, Skive IF\n+45 21 40 77 12\n\n\n-----Oprindelig meddelelse-----\nFra: Rikke Holm <rikke.holm@skiveif.dk>\n"
           "Emne: Slutrapport Bevæg dig glad\n\n> Hej Ole\n>\n> SLUTRAPPORT – BEVÆG DIG GLAD\n> Projektperiode: "
           "1. januar 2024 – 30. juni 2025 (afsluttet)\n>\n> Evaluering\n> Vi lavede en enkel brugerundersøgelse i "
           "maj 2025 med 23 svar.\n>\n> Vores egen vurdering er, at målene i nogen grad er nået. Projektet er i høj "
           "grad gennemført, som vi havde planlagt.\n>\n> Hilsen\n> Rikke Holm\n> Projektleder Bevæg dig glad, Skive IF\n"
           "> Mobil 28 61 40 57\n", ("Rikke Holm", "Projektleder", "+4528614057", "rikke.holm@skiveif.dk")),
    "sv": ("Från: Berit Lund <berit.lund@mora.se>\nSkickat: den 9 oktober 2025 09:12\nTill: Olle Dahl <olle@moraif.se>\n"
           "Ämne: SV: VB: Slutrapport Rör dig glad\n\nHej Olle\n\nTack för rapporten.\n\nVänliga hälsningar\nBerit Lund\n"
           "Folkhälsostrateg\nMora kommun\nTel. 0250-260 00\n\n\n-----Ursprungligt meddelande-----\n"
           "Från: Olle Dahl <olle@moraif.se>\nSkickat: den 8 oktober 2025 08:40\nTill: Berit Lund <berit.lund@mora.se>\n"
           "Ämne: VB: Slutrapport Rör dig glad\n\nHej Berit\n\nHär är rapporten från Rebecka.\n\nMvh\nOlle Dahl\n"
           "Ordförande, Mora IF\n070-214 07 71\n\n\n-----Ursprungligt meddelande-----\nFrån: Rebecka Holm <rebecka.holm@moraif.se>\n"
           "Ämne: Slutrapport Rör dig glad\n\n> Hej Olle\n>\n> SLUTRAPPORT – RÖR DIG GLAD\n> Projektperiod: "
           "1 januari 2024 – 30 juni 2025 (avslutat)\n>\n> Utvärdering\n> Vi gjorde en enkel enkätundersökning i "
           "maj 2025 med 23 svar.\n>\n> Vår egen bedömning är att målen i viss mån har uppnåtts. Projektet har i hög "
           "grad genomförts som vi hade planerat.\n>\n> Hälsningar\n> Rebecka Holm\n> Projektledare Rör dig glad, Mora IF\n"
           "> Mobil 073-861 40 57\n", ("Rebecka Holm", "Projektledare", "+46738614057", "rebecka.holm@moraif.se")),
    "nb": ("Fra: Berit Lund <berit.lund@hamar.kommune.no>\nSendt: torsdag 9. oktober 2025 09:12\nTil: Ola Dahl <ola@hamarif.no>\n"
           "Emne: SV: VS: Sluttrapport Bevegelsesglede\n\nHei Ola\n\nTakk for rapporten.\n\nVennlig hilsen\nBerit Lund\n"
           "Folkehelsekoordinator\nHamar kommune\nTlf. 62 56 30 00\n\n\n-----Opprinnelig melding-----\n"
           "Fra: Ola Dahl <ola@hamarif.no>\nSendt: onsdag 8. oktober 2025 08:40\nTil: Berit Lund <berit.lund@hamar.kommune.no>\n"
           "Emne: VS: Sluttrapport Bevegelsesglede\n\nHei Berit\n\nHer er rapporten fra Rikke.\n\nMvh\nOla Dahl\n"
           "Daglig leder, Hamar IF\n+47 976 22 814\n\n\n-----Opprinnelig melding-----\nFra: Rikke Holm <rikke.holm@hamarif.no>\n"
           "Emne: Sluttrapport Bevegelsesglede\n\n> Hei Ola\n>\n> SLUTTRAPPORT – BEVEGELSESGLEDE\n> Prosjektperiode: "
           "1. januar 2024 – 30. juni 2025 (avsluttet)\n>\n> Evaluering\n> Vi gjorde en enkel brukerundersøkelse i "
           "mai 2025 med 23 svar.\n>\n> Vår egen vurdering er at målene i noen grad er nådd. Gjennomføringen gikk i stor "
           "grad slik vi hadde planlagt.\n>\n> Hilsen\n> Rikke Holm\n> Prosjektleder Bevegelsesglede, Hamar IF\n"
           "> Mob. 481 62 057\n", ("Rikke Holm", "Prosjektleder", "+4748162057", "rikke.holm@hamarif.no")),
    "nn": ("Fra: Berit Lund <berit.lund@volda.kommune.no>\nSendt: torsdag 9. oktober 2025 09:12\nTil: Ola Dahl <ola@voldail.no>\n"
           "Emne: SV: VS: Sluttrapport Rørsleglede\n\nHei Ola\n\nTakk for rapporten.\n\nHelsing\nBerit Lund\n"
           "Folkehelsekoordinator\nVolda kommune\nTlf. 70 05 87 00\n\n\n-----Opprinneleg melding-----\n"
           "Fra: Ola Dahl <ola@voldail.no>\nSendt: onsdag 8. oktober 2025 08:40\nTil: Berit Lund <berit.lund@volda.kommune.no>\n"
           "Emne: VS: Sluttrapport Rørsleglede\n\nHei Berit\n\nHer er rapporten frå Rikke.\n\nMvh\nOla Dahl\n"
           "Dagleg leiar, Volda IL\n+47 976 22 814\n\n\n-----Opprinneleg melding-----\nFra: Rikke Holm <rikke.holm@voldail.no>\n"
           "Emne: Sluttrapport Rørsleglede\n\n> Hei Ola\n>\n> SLUTTRAPPORT – RØRSLEGLEDE\n> Prosjektperiode: "
           "1. januar 2024 – 30. juni 2025 (avslutta)\n>\n> Evaluering\n> Vi gjorde ei enkel brukarundersøking i "
           "mai 2025 med 23 svar.\n>\n> Vår eiga vurdering er at måla er i nokon grad nådde. Gjennomføringa gjekk i stor "
           "grad slik vi hadde planlagt.\n>\n> Helsing\n> Rikke Holm\n> Prosjektleiar Rørsleglede, Volda IL\n"
           "> Mob. 481 62 057\n", ("Rikke Holm", "Prosjektleiar", "+4748162057", "rikke.holm@voldail.no")),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_mail_thread_signed_by_several(lang):
    case = extract(THREADS[lang][0])
    assert _value(case, "language") == lang
    # a signature ends at the quoted mail's separator; "Prosjektleiar Rørsleglede" is a role and the case's
    # name; of the thread's signatures the project's lead is the contact
    assert _contacts(case) == [THREADS[lang][1]]
    # the end told in brackets beside the period; a survey the writers ran is an internal evaluation
    assert _value(case, "status") == "completed"
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, "internal")
    assert (_value(case, "goal_fulfilment"), _value(case, "implemented_as_planned")) == (3, 4)


def test_the_funders_officer_gives_way_to_the_lead_the_letter_is_addressed_to():
    text = ("STIFTINGA FJORDLØFTET\nPostboks 18, 6803 Førde\n\n\nUngdomslaget Vårsol\nv/ prosjektleiar Marit Sande\n"
            "Fjørevegen 2\n6856 Sogndal\n\nSendt per e-post: marit.sande@varsol.no\n\n\nVår ref.: 2025/118-4\n"
            "Sakshandsamar: Eirik Tveit\nDato: Førde, 14. januar 2025\n\n\nTILSEGN OM TILSKOT – «KVELDSROMMET»\n\n"
            "Styret i stiftinga vedtok å løyve inntil 480.000 kr. til prosjektet.\n\nTilskotet fordeler seg slik:\n\n"
            "  2025:  240.000 kr.\n  2026:  240.000 kr.\n\nTilsegnet gjeld prosjektperioden 1. mars 2025 – 31. desember 2026.\n\n"
            "Kontaktperson hos oss\n\nEirik Tveit, rådgjevar\nTlf. 57 72 20 00\neirik.tveit@fjordloftet.no\n")
    case = extract(text)
    assert _value(case, "language") == "nn"
    assert _contacts(case) == [("Marit Sande", "prosjektleiar", None, "marit.sande@varsol.no")]
    # the years listed a paragraph below the total, adding up to it
    assert (_value(case, "budget_total"), _value(case, "grants_by_year")) == (480000, {"2025": 240000, "2026": 240000})


# ---- budget tables in thousands, amounts set apart, goals that count people, front matter ----------

@pytest.mark.parametrize("lang, caption, total_row, later", [
    ("da", "Beløb i 1.000 kr.:", "I alt", "Efter denne bevilling udgør restrammen i puljen 2,3 mio. kr."),
    ("sv", "Belopp i tkr:", "Summa", "Efter detta beslut är den återstående ramen i potten 2,3 miljoner kronor."),
    ("nb", "Beløp i 1 000 kr:", "Sum", "Etter denne bevilgningen er restrammen i potten 2,3 mill. kroner."),
    ("nn", "Beløp i 1 000 kr:", "Sum", "Etter denne løyvinga er restramma i potten 2,3 mill. kroner."),
])
def test_a_budget_table_in_thousands(lang, caption, total_row, later):
    heading = {"da": "Økonomi", "sv": "Ekonomi", "nb": "Økonomi", "nn": "Økonomi"}[lang]
    table = (f"{heading}\n{caption}\n\n                 2025    2026    2027\n"
             f"Løn              150     390     225\nAktiviteter       90     185     110\n"
             f"{total_row}             240     575     335\n\n{later}\n")
    case = extract(INTRO[lang] + table)
    assert _value(case, "language") == lang
    # the caption's unit scales the rows; the table's total row outweighs an amount after a cue word below it
    assert _value(case, "grants_by_year") == {"2025": 240000, "2026": 575000, "2027": 335000}
    assert _value(case, "budget_total") == 1150000


@pytest.mark.parametrize("lang, text, total", [
    ("da", "Det er os en glæde at meddele, at foreningen får tilsagn om et tilskud på\n\n    kr. 640.000\n\n"
           "til projektet.\n\nØkonomi\nTilskuddet udbetales i tre rater:\n\n"
           "  1. rate: 320.000 kr., når fonden har modtaget jeres accept af tilsagnet\n"
           "  2. rate: 192.000 kr., når midtvejsrapporten er godkendt\n", 640000),
    ("nb", "Vi har gleden av å meddele at laget får tilsagn om et tilskudd på\n\n    kr 640 000\n\n"
           "til prosjektet.\n\nØkonomi\nTilskuddet utbetales i tre rater:\n\n"
           "  1. rate: kr 320 000 når stiftelsen har mottatt akseptskjemaet deres\n"
           "  2. rate: kr 192 000 når midtveisrapporten er godkjent\n", 640000),
])
def test_an_amount_on_a_line_of_its_own_under_the_cue(lang, text, total):
    # a numbered list's next item is no continuation of the line above it (its cue is not the next rate's)
    assert _value(extract(INTRO[lang] + text), "budget_total") == total


@pytest.mark.parametrize("lang, goals, planned", [
    ("da", "Mål\n\n- 45 kvinder deltager i mindst ti sprogcaféer i løbet af projektet.\n- Flere taler dansk i hverdagen.\n", 45),
    ("sv", "Mål\n\n- Minst 400 unika besökare har tagit del av reparationscaféerna under projekttiden.\n", 400),
    ("nb", "Mål\n\n- Minst 300 innbyggere deltar på reparasjonskafeer i løpet av prosjektperioden.\n", 300),
    ("nn", "Mål\n\n- Nå minst 400 innbyggjarar gjennom reparasjonskafeane i prosjektperioden.\n", 400),
    ("da", "Mål\n\nMål for hele projektperioden: 600 lærlinge og elever.\n", 600),
])
def test_a_count_of_people_among_the_goals_is_planned(lang, goals, planned):
    case = extract(INTRO[lang] + goals)
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == (planned, None)


def test_a_front_matter_date_dates_the_page(tmp_path):
    page = tmp_path / "side.md"
    page.write_text("---\ntitle: \"Piger på banen\"\ndate: 2025-05-22\nauthor: Line Mørch\n---\n\n"
                    "Idrætsforeningen har i et år kørt projektet Piger på banen for piger mellem 8 og 14 år. "
                    "Fra juni udvides træningen med en ekstra dag om ugen.\n", encoding="utf-8")
    case = extract(page)
    assert (_value(case, "language"), _value(case, "document_date")) == ("da", "2025-05-22")


@pytest.mark.parametrize("lang, text, title, total", [
    ("sv", "LÄGESRAPPORT NR 3\nBron till jobb Falun\n\nFalu kommun, Arbetsmarknadsförvaltningen\n\nProjektperiod: "
           "2024-01-15 – 2026-06-30\nRapportdatum: 12 maj 2025\n\nSammanfattning\n\nBron till jobb vänder sig till unga "
           "vuxna i Falun som varken arbetar eller studerar och erbjuder coachning och arbetsträning.\n\nEkonomi\n\n"
           "Budget för hela projektperioden: 3 600 000 kr\n", "Bron till jobb Falun", 3600000),
    ("da", "STATUSRAPPORT NR. 3\nBroen til job Holstebro\n\nHolstebro Kommune, Jobcentret\n\nProjektperiode: "
           "15.01.2024 – 30.06.2026\nRapportdato: 12. maj 2025\n\nResumé\n\nBroen til job henvender sig til unge "
           "ledige i Holstebro, som hverken arbejder eller studerer, og tilbyder vejledning og praktik.\n\nØkonomi\n\n"
           "Budget for hele projektperioden: 3.600.000 kr.\n", "Broen til job Holstebro", 3600000),
])
def test_a_numbered_status_report(lang, text, title, total):
    case = extract(text)
    assert _value(case, "language") == lang
    # the numbered report's kind opens the text, the case's name follows; the budget "for the whole period"
    assert (_value(case, "title"), _value(case, "budget_total")) == (title, total)


@pytest.mark.parametrize("lang, goal_q, plan_q, scale, goal_a, plan_a", [
    ("da", "I hvilken grad er projektets mål nået?", "Er projektet gennemført som planlagt?",
     "(Slet ikke / I ringe grad / I nogen grad / I høj grad)", "I høj grad", "I nogen grad"),
    ("sv", "I vilken grad har projektets mål uppnåtts?", "Har projektet genomförts som planerat?",
     "(Inte alls / I liten grad / I viss mån / I hög grad)", "I hög grad", "I viss mån"),
    ("nb", "I hvilken grad er målene for prosjektet nådd?", "Ble prosjektet gjennomført som planlagt?",
     "(Ikke i det hele tatt / I liten grad / I noen grad / I stor grad)", "I stor grad", "I noen grad"),
    ("nn", "I kva grad er måla for prosjektet nådde?", "Vart prosjektet gjennomført slik det var planlagt?",
     "(Ikkje i det heile / I liten grad / I nokon grad / I stor grad)", "I stor grad", "I nokon grad"),
])
def test_a_portal_question_with_its_scale_printed_under_it(lang, goal_q, plan_q, scale, goal_a, plan_a):
    text = INTRO[lang] + f"{goal_q}\n{scale}\n{goal_a}\n{plan_q}\n{scale}\n{plan_a}\n"
    case = extract(text)
    assert (_value(case, "goal_fulfilment"), _value(case, "implemented_as_planned")) == (4, 3)
