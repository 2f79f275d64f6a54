"""Issue 11 §2, names in registers the bench has few of (helper H1, stop 15): legal, education,
software help and humanitarian text, written for these tests.  Each CLEAN pair is a correct
translation that must come out without an ENTITY-* warning or error; each WRONG pair has a
name dropped, swapped or changed and must be caught.  Gold line alignment, no model.

Kinds: names kept in Latin script (also with a Pashto plural written after them); names with
Pashto case and plural endings (ګانې، ونه، و، ي); names transliterated with other vowels or
letters; acronyms rendered by their expansion or their meaning; product, version and error
codes with digits, dots and hyphens."""
from __future__ import annotations

import pytest

from tests.test_gate_entities import entity_findings

CLEAN = {
    # --- legal ----------------------------------------------------------------------------------
    "legal_geneva_other_vowels": (
        ["Under Article 12 of the Geneva Convention, prisoners must receive medical care."],
        ["د ژنېو کنوانسیون د ۱۲مې مادې له مخې، بندیانو ته باید طبي پاملرنه وشي."]),
    "legal_defined_bar_association_by_its_noun": (
        ["The Afghanistan Independent Bar Association (AIBA) registered 300 new lawyers.",
         "AIBA members must renew their licence every year.",
         "The AIBA also runs a legal aid office in Herat."],
        ["د افغانستان د مدافع وکیلانو خپلواکې ټولنې (AIBA) ۳۰۰ نوي وکیلان ثبت کړل.",
         "د AIBA غړي باید هر کال خپل جواز نوی کړي.",
         "ټولنه په هرات کې د حقوقي مرستې یو دفتر هم چلوي."]),
    "legal_tribe_oblique_plural": (
        ["The land dispute between the Ghilzai and Durrani elders was settled by a jirga."],
        ["د غلجیو او درانیو مشرانو ترمنځ د ځمکې شخړه د جرګې له لارې حل شوه."]),
    "legal_surname_with_k_for_q": (
        ["Judge Abdul Qadir Kakar read the verdict.", "Kakar said the appeal was rejected."],
        ["قاضي عبدالقادر کاکړ پرېکړه ولوستله.", "کاکړ وویل چې استیناف رد شو."]),
    "legal_statute_number": (
        ["Decree No. 45/2021 amends the Labour Code."],
        ["د ۴۵/۲۰۲۱ شمېره فرمان د کار قانون تعدیلوي."]),
    # --- education ------------------------------------------------------------------------------
    "education_kankor_other_vowels": (
        ["The Kankor exam will be held in Kabul on 5 March."],
        ["د کانکور ازموینه به د مارچ په ۵مه په کابل کې واخیستل شي."]),
    "education_scholarship_by_sound": (
        ["Students of Nangarhar University may apply for the Fulbright scholarship."],
        ["د ننګرهار پوهنتون محصلین کولی شي د فولبرایټ بورسیې لپاره غوښتنه وکړي."]),
    "education_gpa_by_meaning": (
        ["Your GPA must be at least 3.0.", "The GPA is calculated every term.",
         "A low GPA can cost you the scholarship."],
        ["ستاسو GPA باید لږ تر لږه ۳.۰ وي.", "GPA هر سمستر محاسبه کېږي.",
         "د نمرو ټیټ اوسط کولی شي تاسو له بورسیې بې برخې کړي."]),
    "education_unesco_by_meaning": (
        ["UNESCO built 20 schools for girls in Bamyan."],
        ["د ملګرو ملتونو ښوونیز، علمي او فرهنګي سازمان په بامیان کې د نجونو لپاره ۲۰ ښوونځي جوړ کړل."]),
    "education_ministry_acronym_then_ministry": (
        ["The Ministry of Higher Education (MoHE) approved the new curriculum.",
         "MoHE will publish the textbooks in June."],
        ["د لوړو زده کړو وزارت نوی نصاب تصویب کړ.",
         "وزارت به درسي کتابونه د جون په میاشت کې خپاره کړي."]),
    # --- software help --------------------------------------------------------------------------
    "software_latin_product_names": (
        ["Open Settings and turn on Wi-Fi.", "The app syncs your files with Dropbox."],
        ["Settings پرانیزئ او Wi-Fi فعال کړئ.", "اپلیکېشن ستاسو فایلونه له Dropbox سره همغږي کوي."]),
    "software_transliterated_products": (
        ["The app syncs your files with Google Drive and Dropbox."],
        ["اپلیکېشن ستاسو فایلونه له ګوګل ډرایو او ډراپ باکس سره همغږي کوي."]),
    "software_windows_version": (
        ["Windows 10 users should download version 2.4.1."],
        ["د وینډوز ۱۰ کاروونکي باید ۲.۴.۱ نسخه ښکته کړي."]),
    "software_error_code": (
        ["Error code E-404 means that the page was not found."],
        ["د تېروتنې کوډ E-404 دا مانا لري چې پاڼه ونه موندل شوه."]),
    "software_keyboard_shortcut": (
        ["Press Ctrl+S to save the file."],
        ["د فایل د خوندي کولو لپاره Ctrl+S کېکاږئ."]),
    "software_latin_with_pashto_plural": (
        ["Convert the PDFs into Word documents.", "Word can open most PDFs."],
        ["PDF ګانې په Word اسنادو بدلې کړئ.", "Word ډېری PDF ګانې پرانیستلی شي."]),
    "software_ubuntu_with_version": (
        ["The server runs Ubuntu 22.04 and Python 3.11."],
        ["سرور اوبونتو ۲۲.۰۴ او پایتون ۳.۱۱ چلوي."]),
    "software_os_oblique": (
        ["The driver is not available for Linux."],
        ["دا ډرایور د لینکس لپاره نشته."]),
    # --- humanitarian ---------------------------------------------------------------------------
    "humanitarian_msf_by_meaning": (
        ["Medecins Sans Frontieres runs a hospital in Lashkar Gah."],
        ["بې پولې ډاکټران په لښکرګاه کې یو روغتون چلوي."]),
    "humanitarian_defined_council_by_meaning": (
        ["The Norwegian Refugee Council (NRC) rebuilt 40 houses in Kunar.",
         "NRC engineers trained 60 masons."],
        ["د کډوالو لپاره د ناروې شورا په کونړ کې ۴۰ کورونه بیا جوړ کړل.",
         "د شورا انجنیرانو ۶۰ معماران وروزل."]),
    "humanitarian_idps_by_meaning": (
        ["IDPs in Nangarhar received winter kits."],
        ["په ننګرهار کې بې ځایه شویو کسانو د ژمي کڅوړې ترلاسه کړې."]),
    "humanitarian_unhcr_expansion": (
        ["UNHCR registered 5,000 returnees at Torkham."],
        ["د کډوالو لپاره د ملګرو ملتونو عالي کمېشنرۍ په تورخم کې ۵۰۰۰ راستانه شوي کسان ثبت کړل."]),
    "humanitarian_kuchi_plural": (
        ["Kuchi herders moved their flocks to Bamyan.", "The Kuchis asked for water points."],
        ["کوچي شپنو خپلې رمې بامیان ته یوړې.", "کوچیانو د اوبو د ځایونو غوښتنه وکړه."]),
    "humanitarian_agency_kept_then_by_its_pashto_name": (
        ["OCHA sent a team to Herat on Monday.", "OCHA staff met the governor.",
         "OCHA will publish a new appeal in May."],
        ["OCHA د دوشنبې په ورځ هرات ته یو ټیم ولېږه.", "د OCHA کارکوونکو له والي سره ولیدل.",
         "د بشري چارو د همغږۍ دفتر به د مۍ په میاشت کې نوې غوښتنه خپره کړي."]),
    "humanitarian_agencies_by_their_pashto_names": (
        ["IOM, UNFPA and the NRC helped 4,000 returnees in Nangarhar."],
        ["د کډوالۍ نړیوال سازمان، د ملګرو ملتونو د نفوس صندوق او د ناروې د کډوالو شورا په ننګرهار کې له ۴۰۰۰ راستنېدونکو سره مرسته وکړه."]),
    "rights_commission_by_its_pashto_name": (
        ["The AIHRC documented 120 cases of child labour.", "AIHRC investigators visited Kunduz.",
         "The AIHRC report was published in June."],
        ["د بشري حقونو خپلواک کمیسیون د ماشومانو د کار ۱۲۰ پېښې ثبت کړې.", "د AIHRC پلټونکو له کندز څخه لیدنه وکړه.",
         "د AIHRC راپور د جون په میاشت کې خپور شو."]),
    "humanitarian_person_other_vowels": (
        ["Dr. Farida Noori leads the mobile clinic.", "Noori said 80 children were vaccinated."],
        ["ډاکټرې فریده نوري د ګرځنده کلینیک مشري کوي.", "نورۍ وویل چې ۸۰ ماشومان واکسین شول."]),
    # --- encyclopedic text in northern / Urdu-influenced Pashto (OLDI Seed first contact) --------
    "accented_latin_name_kept": (
        ["The excavation was led by Renée Lefèvre and José Núñez in 1921."],
        ["کیندنه په ۱۹۲۱ کال کې د Renée Lefèvre او José Núñez په مشرۍ وشوه."]),
    "arabic_direction_word_central": (
        ["Cotton is grown across Central Asia and South America."],
        ["پنبه پۀ ټوله وسطي ایشیا او جنوبي امریکه کښې کرل کېږي."]),
    "arabic_direction_words_southeast": (
        ["Rice is the main crop of Southeast Asia."],
        ["وريجې د جنوبي مشرقي اېشيا اصلي فصل دے."]),
    "compound_of_a_combining_form_by_meaning": (
        ["The dam was designed by the Soviet Agroproject Institute and the Electrostation Trust."],
        ["بند د شوروي د کرنیزو پروژو انسټیټیوټ او د برېښنا د سټېشنونو ټولنې طرحه کړ."]),
    "listed_organisation_by_its_english_name_in_latin": (
        ["The WHO approved the new test kits."],
        ["World Health Organization نوي د معاینې کیټونه تایید کړل."]),
    "latin_name_then_a_loose_pashto_spelling": (
        ["Paddington Station reopened on Monday.", "Paddington was crowded all day.",
         "The trains left Paddington late."],
        ["Paddington سټېشن د دوشنبې په ورځ بیا پرانیستل شو.", "Paddington ټوله ورځ ګڼه ګوڼه وه.",
         "اورګاډي له پډیلټون څخه ناوخته ولاړل."]),
    "india_by_its_own_name": (
        ["India and Pakistan met in the final."],
        ["بهارت او پاکستان پۀ وروستۍ لوبه کښې مخامخ شول."]),
    "mediterranean_by_its_arabic_name": (
        ["Roman ships controlled the eastern Mediterranean."],
        ["رومي بېړیو پۀ مشرقي بحیره روم کنټرول درلود."]),
}

WRONG = {
    "legal_country_swapped": (
        ["This agreement is governed by the laws of Germany."],
        ["دا تړون د فرانسې د قوانینو تابع دی."], "Germany"),
    "education_university_city_swapped": (
        ["She graduated from Balkh University in 2015."],
        ["هغې په ۲۰۱۵ کال کې له هرات پوهنتون څخه فراغت وکړ."], "Balkh"),
    "software_browser_swapped": (
        ["Chrome and Firefox both support the extension.", "Open Chrome and click Settings."],
        ["کروم او فایرفاکس دواړه دا توسیع ملاتړ کوي.", "فایرفاکس پرانیزئ او په تنظیماتو کلیک وکړئ."], "Chrome"),
    "software_error_code_changed": (
        ["Error code E-404 means that the page was not found."],
        ["د تېروتنې کوډ E-403 دا مانا لري چې پاڼه ونه موندل شوه."], "E-404"),
    "humanitarian_province_dropped": (
        ["Floods destroyed 200 houses in Baghlan."],
        ["سېلابونو ۲۰۰ کورونه ویجاړ کړل."], "Baghlan"),
    "humanitarian_agency_swapped": (
        ["UNHCR registered 5,000 returnees at Torkham."],
        ["یونیسف په تورخم کې ۵۰۰۰ راستانه شوي کسان ثبت کړل."], "UNHCR"),
    "humanitarian_agency_swapped_for_another": (
        ["IOM registered 5,000 returnees at Spin Boldak."],
        ["یونیسف په سپین بولدک کې ۵۰۰۰ راستانه شوي کسان ثبت کړل."], "IOM"),
    "council_named_before_then_dropped": (
        ["The Norwegian Refugee Council rebuilt 40 houses in Kunar.", "NRC engineers trained 60 masons."],
        ["د ناروې د کډوالو شورا په کونړ کې ۴۰ کورونه بیا جوړ کړل.", "انجنیرانو ۶۰ معماران وروزل."], "NRC"),
    "humanitarian_latin_surname_dropped": (
        ["Dr. Hans Keller leads the project.", "Keller said the wells were safe.",
         "Keller will report to the donors in May."],
        ["ډاکټر Hans Keller د پروژې مشري کوي.", "Keller وویل چې څاګانې خوندي دي.",
         "ډاکټر به د مۍ په میاشت کې بسپنه ورکوونکو ته راپور ورکړي."], "Keller"),
    "humanitarian_person_swapped": (
        ["Dr. Farida Noori met Governor Abdul Salam Rahimi in Jalalabad.",
         "Noori asked for two ambulances.", "Rahimi promised to send them."],
        ["ډاکټرې فریده نوري په جلال اباد کې له والي عبدالسلام رحیمي سره ولیدل.",
         "رحیمي د دوو امبولانسونو غوښتنه وکړه.", "رحیمي ژمنه وکړه چې ویې لېږي."], "Noori"),
    "direction_swapped_in_a_region": (
        ["Monsoon rains reach South Asia in June."],
        ["موسمي بارانونه د جون پۀ میاشت کښې شمالي اېشيا ته رسي."], "South Asia"),
    "direction_swapped_in_the_arabic_form": (
        ["Trade routes linked Europe with East Asia."],
        ["سوداګریزو لارو اروپا له مغربي ایشیا سره وتړله."], "East Asia"),
    "accented_latin_surname_swapped": (
        ["Dr. Renée Lefèvre led the excavation.", "Lefèvre said the tomb was intact.",
         "Lefèvre published the report in 1923."],
        ["د ډاکټرې Renée Lefèvre پۀ مشرۍ کیندنه وشوه.", "Lefèvre ووئیل چې مقبره روغه وه.",
         "Dubois پۀ ۱۹۲۳ کښې راپور خپور کړ."], "Lefevre"),
    "latin_surname_dropped_beside_a_word_sounding_like_it": (
        ["Dr. Heinrich Lefevre leads the project.", "Lefevre said the tests were safe.",
         "Lefevre will report in May."],
        ["ډاکټر Heinrich Lefevre د پروژې مشري کوي.", "Lefevre وویل چې ازموینې خوندي وې.",
         "د مۍ په میاشت کې به راپور ورکړي."], "Lefevre"),
}


@pytest.mark.parametrize("key", sorted(CLEAN))
def test_correct_translation_stays_clean(key):
    en, ps = CLEAN[key]
    assert [(f.code, f.source_value, f.message) for f in entity_findings(en, ps)] == []


@pytest.mark.parametrize("key", sorted(WRONG))
def test_wrong_name_is_caught(key):
    en, ps, name = WRONG[key]
    found = [(f.code, f.source_value) for f in entity_findings(en, ps)]
    assert any(code.startswith("ENTITY-") and name in str(value) for code, value in found), found
