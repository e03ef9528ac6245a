"""A synthetic archive the size of a large post's, the same every time for a seed and a size.

The content is shaped like the real thing (see resources/sample and the domain notes): Kazakh,
Russian, English and some Chinese text; people whose names are written in several spellings
(Бақытжан / Бакытжан / Bakytzhan / Bakitjan, 龚正 / Гун Чжэн / Gong Zheng); dates known to the
day, the month, the half-year or only the year; delegations of 2 to 20 members; documents with
parties, signatories and directions; commitments with progress notes; a few records in the trash.

Everything is written through :func:`database.bulk.add_many`, which checks each draft and runs
the archive's write hooks (audit trail, search index) exactly as :meth:`Archive.add` does, so
the result is an archive Elshi itself could have written, and it passes ``elshi check``.

Building the large archive takes a while, so :func:`ensure_archive` keeps it in a cache folder
and reuses it while the generator version, the seed and the size match.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
import uuid as uuid_lib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Raise whenever the generated content changes: a cached archive of another version is rebuilt.
VERSION = 3
TODAY = date(2026, 11, 21)  # the archive's "today": statuses and "overdue" follow it
FIRST_YEAR, LAST_YEAR = 1996, 2029


@dataclass(frozen=True)
class Size:
    places: int
    organisations: int
    persons: int
    events: int
    documents: int
    commitments: int

    @property
    def records(self) -> int:
        return sum(asdict(self).values())


SIZES: dict[str, Size] = {
    "tiny": Size(places=40, organisations=60, persons=100, events=120, documents=60, commitments=250),
    "small": Size(places=300, organisations=800, persons=2_500, events=5_000, documents=2_500,
                  commitments=10_000),
    "large": Size(places=2_000, organisations=5_000, persons=50_000, events=100_000, documents=50_000,
                  commitments=200_000),
}

# --- vocabulary -------------------------------------------------------------------------------
# (Kazakh, Russian, English[, Chinese]) forms of the same thing.

KZ_REGIONS = [  # kk, ru, ru genitive, en
    ("Павлодар облысы", "Павлодарская область", "Павлодарской области", "Pavlodar region"),
    ("Абай облысы", "область Абай", "области Абай", "Abai region"),
    ("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "Восточно-Казахстанской области",
     "East Kazakhstan region"),
    ("Батыс Қазақстан облысы", "Западно-Казахстанская область", "Западно-Казахстанской области",
     "West Kazakhstan region"),
    ("Ақтөбе облысы", "Актюбинская область", "Актюбинской области", "Aktobe region"),
    ("Атырау облысы", "Атырауская область", "Атырауской области", "Atyrau region"),
    ("Қостанай облысы", "Костанайская область", "Костанайской области", "Kostanay region"),
    ("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "Северо-Казахстанской области",
     "North Kazakhstan region"),
    ("Қарағанды облысы", "Карагандинская область", "Карагандинской области", "Karaganda region"),
    ("Маңғыстау облысы", "Мангистауская область", "Мангистауской области", "Mangystau region"),
    ("Жетісу облысы", "область Жетісу", "области Жетісу", "Zhetysu region"),
    ("Түркістан облысы", "Туркестанская область", "Туркестанской области", "Turkistan region"),
    ("Ақмола облысы", "Акмолинская область", "Акмолинской области", "Akmola region"),
]
RU_REGIONS = [
    ("Омбы облысы", "Омская область", "Омской области", "Omsk region"),
    ("Орынбор облысы", "Оренбургская область", "Оренбургской области", "Orenburg region"),
    ("Астрахан облысы", "Астраханская область", "Астраханской области", "Astrakhan region"),
    ("Новосібір облысы", "Новосибирская область", "Новосибирской области", "Novosibirsk region"),
    ("Алтай өлкесі", "Алтайский край", "Алтайского края", "Altai Krai"),
    ("Түмен облысы", "Тюменская область", "Тюменской области", "Tyumen region"),
    ("Челябі облысы", "Челябинская область", "Челябинской области", "Chelyabinsk region"),
    ("Саратов облысы", "Саратовская область", "Саратовской области", "Saratov region"),
    ("Самара облысы", "Самарская область", "Самарской области", "Samara region"),
    ("Қорған облысы", "Курганская область", "Курганской области", "Kurgan region"),
]
CN_REGIONS = [  # kk, ru, ru genitive, en, zh
    ("Шыңжаң-Ұйғыр автономиялық ауданы", "Синьцзян-Уйгурский автономный район",
     "Синьцзян-Уйгурского автономного района", "Xinjiang Uygur Autonomous Region", "新疆维吾尔自治区"),
    ("Шаңхай", "Шанхай", "Шанхая", "Shanghai", "上海市"),
    ("Шэньси провинциясы", "провинция Шэньси", "провинции Шэньси", "Shaanxi province", "陕西省"),
    ("Ганьсу провинциясы", "провинция Ганьсу", "провинции Ганьсу", "Gansu province", "甘肃省"),
    ("Хэйлунцзян провинциясы", "провинция Хэйлунцзян", "провинции Хэйлунцзян", "Heilongjiang province", "黑龙江省"),
    ("Цзянсу провинциясы", "провинция Цзянсу", "провинции Цзянсу", "Jiangsu province", "江苏省"),
]
CITIES = [  # name (as the post writes it), country, region, other spellings
    ("Омбы", "Russia", "Omsk region", ("Омск", "Omsk")),
    ("Орал", "Kazakhstan", "West Kazakhstan region", ("Уральск", "Oral", "Uralsk")),
    ("Орынбор", "Russia", "Orenburg region", ("Оренбург", "Orenburg")),
    ("Атырау", "Kazakhstan", "Atyrau region", ("Atyrau", "Гурьев")),
    ("Шаңхай", "China", "", ("Шанхай", "Shanghai", "上海")),
    ("Алматы", "Kazakhstan", "", ("Almaty", "Алма-Ата")),
    ("Астана", "Kazakhstan", "", ("Astana", "Нур-Султан")),
    ("Павлодар", "Kazakhstan", "Pavlodar region", ("Pavlodar",)),
    ("Өскемен", "Kazakhstan", "East Kazakhstan region", ("Усть-Каменогорск", "Oskemen", "Ust-Kamenogorsk")),
    ("Семей", "Kazakhstan", "Abai region", ("Семипалатинск", "Semey")),
    ("Ақтөбе", "Kazakhstan", "Aktobe region", ("Актобе", "Актюбинск", "Aktobe")),
    ("Астрахан", "Russia", "Astrakhan region", ("Астрахань", "Astrakhan")),
    ("Новосібір", "Russia", "Novosibirsk region", ("Новосибирск", "Novosibirsk")),
    ("Барнауыл", "Russia", "Altai Krai", ("Барнаул", "Barnaul")),
    ("Үрімші", "China", "Xinjiang Uygur Autonomous Region", ("Урумчи", "Urumqi", "乌鲁木齐")),
    ("Бейжің", "China", "", ("Пекин", "Beijing", "北京")),
    ("Сиань", "China", "Shaanxi province", ("Xi'an", "西安")),
    ("Қорғас", "Kazakhstan", "Zhetysu region", ("Хоргос", "Khorgos", "霍尔果斯")),
    ("Қостанай", "Kazakhstan", "Kostanay region", ("Костанай", "Kostanay")),
    ("Петропавл", "Kazakhstan", "North Kazakhstan region", ("Петропавловск", "Petropavl")),
    ("Түмен", "Russia", "Tyumen region", ("Тюмень", "Tyumen")),
    ("Челябі", "Russia", "Chelyabinsk region", ("Челябинск", "Chelyabinsk")),
    ("Самара", "Russia", "Samara region", ("Samara",)),
    ("Саратов", "Russia", "Saratov region", ("Saratov",)),
    ("Қарағанды", "Kazakhstan", "Karaganda region", ("Караганда", "Karaganda")),
    ("Ақтау", "Kazakhstan", "Mangystau region", ("Актау", "Aktau")),
    ("Түркістан", "Kazakhstan", "Turkistan region", ("Туркестан", "Turkistan")),
    ("Көкшетау", "Kazakhstan", "Akmola region", ("Кокшетау", "Kokshetau")),
    ("Гуанчжоу", "China", "", ("Guangzhou", "广州")),
    ("Наньцзин", "China", "Jiangsu province", ("Нанкин", "Nanjing", "南京")),
]
TOWN_HEADS = ["Жаңа", "Ақ", "Қара", "Көк", "Сары", "Ұлы", "Кіші", "Ескі", "Таң", "Алтын", "Күміс", "Бел",
              "Шығыс", "Батыс", "Үлкен", "Көне", "Қызыл", "Сұлу"]
TOWN_TAILS = ["су", "тау", "көл", "бұлақ", "өзек", "жар", "қала", "төбе", "дала", "ауыл", "қайың", "терек",
              "шоқы", "бел", "арық", "құдық", "сай", "қақ"]
RU_TOWN_HEADS = ["Ново", "Красно", "Бело", "Каменно", "Верхне", "Нижне", "Старо", "Светло", "Сосново",
                 "Березово", "Речно", "Полево"]
RU_TOWN_TAILS = ["горск", "поль", "озёрск", "реченск", "ярск", "дольск", "ивановка", "сибирск", "камск",
                 "уральск"]

DEPARTMENTS = [  # kk, ru genitive, en, zh
    ("мәдениет, тілдерді дамыту және архив ісі", "культуры, развития языков и архивного дела", "culture",
     "文化厅"),
    ("туризм", "туризма", "tourism", "旅游厅"),
    ("білім", "образования", "education", "教育厅"),
    ("денсаулық сақтау", "здравоохранения", "healthcare", "卫生健康委员会"),
    ("ауыл шаруашылығы", "сельского хозяйства", "agriculture", "农业农村厅"),
    ("кәсіпкерлік және индустриялық-инновациялық даму",
     "предпринимательства и индустриально-инновационного развития", "entrepreneurship", "商务厅"),
    ("жолаушылар көлігі және автомобиль жолдары", "пассажирского транспорта и автомобильных дорог",
     "passenger transport and roads", "交通运输厅"),
    ("дене шынықтыру және спорт", "физической культуры и спорта", "sport", "体育局"),
    ("жастар саясаты", "по делам молодёжи", "youth policy", "青年工作委员会"),
]
COMPANY_WORDS = ["Ертіс", "Каспий", "Сарыарқа", "Алтын Дән", "Жібек Жолы", "Евразия", "Бәйтерек",
                 "Тұран", "Сибирь", "Иртыш", "Жайық", "Нұр", "Дала", "Самұрық", "Шелковый путь",
                 "Altyn", "Steppe", "Irtysh", "Caspian", "Silk Way"]
ZH_COMPANY_WORDS = [("丝路", "Silk Road"), ("天山", "Tianshan"), ("长江", "Changjiang"), ("华夏", "Huaxia"),
                    ("金桥", "Golden Bridge"), ("远东", "Far East")]
ZH_COMPANY_TRADES = [("贸易", "Trading"), ("物流", "Logistics"), ("能源", "Energy"), ("农业", "Agriculture"),
                     ("建设", "Construction"), ("纺织", "Textiles")]
COMPANY_TRADES = ["Агро", "Логистик", "Транс", "Энерго", "Строй", "Текстиль", "Фарм", "Invest",
                  "Trade", "Mining", "Астық", "Құрылыс"]
CONSULATES = [  # kk city (locative), ru city (prepositional), en city
    ("Шаңхайдағы", "в Шанхае", "Shanghai"), ("Омбыдағы", "в Омске", "Omsk"),
    ("Қазандағы", "в Казани", "Kazan"), ("Астрахандағы", "в Астрахани", "Astrakhan"),
    ("Үрімшідегі", "в Урумчи", "Urumqi"), ("Гуанчжоудағы", "в Гуанчжоу", "Guangzhou"),
    ("Новосібірдегі", "в Новосибирске", "Novosibirsk"), ("Сианьдағы", "в Сиане", "Xi'an"),
]

KZ_MALE = ["Асаин", "Берік", "Бақытжан", "Ералы", "Серік", "Нұрлан", "Мұрат", "Ерлан", "Қайрат", "Асхат",
           "Дәурен", "Ержан", "Бауыржан", "Талғат", "Арман", "Жандос", "Ғалым", "Әділ", "Мақсат", "Нұржан",
           "Дархан", "Ерболат", "Қанат", "Бекзат", "Айдос", "Әлихан", "Санжар", "Олжас", "Тимур", "Руслан"]
KZ_FEMALE = ["Айгүл", "Динара", "Гүлнар", "Жанар", "Әсем", "Ақмарал", "Сәуле", "Назгүл", "Мөлдір", "Айжан",
             "Гүлмира", "Салтанат", "Ләззат", "Жұлдыз", "Балжан", "Дана", "Арайлым", "Аружан"]
KZ_SURNAMES = ["Байханов", "Уәлиев", "Баяхметов", "Тоғжанов", "Шапкенов", "Аққошқаров", "Нұрғалиев",
               "Сейітов", "Жұмабаев", "Әбдірахманов", "Қасымов", "Омаров", "Сәрсенбаев", "Төлеуов",
               "Мұхамеджанов", "Ахметов", "Оспанов", "Серікбаев", "Бекмұхамбетов", "Есенов", "Ержанов",
               "Құрманов", "Иманғалиев", "Әлімжанов", "Тұрсынов", "Қожахметов", "Жақсылықов", "Ысқақов",
               "Бейсенов", "Дүйсенов", "Әубәкіров", "Шәкенов", "Сұлтанғазин", "Мырзахметов", "Тәжібаев",
               "Нұрмағамбетов", "Смағұлов", "Қалиев", "Әміров", "Байжанов", "Тоқтаров", "Жанұзақов",
               "Сағынтаев", "Мамин", "Асқаров", "Бөкейханов", "Дәулетов", "Ермеков", "Жолдасбеков", "Исабаев",
               "Кенжебаев", "Мұқанов", "Нысанбаев", "Оразов", "Рахимов", "Сапарбаев", "Темірханов", "Үсенов",
               "Шаймерденов", "Ыдырысов", "Әлібеков", "Бердібеков", "Қуанышев", "Ләмбеков", "Молдабеков"]
RU_MALE = ["Виталий", "Денис", "Игорь", "Сергей", "Александр", "Андрей", "Дмитрий", "Алексей", "Владимир",
           "Михаил", "Николай", "Олег", "Павел", "Евгений", "Юрий", "Максим", "Фёдор", "Григорий"]
RU_FEMALE = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Марина", "Екатерина",
             "Юлия", "Алёна"]
RU_PATRONYMIC_ROOTS = ["Петров", "Сергеев", "Александров", "Викторов", "Николаев", "Иванов", "Михайлов",
                       "Юрьев", "Андреев", "Владимиров"]
RU_SURNAMES = ["Хоценко", "Паслер", "Бабушкин", "Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов",
               "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зуев", "Комаров", "Киселёв", "Осипов",
               "Борисов", "Яковлев", "Романов", "Гусев", "Титов", "Кудрявцев", "Баранов", "Куликов", "Беляев",
               "Ковалёв", "Ильин", "Гаврилов", "Ефимов", "Мельников", "Калинин", "Сорокин", "Дьячков",
               "Попов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Алексеев", "Григорьев",
               "Щукин", "Ёлкин", "Фёдоров", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов",
               "Богданов", "Воробьёв", "Фролов", "Медведев", "Белов", "Тарасов", "Шевченко", "Бондаренко",
               "Ткаченко", "Кравченко", "Миллер", "Шульц"]
ZH_SURNAMES = [("龚", "Гун", "Gong"), ("方", "Фан", "Fang"), ("王", "Ван", "Wang"), ("李", "Ли", "Li"),
               ("张", "Чжан", "Zhang"), ("刘", "Лю", "Liu"), ("陈", "Чэнь", "Chen"), ("杨", "Ян", "Yang"),
               ("赵", "Чжао", "Zhao"), ("黄", "Хуан", "Huang"), ("周", "Чжоу", "Zhou"), ("吴", "У", "Wu"),
               ("徐", "Сюй", "Xu"), ("孙", "Сунь", "Sun"), ("马", "Ма", "Ma"), ("朱", "Чжу", "Zhu"),
               ("胡", "Ху", "Hu"), ("郭", "Го", "Guo"), ("何", "Хэ", "He"), ("林", "Линь", "Lin")]
ZH_GIVEN = [("正", "Чжэн", "Zheng"), ("晓", "Сяо", "Xiao"), ("伟", "Вэй", "Wei"), ("明", "Мин", "Ming"),
            ("华", "Хуа", "Hua"), ("军", "Цзюнь", "Jun"), ("丽", "Ли", "Li"), ("强", "Цян", "Qiang"),
            ("平", "Пин", "Ping"), ("杰", "Цзе", "Jie"), ("海", "Хай", "Hai"), ("涛", "Тао", "Tao"),
            ("静", "Цзин", "Jing"), ("磊", "Лэй", "Lei"), ("勇", "Юн", "Yong"), ("敏", "Минь", "Min"),
            ("建国", "Цзяньго", "Jianguo"), ("志强", "Чжицян", "Zhiqiang"), ("春华", "Чуньхуа", "Chunhua"),
            ("国", "Го", "Guo"), ("志", "Чжи", "Zhi"), ("春", "Чунь", "Chun"), ("建", "Цзянь", "Jian"),
            ("文", "Вэнь", "Wen"), ("新", "Синь", "Xin"), ("东", "Дун", "Dong"), ("玉", "Юй", "Yu")]

POSITIONS_KZ = [("облыс әкімі", "аким области", "akim of the region"),
                ("облыс әкімінің орынбасары", "заместитель акима области", "deputy akim of the region"),
                ("басқарма басшысы", "руководитель управления", "head of department"),
                ("Бас консул", "Генеральный консул", "Consul General"),
                ("консул", "консул", "consul"),
                ("бас маман", "главный специалист", "chief specialist"),
                ("директор", "директор", "director")]
POSITIONS_RU = [("губернатор", "Governor"),
                ("заместитель председателя правительства", "Deputy Chairman of the Government"),
                ("министр культуры", "Minister of Culture"), ("министр экономики", "Minister of Economy"),
                ("начальник отдела", "head of division"), ("советник", "adviser")]
POSITIONS_ZH = [("市长", "мэр", "Mayor"),
                ("外事办公室副主任", "заместитель руководителя канцелярии иностранных дел",
                 "Deputy Director of the Foreign Affairs Office"),
                ("处长", "начальник отдела", "Division Director"),
                ("总经理", "генеральный директор", "General Manager")]

THEMES = [  # forum themes: kk, ru genitive, en, zh
    ("Қазақстан мен Ресейдің өңіраралық ынтымақтастығы", "межрегионального сотрудничества Казахстана и России",
     "Interregional Cooperation of Kazakhstan and Russia", "哈俄地区间合作"),
    ("Ертіс: достық өзені – даму өзені", "«Иртыш: река дружбы – река развития»",
     "Irtysh: a River of Friendship and Development", "额尔齐斯河：友谊与发展之河"),
    ("Каспий ынтымақтастығы", "каспийского сотрудничества", "Caspian Cooperation", "里海合作"),
    ("Жібек жолы экономикалық белдеуі", "Экономического пояса Шёлкового пути", "the Silk Road Economic Belt",
     "丝绸之路经济带"),
    ("шекара маңы саудасы", "приграничной торговли", "Cross-border Trade", "边境贸易"),
    ("Қазақстан – Қытай іскерлік кеңесі", "Делового совета Казахстан – Китай",
     "the Kazakhstan–China Business Council", "中哈企业家委员会"),
]
TOPICS = [  # kk, ru (accusative/plural nominative), en, zh
    ("көлік-логистика дәліздері", "транспортно-логистические коридоры", "transport and logistics corridors",
     "交通物流走廊"),
    ("трансшекаралық өзендердің су ресурстары", "водные ресурсы трансграничных рек",
     "the water of transboundary rivers", "跨境河流水资源"),
    ("агроөнеркәсіп өнімдерінің экспорты", "экспорт агропромышленной продукции", "agri-food exports",
     "农产品出口"),
    ("кеден рәсімдерін цифрландыру", "цифровизация таможенных процедур", "digital customs procedures",
     "海关程序数字化"),
    ("туризм және мәдени алмасу", "туризм и культурный обмен", "tourism and cultural exchange", "旅游与文化交流"),
    ("білім беру және ғылым", "образование и наука", "education and science", "教育与科学"),
    ("тікелей әуе рейстері", "прямые авиарейсы", "direct flights", "直飞航班"),
    ("инвестициялық жобалар", "инвестиционные проекты", "investment projects", "投资项目"),
]
DIRECTIONS = [  # kk, ru, en, zh
    ("инвестиция және сауда", "инвестиции и торговля", "investment and trade", "投资与贸易"),
    ("агроөнеркәсіптік кешен", "агропромышленный комплекс", "agro-industry", "农工综合体"),
    ("экология", "экология", "environment", "生态环境"),
    ("денсаулық сақтау", "здравоохранение", "healthcare", "卫生健康"),
    ("білім және ғылым", "образование и наука", "education and science", "教育与科学"),
    ("мәдениет және өнер", "культура и искусство", "culture and art", "文化艺术"),
    ("туризм", "туризм", "tourism", "旅游"),
    ("спорт", "спорт", "sport", "体育"),
    ("жастар саясаты", "молодёжная политика", "youth policy", "青年政策"),
    ("жұмыспен қамту", "занятость", "employment", "就业"),
    ("көлік және логистика", "транспорт и логистика", "transport and logistics", "交通物流"),
    ("цифрландыру", "цифровизация", "digitalisation", "数字化"),
    ("су шаруашылығы", "водное хозяйство", "water management", "水利"),
]
SOURCES = ["ҚР СІМ баспасөз қызметі", "Пресс-служба МИД РК", "MFA of Kazakhstan press service", "Kazinform",
           "Казинформ", "ТАСС", "Xinhua", "新华社", "Бас консулдықтың есебі", "Отчёт генконсульства"]
CHECKPOINTS = ["Сағаршын – Жайсаң", "Қорғас", "Бақты", "Майқапшағай", "Жана Жол", "Қайрақ", "Аққұдық"]
TAGS = ["Ертіс", "Иртыш", "ЕАЭС", "ШЫҰ", "Каспий", "транспорт", "culture", "investment", "шекара",
        "Жібек жолы", "上海合作组织"]

NOTES = {  # progress notes: (text, status set with it or None)
    "kk": [("Серіктес тарапқа хат жолданды", None), ("Жұмыс тобының отырысында қаралды", "in_progress"),
           ("Жоба келісілді", "in_progress"), ("Орындалды, есеп жолданды", "done"),
           ("Тараптың жауабы күтілуде", None), ("Қаржыландыру болмағандықтан тоқтатылды", "dropped")],
    "ru": [("Письмо направлено партнёрской стороне", None), ("Рассмотрено на заседании рабочей группы",
           "in_progress"), ("Проект согласован", "in_progress"), ("Исполнено, отчёт направлен", "done"),
           ("Ожидается ответ стороны", None), ("Снято с контроля: нет финансирования", "dropped")],
    "en": [("Letter sent to the partner side", None), ("Discussed by the working group", "in_progress"),
           ("Draft agreed with the partner", "in_progress"), ("Done; report sent to the Ministry", "done"),
           ("Awaiting the partner's reply", None), ("Dropped: no funding", "dropped")],
    "zh": [("已致函合作方", None), ("工作组会议已审议", "in_progress"), ("草案已商定", "in_progress"),
           ("已完成并提交报告", "done"), ("等待对方答复", None), ("因缺乏资金而终止", "dropped")],
}

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"]

_RU_OF_KK = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_spelling(kazakh: str) -> str:
    """How a Kazakh name is usually written in Russian text: the Kazakh letters replaced."""
    return kazakh.translate(_RU_OF_KK)


def latin(text: str) -> str:
    from database.names import to_latin

    return " ".join(w[:1].upper() + w[1:] for w in to_latin(text).split(" "))


_LATIN_VARIANTS = (("kh", "h"), ("zh", "j"), ("ai", "ay"), ("ii", "iy"), ("ya", "ia"), ("kk", "k"),
                   ("yu", "iu"), ("y", "i"))


def latin_variant(name: str, rng: random.Random) -> str | None:
    """Another Latin spelling a press item might use (Baikhanov → Baykhanov, Zh → J)."""
    choices = [(a, b) for a, b in _LATIN_VARIANTS if a in name.lower()]
    if not choices:
        return None
    a, b = rng.choice(choices)
    lower = name.lower().replace(a, b, 1)
    return " ".join(w[:1].upper() + w[1:] for w in lower.split(" "))


_CYRILLIC_VARIANTS = (("аи", "айы"), ("кк", "к"), ("ё", "е"), ("Уәли", "Уали"), ("ә", "а"), ("ұ", "у"))


def cyrillic_variant(name: str, rng: random.Random) -> str | None:
    """A second Cyrillic spelling (Асаин / Асайын, Аққошқаров / Ақошқаров, Фёдоров / Федоров)."""
    choices = [(a, b) for a, b in _CYRILLIC_VARIANTS if a in name]
    if not choices:
        return None
    a, b = rng.choice(choices)
    return name.replace(a, b, 1)


# --- the generator ----------------------------------------------------------------------------


class Generator:
    """Draft factories over one random stream; ids of records already written are kept to link."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.place_ids: list[int] = []
        self.place_names: dict[int, tuple[str, str, str]] = {}  # id -> kk, ru, en
        self.region_orgs: list[tuple[int, tuple[str, ...]]] = []  # akimats, governments, offices
        self.org_ids: list[int] = []
        self.org_names: dict[int, tuple[str, str, str]] = {}
        # Who works where: a delegation is made of people of its own side, and a document's
        # signatories and a commitment's responsible come from its parties.
        self.root_of: dict[int, int] = {}  # a department's regional body; others are their own
        self.homes: dict[str, list[int]] = {}  # "kz-gov", "ru-company", ... -> organisations
        self.staff: dict[int, list[int]] = {}  # root organisation -> persons working there
        self.person_ids: list[int] = []
        self.person_positions: dict[int, tuple[str, int | None]] = {}
        self.event_ids: list[int] = []
        self.event_dates: dict[int, date | None] = {}
        self.event_sides: dict[int, tuple[int, ...]] = {}  # root organisations of its delegations
        self.document_ids: list[int] = []
        self.document_dates: dict[int, date | None] = {}
        self.document_parties: dict[int, tuple[int, ...]] = {}

    # --- small helpers ---------------------------------------------------------------------

    def uuid(self) -> str:
        return str(uuid_lib.UUID(int=self.rng.getrandbits(128), version=4))

    def lang(self, zh_share: float = 0.06) -> str:
        r = self.rng.random()
        if r < zh_share:
            return "zh"
        if r < zh_share + 0.12:
            return "en"
        return "kk" if r < zh_share + 0.12 + (1 - zh_share - 0.12) / 2 else "ru"

    def day(self, low: int = FIRST_YEAR, high: int = LAST_YEAR) -> date:
        # More recent years hold more records: a post's archive grows.
        year = low + int((high - low + 1) * self.rng.random() ** 0.6)
        year = min(max(year, low), high)
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def partial(self, d: date) -> Any:
        from database.dates import PartialDate

        r = self.rng.random()
        if r < 0.72:
            return PartialDate(d.year, d.month, d.day)
        if r < 0.86:
            return PartialDate(d.year, d.month)
        if r < 0.93:
            return PartialDate(d.year, half=1 if d.month <= 6 else 2)
        return PartialDate(d.year)

    def members_count(self) -> int:
        # 2 to 20, most delegations small: a meeting brings a handful, a forum a crowd.
        return 2 + int(18.999 * self.rng.random() ** 2.2)

    # --- places ----------------------------------------------------------------------------

    def places(self, n: int) -> Iterator[Any]:
        from database.records import PlaceDraft

        for i in range(n):
            if i < len(CITIES):
                name, country, region, aliases = CITIES[i]
                yield PlaceDraft(name, country, region, aliases)
            elif self.rng.random() < 0.6:
                kk = self.rng.choice(TOWN_HEADS) + self.rng.choice(TOWN_TAILS)
                region = self.rng.choice(KZ_REGIONS)
                yield PlaceDraft(kk, "Kazakhstan", region[3], (russian_spelling(kk).capitalize(), latin(kk)))
            else:
                ru = self.rng.choice(RU_TOWN_HEADS) + self.rng.choice(RU_TOWN_TAILS)
                region = self.rng.choice(RU_REGIONS)
                yield PlaceDraft(ru, "Russia", region[3], (latin(ru),))

    def remember_places(self, ids: list[int], drafts: list[Any]) -> None:
        for pid, d in zip(ids, drafts):
            self.place_ids.append(pid)
            en = next((a for a in d.aliases if a.isascii()), latin(d.name))
            ru = next((a for a in d.aliases if not a.isascii() and a != d.name), russian_spelling(d.name))
            self.place_names[pid] = (d.name, ru, en)

    # --- organisations ---------------------------------------------------------------------

    def regional_bodies(self) -> Iterator[Any]:
        """Akimats, regional governments and foreign-affairs offices: parents of departments."""
        from database.records import OrganisationDraft, OrganisationKind

        yield OrganisationDraft("Қазақстан Республикасы Сыртқы істер министрлігі", OrganisationKind.MINISTRY,
                                "Kazakhstan", "", None, ("Министерство иностранных дел Республики Казахстан",
                                                         "Ministry of Foreign Affairs of Kazakhstan", "МИД РК"))
        for kk, _ru, ru_gen, en in KZ_REGIONS:
            yield OrganisationDraft(f"{kk}ның әкімдігі", OrganisationKind.AKIMAT, "Kazakhstan", en, None,
                                    (f"Акимат {ru_gen}", f"Akimat of {en}"))
        for kk, _ru, ru_gen, en in RU_REGIONS:
            yield OrganisationDraft(f"{kk}ның Үкіметі", OrganisationKind.GOVERNMENT, "Russia", en, None,
                                    (f"Правительство {ru_gen}", f"Government of {en}"))
        for kk, ru, _gen, en, zh in CN_REGIONS:
            yield OrganisationDraft(f"{zh}人民政府外事办公室", OrganisationKind.GOVERNMENT, "China", en, None,
                                    (f"Канцелярия иностранных дел народного правительства: {ru}",
                                     f"Foreign Affairs Office of the {en} People's Government",
                                     f"{kk} Халық үкіметінің Сыртқы істер канцеляриясы"))
        for kk_city, ru_city, en_city in CONSULATES:
            yield OrganisationDraft(f"Қазақстан Республикасының {kk_city} Бас консулдығы",
                                    OrganisationKind.CONSULATE, "Kazakhstan", "", None,
                                    (f"Генеральное консульство Республики Казахстан {ru_city}",
                                     f"Consulate General of Kazakhstan in {en_city}"))

    def remember_orgs(self, ids: list[int], drafts: list[Any], *, regional: bool = False) -> None:
        for oid, d in zip(ids, drafts):
            self.org_ids.append(oid)
            ru = next((a for a in d.aliases if not a.isascii()), d.name)
            en = next((a for a in d.aliases if a.isascii()), latin(d.name))
            self.org_names[oid] = (d.name, ru, en)
            if regional and d.kind.value in ("akimat", "government"):
                self.region_orgs.append((oid, (d.country, d.region)))
            self.root_of[oid] = d.parent_id if d.parent_id is not None else oid
            country = {"Kazakhstan": "kz", "Russia": "ru", "China": "zh"}[d.country]
            trade = "company" if d.kind.value == "company" else "gov"
            self.homes.setdefault(f"{country}-{trade}", []).append(oid)

    def organisations(self, n: int) -> Iterator[Any]:
        from database.records import OrganisationDraft, OrganisationKind

        # Every regional body has its departments (one of each kind); companies make the rest.
        departments = [(body, dept) for body in self.region_orgs for dept in DEPARTMENTS]
        self.rng.shuffle(departments)
        departments = departments[: int(n * 0.35)]
        for (parent, (country, region)), (kk_dept, ru_dept, en_dept, zh_dept) in departments:
            if country == "Kazakhstan":
                kk_region = next(k for k, _r, _g, e in KZ_REGIONS if e == region)
                ru_gen = next(g for _k, _r, g, e in KZ_REGIONS if e == region)
                yield OrganisationDraft(f"{kk_region}ның {kk_dept} басқармасы", OrganisationKind.DEPARTMENT,
                                        country, region, parent,
                                        (f"Управление {ru_dept} {ru_gen}",
                                         f"{en_dept.capitalize()} department of {region}"))
            elif country == "Russia":
                yield OrganisationDraft(f"Министерство {ru_dept} ({region})", OrganisationKind.MINISTRY,
                                        country, region, parent, (f"Ministry of {en_dept} of {region}",))
            else:
                zh_region, ru_gen = next((z, g) for _k, _r, g, e, z in CN_REGIONS if e == region)
                yield OrganisationDraft(f"{zh_region}{zh_dept}", OrganisationKind.DEPARTMENT, country, region, parent,
                                        (f"Department of {en_dept}, {region}", f"Департамент {ru_dept} {ru_gen}"))
        used: set[tuple[str, str]] = set()
        for _ in range(n - len(departments)):
            country = self.rng.choice(["Kazakhstan", "Kazakhstan", "Russia", "China"])
            if country == "China":
                (zw, zw_en), (zt, zt_en) = self.rng.choice(ZH_COMPANY_WORDS), self.rng.choice(ZH_COMPANY_TRADES)
                zh = self.rng.choice(CN_REGIONS)[4]
                base, base_en = f"{zh}{zw}{zt}", f"{zw_en} {zt_en}"
            else:
                word, trade = self.rng.choice(COMPANY_WORDS), self.rng.choice(COMPANY_TRADES)
                base, base_en = f"{word} {trade}", f"{latin(word)} {latin(trade)}"
            # Two firms never share a registered name: a later one carries a number.
            k, suffix = 1, ""
            while (country, base + suffix) in used:
                k += 1
                suffix = f"-{k}"
            used.add((country, base + suffix))
            if country == "Kazakhstan":
                name, aliases = f"«{base}{suffix}» ЖШС", (f"ТОО «{base}{suffix}»", f"{base_en}{suffix} LLP")
            elif country == "Russia":
                name, aliases = f"ООО «{base}{suffix}»", (f"{base_en}{suffix} LLC",)
            else:
                name, aliases = f"{base}{suffix}有限公司", (f"{base_en}{suffix} Co., Ltd.",)
            notes = "" if self.rng.random() < 0.8 else f"Серіктес {self.rng.randint(1996, 2026)} жылдан бері."
            yield OrganisationDraft(name, OrganisationKind.COMPANY, country, "", None, aliases, notes)

    # --- persons ---------------------------------------------------------------------------

    def person(self) -> Any:
        from database.records import NameLang, PersonDraft, PersonName, Position

        rng = self.rng
        r = rng.random()
        names: list[PersonName] = []
        if r < 0.55:
            female = rng.random() < 0.3
            first = rng.choice(KZ_FEMALE if female else KZ_MALE)
            last = rng.choice(KZ_SURNAMES) + ("а" if female else "")
            kk, ru = f"{first} {last}", russian_spelling(f"{first} {last}")
            if rng.random() < 0.6:  # with the father's name: Қайратұлы in Kazakh, Кайратович in Russian
                father = rng.choice(KZ_MALE)
                kk = f"{first} {father}{'қызы' if female else 'ұлы'} {last}"
                ru = russian_spelling(f"{first} {father}{'овна' if female else 'ович'} {last}")
            names.append(PersonName(kk, NameLang.KK, True))
            if ru != kk:
                names.append(PersonName(ru, NameLang.RU))
            names.append(PersonName(latin(kk), NameLang.EN))
            kind = "kz"
        elif r < 0.85:
            female = rng.random() < 0.3
            first = rng.choice(RU_FEMALE if female else RU_MALE)
            last = rng.choice(RU_SURNAMES)
            if female and last.endswith(("ов", "ев", "ин", "ёв")):
                last += "а"
            middle = rng.choice(RU_PATRONYMIC_ROOTS) + ("на" if female else "ич")
            ru = f"{first} {middle} {last}" if rng.random() < 0.6 else f"{first} {last}"
            names += [PersonName(ru, NameLang.RU, True), PersonName(latin(ru), NameLang.EN)]
            kind = "ru"
        else:
            (zs, zr, ze), (gs, gr, ge) = rng.choice(ZH_SURNAMES), rng.choice(ZH_GIVEN)
            if len(gs) == 1 and rng.random() < 0.5:  # two-syllable given names: 晓明, Сяомин, Xiaoming
                g2, r2, e2 = rng.choice([g for g in ZH_GIVEN if len(g[0]) == 1])
                gs, gr, ge = gs + g2, gr + r2.lower(), ge + e2.lower()
            names += [PersonName(zs + gs, NameLang.ZH), PersonName(f"{zr} {gr}", NameLang.RU, True),
                      PersonName(f"{ze} {ge}", NameLang.EN)]
            kind = "zh"
        shown = next(n.name for n in names if n.preferred)
        if kind != "zh" and rng.random() < 0.3:
            variant = cyrillic_variant(shown, rng)
            if variant and variant not in (n.name for n in names):
                names.append(PersonName(variant, NameLang.KK if kind == "kz" else NameLang.RU))
        if kind != "zh" and rng.random() < 0.35:
            en = next(n.name for n in names if n.lang == NameLang.EN)
            variant = latin_variant(en, rng)
            if variant and variant not in (n.name for n in names):
                names.append(PersonName(variant, NameLang.EN))
        positions = []
        start = self.day(FIRST_YEAR, 2024)
        home = "gov" if rng.random() < 0.65 else "company"
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            if kind == "kz":
                title = rng.choice(POSITIONS_KZ)[rng.choice((0, 1))]
            elif kind == "ru":
                title = rng.choice(POSITIONS_RU)[0]
            else:
                title = rng.choice(POSITIONS_ZH)[rng.choice((0, 1, 2))]
            # Most careers stay on one side: the civil service or business of one country.
            org = rng.choice(self.homes.get(f"{kind}-{home}") or self.org_ids) if self.org_ids else None
            end = start + timedelta(days=rng.randrange(300, 2500))
            positions.append(Position(title, org, self.partial(start), self.partial(end) if end < TODAY else None))
            start = end + timedelta(days=1)
        notes = "" if rng.random() < 0.9 else rng.choice(["Тілдері: қазақ, орыс, ағылшын.",
                                                          "Владеет китайским языком.", "Met at the Irtysh forum."])
        return PersonDraft(shown, tuple(names), tuple(positions), notes)

    def persons(self, n: int) -> Iterator[Any]:
        for _ in range(n):
            yield self.person()

    def remember_persons(self, ids: list[int], drafts: list[Any]) -> None:
        for pid, d in zip(ids, drafts):
            self.person_ids.append(pid)
            last = d.positions[-1] if d.positions else None
            self.person_positions[pid] = (last.title, last.organisation_id) if last else ("", None)
            if last is not None and last.organisation_id is not None:
                self.staff.setdefault(self.root_of[last.organisation_id], []).append(pid)

    def people_of(self, org: int | None, n: int) -> list[int]:
        """``n`` persons working for ``org`` (or its departments); strangers only if it has too few."""
        pool = self.staff.get(self.root_of.get(org, -1), []) if org is not None else []
        chosen = self.rng.sample(pool, min(n, len(pool)))
        while len(chosen) < n and self.person_ids:
            extra = self.rng.choice(self.person_ids)
            if extra not in chosen:
                chosen.append(extra)
        return chosen

    # --- events ----------------------------------------------------------------------------

    def _region_words(self) -> tuple[str, str, str, str]:
        """kk, ru genitive, en, zh of a partner region."""
        r = self.rng.random()
        if r < 0.45:
            kk, _ru, gen, en = self.rng.choice(RU_REGIONS)
            return kk, gen, en, en
        if r < 0.75:
            kk, _ru, gen, en = self.rng.choice(KZ_REGIONS)
            return kk, gen, en, en
        kk, _ru, gen, en, zh = self.rng.choice(CN_REGIONS)
        return kk, gen, en, zh

    def event_title(self, kind: str, lang: str, place_id: int | None, year: int) -> str:
        rng = self.rng
        kk_city, ru_city, en_city = self.place_names.get(place_id, ("Астана", "Астана", "Astana")) \
            if place_id is not None else ("Астана", "Астана", "Astana")
        if kind == "forum":
            kk, ru, en, zh = rng.choice(THEMES)
            n = rng.randrange(len(ROMAN))
            return {"kk": f"{ROMAN[n]} «{kk}» форумы", "ru": f"{ROMAN[n]} Форум {ru}",
                    "en": f"{ROMAN[n]} Forum of {en}", "zh": f"第{n + 1}届{zh}论坛"}[lang]
        if kind == "conference":
            kk, ru, en, zh = rng.choice(TOPICS)
            return {"kk": f"«{kk.capitalize()}» халықаралық конференциясы",
                    "ru": f"Международная конференция «{ru.capitalize()}»",
                    "en": f"International conference on {en}", "zh": f"{zh}国际会议"}[lang]
        if kind == "referendum":
            return {"kk": f"{year} жылғы республикалық референдум", "ru": f"Республиканский референдум {year} года",
                    "en": f"Republican referendum of {year}", "zh": f"{year}年全民公决"}[lang]
        kk, gen, en, zh = self._region_words()
        if kind == "visit":
            return {"kk": f"{kk} делегациясының {kk_city} қаласына сапары",
                    "ru": f"Визит делегации {gen} в г. {ru_city}",
                    "en": f"Visit of the {en} delegation to {en_city}", "zh": f"{zh}代表团访问{en_city}"}[lang]
        if kind == "meeting":
            return {"kk": f"{kk} делегациясымен кездесу", "ru": f"Встреча с делегацией {gen}",
                    "en": f"Meeting with the delegation of {en}", "zh": f"会见{zh}代表团"}[lang]
        return {"kk": f"{kk} күндері ({kk_city})", "ru": f"Дни {gen} в г. {ru_city}",
                "en": f"Days of {en} in {en_city}", "zh": f"{zh}文化日（{en_city}）"}[lang]

    def summary(self, lang: str) -> str:
        rng = self.rng
        (k1, r1, e1, z1), (k2, r2, e2, z2) = rng.sample(TOPICS, 2)
        n = rng.randint(2, 40)
        sentences = {
            "kk": [f"Тараптар {k1} және {k2} мәселелерін талқылады.", f"Іс-шараға {n} өңірдің өкілдері қатысты.",
                   "Келесі кездесуді келесі жылы өткізу туралы уағдаласты."],
            "ru": [f"Стороны обсудили {r1} и {r2}.", f"В работе приняли участие представители {n} регионов.",
                   "Договорились провести следующую встречу в будущем году."],
            "en": [f"The sides discussed {e1} and {e2}.", f"Delegates of {n} regions took part.",
                   "The next meeting is planned for next year."],
            "zh": [f"双方讨论了{z1}和{z2}问题。", f"来自{n}个地区的代表参加了活动。", "双方商定明年举行下次会议。"],
        }[lang]
        return " ".join(sentences[: rng.randint(1, 3)])

    def delegation(self, role: Any, lang: str, side: tuple[int, tuple[str, ...]] | None = None) -> Any:
        from database.records import Delegation, Member

        rng = self.rng
        org_id, (country, region) = side or (rng.choice(self.region_orgs) if self.region_orgs else (None, ("", "")))
        members = []
        for pid in self.people_of(org_id, self.members_count()):
            title, org = self.person_positions[pid]
            members.append(Member(pid, title, org))
        side = f"{country}, {region}" if region else country or "—"
        return Delegation(side, role, org_id, members[0].person_id if members else None, tuple(members),
                          self.uuid())

    def events(self, n: int) -> Iterator[Any]:
        from database.records import DelegationRole, EventDraft, EventKind, EventStatus

        rng = self.rng
        kinds = [EventKind.MEETING] * 50 + [EventKind.VISIT] * 20 + [EventKind.CONFERENCE] * 12 + \
            [EventKind.FORUM] * 10 + [EventKind.OTHER] * 7 + [EventKind.REFERENDUM]
        for _ in range(n):
            kind = rng.choice(kinds)
            lang = self.lang()
            place = rng.choice(self.place_ids) if self.place_ids and rng.random() < 0.9 else None
            known = rng.random() > 0.04
            first = self.day()
            start = self.partial(first) if known else None
            end = None
            if start is not None and start.day is not None and kind in (EventKind.FORUM, EventKind.CONFERENCE,
                                                                        EventKind.VISIT) and rng.random() < 0.6:
                end = self.partial(first + timedelta(days=rng.randint(1, 3)))
                if end.precision != "day":
                    end = None
            if start is None:
                status = rng.choice([EventStatus.HELD, EventStatus.PLANNED])
            elif start.first_day() > TODAY:
                status = EventStatus.PLANNED if rng.random() < 0.9 else EventStatus.POSTPONED
            else:
                status = EventStatus.HELD if rng.random() < 0.94 else EventStatus.CANCELLED
            delegations = ()
            if kind != EventKind.REFERENDUM and self.person_ids and rng.random() < 0.65:
                count = rng.choice((1, 2, 2, 2, 3))
                # Usually a Kazakh side and a partner side, then perhaps a third region.
                home = [o for o in self.region_orgs if o[1][0] == "Kazakhstan"] or self.region_orgs
                away = [o for o in self.region_orgs if o[1][0] != "Kazakhstan"] or self.region_orgs
                sides = [rng.choice(home), rng.choice(away), rng.choice(self.region_orgs)][:count]
                rng.shuffle(sides)
                delegations = tuple(self.delegation(DelegationRole.HOST if i == 0 else DelegationRole.GUEST, lang,
                                                    side) for i, side in enumerate(sides))
            organiser = rng.choice(self.org_ids) if self.org_ids and rng.random() < 0.5 else None
            tags = tuple(rng.sample(TAGS, rng.randint(1, 2))) if rng.random() < 0.15 else ()
            yield EventDraft(self.event_title(kind.value, lang, place, first.year), kind, status, place, start, end,
                             organiser, self.summary(lang), rng.choice(SOURCES), delegations, tags)

    def remember_events(self, ids: list[int], drafts: list[Any]) -> None:
        for eid, d in zip(ids, drafts):
            self.event_ids.append(eid)
            self.event_dates[eid] = d.start.first_day() if d.start else None
            sides = tuple(dl.organisation_id for dl in d.delegations if dl.organisation_id is not None)
            if sides:
                self.event_sides[eid] = sides

    # --- documents -------------------------------------------------------------------------

    def documents(self, n: int) -> Iterator[Any]:
        from database.dates import PartialDate
        from database.records import DocumentDraft, DocumentKind, DocumentStatus, Signatory

        rng = self.rng
        kinds = [DocumentKind.MEMORANDUM] * 30 + [DocumentKind.ACTION_PLAN] * 20 + [DocumentKind.ROAD_MAP] * 15 + \
            [DocumentKind.AGREEMENT] * 20 + [DocumentKind.PLAN_OF_EVENTS] * 10 + [DocumentKind.PROTOCOL] * 5
        words = {  # kk, ru, en, zh
            DocumentKind.MEMORANDUM: ("ынтымақтастық туралы меморандум", "Меморандум о сотрудничестве",
                                      "Memorandum of cooperation", "合作备忘录"),
            DocumentKind.ACTION_PLAN: ("іс-қимыл жоспары", "План действий", "Action plan", "行动计划"),
            DocumentKind.ROAD_MAP: ("жол картасы", "Дорожная карта", "Road map", "路线图"),
            DocumentKind.AGREEMENT: ("ведомствоаралық келісім", "Межведомственное соглашение",
                                     "Inter-agency agreement", "部门间协议"),
            DocumentKind.PLAN_OF_EVENTS: ("іс-шаралар жоспары", "План мероприятий", "Plan of events", "活动计划"),
            DocumentKind.PROTOCOL: ("хаттама", "Протокол", "Protocol", "议定书"),
        }
        for _ in range(n):
            kind = rng.choice(kinds)
            lang = self.lang()
            kk, ru, en, zh = words[kind]
            event = rng.choice(self.event_ids) if self.event_ids and rng.random() < 0.7 else None
            sides = self.event_sides.get(event, ()) if event else ()
            if len(set(sides)) >= 2:
                a, b = rng.sample(sorted(set(sides)), 2)
            else:
                a = rng.choice(self.homes.get("kz-gov") or self.org_ids)
                b = rng.choice(self.homes.get(rng.choice(("ru-gov", "zh-gov", "ru-company", "zh-company")))
                               or self.org_ids)
            (ka, ra, ea), (kb, rb, eb) = self.org_names[a], self.org_names[b]
            base = self.event_dates.get(event) if event else None
            signed = base or self.day()
            y1 = signed.year + rng.choice((0, 1))
            y2 = y1 + rng.randint(1, 4)
            period = f" {y1}–{y2}" if kind in (DocumentKind.ACTION_PLAN, DocumentKind.ROAD_MAP,
                                               DocumentKind.PLAN_OF_EVENTS) else ""
            title = {"kk": f"{ka} мен {kb} арасындағы{period} {kk}",
                     "ru": f"{ru}{period}: {ra} — {rb}",
                     "en": f"{en}{period} between {ea} and {eb}",
                     "zh": f"{ka}与{kb}{period}{zh}"}[lang]
            if signed > TODAY:
                status = DocumentStatus.NEGOTIATION if rng.random() < 0.7 else DocumentStatus.DRAFT
            elif period and y2 < TODAY.year:
                status = DocumentStatus.EXPIRED
            else:
                status = rng.choice([DocumentStatus.SIGNED, DocumentStatus.IN_FORCE, DocumentStatus.IN_FORCE])
            signed_on = self.partial(signed) if status not in (DocumentStatus.DRAFT, DocumentStatus.NEGOTIATION) \
                else None
            count = rng.randint(3, 13)
            column = {"kk": 0, "ru": 1, "en": 2, "zh": 3}[lang]
            directions = tuple(d[column] for d in rng.sample(DIRECTIONS, count))
            if rng.random() < 0.2:
                directions = directions[: count // 2]  # the text states more directions than it lists
            signatories = tuple(Signatory(p, self.person_positions[p][0], org)
                                for org in (a, b) for p in self.people_of(org, 1))
            tags = (rng.choice(TAGS),) if rng.random() < 0.1 else ()
            yield DocumentDraft(title, kind, status, signed_on, rng.choice(self.place_ids) if self.place_ids else None,
                                PartialDate(y1) if period else None, PartialDate(y2) if period else None,
                                count, directions, event, (a, b), signatories,
                                self.summary(lang) if rng.random() < 0.5 else "", tags)

    def remember_documents(self, ids: list[int], drafts: list[Any]) -> None:
        for did, d in zip(ids, drafts):
            self.document_ids.append(did)
            self.document_dates[did] = d.signed_on.first_day() if d.signed_on else None
            self.document_parties[did] = d.party_ids

    # --- commitments -----------------------------------------------------------------------

    def commitment_text(self, lang: str, y: int) -> str:
        rng = self.rng
        (kc1, rc1, ec1), (kc2, rc2, ec2) = (self.place_names[p] for p in rng.sample(self.place_ids[:30], 2))
        kk, gen, en, zh = self._region_words()
        checkpoint = rng.choice(CHECKPOINTS)
        t_kk, t_ru, t_en, t_zh = rng.choice(TOPICS)
        options = {
            "kk": [f"{kc1} – {kc2} тікелей әуе қатынасын қалпына келтіруге жәрдемдесу",
                   f"{kk} күндерін {kc1} қаласында өткізу",
                   f"{y}–{y + 2} жылдарға арналған бірлескен іс-қимыл жоспарын дайындау",
                   f"«{checkpoint}» өткізу пунктінің өткізу қабілетін арттыру",
                   f"Форум ұсыныстарын үкіметаралық комиссияға жолдау ({t_kk})"],
            "ru": [f"Содействовать восстановлению прямого авиасообщения {rc1} – {rc2}",
                   f"Провести Дни {gen} в г. {rc1}",
                   f"Подготовить совместный план действий на {y}–{y + 2} годы",
                   f"Расширить пропускную способность пункта пропуска «{checkpoint}»",
                   f"Направить предложения форума в межправительственную комиссию: {t_ru}"],
            "en": [f"Increase the number of {ec1}–{ec2} flights",
                   f"Organise the visit of the {en} delegation to {ec1}",
                   f"Prepare the joint action plan {y}–{y + 2}",
                   f"Take part in the conference on {t_en}",
                   f"Widen the roads to the {latin(checkpoint)} checkpoint"],
            "zh": [f"增加{ec1}至{ec2}航班", f"筹备{zh}代表团访问{ec1}", f"制定{y}–{y + 2}年联合行动计划",
                   f"推动{t_zh}合作"],
        }[lang]
        return rng.choice(options)

    def commitments(self, n: int) -> Iterator[Any]:
        from database.records import CommitmentDraft, CommitmentStatus, ProgressNote

        rng = self.rng
        for _ in range(n):
            lang = self.lang()
            document = rng.choice(self.document_ids) if self.document_ids and rng.random() < 0.45 else None
            event = rng.choice(self.event_ids) if self.event_ids and (document is None or rng.random() < 0.3) \
                and rng.random() < 0.9 else None
            origin = (self.document_dates.get(document) if document else None) or \
                (self.event_dates.get(event) if event else None) or self.day()
            due_day = origin + timedelta(days=rng.randint(30, 900))
            due = self.partial(due_day) if rng.random() < 0.95 else None
            notes = []
            status = CommitmentStatus.OPEN
            on = origin
            for _n in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
                on = on + timedelta(days=rng.randint(5, 200))
                if on > TODAY:
                    break
                text, set_status = rng.choice(NOTES[lang])
                note_status = CommitmentStatus(set_status) if set_status else None
                if note_status is not None:
                    status = note_status
                notes.append(ProgressNote(on, text, note_status, self.uuid()))
                if status in (CommitmentStatus.DONE, CommitmentStatus.DROPPED):
                    break
            # Most of what was owed years ago has been closed since; some is forgotten, still open.
            if status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS) and \
                    due_day < TODAY - timedelta(days=730) and rng.random() < 0.75:
                on = min(max(on, due_day) + timedelta(days=rng.randint(0, 120)), TODAY)
                status = CommitmentStatus.DONE if rng.random() < 0.7 else CommitmentStatus.DROPPED
                text = next(t for t, st in NOTES[lang] if st == status.value)
                notes.append(ProgressNote(on, text, status, self.uuid()))
            # The responsible party is one of the sides the commitment came from.
            parties = (self.document_parties.get(document, ()) if document else ()) or \
                (self.event_sides.get(event, ()) if event else ())
            org = rng.choice(parties) if parties and rng.random() < 0.8 else \
                (rng.choice(self.org_ids) if self.org_ids and rng.random() < 0.5 else None)
            person = next(iter(self.people_of(org, 1)), None) if org is not None and rng.random() < 0.3 else \
                (rng.choice(self.person_ids) if org is None and self.person_ids else None)
            tags = (rng.choice(TAGS),) if rng.random() < 0.05 else ()
            yield CommitmentDraft(self.commitment_text(lang, origin.year + rng.choice((0, 1))), status, due, org,
                                  person, event, document, tuple(notes), tags)


# --- building an archive ----------------------------------------------------------------------

Say = Callable[[str], None]
SLICE = 25_000  # drafts made and written at a time


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def generate(archive: Any, size: Size, seed: int, *, say: Say = _stderr, batch: int = 1000) -> dict[str, int]:
    """Fill an empty archive; returns the number of records of each type written."""
    from database.bulk import add_many

    g = Generator(seed)
    started = time.perf_counter()

    def write(label: str, drafts: list[Any]) -> list[int]:
        t0 = time.perf_counter()
        ids = add_many(archive, drafts, batch=batch)
        rate = len(ids) / max(time.perf_counter() - t0, 1e-9)
        say(f"  {label}: {len(ids):,} in {time.perf_counter() - t0:.1f} s ({rate:,.0f}/s)")
        return ids

    drafts = list(g.places(size.places))
    g.remember_places(write("places", drafts), drafts)
    drafts = list(g.regional_bodies())
    g.remember_orgs(write("regional bodies", drafts), drafts, regional=True)
    drafts = list(g.organisations(max(size.organisations - len(drafts), 0)))
    g.remember_orgs(write("organisations", drafts), drafts)
    # Written in slices, so the drafts of a large archive never all sit in memory at once.
    for label, total, make, remember in (
        ("persons", size.persons, g.persons, g.remember_persons),
        ("events", size.events, g.events, g.remember_events),
        ("documents", size.documents, g.documents, g.remember_documents),
        ("commitments", size.commitments, g.commitments, None),
    ):
        written = 0
        while written < total:
            drafts = list(make(min(SLICE, total - written)))
            ids = write(f"{label} {written + 1:,}–{written + len(drafts):,}", drafts)
            if remember:
                remember(ids, drafts)
            written += len(ids)
    _trash_some(archive, g, say)
    from database.statistics import refresh

    refresh(archive)  # as after an import: the planner's statistics describe the loaded archive
    say(f"generated in {time.perf_counter() - started:.0f} s")
    return {entity: archive.count(entity) for entity in ("place", "organisation", "person", "event", "document",
                                                         "commitment")}


def _trash_some(archive: Any, g: Generator, say: Say) -> None:
    """About one record in five hundred is in the trash, as in a post's real archive."""
    rng = random.Random(g.rng.random())
    chosen = [("event", i) for i in rng.sample(g.event_ids, max(1, len(g.event_ids) // 500))] + \
        [("document", i) for i in rng.sample(g.document_ids, max(1, len(g.document_ids) // 500))]
    for entity, record_id in chosen:
        archive.delete(entity, record_id)
    say(f"  trash: {len(chosen)} records")


# --- the cache --------------------------------------------------------------------------------


def default_cache() -> Path:
    return Path.home() / ".cache" / "elshi-bench"


def archive_name(size: str, seed: int) -> str:
    return f"elshi-bench-{size}-seed{seed}-gen{VERSION}.sqlite"


def _remove_archive(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
              path.with_name(path.name + ".json")):
        p.unlink(missing_ok=True)
    for folder in (path.with_name(path.stem + "-backups"), path.with_name(path.stem + "-files")):
        shutil.rmtree(folder, ignore_errors=True)


def ensure_archive(size: str, seed: int, cache: Path | None = None, *, say: Say = _stderr) -> tuple[Path, dict[str, Any]]:
    """The cached archive for this size and seed, built first if missing or of another version;
    returns its path and what is known of it (counts, build time, check result)."""
    from database.clock import FixedClock
    from database.integrity import check_archive
    from database.opening import open_archive

    folder = cache or default_cache()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / archive_name(size, seed)
    meta_path = path.with_name(path.name + ".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("generator") == VERSION and meta.get("seed") == seed and meta.get("spec") == asdict(SIZES[size]):
            return path, meta
    _remove_archive(path)
    building = path.with_name(path.stem + ".building.sqlite")
    _remove_archive(building)
    say(f"building the {size} archive (seed {seed}) in {building} ...")
    t0 = time.perf_counter()
    archive = open_archive(building, clock=FixedClock(TODAY))
    try:
        counts = generate(archive, SIZES[size], seed, say=say)
        built = time.perf_counter() - t0
        t1 = time.perf_counter()
        problems = check_archive(archive)
        checked = time.perf_counter() - t1
    finally:
        archive.close()
    if problems:
        raise RuntimeError("the generated archive fails its check:\n" + "\n".join(problems[:20]))
    for suffix in ("", "-wal", "-shm"):
        src = building.with_name(building.name + suffix)
        if src.exists():
            src.replace(path.with_name(path.name + suffix))
    shutil.rmtree(building.with_name(building.stem + "-backups"), ignore_errors=True)
    meta = {"generator": VERSION, "seed": seed, "size": size, "spec": asdict(SIZES[size]), "counts": counts, "build_seconds": round(built, 1),
            "check_seconds": round(checked, 2), "check_problems": problems, "bytes": path.stat().st_size}
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    say(f"built {path} in {built:.0f} s ({meta['bytes'] / 1e6:.0f} MB); elshi check: no problems")
    return path, meta
