"""Issue 11, names and acronyms (ENTITY-* codes): false-alarm kinds seen on text the checks
were not developed on, each pinned with a CORRECT translation that must come out clean, and
the recall kinds that must stay caught (a swapped name, in running text and in a headline).

The texts are written for these tests (health, legal, technical and news registers); they
carry their own data and need no model (``context_from_lines``: line i ↔ line i)."""
from __future__ import annotations

import pytest

from aligner.checks.entities import acronym_definitions, is_common_word, is_identifier
from aligner.checks.entities import entity_findings as run_entity_rules
from aligner.lang.translit import is_transliteration
from tests.helpers import context_from_lines


def entity_findings(en_lines, ps_lines, config=None):
    return [f for f in run_entity_rules(context_from_lines(en_lines, ps_lines, config))
            if f.severity in ("warning", "error")]


def codes(en_lines, ps_lines):
    return [(f.code, f.source_value) for f in entity_findings(en_lines, ps_lines)]


# --- acronyms rendered by their expansion or by their meaning ----------------------------------

def test_acronym_defined_in_the_document_rendered_by_its_expansion():
    en = ["The Ministry of Public Health (MoPH) opened 40 new clinics in Kandahar province.",
          "MoPH staff visited every clinic in March.",
          "The MoPH also trained 120 midwives."]
    ps = ["د عامې روغتیا وزارت په کندهار ولایت کې ۴۰ نوي کلینیکونه پرانیستل.",
          "د عامې روغتیا وزارت کارکوونکو د مارچ په میاشت کې له هر کلینیک څخه لیدنه وکړه.",
          "وزارت ۱۲۰ قابلې هم وروزلې."]
    assert codes(en, ps) == []


def test_acronym_kept_once_then_rendered_by_its_expansion():
    # the translator keeps NMHRA in Latin where it is defined, then writes the authority's name
    en = ['"Authority" means the National Medicines and Healthcare Products Regulatory Authority (NMHRA).',
          "The NMHRA shall publish the list of registered medicines every six months.",
          "An importer shall notify the NMHRA within 14 days."]
    ps = ["«اداره» د درملو او روغتیايي محصولاتو د تنظیم ملي اداره (NMHRA) ده.",
          "اداره به د ثبت شویو درملو لېست په هرو شپږو میاشتو کې خپروي.",
          "واردوونکی به په ۱۴ ورځو کې ادارې ته خبر ورکوي."]
    assert codes(en, ps) == []


def test_acronym_definitions_found_both_ways():
    defs = acronym_definitions([
        "The World Food Programme (WFP) delivered flour.",
        "Staff of the MoPH (Ministry of Public Health) attended.",
        "Oral rehydration salts (ORS) were given.",
        "He met Ahmad Zia (AZ) twice."])
    assert defs["WFP"] == ("World", "Food", "Programme")
    assert defs["MoPH"] == ("Ministry", "of", "Public", "Health")
    assert defs["ORS"] == ("Oral", "rehydration", "salts")


def test_listed_organisation_acronym_rendered_by_its_pashto_name():
    en = ["UNICEF delivered oral rehydration salts (ORS) and zinc to 310 health facilities."]
    ps = ["د ملګرو ملتونو د ماشومانو صندوق ۳۱۰ روغتیايي مرکزونو ته د خولې له لارې د بدن د اوبو "
          "د بېرته پوره کولو مالګې (ORS) او زنک ورسول."]
    assert codes(en, ps) == []
    en = ["WHO recommends two doses.", "The WHO team arrived on Monday."]
    ps = ["د روغتیا نړیوال سازمان دوه دوزه سپارښتنه کوي.", "د نړیوال روغتیايي سازمان ټیم دوشنبه ورسېد."]
    assert codes(en, ps) == []


def test_common_acronym_rendered_by_its_meaning():
    # TB is kept in Latin in one sentence (so the document shows it is rendered), and rendered
    # by its meaning (نري رنځ, tuberculosis) in another; a CEO by the job's name
    en = ["TB cases fell by 12 percent in 2023.",
          "Patients with TB receive free treatment at the provincial hospital.",
          "The CEO of Ariana Logistics, Farid Ahmadzai, said the CEO's office would move to Herat."]
    ps = ["په ۲۰۲۳ کال کې د TB پېښې ۱۲ سلنه کمې شوې.",
          "د نري رنځ ناروغان په ولایتي روغتون کې وړیا درملنه ترلاسه کوي.",
          "د اریانا لوژستیک اجرایوي رییس فرید احمدزي وویل چې د اجرایوي رییس دفتر به هرات ته ولېږدول شي."]
    assert codes(en, ps) == []


# --- names made of common words, translated ----------------------------------------------------

def test_multi_word_name_translated_by_meaning():
    en = ["The Afghan Red Crescent Society distributed blankets in Bamyan.",
          "Volunteers of the Clean Water Partnership repaired 35 wells.",
          "The Healthcare Products Regulatory Authority approved the vaccine."]
    ps = ["د افغان سرې میاشتې ټولنې په بامیانو کې کمپلې ووېشلې.",
          "د پاکو اوبو ملګرتیا رضاکارانو ۳۵ څاګانې ترمیم کړې.",
          "د روغتیايي محصولاتو د تنظیم ادارې واکسین تصویب کړ."]
    assert codes(en, ps) == []


def test_capitalised_common_words_of_a_defined_legal_term():
    en = ["The Supplier shall deliver the Goods to the Buyer within 30 days of the Effective Date.",
          "If the Supplier fails to deliver, the Buyer may terminate this Agreement.",
          "Notices to the Supplier shall be sent in writing."]
    ps = ["عرضه کوونکی به توکي د اغېزمنې نېټې څخه په ۳۰ ورځو کې پېرودونکي ته سپاري.",
          "که عرضه کوونکی توکي ونه سپاري، پېرودونکی کولای شي دا تړون لغوه کړي.",
          "عرضه کوونکي ته خبرتیاوې به په لیکلي ډول لېږل کېږي."]
    assert codes(en, ps) == []


def test_sentence_initial_common_word_is_not_part_of_a_name():
    en = ["Unfortunately Zarghuna Hospital ran out of insulin in May.",
          "Interestingly Khost reported fewer cases than Paktia.",
          "Overall Zarghuna Hospital treated 4,200 patients."]
    ps = ["له بده مرغه د زرغونې روغتون په می کې انسولین خلاص شو.",
          "په زړه پورې دا ده چې خوست تر پکتیا لږې پېښې راپور کړې.",
          "په ټولیز ډول زرغونې روغتون ۴۲۰۰ ناروغانو ته درملنه وکړه."]
    assert codes(en, ps) == []


def test_name_that_is_also_a_common_word_used_as_the_common_word():
    en = ["Apples grow well in Wardak, and apple farmers sell them in Kabul.",
          "Apple is the main fruit of the province."]
    ps = ["مڼې په وردګ کې ښې شنې کېږي، او د مڼو بزګران یې په کابل کې پلوري.",
          "مڼه د ولایت اصلي مېوه ده."]
    assert codes(en, ps) == []


# --- names that are there but not recognised ---------------------------------------------------

def test_latin_name_with_a_pashto_ending():
    en = ["Several NGOs sent Toyota Corollas to the district.",
          "The Kobo forms were filled in by 40 surveyors."]
    ps = ["ګڼو NGOګانو ولسوالۍ ته Toyota Corollaګانې ولېږلې.",
          "د Koboو فورمې د ۴۰ سروې کوونکو له خوا ډکې شوې."]
    assert codes(en, ps) == []


@pytest.mark.parametrize("latin, pashto", [
    ("Pfizer", "فایزر"),
    ("Siemens", "زیمنس"),            # initial s spoken z
    ("Johnson", "جانسن"),            # o written ا
    ("Moderna", "موډرنا"),
    ("Huawei", "هواوې"),
    ("Ebola", "ایبولا"),
])
def test_transliterations_with_other_vowels_and_letters(latin, pashto):
    assert is_transliteration(latin, pashto)


def test_identifiers_are_not_names():
    assert is_identifier("H1N1") and is_identifier("X-200") and is_identifier("COVID-19")
    assert not is_identifier("WHO") and not is_identifier("Kandahar")
    en = ["The H1N1 strain was found in 12 samples.",
          "Each X-200 pump is tested to IEC 60364 before delivery.",
          "The H5N1 virus has not reached the province."]
    ps = ["د H1N1 ډول په ۱۲ نمونو کې وموندل شو.",
          "هر X-۲۰۰ پمپ د سپارلو مخکې د IEC ۶۰۳۶۴ معیار سره سم ازمویل کېږي.",
          "د مرغیو انفلوانزا ویروس تر اوسه ولایت ته نه دی رسېدلی."]
    assert codes(en, ps) == []


def test_common_short_name_of_a_disease():
    en = ["Nearly 2,000 new Covid cases were recorded last week.",
          "COVID-19 vaccination continues in 34 provinces."]
    ps = ["تېره اونۍ نږدې ۲۰۰۰ د کرونا نوې پېښې ثبت شوې.",
          "د کرونا ضد واکسین په ۳۴ ولایتونو کې دوام لري."]
    assert codes(en, ps) == []


def test_is_common_word():
    assert is_common_word("Unfortunately") and is_common_word("Healthcare") and is_common_word("Supplier's")
    assert not is_common_word("Bektonov") and not is_common_word("Turkey") and not is_common_word("Bush")


# --- recall ------------------------------------------------------------------------------------

def test_swapped_place_in_running_text_stays_a_mismatch():
    en = ["Casino revenue in Macau rose 20 percent in August."]
    ps = ["د اګست په میاشت کې په مکه کې د کسینو عاید ۲۰ سلنه لوړ شو."]
    assert ("ENTITY-MISMATCH", "Macau") in codes(en, ps)


def test_swapped_place_in_a_headline_is_caught():
    en = ["Macau Casino Revenue Rises 20 Percent",
          "Gaming revenue in the city rose for the third month in a row."]
    ps = ["د مکې د کسینو عاید ۲۰ سلنه لوړ شو",
          "په ښار کې د قمار عاید د دریمې میاشتې لپاره په پرله پسې ډول لوړ شو."]
    assert ("ENTITY-MISMATCH", "Macau") in codes(en, ps)


def test_swapped_person_in_a_headline_is_caught():
    en = ["Bektonov visits Harbin plant",
          "Orzas Bektonov met Liu Yongxing at the Harbin plant on Monday.",
          "Liu Yongxing said the plant would hire 300 workers."]
    ps = ["لیو د هاربین فابریکې ته ورغی",
          "اورزاس بیکټونوف دوشنبه د هاربین په فابریکه کې له لیو یونګ شینګ سره ولیدل.",
          "لیو یونګ شینګ وویل چې فابریکه به ۳۰۰ کارګران ګوماري."]
    assert ("ENTITY-MISMATCH", "Bektonov") in codes(en, ps)


def test_headline_only_name_swapped_for_another_name_of_the_document():
    en = ["Zhanatas wind farm starts work",
          "The 100 MW farm was built by Dongfang Electric near the border with Harbin's partner region.",
          "Dongfang Electric said Harbin engineers had trained the local staff."]
    ps = ["د هاربین بادي فارم کار پیل کړ",
          "د ۱۰۰ میګاواټه فارم د دونګ فانګ الیکټریک له خوا د هاربین د ملګرې سیمې سره پولې ته نږدې جوړ شوی.",
          "دونګ فانګ الیکټریک وویل چې د هاربین انجنیرانو ځایي کارکوونکي روزلي وو."]
    assert ("ENTITY-MISMATCH", "Zhanatas") in codes(en, ps)


def test_name_of_common_words_rendered_by_sound_elsewhere_is_still_required():
    # Baton Rouge is made of dictionary words, but this translator renders it by sound
    en = ["Flooding closed three roads in Baton Rouge on Sunday.",
          "Officials in Baton Rouge said the water was falling.",
          "Schools in Baton Rouge will open on Tuesday."]
    ps = ["سېلاب د یکشنبې په ورځ په باتون روژ کې درې سړکونه وتړل.",
          "په باتون روژ کې چارواکو وویل چې اوبه ښکته کېږي.",
          "ښوونځي به د سه شنبې په ورځ پرانیستل شي."]
    assert ("ENTITY-MISSING", "Baton Rouge") in codes(en, ps)


def test_acronym_kept_in_latin_elsewhere_and_dropped_is_still_reported():
    en = ["The CBAM will tax imports of aluminium from 2026.",
          "Exporters say the CBAM will raise their costs.",
          "Officials in Brussels defended the CBAM on Friday."]
    ps = ["CBAM به له ۲۰۲۶ څخه د المونیمو پر وارداتو مالیه ولګوي.",
          "صادروونکي وايي چې CBAM به د دوی لګښتونه لوړ کړي.",
          "په بروکسل کې چارواکو د جمعې په ورځ دفاع وکړه."]
    assert ("ENTITY-MISSING", "CBAM") in codes(en, ps)
