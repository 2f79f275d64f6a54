"""Issue 11 §2, names: hand-written probe pairs (helper H3), written for these tests in health,
legal, technical, news and encyclopedic registers.  Each CLEAN pair is a correct translation
that must come out without an ENTITY-* warning or error; each WRONG pair has a name left out,
swapped or replaced by a look-alike name and must be caught.  Gold line alignment, no model.

Kinds: acronyms rendered by their expansion or meaning; multi-word names translated by
meaning; names with Pashto endings, other vowels or letter variants, kept in Latin script;
identifiers with digits and hyphens; a common short name for a term; sentence-initial
capitalised non-names; common nouns that are place names; Latin technical terms."""
from __future__ import annotations

import pytest

from aligner.checks.analyses.renderings import _too_short, name_skeleton, same_spelling
from tests.test_gate_entities import entity_findings

# Health and technical kinds (TICO-19 stop, helper N): a country's name that is part of a
# currency (US$, US dollars); a Latin acronym kept without its plural s; a plural common noun after a title word (General Practitioners); a
# listed name spelt with alef for its h; the translator's own spelling of a listed name, the same
# in three sentences; a listed name of this sentence that is also another name's rendering
# (انګلستان for the UK, England named elsewhere); a surname after a title spelt loosely; a
# demonym of a listed place that another listed name renders too (Roman ~ روم); a short common
# word that sounds like a long name (ځنډ, "delay", for Zhanatas) and a common word read in older
# orthography (شو as ښو) are no rendering of it; a title opening a short sentence.

CLEAN = {
    # --- acronyms rendered by their expansion / meaning, the acronym itself dropped -------------
    "who_by_expansion": (
        ["The WHO recommends that infants be breastfed exclusively for six months."],
        ["د روغتیا نړیوال سازمان سپارښتنه کوي چې ماشومان باید شپږ میاشتې یوازې د مور شیدې وخوري."]),
    "ceo_as_job_title": (
        ["The company's CEO resigned on Monday after the audit."],
        ["د شرکت اجرائیوي رئیس د پلټنې وروسته د دوشنبې په ورځ استعفا وکړه."]),
    "defined_ministry_acronym": (
        ["The Ministry of Education (MoE) will reopen 300 schools in Ghazni.",
         "MoE officials said the schools would open in spring."],
        ["د پوهنې وزارت به په غزني کې ۳۰۰ ښوونځي بیا پرانیزي.",
         "د پوهنې وزارت چارواکو وویل چې ښوونځي به په پسرلي کې پرانیستل شي."]),
    "ngo_by_meaning": (
        ["Two NGOs distributed food in Kunduz."],
        ["دوو نادولتي موسسو په کندز کې خواړه ووېشل."]),
    "gdp_by_meaning": (
        ["The country's GDP grew by 2.3 percent last year."],
        ["تېر کال د هېواد ناخالص کورني تولید ۲.۳ سلنه وده وکړه."]),
    "unicef_as_childrens_fund": (
        ["UNICEF vaccinated 40,000 children against measles in Paktia."],
        ["د ماشومانو لپاره د ملګرو ملتونو صندوق په پکتیا کې ۴۰ زره ماشومان د شري پر ضد واکسین کړل."]),
    # --- multi-word names translated by meaning ------------------------------------------------
    "red_crescent_by_meaning": (
        ["The Afghan Red Crescent Society sent tents to Herat."],
        ["د افغانستان د سرې میاشتې ټولنې هرات ته خېمې ولېږلې."]),
    "supreme_court_by_meaning": (
        ["The Supreme Court rejected the appeal on Tuesday."],
        ["سترې محکمې د سه شنبې په ورځ استیناف رد کړ."]),
    "silk_road_by_meaning": (
        ["Balkh was an important city on the Silk Road."],
        ["بلخ د ورېښمو پر لار یو مهم ښار و."]),
    "attorney_general_office": (
        ["The Attorney General's Office opened an investigation into the contract."],
        ["لوی څارنوالۍ د قرارداد په اړه پلټنه پیل کړه."]),
    # --- names there but spelt another way, with endings, in Latin script --------------------
    "kandahar_with_qaf_and_ending": (
        ["Heavy rain flooded roads in Kandahar and Helmand."],
        ["سختو بارانونو د قندهار او هیلمند سړکونه د اوبو لاندې کړل."]),
    "older_spelling_of_countries": (
        ["Pakistan and Iran signed a gas agreement.",
         "The pipeline will cross Balochistan."],
        ["پاکستان او ایران د ګازو تړون لاسلیک کړ.",
         "نل لیکه به له بلوچستانه تېرېږي."]),
    "facebook_with_plural_ending": (
        ["Officials closed several Facebook accounts that spread false news."],
        ["چارواکو څو فېسبوکي حسابونه وتړل چې دروغجن خبرونه یې خپرول."]),
    "pfizer_kept_in_latin": (
        ["The clinic received 5,000 doses of the Pfizer vaccine."],
        ["کلینیک د Pfizer واکسین ۵۰۰۰ دوزونه ترلاسه کړل."]),
    "toyota_plural": (
        ["Most taxis in Kabul are old Toyota cars."],
        ["په کابل کې ډېری ټکسي زړې ټویوټاګانې دي."]),
    "mazar_written_as_one_word": (
        ["The festival is held every year in Mazar-i-Sharif."],
        ["دا جشن هر کال په مزارشریف کې نمانځل کېږي."]),
    "jalalabad_written_as_two": (
        ["A new hospital opened in Jalalabad."],
        ["په جلال اباد کې یو نوی روغتون پرانیستل شو."]),
    "doubled_letter_in_a_name": (
        ["Anna Schmidt, a nurse from Germany, worked in Khost for two years.",
         "Schmidt said the clinic needed more midwives."],
        ["اننا شمیډت، د جرمني یوه نرسه، دوه کاله په خوست کې کار وکړ.",
         "شمیډت وویل چې کلینیک نورو قابله ګانو ته اړتیا لري."]),
    # --- identifiers with digits and hyphens -----------------------------------------------------
    "covid_19_in_pashto_digits": (
        ["COVID-19 cases rose sharply in March."],
        ["د مارچ په میاشت کې د کووید-۱۹ پېښې په چټکۍ سره زیاتې شوې."]),
    "h5n1_by_meaning": (
        ["The H5N1 virus was found in poultry farms near Kabul."],
        ["د مرغانو د انفلوانزا ویروس د کابل سره نږدې د چرګانو په فارمونو کې وموندل شو."]),
    "boeing_model_number": (
        ["Kam Air operates a Boeing 737-500 on the Herat route."],
        ["کام اېر د هرات په کرښه د بوینګ ۷۳۷-۵۰۰ الوتکه چلوي."]),
    "standard_number": (
        ["All wiring must comply with IEC 60364."],
        ["ټول سیم کشي باید د IEC 60364 معیار سره سمون ولري."]),
    # --- a common short name for a term --------------------------------------------------------
    "brexit_by_meaning": (
        ["Brexit raised the price of imported medicines."],
        ["له اروپايي اتحادیې څخه د بریتانیا وتلو د وارد شویو درملو بیې لوړې کړې."]),
    "clean_air_act_by_meaning": (
        ["Under the Clean Air Act, factories must report their emissions."],
        ["د پاکې هوا د قانون له مخې، فابریکې باید خپل اخراجات راپور کړي."]),
    # --- sentence-initial capitalised words that are not names --------------------------------
    "sentence_initial_adverbs": (
        ["Overall, the results were better than expected.",
         "Notably, no side effects were reported.",
         "Interestingly, older patients recovered faster."],
        ["په ټولیزه توګه، پایلې له تمې ښې وې.",
         "د یادونې وړ ده چې هېڅ جانبي اغېزه راپور نه شوه.",
         "په زړه پورې دا ده چې زړو ناروغانو ژر روغتیا وموندله."]),
    "sentence_initial_legal_words": (
        ["Notwithstanding clause 4, the tenant may leave early.",
         "Subject to this Agreement, the Landlord shall repair the roof."],
        ["سره له دې چې څلورمه ماده شته، کرایه نیونکی کولی شي وختي ووځي.",
         "د دې تړون له مخې، د کور خاوند به چت ترمیم کړي."]),
    # --- common nouns that are also place names ------------------------------------------------
    "turkey_the_bird": (
        ["Turkey meat is rich in protein.", "Roast the turkey for three hours."],
        ["د فیل مرغ غوښه پروټین لري.", "فیل مرغ درې ساعته ورېت کړئ."]),
    "guinea_pigs": (
        ["The vaccine was first tested on guinea pigs."],
        ["واکسین لومړی په خرګوشانو ازمویل شوی و."]),
    # --- Latin technical terms kept or glossed ---------------------------------------------------
    "latin_bacteria_names": (
        ["Escherichia coli and Staphylococcus aureus were found in the water samples."],
        ["د اوبو په نمونو کې Escherichia coli او Staphylococcus aureus وموندل شول."]),
    "latin_parasite_with_gloss": (
        ["Plasmodium falciparum causes the most severe form of malaria."],
        ["Plasmodium falciparum (د ملاریا یو پرازیت) د ملاریا تر ټولو سخت ډول رامنځته کوي."]),
    # --- encyclopedic text translated from Pashto (names in the English as heard) ---------------
 "wardak_tribe_plural": (["The Wardaks live in the valleys east of Ghazni."], ["وردګ د غزني ختیځ ته په درو کې اوسېږي."]),
 "wardak_oblique": (["The dialect of the Wardaks is easy to understand."], ["د وردګو لهجه په اسانۍ پوهېدل کېږي."]),
 "hindu_kush": (["The Hindu Kush separates the north from the south."], ["هندوکش شمال له سویل څخه جلا کوي."]),
 "amu_river_by_meaning": (["The Amu Darya forms the northern border."], ["د آمو سیند شمالي پوله جوړوي."]),
 "khyber_pass": (["Traders crossed the Khyber Pass for centuries."], ["سوداګرو د پېړیو لپاره د خیبر درې څخه تېرېدل."]),
 "spin_ghar": (["The Spin Ghar range is covered with snow in winter."], ["د سپین غر لړۍ په ژمي کې په واوره پوښل کېږي."]),
 "ahmad_shah": (["Ahmad Shah Durrani founded the Afghan empire in 1747."], ["احمد شاه دراني په ۱۷۴۷ کال کې افغاني امپراتوري جوړه کړه."]),
 "khushal_khan": (["Khushal Khan Khattak was a poet and a warrior."], ["خوشحال خان خټک یو شاعر او جنګیالی و."]),
 "band_e_amir": (["Band-e-Amir became the first national park in 2009."], ["بند امیر په ۲۰۰۹ کال کې لومړنی ملي پارک شو."]),
 "kabul_university": (["She studied medicine at Kabul University."], ["هغې د کابل په پوهنتون کې طب ولوست."]),
 "ministry_by_meaning": (["The Ministry of Agriculture, Irrigation and Livestock distributed seeds."], ["د کرنې، اوبولګولو او مالدارۍ وزارت تخم ووېشل."]),
 "name_from_pashto_translit": (["The villages of Kharayan and Ala Sang lie west of Sayedabad."], ["د خړیانو او اله سنګ کلي د سیدآباد لویدیځ ته پراته دي."]),
 "glued_d": (["The people of Logar grow apples."], ["دلوګر خلک مڼې کري."]),
 "older_orthography_kh": (["The Pashtuns of Peshawar speak the northern dialect."], ["د پېښور پښتانه شمالي لهجه وايي."]),
 "pashtun_in_older_spelling": (["Pashtun poetry is rich in proverbs."], ["پشتو شاعري په متلونو بډایه ده."]),
 "islam_qala": (["Trucks wait for days at Islam Qala."], ["لارۍ په اسلام قلعه کې د ورځو لپاره انتظار باسي."]),
 "mirwais": (["Mirwais Hotak rose against the Safavids in Kandahar."], ["میرویس هوتک په کندهار کې د صفویانو پر ضد پاڅون وکړ."]),
 "eid": (["Eid al-Fitr marks the end of Ramadan."], ["کوچنی اختر د روژې پای نښه کوي."]),
 "ramadan": (["During Ramadan, shops open after sunset."], ["د روژې په میاشت کې، دوکانونه له لمر لوېدو وروسته پرانیستل کېږي."]),
 "nowruz": (["Nowruz is celebrated on the first day of spring."], ["نوروز د پسرلي په لومړۍ ورځ لمانځل کېږي."]),
 "latin_drug_name": (["Patients received Amoxicillin for seven days."], ["ناروغانو ته اوه ورځې اموکسیسیلین ورکړل شو."]),
 "paracetamol_generic": (["Give Paracetamol 500 mg every six hours."], ["هر شپږ ساعته ۵۰۰ ملي ګرامه پاراسیټامول ورکړئ."]),
 "android_11": (["The app requires Android 11 or later."], ["اپلیکېشن اندروید ۱۱ یا نوې نسخې ته اړتیا لري."]),
 "usb_c": (["Charge the device with a USB-C cable."], ["وسیله د USB-C کېبل سره چارج کړئ."]),
 "sars_cov_2": (["SARS-CoV-2 spreads through droplets."], ["کرونا ویروس د څاڅکو له لارې خپرېږي."]),
 "bcg_vaccine": (["Every newborn should receive the BCG vaccine."], ["هر نوی زېږېدلی ماشوم باید د توبرکلوز واکسین ترلاسه کړي."]),
 "hiv_by_meaning": (["HIV testing is free at the clinic."], ["په کلینیک کې د ایډز ازموینه وړیا ده."]),
 "constitution_article": (["Article 22 of the Constitution forbids discrimination."], ["د اساسي قانون ۲۲ ماده تبعیض منع کوي."]),
 "penal_code": (["The Penal Code was amended in 2017."], ["جزايي کوډ په ۲۰۱۷ کال کې تعدیل شو."]),
 "parliament_wolesi_jirga": (["The Wolesi Jirga approved the budget."], ["ولسي جرګې بودیجه تصویب کړه."]),
 "lower_house": (["The Lower House approved the budget."], ["ولسي جرګې بودیجه تصویب کړه."]),
 "meanwhile_however": (["However, the Taliban rejected the offer.", "Meanwhile, prices rose in Kabul."], ["خو طالبانو وړاندیز رد کړ.", "په همدې حال کې، په کابل کې بیې لوړې شوې."]),
 "sunday_monday": (["On Sunday, the school reopened."], ["د یکشنبې په ورځ ښوونځی بیا پرانیستل شو."]),
 "north_south_capitals": (["Northern provinces received more rain than Southern ones."], ["شمالي ولایتونو تر سویلي ولایتونو ډېر باران ترلاسه کړ."]),
 "god_allah": (["God is merciful, the Quran says."], ["قرآن وايي چې الله مهربان دی."]),
    # --- names typed glued to the next word after a non-joining letter (older typing) ------------
    "glued_to_a_common_word": (
        ["Aid reached Palu on Sunday.", "Rescuers in Palu found 40 survivors."],
        ["مرستې د یکشنبې په ورځ پالوښار ته ورسېدې.", "په پالو کې ژغورونکو ۴۰ ژوندي کسان وموندل."]),
    "listed_name_glued_to_the_next_word": (
        ["The United States and Pakistan signed the agreement in Doha."],
        ["امریکااو پاکستان په دوحه کې تړون لاسلیک کړ."]),
    "listed_name_glued_to_d": (
        ["Europe won the Ryder Cup by 17.5 points."],
        ["اروپاد ۱۷.۵ نمرو په ګټلو رایډر کپ وګاټه."]),
    # --- health and technical text (TICO-19 stop, helper N) --------------------------------------
    "currency_us_dollar_sign": (
        ["The World Bank approved a US$25 million grant for clinics in Bamyan."],
        ["نړیوال بانک په بامیان کې د کلینیکونو لپاره د ۲۵ میلیون ډالرو مرسته تصویب کړه."]),
    "currency_us_dollars": (
        ["The vaccine programme cost 3 million US dollars."],
        ["د واکسین پروګرام درې میلیونه ډالر لګښت درلود."]),
    "acronym_plural_kept_singular_in_latin": (
        ["Most NSAIDs can irritate the stomach lining.", "Take NSAIDs with food."],
        ["ډېری NSAID د معدې پوښ تخریشوي.", "NSAID له خوړو سره واخلئ."]),
    "latin_virus_acronym_without_plural": (
        ["Four HCoVs cause the common cold.", "HCoVs were first found in the 1960s."],
        ["څلور HCoV عادي زکام رامنځته کوي.", "HCoV لومړی په ۱۹۶۰ لسیزه کې وموندل شول."]),
    "general_practitioners_by_meaning": (
        ["Registered nurses and General Practitioners may prescribe the drug."],
        ["ثبت شوې نرسانې او عمومي ډاکټران کولی شي دا درمل ولیکي."]),
    "legal_practitioners_by_meaning": (
        ["Senior Practitioners of the court must file the report within ten days."],
        ["د محکمې لوړ پوړي وکیلان باید راپور په لسو ورځو کې وسپاري."]),
    "h_written_as_alef": (
        ["Coffee exports from Honduras rose in 2019."],
        ["په ۲۰۱۹ کال کې له اندوراس څخه د قهوې صادرات زیات شول."]),
    "translators_own_spelling_in_three_sentences": (
        ["Measles cases rose in Utah in March.",
         "Utah health officials opened five vaccination sites.",
         "Schools in Utah asked parents to check vaccination records."],
        ["د مارچ په میاشت کې په اوتا کې د شري پېښې زیاتې شوې.",
         "د اوتا روغتیايي چارواکو پنځه د واکسین ځایونه پرانیستل.",
         "په اوتا کې ښوونځیو له مور او پلار وغوښتل چې د واکسین اسناد وګوري."]),
    "listed_name_of_this_sentence_is_no_swap": (
        ["The England squad arrived in Kabul on Monday.",
         "Health Minister Zahawi said the UK and Pakistan would share vaccine data."],
        ["د انګلستان لوبډله د دوشنبې په ورځ کابل ته ورسېده.",
         "د روغتیا وزیر زهاوي وویل چې انګلستان او پاکستان به د واکسین معلومات شریک کړي."]),
    "surname_after_title_spelt_loosely": (
        ["Prime Minister Szijjarto said the border would stay open."],
        ["لومړي وزیر سییارتو وویل چې پوله به پرانیستې پاتې شي."]),
    "roman_catholic_by_sound_and_meaning": (
        ["The Roman Catholic Diocese of Rome cancelled public masses."],
        ["د روم کاتولیک اسقف عامه عبادتونه لغوه کړل."]),
    "middle_east_variant": (
        ["Flights to the Middle East were cancelled."],
        ["منځي ختیځ ته الوتنې لغوه شوې."]),
    "pacific_in_urdu_spelling": (
        ["The ship sank in the Pacific."],
        ["بېړۍ په بحرالکاہل کې ډوبه شوه."]),
    "acronym_by_its_head_noun_kept_in_latin_elsewhere": (
        ["The Coalition for Epidemic Preparedness Innovations (CEPI) funds vaccine research.",
         "CEPI gave $5 million to Oxford.", "CEPI said the trial would start in June."],
        ["د وبا د چمتووالي د نوښتونو ایتلاف (CEPI) د واکسین څېړنې تمویلوي.",
         "ایتلاف اکسفورډ ته پنځه میلیونه ډالر ورکړل.", "CEPI وویل چې ازموینه به د جون په میاشت کې پیل شي."]),
    "capitalised_words_in_a_dialogue": (
        ["Doctor: Do You Have a Fever?", "Patient: Yes, Doctor, since Monday."],
        ["ډاکټر: ایا تبه لرې؟", "ناروغ: هو ډاکټر صاحب، له دوشنبې راهیسې."]),
    "hyphenated_company_pair_and_latin_term": (
        ["Moderna and Pfizer-BioNTech vaccines use mRNA."],
        ["د موډرنا او فایزر بایونټیک واکسینونه mRNA کاروي."]),
    "model_named_by_its_compartments_then_the_model": (
        ["The SEIR model has four compartments.", "We fit the SEIR model to weekly data.",
         "The SEIR estimates were stable."],
        ["د SEIR ماډل څلور برخې لري.", "موږ د SEIR ماډل له اونیزو معلوماتو سره برابر کړ.", "د ماډل اټکلونه ثابت وو."]),
    "pcr_then_the_test": (
        ["PCR tests are the gold standard.", "PCR results take two days.", "A PCR test costs 40 dollars."],
        ["PCR ازموینې تر ټولو باوري دي.", "د PCR پایلې دوه ورځې وخت نیسي.", "یوه ازموینه ۴۰ ډالره لګښت لري."]),
    "ili_by_meaning_after_latin": (
        ["ILI cases are reported weekly.", "ILI rates rose in January.", "Most ILI patients recovered at home."],
        ["د ILI پېښې هره اونۍ راپور کېږي.", "د ILI کچه د جنوري په میاشت کې لوړه شوه.",
         "د انفلوانزا په څېر ناروغۍ ډېری ناروغان په کور کې روغ شول."]),
    "spain_without_its_first_vowel": (
        ["Spain and Portugal closed their border."],
        ["سپين او پرتګال خپله پوله وتړله."]),
    "ch_written_sh": (
        ["The port of Chabahar handles Afghan transit goods."],
        ["د شابهار بندر د افغانستان ترانزیټي توکي لېږدوي."]),
    "code_with_its_year_written_out": (
        ["COVID-19 cases rose in March."],
        ["د مارچ په میاشت کې د COVID-2019 پېښې زیاتې شوې."]),
    "two_codes_of_the_english_in_another_order": (
        ["H1N1 and H5N1 are both influenza strains."],
        ["H5N1 او H1N1 دواړه د انفلوانزا ډولونه دي."]),
    "code_written_without_its_hyphen": (
        ["SARS-CoV-2 binds to the ACE2 receptor."],
        ["SARS-CoV2 د ACE2 اخذې سره نښلي."]),
    "gene_code_kept_in_latin": (
        ["Mutations in the BRCA1 gene raise the risk of breast cancer."],
        ["د BRCA1 جین کې بدلونونه د سینې د سرطان خطر زیاتوي."]),
}

WRONG = {
    # a listed name replaced by another listed name that looks like it
    "nigeria_as_niger": (
        ["Floods displaced 20,000 people in Nigeria."],
        ["سېلابونو په نایجر کې شل زره کسان بې ځایه کړل."], "Nigeria"),
    "australia_as_austria": (
        ["The minister visited Australia in May."],
        ["وزیر د مۍ په میاشت کې له اتریش څخه لیدنه وکړه."], "Australia"),
    "iran_as_iraq": (
        ["Trade with Iran fell by ten percent."],
        ["له عراق سره سوداګري لس سلنه راکمه شوه."], "Iran"),
    "paktia_as_paktika": (
        ["Two clinics were built in Paktia."],
        ["په پکتیکا کې دوه کلینیکونه جوړ شول."], "Paktia"),
    "slovenia_as_slovakia": (
        ["Slovenia joined the euro area in 2007."],
        ["سلواکیا په ۲۰۰۷ کال کې د یورو سیمې سره یوځای شوه."], "Slovenia"),
    # a swapped city in a headline and in running text
    "headline_city_swapped": (
        ["Floods Hit Kandahar Villages", "The floods destroyed 300 houses in Kandahar province."],
        ["سېلابونو د هرات کلي ووهل", "سېلابونو د کندهار ولایت ۳۰۰ کورونه ویجاړ کړل."], "Kandahar"),
    "person_swapped_for_another_of_the_document": (
        ["Dr. Karim Wardak met Governor Nasrullah Zaheer in Kunduz.",
         "Wardak asked for more ambulances.",
         "Zaheer promised to send them next week."],
        ["ډاکټر کریم وردګ په کندز کې له والي نصرالله ظهیر سره ولیدل.",
         "ظهیر د نورو امبولانسونو غوښتنه وکړه.",
         "ظهیر ژمنه وکړه چې راتلونکې اونۍ به یې ولېږي."], "Wardak"),
    "country_dropped_from_legal_text": (
        ["This Agreement is governed by the laws of Pakistan."],
        ["دا تړون د هېواد د قوانینو تابع دی."], "Pakistan"),
    "name_kept_elsewhere_then_dropped": (
        ["Zhanatas is a town in southern Kazakhstan.",
         "The Zhanatas wind farm produces 100 megawatts.",
         "Workers in Zhanatas were not paid for two months."],
        ["ژاناتاس د قزاقستان په سویل کې یو ښارګوټی دی.",
         "د ژاناتاس د باد فارم ۱۰۰ میګاواټه برېښنا تولیدوي.",
         "کارګرانو ته دوه میاشتې معاشونه ورنه کړل شول."], "Zhanatas"),
    # --- more swaps and drops, across registers --------------------------------------------
 "kandahar_as_kunduz": (["Heavy rain flooded roads in Kandahar."], ["سختو بارانونو په کندز کې سړکونه د اوبو لاندې کړل."], "Kandahar"),
 "ghazni_dropped_doc": (["Ghazni is famous for its minarets.", "Many tourists visited Ghazni in 1970."], ["غزني د خپلو منارونو له امله مشهور دی.", "په ۱۹۷۰ کال کې ډېرو ګرځندویانو لیدنه وکړه."], "Ghazni"),
 "mirwais_surname_swapped": (["Mirwais Hotak rose against the Safavids.", "Ashraf Ghilzai later ruled Isfahan.", "Hotak died in 1715."], ["میرویس هوتک د صفویانو پر ضد پاڅون وکړ.", "اشرف غلزي وروسته په اصفهان حکومت وکړ.", "غلزي په ۱۷۱۵ کال کې مړ شو."], "Hotak"),
 "headline_country_swapped": (["Pakistan Reopens Torkham Border", "Pakistan reopened the Torkham crossing on Monday."], ["ایران د تورخم پوله بیا پرانیسته", "پاکستان د دوشنبې په ورځ د تورخم لاره بیا پرانیسته."], "Pakistan"),
 "who_as_unicef": (["The WHO sent 20 tonnes of medicine to Herat."], ["یونیسف هرات ته ۲۰ ټنه درمل ولېږل."], "WHO"),
 "jirga_wrong_house": (["The Wolesi Jirga approved the budget on Monday.", "The Meshrano Jirga rejected it on Tuesday."], ["ولسي جرګې د دوشنبې په ورځ بودیجه تصویب کړه.", "ولسي جرګې د سه شنبې په ورځ رد کړه."], "Meshrano"),
 "india_as_iran": (["Exports to India doubled."], ["ایران ته صادرات دوه برابره شول."], "India"),
 "qatar_as_kuwait": (["The talks were held in Qatar."], ["خبرې اترې په کویټ کې وشوې."], "Qatar"),
 "sweden_as_switzerland": (["Sweden donated 5 million dollars."], ["سویس ۵ میلیونه ډالر مرسته وکړه."], "Sweden"),
 "mali_as_malawi": (["Floods hit Malawi in March."], ["د مارچ په میاشت کې سېلابونو مالي هېواد ووهه."], "Malawi"),
 "gambia_as_zambia": (["The minister flew to Zambia."], ["وزیر ګامبیا ته والوت."], "Zambia"),
 "person_dropped_latin_elsewhere": (["Dr. Heinrich Vogt leads the project.", "Vogt said the tests were safe.", "Vogt will report in May."], ["ډاکټر Heinrich Vogt د پروژې مشري کوي.", "Vogt وویل چې ازموینې خوندي وې.", "د مۍ په میاشت کې به راپور ورکړي."], "Vogt"),
    "other_country_glued_to_the_next_word": (
        ["The United States and Pakistan signed the agreement in Doha."],
        ["کاناډااو پاکستان په دوحه کې تړون لاسلیک کړ."], "United States"),
    # --- health and technical text (TICO-19 stop, helper N) ---------------------------------------
    "country_dropped_beside_a_currency": (
        ["The US pledged US$10 million for the hospital."],
        ["د روغتون لپاره یې لس میلیونه ډالر ژمنه وکړه."], "US"),
    "title_then_surname_dropped": (
        ["General Mattis visited Kabul on Monday."],
        ["جنرال د دوشنبې په ورځ کابل ته سفر وکړ."], "Mattis"),
    "prime_minister_surname_dropped": (
        ["Prime Minister Sharif met the envoy in Lahore."],
        ["لومړي وزیر په لاهور کې له استازي سره ولیدل."], "Sharif"),
    "long_name_dropped_beside_a_short_common_word": (
        ["Zhanatas is a town in southern Kazakhstan.",
         "The Zhanatas wind farm produces 100 megawatts.",
         "The opening of the wind farm in Zhanatas was delayed by a month."],
        ["ژاناتاس د قزاقستان په سویل کې یو ښارګوټی دی.",
         "د ژاناتاس د باد فارم ۱۰۰ میګاواټه برېښنا تولیدوي.",
         "د باد فارم پرانیستل یوه میاشت ځنډ شو."], "Zhanatas"),
    "name_dropped_beside_an_older_orthography_verb": (
        ["Shymkent is the third largest city of Kazakhstan.",
         "The new hospital in Shymkent has 300 beds.",
         "Doctors in Shymkent said the shortage worried them."],
        ["شیمکنت د قزاقستان درېیم لوی ښار دی.",
         "په شیمکنت کې نوی روغتون ۳۰۰ بسترې لري.",
         "ډاکټرانو وویل چې کمښت شک پیدا کړی دی."], "Shymkent"),
    "own_spelling_then_dropped": (
        ["Measles cases rose in Utah in March.",
         "Utah health officials opened five vaccination sites.",
         "Schools in Utah asked parents to check vaccination records.",
         "Nurses from Utah were sent to Nevada."],
        ["د مارچ په میاشت کې په اوتا کې د شري پېښې زیاتې شوې.",
         "د اوتا روغتیايي چارواکو پنځه د واکسین ځایونه پرانیستل.",
         "په اوتا کې ښوونځیو له مور او پلار وغوښتل چې د واکسین اسناد وګوري.",
         "نرسانې نېواډا ته ولېږل شوې."], "Utah"),
    "province_swapped_in_health_text": (
        ["The Aga Khan Foundation built a clinic in Badakhshan."],
        ["د آغا خان بنسټ په بغلان کې یو کلینیک جوړ کړ."], "Badakhshan"),
    "country_swapped_in_a_contract": (
        ["This contract is governed by the laws of the Netherlands."],
        ["دا قرارداد د ناروې د قوانینو تابع دی."], "Netherlands"),
    "company_replaced_in_technical_text": (
        ["Samsung released a security patch for its phones."],
        ["ګوګل د خپلو تلیفونونو لپاره امنیتي پیچ خپور کړ."], "Samsung"),
    "currency_of_another_country": (
        ["The grant of US$2 million will pay for 40 midwives."],
        ["د دوه میلیونه کاناډايي ډالرو مرسته به د ۴۰ قابلو معاشونه ورکړي."], "US"),
    "vaccine_maker_swapped": (
        ["Moderna and Pfizer-BioNTech vaccines use mRNA."],
        ["د موډرنا او جانسن واکسینونه mRNA کاروي."], "Pfizer-BioNTech"),
    "approving_country_swapped": (
        ["Sinovac's CoronaVac was approved in Turkey."],
        ["د سینوواک واکسین په یونان کې تصویب شو."], "Turkey"),
    "organisation_acronym_dropped_after_latin": (
        ["MSF opened a clinic in Kunduz.", "MSF nurses trained 40 midwives.", "MSF doctors treated 300 patients."],
        ["MSF په کندز کې یو کلینیک پرانیست.", "د MSF نرسانو ۴۰ قابلې وروزلې.", "ډاکټرانو ۳۰۰ ناروغان درملنه کړل."], "MSF"),
    "gene_code_changed": (
        ["Mutations in the BRCA1 gene raise the risk of breast cancer."],
        ["د BRCA2 جین کې بدلونونه د سینې د سرطان خطر زیاتوي."], "BRCA1"),
    "strain_code_changed": (
        ["The H1N1 pandemic began in Mexico in 2009."],
        ["د H5N1 نړیواله وبا په ۲۰۰۹ کال کې په مکسیکو کې پیل شوه."], "H1N1"),
    "receptor_code_changed": (
        ["The virus binds to ACE2 on the cell surface."],
        ["ویروس د حجرې په سطحه له ACE1 سره نښلي."], "ACE2"),
    "model_number_changed": (
        ["Kam Air operates an Airbus A320 on the Herat route."],
        ["کام اېر د هرات په کرښه د ایربس A340 الوتکه چلوي."], "A320"),
    "acronym_replaced_by_another_in_latin": (
        ["Four HCoVs cause the common cold.", "HCoVs were first found in the 1960s.",
         "HCoVs rarely cause severe disease."],
        ["څلور HCoV عادي زکام رامنځته کوي.", "HCoV لومړی په ۱۹۶۰ لسیزه کې وموندل شول.",
         "MERS ډېر لږ سخته ناروغي رامنځته کوي."], "HCoVs"),
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


@pytest.mark.parametrize("a,b", [("امریکا", "امرکا"), ("انګلستان", "اناګلستان"), ("روزا", "روززا"),
                                 ("صومالیا", "سومالیا"), ("طالبان", "تالبان"), ("ایوا", "ایوه"),
                                 ("کوانوا", "کانوا"), ("ټرمپ", "ترمپ")])
def test_spellings_of_one_name(a, b):
    assert same_spelling(name_skeleton(a), name_skeleton(b))


@pytest.mark.parametrize("a,b", [("نایجیریا", "نایجر"), ("پکتیا", "پکتیکا"), ("ایران", "عراق"),
                                 ("مالاوي", "مالي"), ("اتریش", "استرالیا"), ("سلوانیا", "سلواکیا")])
def test_different_names_are_not_one_spelling(a, b):
    assert not same_spelling(name_skeleton(a), name_skeleton(b))


def test_a_near_spelling_of_the_expected_rendering_is_a_weaker_finding():
    # یونال is one letter from یونان (Greece): still reported, but as a borderline finding
    en = ["Greece rejected the proposal on Monday."]
    near = [(f.code, f.strength) for f in entity_findings(en, ["یونال د دوشنبې په ورځ وړاندیز رد کړ."])]
    gone = [(f.code, f.strength) for f in entity_findings(en, ["حکومت د دوشنبې په ورځ وړاندیز رد کړ."])]
    assert [c for c, _ in near] == ["ENTITY-MISSING"] and [c for c, _ in gone] == ["ENTITY-MISSING"]
    assert near[0][1] < gone[0][1]


def test_h_and_alef_spell_one_name_but_not_others():
    assert same_spelling(name_skeleton("هوندوراس"), name_skeleton("اوندوراس"))
    assert same_spelling(name_skeleton("هسپانیا"), name_skeleton("اسپانیا"))
    assert not same_spelling(name_skeleton("هند"), name_skeleton("کند"))      # only h ~ alef
    assert not same_spelling(name_skeleton("هرات"), name_skeleton("ارال"))    # the rest must agree


@pytest.mark.parametrize("en,ps,short", [("Zhanatas", "ځنډ", True), ("Burnaston", "بنسټ", True),
                                         ("Mohammad", "محمد", False), ("Peshawar", "پېښور", False),
                                         ("Khan", "خان", False), ("Schmidt", "شمیډت", False)])
def test_a_rendering_needs_half_the_names_sounds(en, ps, short):
    assert _too_short(en, ps) is short
