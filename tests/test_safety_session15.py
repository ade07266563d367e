"""The safety screen on families found in crisisO (issue #11, session 15), in sentences of our own: a headache like
a blow out of nowhere, a blade or teeth on one's own arm, a baby's face under the bath water, a former partner
coming tonight or writing dozens of times, a knife taken out in a rage, a drunk parent raging, a disabled or old
person handled roughly by another and hurt, a carer's thought of giving too much medicine (the carer's fear, not
pills taken), and the same crises in Korean, Vietnamese, Tagalog, Portuguese and Nepali. Each family has harmless
twins that stay quiet.
"""

from __future__ import annotations

import pytest

from core.safety import screen
from core.safety.frames import LIKE, OWN, frames
from tests.screen_cases import names_first, raises_alarm, stays_quiet

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    # a headache like a blow, out of nowhere
    ("急にハンマーで殴られたような頭痛がして吐いた", "stroke-signs"),
    ("突然、頭をバットで殴られたみたいな痛み。こんなの初めて", "stroke-signs"),
    ("夫が急に、後ろから殴られたような頭痛がするって言って吐いてる", "stroke-signs"),
    ("いきなり頭が割れるような痛みで、首が動かせない", "stroke-signs"),
    ("母が殴られたかのような頭痛を訴えて、いま嘔吐してます", "stroke-signs"),
    # a blade, a needle or teeth on one's own arm, again and again
    ("娘がカッターで腕を何度も切ってるのを見てしまった", "self-harm"),
    ("生徒が画鋲で手首を何回も刺しています", "self-harm"),
    ("息子がハサミで太ももをずっと傷つけてる", "self-harm"),
    ("友だちが鉛筆で腕を何度もさしてて、やめられないって", "self-harm"),
    ("弟(自閉症)が手の甲を噛み続けて血が出てる", "self-harm"),
    # a baby or a child with the face under the bath water
    ("お風呂で赤ちゃんの顔がお湯につかってた、泣かない", "drowning"),
    ("ちょっと目を離したら、息子が湯船で頭まで沈んでた。ぐったりしてる", "drowning"),
    ("ベビーバスで娘がうつ伏せで浮いてた", "drowning"),
    ("子どもがプールで顔が水につかったまま動かない", "drowning"),
    # a former partner coming tonight, or writing dozens of times
    ("元彼から今夜行くからってLINEが来た", "stalking-threat"),
    ("別れた夫が今から来るって言ってる、怖い", "stalking-threat"),
    ("元カノからメッセージが50件も来てる", "stalking-threat"),
    ("前の彼氏から着信が何十回もあって、今日来るって", "stalking-threat"),
    # a knife taken out in a rage
    ("父がキレて包丁を取り出した", "violence-now-family"),
    ("夫が怒鳴りながらナイフを出してきた", "violence-now-partner"),
    ("兄が逆上して包丁持ち出した、逃げた", "violence-now-family"),
    # a drunk parent raging
    ("酒に酔った父が暴れてる", "violence-now-family"),
    ("飲んだ夫が暴れて手がつけられない", "violence-now-partner"),
    ("泥酔したおやじが暴れだした", "violence-now-family"),
    # a disabled or old person handled roughly by another and hurt
    ("車いすの父を、弟が突き飛ばして、父が腕を痛がってる", "disabled-abuse-injury"),
    ("障害のある妹をヘルパーがベッドから落として、あざができてる", "disabled-abuse-injury"),
    ("寝たきりの祖母を、叔父が乱暴に扱って、腕にあざが", "elder-abuse-injury"),
    ("認知症の祖父を息子が引きずって、頭から血が出てる", "elder-abuse-injury"),
    # a child left in a closed car, oil about to be poured on someone
    ("車の中に子どもを置いたまま、1時間経ってしまった", "heatstroke"),
    ("駐車場の車内に赤ちゃんを残したまま忘れてて、30分たった。ぐったりしてる", "heatstroke"),
    ("父が母に灯油をかけようとしてる", "violence-now-family"),
    ("夫がガソリンを撒いて、私に火をつけるって", "violence-now-partner"),
    # the same crises in other languages
    ("전 남편이 지금 문 앞에 있어요", "stalking-threat"),
    ("Người yêu cũ đang ở trước nhà tôi, tôi sợ", "stalking-threat"),
    ("Mi ex está afuera de mi casa ahora", "stalking-threat"),
    ("Ông tôi bị cháu đánh, có vết bầm", "elder-abuse-injury"),
    ("Mẹ tôi bị lẫn, đi lạc từ chiều chưa về", "missing-person-dementia"),
    ("Wala kaming matutulugan ngayong gabi, malamig", "no-food-or-shelter-in-cold"),
    ("O vizinho bate sempre no filho, estou ouvindo gritos agora", "child-abuse"),
    ("Ang kapatid kong may kapansanan ay binugbog, may sugat", "disabled-abuse-injury"),
    ("घरमा आगो लागेको छ", "fire"),
    ("Tôi chăm sóc bố chồng, hôm nay tôi suýt tát ông", "caregiver-may-harm"),
    ("Ang lolo ko ay sobrang init ng katawan at hindi sumasagot", "heatstroke"),
    # probed after crisisO: Indonesian, Tagalog, Spanish, Korean, Chinese and Nepali
    ("Ang dati kong kasintahan ay nasa labas ng bahay namin ngayon", "stalking-threat"),
    ("Mantan pacar saya ada di depan rumah sekarang", "stalking-threat"),
    ("Mi abuela tiene mucho calor y está confundida", "heatstroke"),
    ("할머니가 아들에게 맞아서 멍이 들었어요", "elder-abuse-injury"),
    ("我爸爸有老年痴呆，早上出去还没回来", "missing-person-dementia"),
    ("今晚没有地方住，很冷", "no-food-or-shelter-in-cold"),
    ("옆집에서 아이를 때리는 소리가 들려요", "child-abuse"),
    ("Hay humo y fuego en la casa de al lado", "fire"),
    ("Nasusunog ang bahay ng kapitbahay", "fire"),
    ("छिमेकीको घरबाट धुवाँ आइरहेको छ", "fire"),
    ("Cuido a mi suegra y hoy casi le pego, tengo miedo de mí misma", "caregiver-may-harm"),
    ("Inaalagaan ko ang biyenan ko, muntik ko na siyang masaktan", "caregiver-may-harm"),
    ("시어머니를 돌보는데 오늘 때릴 뻔했어요", "caregiver-may-harm"),
    ("Suami saya memukul saya sekarang", "violence-now-partner"),
    ("Hindi ko mahanap ang anak ko sa mall", "missing-child"),
    ("Anak saya hilang di pantai", "missing-child"),
    ("Anak saya tenggelam di laut", "drowning"),
    ("Bayi saya tersedak", "choking"),
    ("Ibu saya bicaranya tidak jelas dan wajahnya miring", "stroke-signs"),
    ("Ang nanay ko ay nawalan ng malay", "not-breathing-or-unconscious"),
    ("어머니가 쓰러져서 안 일어나요", "not-breathing-or-unconscious"),
    ("아기가 목에 뭐가 걸렸어요", "choking"),
    ("Anak saya kejang-kejang", "seizure"),
    ("Nenek saya jatuh dan tidak bisa bangun", "elderly-fallen"),
    ("Rumah saya terbakar", "fire"),
    ("Tomé muchas pastillas para dormir", "overdose"),
    ("Uminom ako ng maraming gamot", "overdose"),
    ("수면제를 많이 먹었어요", "overdose"),
    ("Saya melukai diri sendiri lagi", "self-harm"),
    ("Ayah saya memukul ibu saya sekarang", "violence-now-family"),
    ("Con tôi không về nhà, đã tối rồi", "missing-child"),
    ("Mi hija de 8 años no ha vuelto de la escuela", "missing-child"),
    ("Saya tidak makan sudah tiga hari", "no-food-or-shelter-in-cold"),
    ("Tôi đã 3 ngày không ăn gì", "no-food-or-shelter-in-cold"),
    ("Hindi pa ako kumakain ng tatlong araw", "no-food-or-shelter-in-cold"),
    ("Alguien me sigue todas las noches", "stalking-threat"),
    ("Ada orang yang mengikuti saya setiap malam", "stalking-threat"),
]

# Routine questions with the same words: no alarm.
HARMLESS = [
    # a headache like a blow, after drink or as every month
    "二日酔いでハンマーで殴られたような頭痛。何を飲めばいい？",
    "片頭痛がひどくて頭を殴られたような感じ、いつものことだけど頭痛外来ってある？",
    "殴られたような衝撃を受けた映画の話",
    # a needle in sewing, a blade in crafts
    "娘が裁縫の針で指を刺したみたい、消毒どうする？",
    # a bath to relax in
    "温泉で頭までつかってリラックスしたい、市内の銭湯は？",
    "子どもがプールで顔を水につけられるようになった！スイミング教室の情報ほしい",
    # a partner who comes, for a visit
    "元夫が今夜子どもに会いに来るって、面会交流の相談ってどこ？",
    "彼氏が今夜来るって、楽しみ",
    # a knife taken out for cooking
    "包丁を出して野菜を切る練習、料理教室ってある？",
    # a drunk parent's rage long ago
    "酔った父が暴れた子どもの頃の記憶がつらい。カウンセリングを受けたい",
    # a car, oil
    "車の中に子どもを残したまま5分だけコンビニに入るのは違法ですか",
    "ストーブに灯油をかけてしまった、大丈夫？",
    # the same words in other languages, asked routinely
    "Hay humo en la cocina porque se quemó el pan",
    "Terbawa hanyut perasaan",
    "Matahari tenggelam di pantai indah sekali",
    "Hace mucho calor hoy, ¿hay piscina pública?",
    "Mi suegra está confundida por la demencia, ¿dónde hay un centro de día?",
    "Cuido a mi suegra, ¿hay ayuda para cuidadores?",
    "Wala akong pasok bukas, may libreng klase ba?",
    "Saya makan siang jam berapa hari ini?",
    "Kulit saya terbakar matahari",
    "Con tôi không về nhà ăn trưa hôm nay",
    "Tomé muchas fotos en Kamakura",
    "Mi hija de 8 años no ha vuelto a tener fiebre",
    # a carer's aid asked
    "車いすの父をベッドから移すのが大変、移乗のコツを教えて",
    "母が職員に乱暴に扱われたと言っていて、施設に話したいけど窓口は？",
]

# The situation whose line must come first.
FIRST = [
    ("急にバットで殴られたみたいな頭痛。吐いた", "stroke-signs"),
    ("生徒がコンパスの針で腕を何度も刺してる。今ここにいます", "self-harm"),
    ("ベビーバスで目を離したすきに赤ちゃんが顔までつかってた。泣かない", "drowning"),
    ("車いすの母を、兄が乱暴に扱って、ベッドから落とした。母は痛がってる", "disabled-abuse-injury"),
    ("父に薬をまとめて飲ませたら楽になるかなって考えた。自分が怖い", "caregiver-may-harm"),
    ("何日も食べてなくて手足がしびれてる。今日は公園で寝ます", "no-food-or-shelter-in-cold"),
]

# A pursuer's words of death (「一緒に死のう」 sent by a former partner): the police line first, not the suicide lines.
PURSUED = ["元彼から「一緒に死のう」ってメッセージが何十件も。今夜来るって", "別れた相手から『死んでやる』ってLINEが何十件も来る、今から来るって"]


test_crisis_family_raises_its_alarm = raises_alarm(CRISES)


test_harmless_twin_raises_no_alarm = stays_quiet(HARMLESS)


test_the_right_situation_comes_first = names_first(FIRST)


@pytest.mark.parametrize("text", PURSUED)
def test_a_pursuers_words_of_death_bring_the_police_first(text: str) -> None:
    found = screen(text)
    assert found.alarm and found.situations[0] in ("violence-now-partner", "stalking-threat"), (text, found)


def test_own_limb_and_likeness_are_grammar() -> None:
    """A blade on a limb no one else owns is the doer's own (OWN); someone's arm, or a passive, is not; a verb
    that only paints a likeness (殴られたみたいな) is LIKE."""
    def feats(text: str) -> set[str]:
        return set().union(*(f.feats for f in frames(text)))
    assert OWN in feats("腕を何度も刺してる")
    assert OWN in feats("手の甲を噛み続けて")
    assert OWN not in feats("夫が私の腕を刺してる")
    assert OWN not in feats("腕を噛まれた")
    assert LIKE in feats("バットで殴られたみたいな頭痛")
    assert LIKE not in feats("バットで殴られた")
