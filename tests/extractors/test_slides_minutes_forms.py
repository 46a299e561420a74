"""Contacts told in a sentence ("Mette Holm er projektleder og kan kontaktes …"), e-mail headers, letters'
reference lines, presentations exported as text, pages with a link back, budget labels with years
(stop 23). All texts are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import extract

from written import INTRO, contacts as _contacts, value as _value


@pytest.mark.parametrize("lang, sentence, expected", [
    ("da", "Mette Holm er projektleder og kan kontaktes på tlf. 20 30 40 50.",
     ("Mette Holm", "projektleder", "+4520304050", None)),
    ("da", "Foreningen har oplyst, at projektleder Line Bech Mortensen er foreningens kontaktperson. "
           "Line kan træffes på tlf. 28 45 61 93 eller på lbm@lektiehjaelp.dk.",
     ("Line Bech Mortensen", "projektleder", "+4528456193", "lbm@lektiehjaelp.dk")),
    ("sv", "Sara Lind är projektledare och nås på 070-123 45 67.",
     ("Sara Lind", "projektledare", "+46701234567", None)),
    ("nb", "Hans Olsen er daglig leder i Frivilligsentralen Nord og nås på hans@fsn.no eller 988 77 665.",
     ("Hans Olsen", "daglig leder", "+4798877665", "hans@fsn.no")),
    ("nn", "Kari Nes er prosjektleiar og kan nåast på tlf. 948 21 376.",
     ("Kari Nes", "prosjektleiar", "+4794821376", None)),
])
def test_a_contact_told_as_the_name_is_the_role(lang, sentence, expected):
    case = extract(INTRO[lang] + sentence + "\n")
    assert _value(case, "language") == lang
    assert _contacts(case) == [expected]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("da", "Ole Sørensen er formand for foreningen. Projektleder er Mette Holm, tlf. 20 30 40 50.",
     [("Mette Holm", "Projektleder", "+4520304050", None)]),
    ("nb", "Stiftelsen har registrert prosjektleder Ingrid Solbakken som kontaktperson for prosjektet, "
           "tlf. 481 26 570.", [("Ingrid Solbakken", "prosjektleder", "+4748126570", None)]),
])
def test_whose_phone_and_role_a_sentence_tells(lang, sentence, expected):
    # the phone after a later sentence's name is that person's; a role word before the name is the role
    assert _contacts(extract(INTRO[lang] + sentence + "\n")) == expected


EMAILS = {
    "da": ("Fra: Malene Skov <msk@lundby.dk>\nTil: Torben Ahl <toah@lundby.dk>\nSendt: 6. marts 2025 10:42\n"
           "Emne: Status på \"Spis Sammen\"\n\nHej Torben\n\nProjektet kører efter planen fra 1. september 2024 "
           "til 31. august 2026. Har du spørgsmål, kan du fange mig på mobil 21 63 08 57.\n\nMange hilsner\n\n"
           "Malene Skov\nProjektleder, Spis Sammen\nPrinsens Allé 5, 8800 Lundby\n"),
    "sv": ("Från: Malin Ek <malin.ek@norrvik.se>\nTill: Per Lund <per.lund@norrvik.se>\n"
           "Skickat: den 6 mars 2025 10:42\nÄmne: Läget i \"Äta tillsammans\"\n\nHej Per\n\n"
           "Projektet löper enligt plan. Har du frågor når du mig på 070-123 45 67.\n\nVänliga hälsningar\n\n"
           "Malin Ek\nProjektledare, Äta tillsammans\nStorgatan 12 B, 123 45 Norrvik\n"),
    "nb": ("Fra: Kari Moe <kari.moe@skogheim.kommune.no>\nTil: Ola Dal <ola.dal@skogheim.kommune.no>\n"
           "Sendt: 6. mars 2025 10:42\nEmne: Status for «Spis sammen»\n\nHei Ola\n\nProsjektet går etter planen. "
           "Har du spørsmål, kan du nå meg på mobil 918 22 431.\n\nVennlig hilsen\n\nKari Moe\n"
           "Prosjektleder, Spis sammen\nStorgata 3, 2317 Skogheim\n"),
    "nn": ("Frå: Kari Moe <kari.moe@liadal.kommune.no>\nTil: Ola Dal <ola.dal@liadal.kommune.no>\n"
           "Sendt: 6. mars 2025 10:42\nEmne: Status for «Et saman»\n\nHei Ola\n\nProsjektet går etter planen. "
           "Har du spørsmål, kan du nå meg på mobil 918 22 431.\n\nVenleg helsing\n\nKari Moe\n"
           "Prosjektleiar, Et saman\nStorgata 3, 6800 Liadal\n"),
}


@pytest.mark.parametrize("lang, contact", [
    ("da", ("Malene Skov", "Projektleder", "+4521630857", "msk@lundby.dk")),
    ("sv", ("Malin Ek", "Projektledare", "+46701234567", "malin.ek@norrvik.se")),
    ("nb", ("Kari Moe", "Prosjektleder", "+4791822431", "kari.moe@skogheim.kommune.no")),
    ("nn", ("Kari Moe", "Prosjektleiar", "+4791822431", "kari.moe@liadal.kommune.no")),
])
def test_an_emails_sent_date_sender_address_and_first_person_phone(lang, contact):
    # the "Sendt:" header dates the text; the sender header's address and the phone the writer gives in
    # the first person go to the signature's contact; the address line under it is no one's name
    case = extract(EMAILS[lang])
    assert (_value(case, "language"), _value(case, "document_date")) == (lang, "2025-03-06")
    assert _contacts(case) == [contact]


@pytest.mark.parametrize("lang, line, expected", [
    ("nb", "Vår ref.: 2025/118-3        Deres ref.: søknad av 15.01.2025        Dato: 27.03.2025", "2025-03-27"),
    ("da", "Vores ref.: 25/1184        Deres ref.: ansøgning af 15.01.2025        Dato: 27.03.2025", "2025-03-27"),
])
def test_a_date_label_in_a_column_of_a_letters_reference_line(lang, line, expected):
    head = {"nb": "Skogheim idrettslag\nPostboks 12\n2317 Skogheim\n\n",
            "da": "Skovlund Svømmeklub\nStadion Allé 9\n6400 Skovlund\n\n"}[lang]
    body = {"nb": "\n\nTILSAGN OM TILSKUDD\n\nStyret har vedtatt å gi idrettslaget kr 200 000 til prosjektet.\n",
            "da": "\n\nTILSAGN OM TILSKUD\n\nBestyrelsen har besluttet at give klubben 200.000 kr. til projektet.\n"}[lang]
    assert _value(extract(head + line + body), "document_date") == expected


def test_a_swedish_name_in_swedish_quotes():
    text = ("NORRVIKS KOMMUN\nSocialförvaltningen\n\nTJÄNSTESKRIVELSE\nDatum: 2025-02-11\n\n"
            "Medel för projektet ”Eget boende – steg två”\n\nBakgrund\n"
            "Nämnden har sedan 2021 erbjudit bostad till personer i hemlöshet i liten skala.\n")
    assert _value(extract(text), "title") == "Eget boende – steg två"


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Borgere der er fyldt 65 år og bor alene."),
    ("sv", "Personer som fyllt 65 år och bor ensamma."),
    ("nb", "Innbyggere som har fylt 65 år og bor alene."),
    ("nn", "Innbyggjarar som har fylt 65 år og bur åleine."),
])
def test_an_age_reached_is_the_lower_bound(lang, sentence):
    heading = {"da": "Målgruppe", "sv": "Målgrupp", "nb": "Målgruppe", "nn": "Målgruppe"}[lang]
    case = extract(INTRO[lang] + heading + "\n" + sentence + "\n")
    assert (_value(case, "target_age_min"), _value(case, "target_age_max")) == (65, None)


SLIDES = {
    "da": ("Dias 1\nLæselyst\nBogklubber i udskolingen\nAnne Holm, konsulent\nNetværksdag, Vejle – 23.01.2025\n\n"
           "Dias 2\nBaggrund\n• Kun hver tredje elev læser i fritiden\n• Projektbudget: 1,2 mio. kr.\n",
           "Læselyst", "2025-01-23", 1200000),
    "sv": ("Bild 1\nMöbelbanken\nÅterbruk av möbler\nElin Berg, miljöstrateg\nBeredningen, 22/4 2025\n\n"
           "Bild 2\nBakgrund\n• Kommunen köper nya möbler varje år\n• Total projektbudget 2024–2025: 2,4 mnkr\n",
           "Möbelbanken", "2025-04-22", 2400000),
    "nb": ("--- Lysbilde 1 ---\nOmbrukslageret\nErfaringer etter første år\nSigrid Holm, klimarådgiver\n"
           "Skogheim, 6. mai 2025\n\n--- Lysbilde 2 ---\nBakgrunn\n• Kommunen kaster brukbare møbler\n"
           "• Ramme: 3,6 mill. kr for hele perioden\n", "Ombrukslageret", "2025-05-06", 3600000),
    "nn": ("Slide 1\nBygdebilen\nDelte elbilar i fem bygder\nEirik Dal, Liadal kommune\nKlimaforum, Bergen – "
           "21. oktober 2025\n\nSlide 2\nBakgrunn\n• Få bussar i bygdene\n• Budsjettramme: 2,1 mill. kr\n",
           "Bygdebilen", "2025-10-21", 2100000),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_presentation_exported_as_text(lang):
    # a slide's number is no title; the date closing the first slide dates the text; a budget label with
    # the years it covers or a frame ("Ramme") gives the total
    text, title, date, total = SLIDES[lang]
    case = extract(text)
    assert (_value(case, "language"), _value(case, "title"), _value(case, "document_date"),
            _value(case, "budget_total")) == (lang, title, date, total)


@pytest.mark.parametrize("lang, back, title, body", [
    ("da", "← Tilbage til søgeresultater", "Stemmer fra Havnen",
     "Projektet samler fortællinger fra havnens beboere og opfører dem som teater."),
    ("sv", "« Tillbaka till projektdatabasen", "Jobbspår Norrvik",
     "Projektet ger unga vuxna praktik hos lokala företag under ett år."),
    ("nb", "← Tilbake til søkeresultatene", "Turglede for alle",
     "Prosjektet gir familier med lite penger gratis turer i nærmiljøet."),
    ("nn", "← Tilbake til alle prosjekt", "Kvedarskulen",
     "Prosjektet lærer born gamle kvede frå bygda gjennom eit heilt skuleår."),
])
def test_a_link_back_is_no_title(lang, back, title, body):
    case = extract(f"{back}\n\n{title}\n\n{body}\n")
    assert (_value(case, "language"), _value(case, "title")) == (lang, title)


MINUTES = {
    "da": ("SKOVLUND KOMMUNE\nBeskæftigelse\n\nREFERAT\nStyregruppen for ungeindsatsen\n\n"
           "Mødedato: Torsdag den 14. november 2024\nSted: Rådhuset\n\n"
           "Punkt 1. Opfølgning på referat fra mødet den 5. september 2024\nReferatet blev godkendt.\n\n"
           "Punkt 2. Næste Skridt – status og forlængelse\nNæste Skridt er et forløb for unge ledige. "
           "Projektet startede 1. marts 2023 og skulle slutte 31. december 2024.\n\nBeslutning\n"
           "Styregruppen godkender, at Næste Skridt forlænges til og med 30. juni 2025.\n",
           "Næste Skridt", "2024-11-14", "2023-03-01", "2025-06-30"),
    "sv": ("PROTOKOLL\nStyrgruppen för äldreomsorgens utveckling\nNorrviks kommun\n\n"
           "Mötesdatum: tisdagen den 11 mars 2025\nPlats: Stadshuset\n\n§ 1 Föregående protokoll\n"
           "Protokollet från mötet 2025-01-28 lades till handlingarna.\n\n§ 2 Grannar emellan – lägesrapport\n"
           "Projektet Grannar emellan startade den 1 februari 2024 och skulle pågå till och med den 30 juni 2025.\n\n"
           "Beslut\nStyrgruppen beslutar att förlänga projektet Grannar emellan till och med den 31 december 2025.\n",
           "Grannar emellan", "2025-03-11", "2024-02-01", "2025-12-31"),
    "nb": ("SKOGHEIM KOMMUNE\nHelse og omsorg\n\nPROTOKOLL\nStyringsgruppen for velferdsteknologi\n\n"
           "Møtedato: torsdag 14. november 2024\nSted: Rådhuset\n\nSak 30/24 Referat fra møtet 19.09.2024\n"
           "Referatet ble godkjent.\n\nSak 31/24 Trygt hjemme – status og forlengelse\n"
           "Trygt hjemme startet opp 1. mars 2023 og skulle etter planen avsluttes 31.12.2024.\n\nVedtak\n"
           "Prosjektperioden for Trygt hjemme forlenges til og med 30. juni 2025.\n",
           "Trygt hjemme", "2024-11-14", "2023-03-01", "2025-06-30"),
    "nn": ("LIADAL KOMMUNE\nHelse og omsorg\n\nMØTEREFERAT\nStyringsgruppa for folkehelse\n\n"
           "Møtedato: 14. januar 2025\nStad: Kommunehuset\n\nSak 02/25 Referat frå førre møte\n"
           "Referatet frå møtet 19.11.2024 vart godkjent.\n\nSak 03/25 Sunn kvardag – status og forlenging\n"
           "Sunn kvardag starta 1. februar 2023 og skulle avsluttast 31. januar 2026.\n\nVedtak\n"
           "Prosjektperioden vert forlengd med fem månader. Ny prosjektperiode er 1. februar 2023 – 30. juni 2026.\n",
           "Sunn kvardag", "2025-01-14", "2023-02-01", "2026-06-30"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_minutes_of_a_meeting(lang):
    # the agenda item the minutes keep naming is the case ("PROTOKOLL" is no title); the meeting's date dates
    # the text; the last meeting's date after "fra" is no start; the extension decided outweighs the end
    # first planned
    text, title, date, start, end = MINUTES[lang]
    case = extract(text)
    assert (_value(case, "language"), _value(case, "title"), _value(case, "document_date"),
            _value(case, "period_start"), _value(case, "period_end")) == (lang, title, date, start, end)


@pytest.mark.parametrize("lang, labels, expected", [
    # a case document's own date beats the date of the meeting it goes to
    ("da", "Mødedato: 9. april 2024\nDato: 12. marts 2024", "2024-03-12"),
    ("sv", "Sammanträdesdatum: 2024-04-09\nDatum: 2024-03-12", "2024-03-12"),
    # published and updated: the latest version
    ("nb", "Publisert: 04.04.2024\nSist oppdatert: 12.06.2025", "2025-06-12"),
    ("nn", "Publisert: 04.04.2024\nSist endra: 12.06.2025", "2025-06-12"),
])
def test_which_date_label_dates_the_text(lang, labels, expected):
    text = INTRO[lang].replace("\n\n", f"\n\n{labels}\n\n", 1)
    assert _value(extract(text), "document_date") == expected


FORMS = {
    "da": ("ANSØGNINGSSKEMA\nFællespuljen 2025\n\n1. Ansøger\nForeningen Brobyggerne\n\n2. Kontaktperson\n"
           "Amira Holm, projektkoordinator\nTlf. 31 62 48 90\namira@brobyggerne.dk\n\n3. Kort om foreningen\n"
           "Foreningen blev stiftet i 2016 og har 64 medlemmer.\n\n4. Projektets titel\nUng til Ung\n\n5. Budget\n"
           "Løn til koordinator: 300.000 kr.\nAktiviteter: 120.000 kr.\nUdgifter i alt: 420.000 kr.\n\n"
           "Jeg bekræfter, at oplysningerne er korrekte.\n\nSkovlund, 26. marts 2025\n\nKasper Lind\nFormand\n",
           "Ung til Ung", 420000, "2025-03-26"),
    "sv": ("ANSÖKAN OM UTVECKLINGSBIDRAG\nNorrviks kommun – Kulturnämnden\n\n1. Sökande\nFöreningen Ljudverkstan\n\n"
           "2. Kontaktperson för projektet\nNamn: Sanna Niemi\nRoll i projektet: projektansvarig\n"
           "Telefon: 0980-31 92 45\nE-post: sanna@ljudverkstan.se\n\n3. Projektets namn\nBeat och berättelse\n\n"
           "4. Budget\nArvoden: 156 000 kr\nLokalhyra: 22 000 kr\nSumma kostnader: 178 000 kr\n\n"
           "Härmed intygas att uppgifterna i ansökan är riktiga.\n\nNorrvik 2025-10-09\n\nTomas Wik\nOrdförande\n",
           "Beat och berättelse", 178000, "2025-10-09"),
    "nb": ("SØKNADSSKJEMA\nTilskudd til inkluderingstiltak\n\n1. Søker\nFlerkulturelt Nettverk Skogheim\n\n"
           "2. Kontaktperson\nNavn: Amira Haddad\nStilling: daglig leder\nMobil: 455 81 902\n\n3. Prosjektets navn\n"
           "Språkvenn Skogheim\n\n4. Budsjett\nKoordinator: 600 000 kr\nAktiviteter: 140 000 kr\nSum kostnader: 740 000 kr\n\n"
           "Skogheim, 9. september 2025\nKnut Aasen, styreleder\n", "Språkvenn Skogheim", 740000, "2025-09-09"),
    "nn": ("SØKNAD OM TILSKOT\nLiadal kommune – tilskot til integrering\n\n1. Namn på søkjar\nFleirkulturelt Lag Liadal\n\n"
           "2. Kontaktperson\nNamn: Nasrin Holsen\nRolle: dagleg leiar\nTelefon: 941 27 305\n\n3. Namn på prosjektet\n"
           "Språkvenn i kvardagen\n\n4. Budsjett\nTolk: 200 000 kr\nAktivitetar: 140 000 kr\nSum kostnader: 340 000 kr\n\n"
           "Liadal, 9. oktober 2025\nArnfinn Skrede, styreleiar\n", "Språkvenn i kvardagen", 340000, "2025-10-09"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_grant_application_form(lang):
    # the project's name under its numbered item (also after the contact item), the cost table's sum,
    # the place and date above the signature; the form's next item is no workplace of the contact
    text, title, total, date = FORMS[lang]
    case = extract(text)
    assert (_value(case, "language"), _value(case, "title"), _value(case, "budget_total"),
            _value(case, "document_date")) == (lang, title, total, date)
    assert [c.organisation.value for c in case.contacts] == [None]


@pytest.mark.parametrize("lang, footer", [
    ("da", "Sidst opdateret: 3. februar 2025\nRelaterede links\nKommunens klimaplan"),
    ("sv", "Sidansvarig: Maria Lund\nDela sidan | Tyck till om sidan"),
    ("nb", "Publisert 28.08.2024 · Sist oppdatert 12.02.2025\nRelaterte lenker\nFritidskortet"),
    ("nn", "Del sida\nSist endra: 12.06.2025"),
])
def test_a_pages_footer_under_its_contact_box_is_no_ones(lang, footer):
    contact = {"da": "Kontakt\nDitte Munk, projektleder\nTelefon 96 15 72 41",
               "sv": "Kontakt\nLeyla Karimi, samordnare\nTelefon: 031-390 06 71",
               "nb": "Kontakt\nMari Solbakken, prosjektleder\nMobil: 482 19 577",
               "nn": "Kontakt\nIngrid Rø, prosjektleiar\nTelefon: 930 41 276"}[lang]
    case = extract(INTRO[lang] + contact + "\n" + footer + "\n")
    assert [(c.name.value, c.organisation.value) for c in case.contacts] == [(contact.split("\n")[1].split(",")[0], None)]


def test_a_contacts_workplace_as_the_organisation_without_its_address():
    text = INTRO["da"] + ("Kontakt\n\nYasmin Nielsen, boligsocial projektleder\n"
                          "Boligforeningen Lindebo, Lindeparken 2, st., 4220 Korsør\nTlf. +45 58 50 27 14\n")
    assert _value(extract(text), "organisation") == "Boligforeningen Lindebo"


REPORTS = {
    "da": ("Gåfodbold i Bække\n\nVi startede holdet i maj, og det gik over al forventning. Projektet er hermed afsluttet, "
           "men holdet fortsætter i foreningen.\n\nHar I spørgsmål, så ring endelig til mig, Bent Holm, tovholder på "
           "gåfodbolden, på 20 47 13 86, eller skriv til bent.holm@mail.dk.\n\nBække den 12. januar 2024\n",
           ("Bent Holm", "tovholder", "+4520471386", "bent.holm@mail.dk"), "2024-01-12", "completed"),
    "sv": ("Paddla för alla\n\nVi hade fjorton pass under sommaren och barnen var nöjda. Nu är projektet slut.\n\n"
           "Om ni har frågor är ni välkomna att höra av er till mig, Karin Lund, som var projektledare i somras, "
           "på 070-174 06 88 eller karin.lund@kanotklubben.se.\n\nSunne den 15 oktober 2024\nKarin Lund\n",
           ("Karin Lund", "projektledare", "+46701740688", "karin.lund@kanotklubben.se"), "2024-10-15", "completed"),
    "nb": ("Stemmer fra bygda\n\nVi har intervjuet eldre i bygda og laget en podkast. Prosjektet er dermed avsluttet.\n\n"
           "Har dere spørsmål om rapporten, ta gjerne kontakt med prosjektansvarlig Gunnhild Myr på telefon "
           "63 90 14 27 eller e-post gunnhild.myr@gmail.com.\n\nÅrnes, 20. januar 2025\n",
           ("Gunnhild Myr", "prosjektansvarlig", "+4763901427", "gunnhild.myr@gmail.com"), "2025-01-20", "completed"),
    "nn": ("Padling for alle\n\nDå er prosjektet vårt over, og her kjem sluttrapporten frå oss i padlelaget.\n\n"
           "Lurer du på noko om prosjektet, kan du ringje meg som har vore prosjektleiar, Håvard Eiken Vold, "
           "på 986 43 210, eller sende ein e-post til havard@padlelaget.no.\n\nFosnavåg, 28. november 2024\n",
           ("Håvard Eiken Vold", "prosjektleiar", "+4798643210", "havard@padlelaget.no"), "2024-11-28", "completed"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_an_informal_final_report(lang):
    # the writer names themself as the one to ask in the last paragraph; the place and date under it (no
    # comma before "den"); the end told in the writers' own words
    text, contact, date, status = REPORTS[lang]
    case = extract(text)
    assert _value(case, "language") == lang
    assert _contacts(case) == [contact]
    assert (_value(case, "document_date"), _value(case, "status")) == (date, status)


@pytest.mark.parametrize("lang, legend, rows, expected", [
    ("sv", "Skala: 1 = inte alls, 2 = i liten grad, 3 = i viss grad, 4 = i hög grad.",
     "| Fråga | Bedömning |\n|---|---|\n| I vilken grad har projektets mål uppnåtts? | 3 |\n"
     "| I vilken grad har projektet genomförts som planerat? | 4 |", (3, 4)),
    ("nb", "Skala: 1 = ikke i det hele tatt, 2 = i liten grad, 3 = i noen grad, 4 = i høy grad.",
     "| Spørsmål | Vurdering |\n|---|---|\n| I hvilken grad er målene nådd? | 2 |\n"
     "| I hvilken grad er prosjektet gjennomført som planlagt? | 3 |", (2, 3)),
    ("nn", "Skala: 1 = ikkje i det heile, 2 = i liten grad, 3 = i nokon grad, 4 = i stor grad",
     "| Spørsmål | Vurdering |\n|---|---|\n| I kva grad er måla nådde? | 3 – i nokon grad |\n"
     "| I kva grad er prosjektet gjennomført som planlagt? | 4 – i stor grad |", (3, 4)),
    ("da", "Skala: 1 = slet ikke, 2 = i mindre grad, 3 = i nogen grad, 4 = i høj grad.",
     "| Spørgsmål | Vurdering |\n|---|---|\n| I hvilken grad er målene nået? | 4 |\n"
     "| I hvilken grad er projektet gennemført som planlagt? | 4 |", (4, 4)),
])
def test_a_self_rating_table_under_a_printed_scale(lang, legend, rows, expected, tmp_path):
    # a bare number answers a question when the scale's legend is printed above the Markdown table
    heading = {"sv": "Bedömning", "nb": "Egenvurdering", "nn": "Vurdering", "da": "Vurdering"}[lang]
    path = tmp_path / f"{lang}.md"
    path.write_text(INTRO[lang] + f"## {heading}\n\n{legend}\n\n{rows}\n", encoding="utf-8")
    case = extract(path)
    assert (_value(case, "goal_fulfilment"), _value(case, "implemented_as_planned")) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # a school year is a year; a yearly word opening the next sentence is not this amount's
    ("sv", "Budgeten var 480 000 kr per läsår, sammanlagt 960 000 kr för hela projektet.", (480000, 480000, 960000)),
    ("nb", "Samlet budsjett for 2023–2025 er 5,4 mill. kroner. Årlig ramme er fastsatt av kommunestyret.",
     (None, None, 5400000)),
])
def test_yearly_and_total_amounts_in_an_economy_section(lang, sentence, expected):
    heading = {"sv": "Ekonomi", "nb": "Økonomi"}[lang]
    case = extract(INTRO[lang] + f"{heading}\n{sentence}\n")
    assert (_value(case, "budget_per_year_min"), _value(case, "budget_per_year_max"),
            _value(case, "budget_total")) == expected


@pytest.mark.parametrize("lang, table, expected", [
    # a year cell with a note in brackets; a row narrower than its heading row where its last cells are empty
    ("da", "| År | Budget (kr.) | Forbrug (kr.) |\n|---|---:|---:|\n| 2023 (aug.–dec.) | 400.000 | 361.200 |\n"
           "| 2024 | 1.050.000 | 1.104.850 |\n| 2025 | 950.000 | 402.300 |\n| 2026 (jan.–jul.) | 450.000 | – |",
     {"2023": 400000, "2024": 1050000, "2025": 950000, "2026": 450000}),
    ("sv", "| År | Budget (kr) | Utfall (kr) | Kommentar |\n|---|---:|---:|---|\n| 2024 | 780 000 | 702 350 | Sen start |\n"
           "| 2025 | 950 000 | 401 900 | T.o.m. juni |\n| 2026 | 820 000 | – | |",
     {"2024": 780000, "2025": 950000, "2026": 820000}),
    ("nb", "| År | Budsjett | Regnskap |\n|---|---:|---:|\n| 2023 (fra mars) | 620 000 | 598 000 |\n"
           "| 2024 | 1 480 000 | 1 502 000 |\n| 2025 | 1 500 000 | – |", {"2023": 620000, "2024": 1480000, "2025": 1500000}),
    ("nn", "| År | Budsjett | Rekneskap |\n|---|---:|---:|\n| 2024 (haust) | 300 000 | 280 000 |\n"
           "| 2025 | 650 000 | – |", {"2024": 300000, "2025": 650000}),
])
def test_a_markdown_budget_table_by_year(lang, table, expected, tmp_path):
    heading = {"da": "Økonomi", "sv": "Ekonomi", "nb": "Økonomi", "nn": "Økonomi"}[lang]
    path = tmp_path / f"{lang}.md"
    path.write_text(INTRO[lang] + f"## {heading}\n\n{table}\n", encoding="utf-8")
    assert _value(extract(path), "grants_by_year") == expected


@pytest.mark.parametrize("lang, block, expected", [
    # a role and a name set apart by a blank line under the contact heading
    ("nb", "Kontakt\n\nProsjektleder Kristian Aas\nMobil: 469 27 310\nE-post: kristian.aas@skogheim.kommune.no",
     [("Kristian Aas", "Prosjektleder", "+4746927310", "kristian.aas@skogheim.kommune.no")]),
    ("da", "Kontakt\n\nProjektleder Hanne Bøgh\nTlf. 96 15 72 41\nhanne.boegh@lundby.dk",
     [("Hanne Bøgh", "Projektleder", "+4596157241", "hanne.boegh@lundby.dk")]),
    # a fact list's title on its line and the person under it
    ("sv", "Målgrupp\nUnga vuxna 16–29 år\nAntal deltagare\nPlanerat: 60\nProjektledare\n"
           "Peter Åström, 070-174 06 33, peter.astrom@norrvik.se\nUtvärdering\nExtern",
     [("Peter Åström", "Projektledare", "+46701740633", "peter.astrom@norrvik.se")]),
    ("nn", "Fakta\nKommune\nLiadal\nProsjektleiar\nVegard Lyng\nSøkt beløp\nkr 980 000",
     [("Vegard Lyng", "Prosjektleiar", None, None)]),
])
def test_a_role_and_a_name_read_together(lang, block, expected):
    assert _contacts(extract(INTRO[lang] + block + "\n")) == expected


@pytest.mark.parametrize("lang, line, organisation, unit", [
    ("da", "Projektejer: Sundhed og Omsorg, Lundby Kommune", "Lundby Kommune", "Sundhed og Omsorg"),
    ("sv", "Projektägare: Norrviks kommun, Omsorgsförvaltningen", "Norrviks kommun", "Omsorgsförvaltningen"),
    ("nb", "Prosjekteier: Skogheim kommune · Oppvekst og kultur", "Skogheim kommune", "Oppvekst og kultur"),
    ("nn", "Prosjekteigar: Liadal kommune, kommunalsjef for helse Oddbjørg Vik", "Liadal kommune", None),
])
def test_a_municipality_and_its_unit(lang, line, organisation, unit):
    # the municipality answers for the case, its unit stands beside it; a unit in lower case is no unit's name
    case = extract(INTRO[lang].replace("\n\n", f"\n\n{line}\n\n", 1))
    assert (_value(case, "organisation"), _value(case, "organisation_unit")) == (organisation, unit)


PRESS = {
    "da": ("PRESSEMEDDELELSE\nLundby, 4. marts 2025\nFem landsbyer skal gå forrest i den grønne omstilling\n"
           "Lundby Kommune sætter nu gang i projektet Klimaklar Landsby, hvor 200 borgere skal spare på energien.\n"
           "Klimaklar Landsby løber fra 1. april 2025 til 31. marts 2028.\nFor mere information\n"
           "Jonas Kjær, projektleder, Lundby Kommune\nTelefon 96 63 14 52 · e-mail jok@lundby.dk\n"
           "Pressevagten kan kontaktes på tlf. 96 63 19 90.\n",
           "Klimaklar Landsby", ("Jonas Kjær", "projektleder", "+4596631452", "jok@lundby.dk")),
    "sv": ("Pressmeddelande\nPublicerad 8 april 2025 kl. 09:30\nNu startar en ny mötesplats för äldre\n"
           "Norrviks kommun startar projektet Fika på distans, där äldre som bor ensamma får träffas.\n"
           "Fika på distans vänder sig till personer som är 65 år eller äldre.\nFör mer information\n"
           "Projektledare Fredrik Alm\nTelefon: 070-174 06 89\nE-post: fredrik.alm@norrvik.se\n"
           "Övriga pressfrågor: kommunens presstjänst, 044-13 50 00\n",
           "Fika på distans", ("Fredrik Alm", "Projektledare", "+46701740689", "fredrik.alm@norrvik.se")),
    "nb": ("PRESSEMELDING\nPublisert 18.11.2024, kl. 08:30\n214 arbeidstakere satte seg på el-sykkel\n"
           "Resultatene fra prosjektet er klare.\nFakta om Grønn Pendler\nDeltakere: 214\nFor mer informasjon\n"
           "Prosjektleder Eirin Kvalvik\nTlf. 977 40 215\nE-post: eirin.kvalvik@skogheim.kommune.no\n",
           "Grønn Pendler", ("Eirin Kvalvik", "Prosjektleder", "+4797740215", "eirin.kvalvik@skogheim.kommune.no")),
    "nn": ("PRESSEMELDING\nLiadal, 2. september 2025\nNo kan du låne verktøy gratis\n"
           "Liadal kommune opnar prosjektet Fiks og del, der innbyggjarane kan låne verktøy.\n"
           "Fiks og del held ope kvar torsdag.\nFor meir informasjon\nEirik Lunde, prosjektleiar\n"
           "Telefon: 934 51 602\nE-post: eirik.lunde@liadal.kommune.no\n",
           "Fiks og del", ("Eirik Lunde", "prosjektleiar", "+4793451602", "eirik.lunde@liadal.kommune.no")),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_press_release(lang):
    # the kind of text on the first line is no title; the project named after "projektet" and repeated,
    # or in the fact box's heading, is; "For more information" opens the contact block
    text, title, contact = PRESS[lang]
    case = extract(text)
    assert (_value(case, "language"), _value(case, "title")) == (lang, title)
    assert _contacts(case) == [contact]


@pytest.mark.parametrize("lang, first_line, title", [
    # the kind of report after a dash, with what it is; the kind before "of the project" or "about"
    ("da", "Hjerteværkstedet – ekstern evaluering", "Hjerteværkstedet"),
    ("sv", "Steget vidare – sammanfattning av slutrapport från extern utvärdering", "Steget vidare"),
    ("sv", "Vanliga frågor om Första nyckeln", "Första nyckeln"),
    ("nb", "Fritidskassa – ofte stilte spørsmål", "Fritidskassa"),
    ("nn", "Ekstern evaluering av prosjektet Arbeidsglede Stord", "Arbeidsglede Stord"),
    ("nn", "Ope hall – faktaark", "Ope hall"),
    # a subtitle that names no kind of report stays
    ("sv", "Sömnlyftet – bättre sömn för högstadieelever", "Sömnlyftet – bättre sömn för högstadieelever"),
])
def test_the_kind_of_report_is_no_part_of_the_name(lang, first_line, title):
    assert _value(extract(first_line + "\n\n" + INTRO[lang].split("\n\n", 1)[1]), "title") == title


@pytest.mark.parametrize("lang, answer, expected", [
    # a question page's contact answer: a role and a name going on as a sentence, or a contact verb
    ("nn", "Kven kan eg ta kontakt med?\nProsjektkoordinator Linn Hareide svarar gjerne på spørsmål. "
           "Mobil: 482 13 690, e-post: linn.hareide@liadal.kommune.no.",
     ("Linn Hareide", "Prosjektkoordinator", "+4748213690", "linn.hareide@liadal.kommune.no")),
    ("nb", "Kontakt\nKoordinator Sara Nygård svarer på spørsmål mandag–torsdag kl. 09.00–14.00.\n"
           "Telefon: 69 10 54 22\nE-post: fritidskassa@skogheim.kommune.no",
     ("Sara Nygård", "Koordinator", "+4769105422", "fritidskassa@skogheim.kommune.no")),
    ("da", "Hvem kan jeg kontakte?\nDu er altid velkommen til at kigge forbi eller kontakte projektleder "
           "Malene Iversen på mobil 23 80 17 64 eller mail mis@lundby.dk.\n\n"
           "Boligselskabet Lundby · Vestparken 14A · 5700 Lundby · Tlf. 62 21 58 40",
     ("Malene Iversen", "projektleder", "+4523801764", "mis@lundby.dk")),
    ("sv", "Vem kan jag kontakta?\nProjektledare Anna Lund svarar på frågor vardagar. Telefon: 070-174 06 12.",
     ("Anna Lund", "Projektledare", "+46701740612", None)),
])
def test_a_question_pages_contact(lang, answer, expected):
    assert _contacts(extract(INTRO[lang] + answer + "\n")) == [expected]


@pytest.mark.parametrize("lang, sentence, expected", [
    # a yearly amount after a budget cue in running text, where no sentence tells a total; a fee is none
    ("da", "Projektet har et budget på 450 tkr. om året.", 450000),
    ("nb", "Budsjettet er 800 000 kr per år.", 800000),
    ("sv", "Projektet har en budget på 1,4 miljoner kronor per år.", 1400000),
    ("nn", "Prosjektet har eit budsjett på 300 000 kr per år.", 300000),
    ("da", "Medlemmerne betaler 300 kr om året.", None),
    # a yearly word before the cue ("Den årlige ramme er …"), and the yearly frame as a label
    ("da", "Den årlige ramme er på ca. 1,8 mio. kr.", 1800000),
    ("nb", "Årlig ramme er om lag 1,8 mill. kroner i tre år.", 1800000),
    ("nb", "Årlig ramme: 1,8 mill. kroner", 1800000),
    ("sv", "Den årliga ramen är ungefär 1,8 miljoner kronor.", 1800000),
    ("nn", "Den årlege ramma er om lag 1,8 mill. kroner.", 1800000),
])
def test_a_yearly_budget_told_in_a_sentence(lang, sentence, expected):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "budget_per_year_min"), _value(case, "budget_per_year_max")) == (expected, expected)


@pytest.mark.parametrize("lang, sentence, yearly, total", [
    # the yearly word that closes an amount is that amount's, not the next cue's
    ("nb", "Vi holdt oss til rammen på 525 000 kroner per år, til sammen 1 050 000 kroner over de to årene.",
     525000, 1050000),
    ("sv", "Projektets ram är 1,8 miljoner kronor.", None, 1800000),
    ("da", "Vi har brugt 200.000 kr. om året, i alt 600.000 kr. over tre år.", 200000, 600000),
])
def test_a_yearly_amount_before_the_total_cue(lang, sentence, yearly, total):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "budget_per_year_max"), _value(case, "budget_total")) == (yearly, total)


@pytest.mark.parametrize("lang, header, body, title", [
    # a PDF page's running header copied with the text (the funder, the kind of document) is no title,
    # nor is the form's part in capitals under it; a quoted name opening the line is the name
    ("nb", "Stiftelsen Helseløftet · Søknad om prosjektmidler 2025",
     "PROSJEKTBESKRIVELSE\n\n«Pust og bevegelse» – lavterskel trening for personer med KOLS\n\n"
     "Søker: Skogheim kommune\n\nProsjektet gir trening i grupper to ganger i uka.\n", "Pust og bevegelse"),
    ("sv", "Stiftelsen Gröna Spår      Ansökan om projektmedel 2025",
     "PROJEKTBESKRIVNING\n\nENERGILOTS NORRVIK\n\nProjektet ger småhusägare oberoende råd om energi.\n",
     "ENERGILOTS NORRVIK"),
])
def test_a_pdf_copys_page_header_is_no_title(lang, header, body, title):
    text = f"{header}\n\n{body}\n{header}\n\nMer text om projektet på sidan två.\n\n{header}\n\nSlut.\n"
    assert _value(extract(text), "title") == title
