"""English questions (foreign residents, plan 5-2-4-1): detect them and carry their meaning into Japanese.

The knowledge base is Japanese; an English question is routed through a glossary of welfare words and
answered with English labels around the (Japanese) counter names.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z][a-z'\-]*")

# English word or phrase → Japanese words the index knows. Phrases are matched before single words.
GLOSSARY: dict[str, str] = {
    "young carer": "ヤングケアラー", "double care": "ダブルケア", "domestic violence": "DV 配偶者からの暴力",
    "single parent": "ひとり親", "single mother": "ひとり親", "single father": "ひとり親",
    "public assistance": "生活保護", "welfare benefits": "生活保護", "social welfare": "福祉",
    "adult guardianship": "成年後見", "nursing care": "介護", "long-term care": "介護保険",
    "care insurance": "介護保険", "kaigo hoken": "介護保険", "apply for care": "介護保険の申請",
    "care services": "介護サービス", "home care": "介護サービス", "nursing home": "介護施設 特別養護老人ホーム",
    "tokuyo": "特別養護老人ホーム", "care level": "要介護認定", "care certification": "要介護認定", "day care": "保育園", "child care": "子育て", "childcare": "子育て",
    "mental health": "こころ", "shut-in": "ひきこもり", "shut in": "ひきこもり", "can't pay": "払えない 生活困窮",
    "cannot pay": "払えない 生活困窮", "sign language": "手話通訳", "evacuation": "避難行動要支援者 避難",
    "dementia": "認知症", "alzheimer": "認知症", "forgetful": "物忘れ", "memory": "物忘れ", "forgetting": "物忘れ", "forgets": "物忘れ",
    "forget things": "物忘れ",
    "caring": "介護", "caregiver": "介護 ケアラー", "carer": "ケアラー", "care": "介護", "elderly": "高齢者",
    "senior": "高齢者", "old": "高齢者", "aged": "高齢者", "father": "父", "mother": "母", "parent": "親",
    "parents": "親", "husband": "夫", "wife": "妻", "spouse": "配偶者", "partner": "配偶者",
    "child": "子ども", "children": "子ども", "kid": "子ども", "kids": "子ども", "baby": "子育て",
    "son": "息子", "daughter": "娘", "disability": "障害", "disabled": "障害", "handicap": "障害",
    "wheelchair": "車いす", "money": "お金", "poor": "生活困窮", "poverty": "生活困窮",
    "rent": "家賃", "debt": "借金", "loan": "貸付", "welfare": "福祉", "job": "仕事 就労", "work": "仕事 就労",
    "unemployed": "仕事 就労 生活困窮", "employment": "就労", "housing": "住まい", "house": "住まい",
    "apartment": "住まい探し", "homeless": "住まい 生活困窮", "violence": "暴力", "abuse": "虐待",
    "abused": "虐待", "hit": "暴力", "beaten": "暴力", "depressed": "こころ", "depression": "こころ うつ",
    "anxiety": "こころ", "stress": "こころ", "lonely": "孤独 孤立", "loneliness": "孤独 孤立",
    "isolated": "孤立", "hikikomori": "ひきこもり", "recluse": "ひきこもり", "withdrawn": "ひきこもり",
    "volunteer": "ボランティア", "volunteering": "ボランティア", "disaster": "災害 避難",
    "earthquake": "災害 避難", "foreign": "外国人", "foreigner": "外国人", "foreigners": "外国人",
    "language": "外国人", "english": "", "in english": "外国人", "pension": "年金", "guardian": "成年後見",
    "guardianship": "成年後見", "scam": "悪質商法 詐欺", "fraud": "詐欺", "contract": "契約トラブル",
    "development": "発達", "developmental": "発達", "autism": "発達", "nursery": "保育園",
    "daycare": "保育園", "health": "健康", "sick": "健康", "illness": "健康", "pregnant": "子育て 妊娠",
    "neighbor": "近所 見守り", "neighbour": "近所 見守り", "complaint": "苦情", "community": "地域活動",
    "school": "学校", "bullying": "いじめ", "consultation": "相談", "counter": "窓口",
    # Japanese welfare words written in romaji, and words for who and what, as residents write them
    "hoikuen": "保育園", "yochien": "幼稚園", "kindergarten": "幼稚園", "gakudo": "学童", "kaigo": "介護",
    "hattatsu": "発達", "seikatsu hogo": "生活保護", "minsei-iin": "民生委員", "minsei iin": "民生委員",
    "shakyo": "社協", "hokatsu": "地域包括支援センター", "houkatsu": "地域包括支援センター", "nenkin": "年金",
    "shuukatsu": "就職活動", "shukatsu": "就職活動", "job hunting": "就職活動", "job-hunting": "就職活動",
    "retired": "定年後", "retirement": "定年後", "seniors": "高齢者", "deaf": "聴覚障害", "hard of hearing": "難聴",
    "blind": "視覚障害", "pick up": "送り迎え", "family support": "ファミリーサポート", "young people": "若者",
    "neet": "ニート", "not working": "働いていない", "volunteer center": "ボランティアセンター",
    "grandfather": "祖父", "grandmother": "祖母", "grandpa": "祖父", "grandma": "祖母",
    "mother-in-law": "義母", "father-in-law": "義父", "getting lost": "道に迷う", "gets lost": "道に迷う",
    "toddler": "幼児", "toddlers": "幼児", "tsudoi": "つどいの広場", "hiroba": "ひろば", "mental illness": "精神障害",
    "intellectual disability": "知的障害",
    "disability certificate": "障害者手帳", "prison": "刑務所 出所", "bills": "公共料金",
    "money management": "金銭管理", "manage money": "金銭管理", "manage his money": "金銭管理",
    "manage everyday money": "金銭管理", "managing money": "金銭管理", "manage their money": "金銭管理",
    "manage my money": "金銭管理", "handle money": "金銭管理", "handling money": "金銭管理",
    "manage her money": "金銭管理",
    # work named as where the writer is, not what they ask for
    "returning to work": "", "return to work": "", "back to work": "",
    # work as a verb is no job: "how this works", "does it work", "work out"
    "how it works": "", "how this works": "", "how that works": "", "how things work": "", "how does it work": "",
    "how does this work": "", "does it work": "", "work out": "", "worked out": "", "working out": "",
    "at work": "", "i work part-time": "", "i work part time": "", "i work full-time": "", "i work full time": "",
    "i work nights": "", "my shift": "", "my shifts": "", "shift work": "", "night shift": "", "night shifts": "",
    "on shifts": "", "work shifts": "", "i work shifts": "",
    "living costs": "生活費 生活困窮", "living expenses": "生活費 生活困窮", "cost of living": "生活費 生活困窮",
    "single dad": "ひとり親", "single mom": "ひとり親", "single mum": "ひとり親", "disabilities": "障害",
    "helper": "ヘルパー", "home helper": "ヘルパー", "care helper": "ヘルパー", "bathe": "入浴", "bathing": "入浴",
    "senior center": "老人福祉センター", "senior centers": "老人福祉センター", "senior centre": "老人福祉センター",
    # other city business (topics of area outside): carried over so that such a message is told apart
    "garbage calendar": "ごみの日", "library card": "図書館", "tennyu": "転入届", "moving-in": "転入届",
    "move-in": "転入届", "register my address": "転入届", "register our address": "転入届",
    "address registration": "転入届", "change of address": "転入届", "change my address": "転入届", "tenshutsu": "転出届", "moving out": "転出届", "birth registration": "出生届",
    "mynumber": "マイナンバーカード", "hazard map": "防災マップ", "community garden": "市民農園",
    "garbage": "ごみ", "trash": "ごみ", "rubbish": "ごみ", "recycling": "資源ごみ", "burnable": "燃えるごみ",
    "bulky": "粗大ごみ", "juminhyo": "住民票", "residence certificate": "住民票", "resident record": "住民票",
    "certificate of residence": "住民票", "family register": "戸籍", "koseki": "戸籍", "my number": "マイナンバーカード",
    "marriage registration": "婚姻届", "register my marriage": "婚姻届", "register our marriage": "婚姻届",
    "register for school": "入学の手続き", "register for public school": "入学の手続き", "school registration": "入学の手続き",
    "enroll in school": "入学の手続き", "school enrollment": "入学の手続き", "move-in notification": "転入届", "seal registration": "印鑑登録",
    "tax": "住民税", "taxes": "住民税", "temple": "お寺", "shrine": "神社",
    "sightseeing": "観光", "tourist": "観光", "tourism": "観光", "beach": "海水浴",
    "surfing": "サーフィン", "hiking": "ハイキングコース", "weather": "天気",
    "forecast": "天気予報", "rain": "雨が降る", "library": "図書館", "dog": "飼い犬", "dogs": "飼い犬",
    "puppy": "子犬", "cat": "飼い猫", "cats": "飼い猫", "pet": "ペット", "passport": "パスポート",
    "election": "選挙", "vote": "投票", "voting": "投票", "bus": "路線バス", "train": "電車",
    "parking": "駐車場", "water bill": "水道料金", "noise": "騒音", "noisy": "騒音", "restaurant": "レストラン",
    "hotel": "ホテル", "lunch": "ランチ", "souvenir": "お土産", "park": "公園", "festival": "お祭り",
    "fireworks": "花火", "museum": "博物館", "hydrangea": "あじさい", "autumn leaves": "紅葉", "zen": "座禅",
    "sushi": "グルメ", "ramen": "ラーメン", "cafe": "カフェ", "rickshaw": "人力車", "kimono": "着物レンタル",
    "bike rental": "レンタサイクル", "rent a bike": "レンタサイクル", "timetable": "時刻表", "driver's license": "運転免許",
    "driving license": "運転免許", "city council": "市議会", "swimming pool": "市民プール", "gym": "体育館",
    "sunny": "晴れ", "typhoon forecast": "台風の進路", "rain tomorrow": "雨",
    "talking yet": "発達 ことばの遅れ", "not talking": "発達 ことばの遅れ", "speech": "発達 ことば",
    "drinking": "お酒 アルコール 健康", "alcohol": "アルコール 健康",
    "street light": "街灯", "street lights": "街灯", "streetlight": "街灯", "street lamp": "街灯",
    "streetlamp": "街灯", "road": "道路の補修", "pothole": "道路に穴", "guardrail": "ガードレール",
    "sidewalk": "道路の補修", "traffic light": "信号機", "empty lot": "空き地", "vacant lot": "空き地",
    "weeds": "雑草", "overgrown": "雑草", "playground": "公園の遊具", "barking": "吠える", "barks": "吠える",
    "bark": "吠える", "loud": "うるさい", "mosquitoes": "蚊", "mosquito": "蚊", "hornet": "蜂の巣",
    "wasp": "蜂の巣", "buddha": "大仏", "statistics": "統計", "census": "国勢調査", "population": "人口統計",
    "school project": "", "school assignment": "", "school report": "",
    # where it happens is no housing question: "in front of my apartment", "next to our house"
    "front of my apartment": "", "front of our apartment": "", "front of my house": "", "front of our house": "",
    "next to my house": "", "next to our house": "", "near my house": "", "near our house": "",
    "next to my apartment": "", "near my apartment": "", "home from work": "", "back from work": "",
    "late from work": "", "after work": "", "outside my house": "", "outside our house": "",
    "outside my apartment": "", "fix": "直して", "fixed": "直して", "repair": "修理", "repaired": "修理",
}
# Not going to school said in English (school refusal, won't go to school) is 不登校, and staying shut in one's
# room (never leaves his room, stays in her bedroom) is ひきこもり — not "school" or "room" alone.
GLOSSARY.update({f"{verb} to school": "不登校" for verb in (
    "refuses to go", "refuse to go", "refused to go", "refusing to go", "won't go", "doesn't go", "does not go",
    "didn't go", "not going", "stopped going", "stop going", "isn't going", "wouldn't go")})
GLOSSARY.update({f"{verb} {place}": "ひきこもり" for place in ("the house", "his house", "her house", "home", "the home")
                 for verb in ("hasn't left", "has not left", "hasn't been out of", "doesn't leave", "does not leave",
                              "never leaves", "won't leave", "rarely leaves", "hardly leaves", "barely leaves")})
GLOSSARY.update({"school refusal": "不登校", "refusing school": "不登校", "skipping school": "不登校",
                 "skips school": "不登校", "stopped going to high school": "不登校",
                 "stopped going to junior high": "不登校", "shut himself": "ひきこもり", "shut herself": "ひきこもり",
                 "shuts himself": "ひきこもり", "shuts herself": "ひきこもり", "locks himself": "ひきこもり",
                 "locks herself": "ひきこもり"})
GLOSSARY.update({f"{verb} {who} {place}": "ひきこもり" for who in ("his", "her", "their", "my")
                 for place in ("room", "bedroom") for verb in (
                     "leave", "leaves", "left", "leaving", "stay in", "stays in", "stayed in", "staying in")})
# Low mood said in everyday English (feeling down, can't sleep, lost interest) is こころ; a neighbour who minds a
# child now and then (babysitting, look after my son) is ファミリーサポート.
GLOSSARY.update({f"{verb} {how}": "こころ 気分が落ち込む" for verb in (
    "feel", "feeling", "felt", "seem", "seems", "been", "am", "i'm", "so", "really", "very", "always")
    for how in ("down", "low", "blue", "hopeless", "empty", "numb")})
GLOSSARY.update({w: "眠れない" for w in (
    "can't sleep", "cannot sleep", "couldn't sleep", "barely sleep", "hardly sleep", "trouble sleeping",
    "sleeping badly", "insomnia", "sleepless", "no sleep", "not sleeping")})
GLOSSARY.update({w: "何をしても楽しくない こころ" for w in (
    "lost interest", "losing interest", "no interest in anything", "nothing feels fun", "nothing is fun",
    "no motivation", "no energy", "pointless", "psychiatrist", "my mood", "mood swings")})  # (therapy: a child's 療育 too)
GLOSSARY.update({w: "ファミリーサポート 子どもの預け先" for w in (
    "babysit", "babysits", "babysitting", "babysitter", "babysitters", "baby-sitter", "baby sitter",
    "childminder", "childminding", "child minding", "mind my child", "mind my kids")})
GLOSSARY.update({f"look after my {who}": "ファミリーサポート 子どもの預け先" for who in (
    "son", "daughter", "child", "kid", "kids", "children", "baby", "toddler", "boy", "girl")})
# Someone to fetch one's child or a neighbourly childcare scheme (pick up my kids, help with childcare for a fee).
GLOSSARY.update({f"pick {m}": "ファミリーサポート 送り迎え" for who in (
    "son", "daughter", "child", "kid", "kids", "children", "boy", "girl") for m in (f"up my {who}", f"my {who} up")})
GLOSSARY.update({w: "ファミリーサポート 子どもの預け先" for w in (
    "help with childcare", "help with child care", "childcare help", "help each other with childcare")})
GLOSSARY.update({w: "相談" for w in ("counselling", "counseling", "counsellor", "counselor")})  # of any kind
# Who and where said as residents say it: foreign residents, older people, the social welfare council (社協) and its
# district councils' salons and watch-over visits.
GLOSSARY.update({"foreign residents": "外国人 外国籍", "foreign resident": "外国人 外国籍", "non-japanese": "外国人",
                 "international marriage": "国際結婚", "married to a japanese": "国際結婚",
                 "older people": "高齢者", "older residents": "高齢者", "older adults": "高齢者", "older person": "高齢者",
                 "older brother": "兄", "older sister": "姉",
                 "social welfare council": "社会福祉協議会 社協", "welfare council": "社会福祉協議会 社協",
                 "district social welfare council": "地区社協", "district council": "地区社協",
                 "salon": "サロン", "salons": "サロン", "watch-over": "見守り", "watch over": "見守り",
                 "get involved": "地域活動 参加", "help out": "手伝いたい",
                 "job training": "職業訓練 仕事 就労", "vocational training": "職業訓練 仕事 就労",
                 "skills training": "職業訓練 仕事 就労"})
# A neighbour who only told the resident something (a neighbor said, my neighbour told me) is no neighbour to watch over.
GLOSSARY.update({f"{det} {n} {verb}": "" for det in ("a", "my", "our", "the") for n in (
    "neighbor", "neighbour", "neighbors", "neighbours") for verb in (
    "said", "says", "told me", "told us", "mentioned", "recommended", "suggested")})
# Parenting said in everyday English (tantrums, talk to someone about parenting): 子育て.
GLOSSARY.update({"parenting": "子育て 育児", "tantrum": "かんしゃく 子育て", "tantrums": "かんしゃく 子育て",
                 "about parenting": "子育て相談"})
# Small chores in an older person's house (jobs around the house, odd jobs, change the curtains, move furniture) are
# everyday help (生活支援), not a job.
GLOSSARY.update({w: "ちょっとした手助け 家事の手伝い" for w in (
    "jobs around the house", "small jobs", "odd jobs", "little jobs", "chores", "household chores", "housework",
    "everyday help", "help around the house", "little help", "a hand around the house")})
GLOSSARY.update({"move furniture": "家具の移動", "moving furniture": "家具の移動", "change her curtains": "カーテンの取り付け",
                 "change his curtains": "カーテンの取り付け", "change the curtains": "カーテンの取り付け",
                 "light bulb": "電球の交換", "light bulbs": "電球の交換"})
# Anything at all, to one desk (bring up anything, small worries): なんでも相談.
GLOSSARY.update({w: "なんでも相談 誰に相談したらいいか" for w in (
    "bring up anything", "ask about anything", "talk about anything", "anything at all", "any kind of worry",
    "small worries", "little worries")})
# Someone to mind a child a short while (watch my son, look after a child for a small fee): ファミリーサポート.
GLOSSARY.update({f"{verb} {det} {who}": "ファミリーサポート 子どもの預け先" for verb in ("watch", "look after", "mind")
                 for det in ("my", "our", "a", "the") for who in (
                     "child", "kid", "kids", "children", "son", "daughter", "baby", "toddler", "boy", "girl")})
# An age says who the person is: "my 2 year old" is a child, "my 80-year-old mother" an older person.
_AGE = re.compile(r"(\d+)[- ]?(?:years?|yrs?)[- ]old")
# The writer's own age said first (I'm 15 and care for my dad): a minor who looks after family is a young carer.
_OWN_AGE = re.compile(r"\bi(?:'m|’m| am) (\d{1,2})\b(?![- ]?(?:months?|weeks?|kids|children|minutes?|hours?))")


def _own_age(m: re.Match[str]) -> str:
    return " i am a minor " if int(m.group(1)) < 18 else m.group(0)


def _age_word(m: re.Match[str]) -> str:
    age = int(m.group(1))
    return " child " if age < 18 else " elderly " if age >= 65 else " "
# Falls at home, a child's relatives and step-parents, a baby's age in months, a country left for this city, and the
# everyday names of counters (a child-rearing support centre, parent groups, youth job support, national pension).
GLOSSARY.update({w: "転倒 よく転ぶ" for w in ("keeps falling", "keep falling", "falls down", "fell down", "has fallen",
                                            "falling over", "fall over", "falls over", "had a fall", "a fall")})
GLOSSARY.update({"niece": "姪 子ども", "nephew": "甥 子ども", "stepfather": "継父", "stepdad": "継父",
                 "step-father": "継父", "stepmother": "継母", "stepmom": "継母", "stepmum": "継母",
                 "month-old": "赤ちゃん 乳児", "months old": "赤ちゃん 乳児",
                 "child-rearing support": "子育て支援センター", "child rearing support": "子育て支援センター",
                 "parenting support center": "子育て支援センター", "parenting support centre": "子育て支援センター",
                 "support centre": "支援センター", "support center": "支援センター",
                 "parent groups": "子育てサークル", "parent group": "子育てサークル", "playgroup": "子育てサークル",
                 "stay-at-home dad": "父親 育児", "stay at home dad": "父親 育児",
                 "youth": "若者", "jobless": "仕事 就労 無職", "national pension": "国民年金",
                 "pension payments": "国民年金 保険料 免除", "disability pension": "障害年金",
                 "old clothes": "古着", "recycle": "資源ごみ リサイクル", "i work as": "", "i'm working as": "",
                 "medical expense deduction": "医療費控除", "tax return": "確定申告",
                 "caregiving": "介護", "care-giving": "介護", "all at once": "全部重なって", "at the same time": "同時に"})
# (moving from a country is a newcomer's question; "we are from India" only says who, beside a concern of its own)
GLOSSARY.update({f"{verb} {c}": "外国から来た 外国人" for verb in (
    "moved here from", "moved from", "came here from", "just came from", "arrived from", "just arrived from")
    for c in ("brazil", "vietnam", "the philippines", "philippines", "china", "nepal", "korea", "peru", "indonesia",
              "myanmar", "sri lanka", "india", "thailand", "abroad", "overseas", "another country")})
GLOSSARY.update({w: "外国から来た 外国人" for w in ("new to japan", "moved to japan", "just moved to japan")})
# A small child's first words late and an assessment asked for that child: the development counter (発達検査), not
# the care level's assessment of an elder (care assessment, above).
GLOSSARY.update({w: "発達 ことばの遅れ" for w in ("hardly says any words", "doesn't say any words", "does not say any words",
                                            "hardly says a word", "no words yet", "only says a few words",
                                            "hardly speaks", "barely speaks", "isn't speaking", "not speaking yet")})
GLOSSARY.update({f"{verb} {who} assessed": "発達検査" for verb in ("get", "have") for who in ("him", "her", "my son",
                                                                                         "my daughter", "my child")})
# A minor writer (I'm 15), a parent or grandparent looked after, an earthquake and getting out in it, disability services.
GLOSSARY.update({"i am a minor": "中高生", "quake": "災害 避難", "tsunami": "災害 避難", "evacuate": "避難",
                 "evacuating": "避難", "disability services": "障害福祉サービス 障害の相談"})
GLOSSARY.update({f"look after my {who}": "世話 介護" for who in (
    "dad", "father", "mum", "mom", "mother", "parents", "parent", "grandma", "grandmother", "grandpa", "grandfather",
    "sister", "brother")})
# Everyday English of session 13: getting frail, the care level's assessment, a public health nurse, a seller at the
# door, a place to play with a baby, neighbours minding each other's children, a minor who puts siblings to bed, daily
# life for a newcomer, and old appliances to get rid of (old is no older person there).
GLOSSARY.update({"frail": "足腰が弱った", "getting frail": "足腰が弱った 介護予防", "frailty": "足腰が弱った 介護予防",
                 "care level": "要介護認定", "care level assessment": "要介護認定", "care assessment": "要介護認定",
                 "care needs assessment": "要介護認定", "public health nurse": "保健師 健康相談",
                 "health consultation": "健康相談", "health consultations": "健康相談", "quit smoking": "禁煙",
                 "diet and exercise": "食生活 運動不足", "door-to-door": "訪問販売", "door to door": "訪問販売",
                 "salesman": "訪問販売", "cancel the contract": "契約の取り消し", "cancel a contract": "契約の取り消し",
                 "go to play": "親子で遊べる場所 子育て支援センター", "place to play": "親子で遊べる場所 子育て支援センター",
                 "meet other families": "子育て仲間がほしい", "meet other parents": "子育て仲間がほしい",
                 "meet other moms": "ママ友がほしい", "meet other mums": "ママ友がほしい",
                 "community childcare": "ファミリーサポート 子どもの預け先",
                 "members help each other": "ファミリーサポート 子育ての助け合い",
                 "put them to bed": "きょうだいの世話", "little sisters": "妹", "little brothers": "弟",
                 "younger siblings": "きょうだいの世話", "works nights": "", "work nights": "", "drinks a lot": "お酒の量",
                 "daily life here": "外国人 日本の生活", "life in japan": "外国人 日本の生活",
                 "living in japan": "外国人 日本の生活", "old electronics": "小型家電", "electronics": "小型家電",
                 "appliance": "家電の処分", "appliances": "家電の処分", "old appliances": "家電の処分",
                 "microwave": "家電の処分", "old furniture": "家具の処分", "collection day": "収集日",
                 "abuse of a disabled person": "障害者虐待", "abuse of disabled people": "障害者虐待",
                 "abuse of a person with a disability": "障害者虐待", "disability abuse": "障害者虐待",
                 "abuse of people with disabilities": "障害者虐待", "landlord": "大家 住まい探し",
                 "landlords": "大家 住まい探し", "find a flat": "住まい探し", "find an apartment": "住まい探し",
                 "rent a bicycle": "レンタサイクル", "bicycle rental": "レンタサイクル", "nihongo": "日本語",
                 "nihongo sukoshi": "日本語が少し", "soudan": "相談"})
# Everyday English of session 14: money kept from a partner and shouting (economic abuse), a parent raising a
# child alone, an allowance, a carer who looks after family, someone who refuses help, newcomers who meet no one.
GLOSSARY.update({w: "生活費を渡さない 経済的DV" for w in (
    "controls the money", "controls all the money", "controls my money", "controls our money", "takes all my money",
    "takes my salary", "won't give me money", "doesn't give me money", "gives me no money")})
GLOSSARY.update({w: "怒鳴られ" for w in ("yells at me", "shouts at me", "screams at me", "yelling at me",
                                        "shouting at me", "screaming at me")})
GLOSSARY.update({f"{verb} {det} {who} alone": "ひとり親" for verb in ("raising", "raise", "bringing up", "bring up")
                 for det in ("my", "our", "a", "the", "two", "three") for who in (
                     "child", "children", "kid", "kids", "son", "sons", "daughter", "daughters", "baby")})
GLOSSARY.update({"on my own with": "ひとり親", "divorced": "離婚", "allowance": "手当", "child allowance": "児童手当",
                 "looking after": "世話", "taking care of": "世話", "take care of": "世話",
                 "refuses help": "支援を拒否", "refuses any help": "支援を拒否", "refuses all help": "支援を拒否",
                 "check in on": "見守り", "checking in on": "見守り", "check on": "見守り",
                 "meet neighbours": "近所の人と知り合いたい", "meet neighbors": "近所の人と知り合いたい",
                 "don't know anyone": "知り合いがいない", "do not know anyone": "知り合いがいない",
                 "know anyone": "知り合いがいない", "newcomers": "引っ越してきて友達がいない",
                 "expat": "外国人", "expats": "外国人", "from abroad": "外国から来た 外国人",
                 "from overseas": "外国から来た 外国人", "from another country": "外国から来た 外国人",
                 "lives alone": "一人暮らし", "living alone": "一人暮らし", "live alone": "一人暮らし",
                 "care manager": "ケアマネ", "care worker": "ヘルパー", "care workers": "ヘルパー", "complain": "苦情",
                 "complaints about": "苦情 サービスへの不満", "complaint about": "苦情 サービスへの不満",
                 "never listens": "言っても聞いてもらえない", "doesn't listen": "言っても聞いてもらえない",
                 "without asking": "説明が不十分",
                 # a temple's crowds and public toilets: sightseeing, whoever comes along
                 "crowded": "混雑状況", "accessible toilet": "公衆トイレ", "public toilet": "公衆トイレ",
                 "left the house": "家から出ない ひきこもり", "leave the house": "家から出ない ひきこもり",
                 "leaves the house": "家から出ない ひきこもり", "leaving the house": "家から出ない ひきこもり",
                 "borrow": "貸し出し", "borrow money": "お金を借りたい 貸付", "borrow some money": "お金を借りたい 貸付"})
# Everyday English of session 16: a seller who overcharged or a contract that will not end (the consumer centre), a
# partner who shouts and breaks things when he drinks, a newcomer from any country, a drop-in place for babies,
# a tax notice, volunteer probation officers.
GLOSSARY.update({w: "消費生活センター 消費者トラブル" for w in (
    "consumer office", "consumer center", "consumer centre", "consumer affairs", "consumer advice", "consumer protection")})
GLOSSARY.update({w: "騙された 高額請求" for w in (
    "scammed", "got scammed", "was scammed", "been scammed", "ripped off", "rip-off", "overcharged", "charged me",
    "conned", "swindled")})
GLOSSARY.update({w: "解約できない 返金してほしい" for w in (
    "won't let me cancel", "wouldn't let me cancel", "can't cancel", "cannot cancel", "refused to cancel",
    "cancel my membership", "cancel the membership", "get my money back", "get the money back", "refund")})
_RAGE = ("breaks things", "throws things", "smashes things", "punches the wall", "punches walls", "shouts", "yells",
         "screams", "gets violent")
GLOSSARY.update({w: "怒鳴られ 物を壊す" for w in _RAGE})
GLOSSARY.update({f"my {who} {w}": f"{ja}が怒鳴って物を壊す" for w in _RAGE for who, ja in (
    ("husband", "夫"), ("partner", "夫"), ("boyfriend", "夫"), ("wife", "妻"), ("girlfriend", "妻"))})
GLOSSARY.update({f"{verb} {where}from {c}": "外国から来た 外国人" for verb in ("moved", "came", "just came", "arrived", "relocated")
                 for where in ("to japan ", "here ", "") for c in (
                     "nepal", "canada", "the us", "the usa", "america", "the uk", "england", "australia", "france",
                     "germany", "ukraine", "taiwan", "mongolia", "bangladesh", "pakistan", "brazil", "vietnam",
                     "the philippines", "philippines", "china", "korea", "peru", "indonesia", "myanmar", "india")})
GLOSSARY.update({w: "親子で遊べる場所 子育て支援センター" for w in (
    "drop in", "drop-in", "let the kids play", "kids can play", "children can play", "babies can play")})
# a pupil who keeps the house for a parent who cannot: the housework is the young carer's sign
GLOSSARY.update({"high school student": "高校生", "high schooler": "高校生", "junior high school student": "中学生",
                 "middle school student": "中学生", "junior high student": "中学生", "student at high school": "高校生",
                 **{w: "家事" for w in ("do the cooking", "do the laundry", "do the housework", "do all the housework",
                                       "do the chores", "housework", "household chores", "cook dinner", "cook for")}})
# care workers refused at the door ("refuses any carers coming in"): help refused, not a family carer
GLOSSARY.update({f"{verb} {det}{who}": "支援を拒否 ヘルパー" for verb in ("refuses", "refused", "won't let", "won't accept")
                 for det in ("", "any ", "the ") for who in ("carers", "helpers", "care workers", "home help", "home helpers")})
GLOSSARY.update({"property tax": "固定資産税", "tax notice": "納税通知書", "tax bill": "納税通知書",
                 "tax representative": "納税管理人", "hogoshi": "保護司", "probation officer": "保護司 更生保護",
                 "probation officers": "保護司 更生保護", "probation": "更生保護", "daily life": "暮らし"})
# A phrase of several words is found hyphenated too (single-parent families, watch-over visits).
GLOSSARY.update({k.replace(" ", "-"): v for k, v in list(GLOSSARY.items()) if " " in k and k.replace(" ", "-") not in GLOSSARY})
_PHRASES = sorted(GLOSSARY, key=len, reverse=True)
# The phrases by their first word, in _PHRASES' order: a message is searched only for those that can start in it
# (the glossary holds thousands of phrases; an English message has a few dozen words).
_BY_FIRST: dict[str, list[tuple[int, str]]] = {}
for _rank, _phrase in enumerate(_PHRASES):
    _BY_FIRST.setdefault(_phrase.split(" ", 1)[0], []).append((_rank, _phrase))


def _is_japanese(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uff66" <= ch <= "\uff9f"


# An English message may name a Japanese word it was told (a 療育 center, the 地域包括支援センター): still English
# when its Latin letters outnumber its Japanese characters this many times over.
EN_OVER_JA = 8


def is_english(text: str) -> bool:
    """Mostly Latin letters, Japanese script at most a word or two of a long English text."""
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    japanese = sum(map(_is_japanese, text))
    return letters >= 3 and (japanese == 0 or letters >= EN_OVER_JA * japanese)


_JAPANESE_RUN = re.compile(r"[\u3040-\u9fff\uff66-\uff9f]+")


# Temples and shrines by their romaji names (Hase-dera, Engaku-ji, Hachiman-gu, Hasedera): sightseeing. (Jomyoji
# written whole is also the town 浄明寺, where residents live.)
_TEMPLE = re.compile(r"\b[a-z]+-(?:dera|ji|gu)\b|\b[a-z]{2,}dera\b|\b(?:engakuji|kenchoji|hokokuji|zuisenji|"
                     r"hachimangu|tsurugaoka|daibutsu|kotokuin|kotoku-in|meigetsu-in|meigetsuin)\b")


# The writer's own workplace (I work part-time at a hotel, she works in a restaurant) is the setting of the story,
# not a hotel or a restaurant asked about: cut.
_WORKPLACE = re.compile(r"\b(?:work|works|working)\s+(?:part[- ]time\s+|full[- ]time\s+|nights\s+|shifts\s+)?"
                        r"(?:as an? [a-z]+\s+)?(?:at|in|for)\s+(?:a|an|the)\s+[a-z]+")


# Living or paying from abroad (we live abroad, how to pay it from overseas) says where the writer is, not that they
# are a newcomer to the city: cut.
_AFAR = re.compile(r"\b(?:(?:live|lives|living|are|we're|i'm|am|based)\s+(?:abroad|overseas)|(?:pay|send|call|apply|do|"
                   r"manage|handle|contact|write)\s+(?:it\s+|this\s+|them\s+|you\s+)?from\s+(?:abroad|overseas))\b")


def to_japanese(text: str) -> str:
    """Japanese keywords for the English text ('' when none of its words are known)."""
    lowered = _TEMPLE.sub(" temple ", _AGE.sub(_age_word, _OWN_AGE.sub(_own_age, text.lower())))
    lowered = _AFAR.sub(" ", _WORKPLACE.sub(" ", lowered))
    # (a word in quotes, 'young carer', without its quote marks)
    t = " " + " ".join(w.strip("'-") for w in _WORD.findall(lowered)) + " "
    found: list[str] = []
    words = set(t.split())
    starts = words | {w[:-1] for w in words if w.endswith("s")}  # (a one-word phrase in the plural: parents)
    for _, phrase in sorted(c for w in starts for c in _BY_FIRST.get(w, ())):
        key = f" {phrase} "
        if key in t or f" {phrase}s " in t:  # (a plural: single parents, young carers)
            found.append(GLOSSARY[phrase])
            t = t.replace(key, " ")
    return " ".join(found + _JAPANESE_RUN.findall(text))  # a Japanese word in the English is kept as written
