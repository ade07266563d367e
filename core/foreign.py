"""Messages in a third language (neither Japanese nor English): Korean, Vietnamese, Portuguese, Spanish, German, French,
Tagalog, Indonesian, Chinese.

A resident who writes in their own language needs, first of all, someone who speaks it: the city's
multicultural counter (topic `gaikokujin`, plan 5-2-4-1), whatever the message is about. The few words
residents use for who and what (filho, 연금, con, 学校) are carried into Japanese so that the counter of the
concern can follow. Told apart by script (Hangul; Vietnamese letters; Chinese characters Japanese does not
use) or, for the Latin-script languages, by several of their everyday words and more of them than English ones.
"""

from __future__ import annotations

import re
import unicodedata

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
# Scripts of languages the guide has no words for at all: Thai, Devanagari (Nepali, Hindi), Bengali, Sinhala, Myanmar,
# Khmer, Arabic, Cyrillic
_OTHER_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u0900-\u09ff\u0d80-\u0dff\u1000-\u109f\u1780-\u17ff\u0600-\u06ff\u0400-\u04ff]")
# Letters only Vietnamese uses (ơ ư ă đ and the tone marks under and over other vowels)
_VIETNAMESE = re.compile(r"[ơưăđƠƯĂĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# Chinese characters, simplified or traditional, that Japanese text does not use
_CHINESE = re.compile(r"[们這这吗嗎您没沒说說请請帮幫钱錢孩谁誰妈媽爸儿兒给給让讓么麼个個呢吧驾换谢问办证哪样还对时进你妳亲护询镰岁]")  # none a Japanese word spells
_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_WORD = re.compile(r"[^\W\d_]+")

# Everyday words of each Latin-script language that English does not share (no "a", "no", "me", "come").
_MARKERS: dict[str, frozenset[str]] = {
    "pt": frozenset("""não nao você voce meu minha meus minhas sou tenho moro preciso ajuda onde posso quero filho
        filha filhos marido esposa mãe mae pai trabalho dinheiro prefeitura cidade obrigado obrigada está estou
        tem uma muito também tambem falo japonês japones criança crianca escola olá ola bom dia com da das dos
        em na para que quase disseram existe lugar ele ela conversar sobre""".split()),
    "es": frozenset("""necesito ayuda tengo vivo dónde donde puedo quiero hijo hija hijos esposo esposa madre padre
        trabajo dinero ayuntamiento gracias estoy soy hola mi mis con para que una muy también hablo japonés
        niño niña escuela el los las del""".split()),
    "tl": frozenset("""ako po ang ng mga anak asawa nanay tatay tulong saan paano hindi trabaho pera kailangan gusto
        ko ka sa na kami namin akin""".split()),
    "id": frozenset("""saya tolong anak suami istri bantuan bagaimana tidak bisa kerja uang ingin mau dan yang
        dengan untuk ada ini itu""".split()),
    # a visitor's languages too: German and French
    "de": frozenset("""ich wir und ist mit den der das nicht danke wohne wohnen möchte möchten kinder kind kann können
        meine mein sohn tochter mutter vater hilfe geld arbeit stadt bitte wo wie gibt für seit jahren auf""".split()),
    "fr": frozenset("""je nous est avec les des une pour merci enfants enfant mon ma mes fils fille mère père aide
        argent travail ville où comment bonjour suis habite pouvez vous dans depuis ans""".split()),
}
_ENGLISH = frozenset("""the and is are i my me to of in for with you can how where what there this that it be have
    has was do does not help please""".split())
MIN_MARKERS = 3  # distinct everyday words of the language (one Portuguese word in an English text is no language)

# Words for who and what, by language → Japanese words the index knows.
GLOSSARY: dict[str, str] = {
    # Portuguese / Spanish
    "filho": "子ども", "filha": "子ども", "filhos": "子ども", "criança": "子ども", "crianca": "子ども",
    "hijo": "子ども", "hija": "子ども", "hijos": "子ども", "niño": "子ども", "niña": "子ども",
    "desenvolvimento": "発達", "desarrollo": "発達", "fala": "言葉の遅れ", "creche": "保育園", "guardería": "保育園",
    "escola": "学校", "escuela": "学校", "voluntária": "ボランティア", "voluntário": "ボランティア",
    "voluntario": "ボランティア", "voluntaria": "ボランティア", "dinheiro": "お金", "dinero": "お金",
    "aluguel": "家賃", "alquiler": "家賃", "trabalho": "仕事", "trabajo": "仕事", "aposentadoria": "年金",
    "pensão": "年金", "pensión": "年金", "violência": "暴力", "violencia": "暴力", "gravidez": "妊娠",
    "grávida": "妊娠", "embarazada": "妊娠", "deficiência": "障害", "discapacidad": "障害",
    # Tagalog / Indonesian
    "anak": "子ども", "trabaho": "仕事", "pera": "お金", "kerja": "仕事", "uang": "お金",
    # Vietnamese (written with tone marks)
    "sinh con": "出産 子育て", "tiểu học": "小学校 入学", "nhập học": "入学", "lương hưu": "年金",
    "con tôi": "子ども",
    # Korean
    "연금": "年金", "보험": "保険", "아이": "子ども", "아들": "子ども", "딸": "子ども", "생활": "生活",
    "남편": "夫", "돈": "お金", "일자리": "仕事",
    # Chinese
    "孩子": "子ども", "养老金": "年金", "工作": "仕事", "护理": "介護", "照顾": "介護", "母亲": "母", "父亲": "父",
    "老人": "高齢者", "残疾": "障害",
}
# Other city business in those languages (rubbish, sightseeing, a passport, taxes, the weather, a library, trains):
# a visitor's or a resident's errand, not welfare, however it is written.
GLOSSARY.update({w: "ごみ" for w in ("lixo", "basura", "basurero", "쓰레기", "rác", "垃圾", "basura ng", "sampah")})
GLOSSARY.update({w: "観光" for w in (
    "turismo", "turista", "turistas", "templo", "templos", "santuário", "santuario", "praia", "playa", "buda", "grande buda",
    "restaurante", "hotel", "passeio", "viagem", "viaje", "관광", "여행", "해변", "맛집", "du lịch", "chùa",
    "đền", "bãi biển", "nhà hàng", "khách sạn", "旅游", "寺庙", "寺院", "神社", "海滩", "餐厅", "酒店", "大佛",
    "pasyalan", "simbahan", "wisata", "pantai", "kuil")})
GLOSSARY.update({w: "パスポート" for w in ("passaporte", "pasaporte", "여권", "hộ chiếu", "护照", "pasport", "paspor")})
GLOSSARY.update({w: "天気" for w in ("tempo amanhã", "previsão do tempo", "clima", "chuva", "lluvia", "날씨", "비가",
                                    "thời tiết", "mưa", "天气", "下雨", "panahon", "ulan", "cuaca", "hujan")})
GLOSSARY.update({w: "税金" for w in ("imposto", "impostos", "impuesto", "impuestos", "세금", "thuế", "税金", "buwis", "pajak")})
GLOSSARY.update({w: "図書館" for w in ("biblioteca", "도서관", "thư viện", "图书馆", "silid-aklatan", "perpustakaan")})
GLOSSARY.update({w: "電車の時間" for w in ("trem", "tren", "ônibus", "autobús", "estação", "estación", "기차", "버스",
                                       "tàu", "xe buýt", "nhà ga", "电车", "公交", "车站", "kereta", "stasiun")})
GLOSSARY.update({w: "ごみ" for w in ("müll", "abfall", "mülltonne", "ordures", "déchets", "poubelle")})
GLOSSARY.update({w: "観光" for w in ("strand", "tempel", "schrein", "sehenswürdigkeiten", "plage", "sanctuaire",
                                   "tourisme", "touristique")})
GLOSSARY.update({w: "バーベキュー" for w in ("grillen", "grill", "barbecue", "churrasco", "바베큐", "烧烤")})
# a driving licence (converted, renewed) is the police's and the prefecture's business, not welfare
GLOSSARY.update({w: "運転免許" for w in ("驾照", "驾驶证", "驾驶执照", "운전면허", "면허증", "bằng lái", "carteira de motorista",
                                     "licencia de conducir", "führerschein", "permis de conduire", "lisensya",
                                     "sim mengemudi")})
GLOSSARY.update({"kinder": "子ども", "enfants": "子ども", "enfant": "子ども", "geld": "お金", "argent": "お金",
                 "arbeit": "仕事", "travail": "仕事", "rente": "年金", "retraite": "年金", "schwanger": "妊娠",
                 "enceinte": "妊娠", "behinderung": "障害", "handicap": "障害", "gewalt": "暴力", "miete": "家賃",
                 "loyer": "家賃", "schule": "学校", "école": "学校"})
_PHRASES = sorted(GLOSSARY, key=len, reverse=True)
FOREIGN_WORDS = "外国人 通訳"  # what a welfare message in a third language says about its writer


def third_language(text: str) -> str | None:
    """The message's language when it is neither Japanese nor English ('ko', 'vi', 'zh', 'pt', 'es', 'tl',
    'id', 'de', 'fr'), else None."""
    if len(_HANGUL.findall(text)) >= 2:
        return "ko"
    if len(_VIETNAMESE.findall(text)) >= 2:
        return "vi"
    if _KANA.search(text):
        return None  # Japanese, whatever else it holds
    if len(_CHINESE.findall(text)) >= 2:
        return "zh"
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    best, hits = None, 0
    for lang, markers in _MARKERS.items():
        n = len({w for w in words if w in markers})
        if n > hits:
            best, hits = lang, n
    return best if hits >= MIN_MARKERS and hits > english else None


def unread(text: str) -> bool:
    """Written in a language this guide does not read: one of the third languages, or a script it has no words for."""
    t = unicodedata.normalize("NFKC", text or "")
    return third_language(t) is not None or (not _KANA.search(t) and len(_OTHER_SCRIPT.findall(t)) >= 2)


def to_japanese(text: str) -> str:
    """Japanese words for what the message names (its concerns, other city business); '' when none is known."""
    t = " " + " ".join(_WORD.findall(text.lower())) + " "
    found: list[str] = []
    for phrase in _PHRASES:
        # (a word of a Latin script whole; Korean and Chinese words carry their particles: 연금이나)
        key = phrase if _HANGUL.search(phrase) or _CHINESE_RUN.search(phrase) else f" {phrase} "
        if key in t:
            found.append(GLOSSARY[phrase])
            t = t.replace(key, " ")
    return " ".join(dict.fromkeys(found))
