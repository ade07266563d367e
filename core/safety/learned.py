"""Where the backstop's heads (backstop.py) may act in the screen, and what a situation they hear needs.

The rules first; the heads only on a message no rule raised an alarm in and none lowered: never on a courtesy
alone, a course, a policy, hyperbole, a story that is over or a span of years. A situation the model hears needs
what the rules' `needs` would: its person, someone gone for a missing one, a sign of harm for abuse.
"""

from __future__ import annotations

import re

from core.foreign import third_language

from .backstop import hears_crisis, hears_danger
from .calm import raises_quiet
from .context import _HYPERBOLE_EN, _HYPERBOLE_P, _INFO_EN, _INFO_P, _LINGERING, _PAST_EN, _SETTLED_P
from .cues import CHILD, ELDER, PARTNER
from .cues.words import CARE, DISABLED, EX, PARENT, SCHOOL
from .guards import _CONFINER
from .normalize import Message, fold
from .referents import names_danger

# A courtesy and nothing else (Thank you!, よろしくお願いします): no danger for the model to hear.
_COURTESY = re.compile(r"^([\W\s]*(う[ーう]*ん|ん[ーん]+|えー?っ?と|あのー?|はい|いいえ|ううん|うん|thank(s| you)( (so|very) much| a lot)?( for (your|the|all (your|the)) (help|time|answers?|info\w*|support|reply))?|many thanks|that (was|is) (very |really |so )?helpful|that helps|助かりました|thx|ty|ok(ay)?|got it|hello|hi|ありがと(う)?(ございます|ございました)?|どうも|"
                       r"よろしく(お願いします)?|了解(です|しました)?|わかりました|こんにちは|こんばんは|おはよう(ございます)?))+[\W\s]*$")

# A remark on the weather and nothing else (今日は朝から蒸しますねえ, 寒くなりましたね): small talk, no danger to hear.
_WEATHER = re.compile(fold(r"^[\W\s]*(今日|きょう|本日|けさ|今朝|最近|さいきん)?(は|も)?[、\s]?(朝から|あさから|ほんと(う)?に|本当に|なんだか|ずいぶん|すごく|とても|やけに|めっきり|だいぶ)?[、\s]?"
                           r"(暑|あつ|寒|さむ|蒸|むし|むす|涼し|すずし|冷え|ひえ|いい(お)?天気|いい(お)?てんき|雨|あめ|晴れ|はれ|風が|かぜが)[^。!?？！]{0,8}"
                           r"(ね|ねえ|ねー|なあ|なー)[。!?？！〜~ー\W\s]*$"))
# A question about the weather and nothing else (今日傘いるかな☔, 明日は雪降る？): small talk too.
_WEATHER_ASKED = re.compile(fold(r"^[\W\s]*(今日|きょう|明日|あした|あす|今夜|こんや|週末|午後)?(は|も)?[、\s]?((傘|かさ|カサ)(は|って)?(いる|要る|いります|必要)|"
                                 r"(雨|あめ|雪|ゆき|晴れ|はれ|天気|てんき|気温|台風)[^。!?？！中外]{0,6}(降る|ふる|降ります|かな|かね|でしょうか|ですか|なの))[^。!?？！]{0,4}[\W\s]*$"))

# The sea's state asked (今日の潮の時間, 明日の波の高さは？, 干潮は何時): a day at the beach, no one in the water.
_SEA_ASKED = re.compile(fold(r"^[\W\s]*(今日|きょう|明日|あした|あす|週末|午後)?(の|は)?[、\s]?(潮|しお|満潮|干潮|潮見|波|なみ)(の)?"
                             r"(時間|時刻|高さ|状況|予報|情報|表|は何時|はなんじ)"))
# A wish to change a carer or a service that does not suit (ケアマネと合わない、変えたいけど言い出せない): a complaint to take to
# a counter, not a weight the heads may hear as a wish to die.
_CHANGE_WANTED = re.compile(fold(r"(ケアマネ|ヘルパー|担当(者|の人|さん)?|施設|デイ|主治医|先生)[^。]{0,12}(合わな|あわな|変えたい|かえたい|替えたい|変更したい)"))

# A message in a third language of the Latin script (Portuguese, Spanish, Indonesian, Tagalog, Vietnamese: core/foreign.py
# tells it, as it does for the router and the conversation) with no Japanese in it: the heads, trained on Japanese and
# English, hear its letters as noise (Quero doar comida … was a suicide plan); the rules of cues/languages.py read those
# languages.
_JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
_LATIN_LANGUAGES = {"pt", "es", "tl", "id", "vi"}  # (Korean by the heads' own n-grams of Hangul: better than nothing)
# … unless a word of danger in those languages is there (die, kill, blood, help, fire, hit, fall, breathe, gone …).
_THIRD_DANGER = re.compile(
    r"morr|mort|mata|sangu|sangr|socorr|ajud|fogo|fuego|incend|bat[eiu]|golpe|pega|caí|cai[ru]|respir|desapare|sumi|perdid|"
    r"ayuda|auxilio|muer|morir|herid|ferid|suicid|pastilla|comprimido|remédio|remedio|veneno|gas|humo|fumaça|afog|ahog|"
    r"mati|bunuh|darah|tolong|api|pukul|jatuh|napas|hilang|obat|racun|tenggelam|"
    r"patay|dugo|tulong|sunog|suntok|bugbog|nahulog|natumba|bumagsak|makatayo|hinga|nawawala|gamot|lunod|\bfell\b|\bfall|"
    r"chết|giết|máu|cứu|cháy|đánh|ngã|thở|mất tích|thuốc|đuối|tự tử", re.I)
# … and in Chinese (simplified or traditional): die, kill, blood, help, fire, gas, hit, jump, pills, cut, breath, gone,
# fallen, fainted, strangled, raped, threatened, followed, locked in, hungry or frozen, abuse, can't go on, ambulance, police.
_CHINESE_DANGER = re.compile(
    r"死|杀|殺|血|救命|救救|被打|挨打|打得|尖叫|哭喊|着火|著火|火灾|火災|失火|烟|煙|煤气|煤氣|瓦斯|打我|打了|打他|打她|打孩子|殴|毆|跳楼|跳樓|药|藥|割|"
    r"窒息|喘不|呼吸|不见|不見|失踪|失蹤|走丢|走失|摔倒|跌倒|晕倒|暈倒|昏迷|掐|强奸|強姦|性侵|威胁|威脅|跟踪|跟蹤|关起来|關起來|"
    r"锁在|鎖在|饿|餓|冻|凍|伤害|傷害|虐待|消失|活不下去|不想活|救护车|救護車|报警|報警|溺|淹|抽搐|流血|受伤|受傷")
# Skin that itches or a sole that split (アトピーで腕をかきむしって血が出る, 靴の底がぱっくり): a body's nuisance or a thing's wear,
# no cut given and no wound to stop.
_NOT_A_WOUND = re.compile(fold(r"アトピー|あとぴー|湿疹|しっしん|かゆ|痒|かぶれ|皮膚科|ひふか|靴|くつ|底|袋|ふくろ|縫い目|ぬいめ|服|ふく|"
                                r"初潮|しょちょう|生理|せいり|月経|げっけい"))  # …or a first period (下着に血…初潮かな)
# See you tomorrow (さよなら、また明日ね。みんなありがとう): an everyday goodbye, no farewell to life for the heads.
_SEE_YOU = re.compile(fold(r"また(明日|あした|来週|らいしゅう|今度|こんど)(ね|な|よ|ー|〜|!|！|。|$)|またね|また会(おう|いましょう|えたら)|おやすみ")
                      + r"|\bsee (you|ya)\b", re.I)

# A debt too deep (借金で首が回らない): an idiom of money, no neck and no pursuer for the heads.
_IDIOM = re.compile(fold(r"首(が|も)?(回|まわ)ら(な|ん|ず|へん)"))

# A span of years (息子がもう何年も家から出てこない): a long trouble, not a danger of this moment.
_YEARS = re.compile(fold(r"何年|なんねん|年以上|ねんいじょう|長年|ながねん|([0-9０-９一二三四五六七八九十数]+|何)年(間|も|くらい|ほど|ぐらい|近く|前から)"))
# months in English too (hasn't come out of her room in months: a long withdrawal, no plan); 何か月も in Japanese cost a
# locked crisis, so not there
_YEARS_EN = re.compile(r"\b(for|in) (years|months|(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (years|months))\b", re.I)
# Safe now (I'm safe, 今は安全です), or an aid asked for (a handrail, a care bed, a subsidy): no danger of this moment.
_CALM_NOW = re.compile(fold(r"(今は|いまは|もう)(安全|大丈夫|だいじょうぶ|平気)(?!じゃ|で(は)?な|か)|無事(です|でした|だった)|"
                            # session 16: a symptom gone (窓開けたら治った, 頭痛はおさまりました): told as over
                            r"(治っ|なおっ|おさまっ|収まっ|治まっ|よくなっ|良くなっ|マシになっ|ましになっ)(た|ちゃった)(?![^。]{0,6}(けど|けれど|のに|が|か|と思))|(治り|おさまり|収まり|治まり|よくなり)ました(?![^。]{0,6}(けど|けれど|のに|が|か))|"
                            r"手すり|てすり|介護ベッド|福祉用具|住宅改修|(補助|助成)(金)?(は|を|が|の申請)") +
                       r"|\b(i'?m|we'?re|she'?s|he'?s|they'?re) (safe|ok|okay|fine)( now)?\b|\bsafe now\b|"
                       r"\b(handrails?|grab bars?|walker|care bed|subsid(y|ies)|grants?)\b", re.I)


# A tendency (最近ころびやすくて, よくむせる, 転ぶことが増えた, she falls a lot) is a worry about what may happen, not an
# event of this moment: the heads' crisis is not taken from it (a fall that happened is the rules' to hear).
_TENDENCY = re.compile(fold(
    r"(転倒し|てんとうし|転|ころ|こけ|倒れ|たおれ|つまず|ふらつ|よろけ|むせ|迷子にな|まいごにな|のぼせ)(び|き|け|り)?(やす|がち)|"
    r"よく(転|ころ|こけ|倒れ|たおれ|むせ|つまず)|(転|ころ|こけ|倒れ|たおれ|むせ|転倒|てんとう)(ぶ|ける|れる|る|す|する)?(こと|事)が(多|おお|増|ふえ)") +
    r"|(転ん|ころん|転倒し|てんとうし|こけ|倒れ|たおれ)(で|て)(から|以来|いらい)(?![^。]{0,8}(起き|おき|立て|たて|動け|うごけ|意識|いしき|息|いき|痛|いた|返事|床|ゆか))"
    # session 16: a meal or a word forgotten (さっきごはん食ったかも忘れっちまう) and a mind that cannot decide
    # (叔父は施設で判断できない): a worry for care and guardianship, nothing happening now
    r"|(食べた|たべた|食った|くった|言った|いった|聞いた|きいた|置いた|おいた|飲んだ|のんだ)(か|こと|の)(も|を|すら|さえ)?[^。]{0,4}(忘れ|わすれ)|判断(能力|力)?(が|も)?(でき|出来)(な|ませ|ん)|判断(能力|力)(が|も)?(ない|なく|落ち|低下)"
r"|\b(prone to|tends? to|keeps?) (fall|falling|trip|tripping|chok)|\b(falls|trips) (a lot|often)\b", re.I)


# A drain or a pipe blocked or smelling (家の前の側溝が詰まってて臭い): a thing for the city to clear, no crisis for the heads.
_DRAIN = re.compile(fold(r"(側溝|そっこう|排水|はいすい|下水|げすい|水路|すいろ|どぶ|ドブ|マンホール|まんほーる|配管|はいかん|トイレ|といれ|浄化槽)(が|も|の|から)?[^。]{0,8}(詰ま|つま|臭|くさ|におい|匂い|あふれ|溢れ)"))


# The writer's own body or mind worn out (私の体がもう持ちそうにありません, 心がもたない): exhaustion for the soft tier, not a
# crisis the heads may name (a wish to die told with it is the rules' to hear).
_WORN_OUT = re.compile(fold(r"(体|からだ|身体|心|こころ|身|み)(が|も)(もう)?[^。]{0,3}(もち|持ち|もた|持た)(ませ|そうに(な|あり)|な(い|く)|へん|ん)"))


# What a situation the model hears needs in the message, as the rules' `needs` do: its person (夫が解雇されて
# しまいました is no carer's hand), a person gone for a missing one (部屋から出てこない is a son at home), a sign
# of harm for abuse and for a carer's fear (泣きやまなくてイライラ is a tired parent; a child left uncared for, 同じ服で
# 放っとかれてる, is one).
_GONE = (r"いなくな|いない|居ない|おらん|見当たら|みあたら|見つから|みつから|帰って(こ|き)(な|ん|ず)|帰ら(な|ん|ず)|戻ら(な|ん|ず)|"
         r"もどら|かえら|かえって(こ|き)(な|ん)|行方|ゆくえ|迷子|まいご|出て(行|い)った|出ていった|家出|いえで|連絡が(つか|取れ|とれ)|"
         r"はぐれ|見失|みうしな|どこにも|徘徊|はいかい|\b(missing|gone|lost|can'?t find|not (come )?back|wandered|ran away)\b")
_HARM = (r"叩|たた[かきくけい]|殴|なぐ|蹴|け[らりるっ]|つね|怒鳴|どな|揺さぶ|ゆさぶ|首|手を(上げ|あげ)|手が出|傷|きず|あざ|痣|血|"
         r"バット|包丁|ほうちょう|ナイフ|刃物|はもの|凶器|つかみ合|取っ組み合|とっくみあ|暴れ|あばれ|めちゃくちゃ|投げ|なげ|壊し|こわし|"
         r"やけど|火傷|閉じ込|とじこ|縛|しば|食事|ご飯|ごはん|放置|ほうち|放っと|ほっと(か|い)|ほったらか|置き去り|おきざり|ネグレクト|同じ服|虐待|ぎゃくたい|暴力|ぼうりょく|危害|殺|ころ|悲鳴|泣き叫|"
         r"\b(hit|hits|beat|kick|shake|shook|hurt|harm|bruise|blood|burn|lock|locked|starv|scream|kill|abuse)")
_FEAR = (r"怖|こわ|恐|おそろし|逃げ|にげ|脅|おど[さしす]|助けて|たすけて|隠れ|かくれ|帰ってくる|かえってくる|無理やり|むりやり|"
         # English: the writer's own fear, not anyone's (My husband is afraid of spiders is no blow)
         r"\b(i'?m|i am|we'?re|we are|i feel|i get|i was|i'?ve been|feeling|so|too)\s+(so\s+|really\s+|very\s+|too\s+)?"
         r"(scared|afraid|terrified|frightened)|\b(scared|afraid|terrified|frightened) (of|for) (him|her|them|my)\b|"
         r"\b(threat|hide|hiding|escape|help me|forced?)")
_FIRE = (r"火|燃|もえ|煙|けむ|焦げ|こげ|臭|くさ|にお|匂|炎(?!症)|ほのお|熱|あつ|ぼうぼう|めらめら|もくもく|真っ黒|まっくろ|消防|しょうぼう|警報|けいほう|報知|"
         r"ぱちぱち|ばちばち|コンセント|こんせんと|ストーブ|すとーぶ|\b(fire|smoke|burn|flame|alarm)")
_WATER = (r"水|みず|海|うみ|川|かわ|池|いけ|湖|プール|ぷーる|風呂|ふろ|浴|沈|しず|溺|おぼれ|流さ|ながさ|波|なみ|浮|うい|うか|泳|およ|沖|おき|用水|堀|"
          r"\b(water|sea|river|pool|bath|swim|drown|wave|lake|pond)")
_GAS = (r"ガス|がす|臭|くさ|にお|匂|一酸化|いっさんか|練炭|れんたん|炭|すみ|七輪|ストーブ|すとーぶ|ヒーター|ひーたー|エンジン|えんじん|排気|はいき|換気|かんき|"
        r"頭が痛|頭痛|ずつう|気持ち悪|めまい|\b(gas|smell|carbon|fumes|heater|engine|co\b)")
_NO_FOOD = (r"食|たべ|ご飯|ごはん|めし|飯|米|お金|おかね|金|財布|所持金|家|いえ|部屋|へや|住|泊|とま|寝|ね(る|れ|ら)|野宿|のじゅく|路上|公園|駅|ネカフェ|"
            r"漫画喫茶|寒|さむ|凍|こご|雪|ゆき|震え|ふるえ|外|そと|電気|ガス|水道|ホームレス|"
            r"\b(food|eat|hungry|starv|money|broke|home|homeless|roof|sleep|shelter|cold|freez|street|outside|rent|evict)")
_MODEL_NEEDS = {situation: tuple(re.compile(fold(w), re.I) for w in words) for situation, words in (
    ("caregiver-may-harm", (CARE + "|" + CHILD + "|" + ELDER + "|" + PARENT + "|" + DISABLED, _HARM)),
    ("child-abuse", (CHILD + "|" + SCHOOL, _HARM)), ("missing-child", (CHILD + "|" + SCHOOL, _GONE)),
    ("elder-abuse-injury", (ELDER + "|" + PARENT, _HARM)),
    ("missing-person-dementia", (ELDER + "|" + PARENT + "|認知症|にんちしょう|dementia", _GONE)),
    # a partner named and nothing of harm or fear (夫が会社を辞めさせられてしまいました) is no blow: the heads heard させられ
    ("disabled-abuse-injury", (DISABLED, _HARM)), ("violence-now-partner", (PARTNER + "|" + EX, _HARM + "|" + _FEAR)),
    ("violence-now-family", (_HARM,)),
    # a fire, water or gas the model hears needs its element named (パジャマのおばあさんが駅前で震えてる is no fire)
    ("fire", (_FIRE,)), ("drowning", (_WATER,)), ("gas-or-co", (_GAS,)),
    # no food or roof needs food, money, a roof or the cold named (今日傘いるかな☔ is the weather)
    ("no-food-or-shelter-in-cold", (_NO_FOOD,)),
    # an overdose needs something swallowed named (forgetful … I live in Tokyo. She's in Nikaido. was heard as one)
    ("overdose", (r"薬|くすり|クスリ|錠|じょう|剤|ざい|睡眠|すいみん|眠剤|飲ん|のん|飲み|のみ|注射|ちゅうしゃ|インスリン|打っ|うっ|オーバードーズ|od|"
                  r"\b(pills?|tablets?|medic|drugs?|overdos|bottle|took|swallow|sleeping|insulin|inject)",)))}


# What a situation the model hears with no person or harm to name must not be: a wish for someone else to be gone (あの上司がいなくなればみんな楽に
# なるのに) is anger at them, not the writer's own wish to die.
_SOMEONE_ELSE_GONE = re.compile(fold(
    r"(?<!私)(?<!僕)(?<!俺)(?<!自分)(?<!わたし)(?<!あたし)(?<!ぼく)(?<!おれ)(?<!じぶん)(?<!わし)(が|さえ)(いなくなれば|いなければ|消えれば|きえれば|"
    r"死ねば|しねば|いなくなったら|消えてくれれば|辞めれば|やめれば)") + r"|\bif (he|she|they|my boss) (were|was) gone\b")


# A partner or a family member lost (妻に先立たれて, 夫が亡くなって) with no harm told: grief, not a blow.
_BEREAVED = re.compile(fold(r"先立たれ|さきだたれ|亡くな|亡くし|なくなって|死別|しべつ|他界|たかい|葬|そうしき|四十九日|一周忌|(死|し)んで(もう|から|以来)") +
                       r"|\b(passed away|died|widow|funeral)\b", re.I)
_HARM_RE = re.compile(fold(_HARM), re.I)
_HARM_OR_FEAR = re.compile(fold(_HARM + "|" + _FEAR) + r"|\b(threw|thrown|throws|broke|smash\w*|push\w*|shov\w*|slam\w*|grab\w*|chok\w*|yell\w*)\b", re.I)


# In English the heads must hear the weight itself for a wish to die (I live in Tokyo was heard as one): a word of death,
# an end, a burden, pain or a life not wanted.
_WEIGHT_EN = re.compile(r"\b(die|dying|dead|death|kill|end (it|my|things|everything)|ending|suicid\w*|disappear|gone|"
                        r"(want|wanna|going|able) to live|to live anymore|no (reason|point)|exist|pain|tired|go on|goodbye|sleep|"
                        r"wake|burden|worthless|better off|hopeless|anymore|escape|bridge|jump|pills?|give up|no one|nobody|"
                        r"hate (my|myself)|forever|tonight)\b", re.I)
# Where someone lives (I live in, my mum lives in) and a capitalised word in the middle of an English sentence (Ofuna,
# Nikaido, Sarah): a place or a person, whose letters the heads heard as the "live" of a wish to die, or as noise.
_LIVE_IN = re.compile(r"\b(i|we|he|she|they|my \w+|who)('re| am| are| is)? (live|lives|living) (alone )?(in|at|near|with|by|on)\b", re.I)
_PROPER_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")
_SPACES = re.compile(r"[ \t]{2,}")  # the heads read spaces too: what is taken out leaves one
_HARM_EN = re.compile(r"\b(cut|cutting|blade|razor|burn|burning|hurt|harm|bleed|bleeding|blood|scratch|knife|wrist|punch)", re.I)


def _needs_met(situation: str, whole: str, raw: str) -> bool:
    if not _JAPANESE.search(raw) and ((situation.startswith("suicide") and not _WEIGHT_EN.search(raw))
                                      or (situation == "self-harm" and not _HARM_EN.search(raw))):
        return False  # English with no word of the weight or of the harm
    if situation in ("heavy-bleeding", "self-harm") and _NOT_A_WOUND.search(whole):
        return False  # an itch scratched or a sole split
    if situation.startswith("suicide") and (_SEE_YOU.search(whole) or _SEE_YOU.search(raw)):
        return False  # a goodbye until tomorrow
    if situation in ("violence-now-partner", "violence-now-family") and (_BEREAVED.search(whole) or _BEREAVED.search(raw)) and not (
            _HARM_RE.search(whole) or _HARM_RE.search(raw)):
        return False  # grief for someone lost, not a blow
    if situation not in _MODEL_NEEDS and (_SOMEONE_ELSE_GONE.search(whole) or _SOMEONE_ELSE_GONE.search(raw)):
        return False  # a situation with no person or harm of its own to name (a wish to die, a stalker)
    return all(w.search(whole) or w.search(raw) for w in _MODEL_NEEDS.get(situation, ())) and names_danger(
        situation, whole, raw)


_FALLBACK_MARGIN = 1.85  # log-odds above the cut: 0.75 → 0.95


# A scam named (変な電話が何回も…詐欺っぽい, 振り込んじゃった): the consumer centre's matter, not a pursuer for the heads
# (a wish to die beside it is a rule's, which runs first).
_SCAM = re.compile(fold(r"詐欺|さぎ|振り込め|ふりこめ|オレオレ|おれおれ|架空請求|かくうせいきゅう|還付金|かんぷきん|悪徳商法|押し買い|押し売り|訪問販売|暗号資産|あんごうしさん|仮想通貨|かそうつうか|投資話|出金でき|しゅっきんでき|課金|かきん|返金|へんきん|高額(な|の)?請求|定期購入") +
                   r"|\b(scam|scammer|fraud|phishing|crypto|withdraw|refund)\b", re.I)

# Warm in bed on a cold morning (寒くて布団から起きたくない, こたつから出られない): no one without shelter for the heads.
_COZY = re.compile(fold(r"(布団|ふとん|こたつ|コタツ|ベッド|毛布)から(出|で|起き|おき)(たくない|たくねえ|られない|れない|られん|れん)"))


# Session 15: a weight the heads heard as a crisis that is only a weight — a complaint waved off (ただの筋肉痛, 大げさ), a
# school or a job one cannot go to (学校行けてない), a habit one cannot stop (アルコールやめたいのにやめられない): distress
# for the soft tier (a wish to die told with it is the rules' to hear, which run first); rent one cannot pay.
_ONLY_A_WEIGHT = re.compile(fold(
    # session 16: a parent who drinks (お父さんがお酒ばっかり飲んでて): a household's weight, no pills swallowed
    r"(お酒|酒|さけ|ビール|アルコール)(を)?[^。]{0,2}(ばっかり|ばかり|ばっか|浸り|びたり)|飲んだくれ|(お酒|酒)の量が(増え|ふえ)|"
    # a care kept to oneself (おばあちゃんの介護してる。誰にも言えてない): a young carer's weight, no wish told
    r"(介護|かいご|看病|かんびょう|世話|せわ|家事|かじ(を|して)|ケアラー)[^?？]{0,16}(誰|だれ)にも[^。]{0,2}(言え|いえ|話せ|はなせ|相談でき|そうだんでき)(て)?(い)?(ない|ません|ず|へん)|"
    # session 16: living told as a skill one lacks (生きるの下手だな, みんなが普通にできてることができない): a weight, no wish
    r"(生きる|いきる|生き)(の|こと|方|かた)(が)?[^。]{0,2}(下手|へた|不器用|ぶきよう)|(みんな|皆|普通の人|ほかの人|他の人)(が|は)?[^。]{0,10}(できる|できてる|できている)こと(が)?[^。]{0,2}(できない|できません|できへん)|"
    r"ただの[^。、]{0,8}(痛|風邪|かぜ|疲れ|つかれ|寝不足|二日酔い|冗談|口癖|口ぐせ|くちぐせ|わがまま|反抗期)|大げさ|おおげさ|大袈裟|"
    r"(学校|がっこう|会社|かいしゃ|仕事|しごと|職場)(に|へ)?(行けて|いけて|行け|いけ|行きたく|いきたく)(ない|ません|へん|ん|なく)|不登校|ふとうこう|"
    r"(アルコール|酒|ギャンブル|パチンコ|タバコ|たばこ|煙草|ゲーム|スマホ|買い物|過食|お菓子)[^。]{0,8}(やめ|止め|辞め)(たい|られ)|"
    # rent or a bill one cannot pay (家賃払えなくなりそう…シフト減らされた): money trouble, no one's hand on anyone
    r"(家賃|やちん|支払い|しはらい|ローン|借金|学費|生活費|光熱費)(が|を|も)?[^。]{0,6}(払え|はらえ|返せ|かえせ|足り|たり)(な|ん)"))


# … unless a night without a roof or food, or a death, is told with it (家賃払えなくて追い出された、今日泊まるとこない).
_NEED_NOW = re.compile(fold(r"追い出|おいだ|泊ま|とま(る|れ)|食べて(い)?(ない|ません)|たべて(い)?(ない|ません)|野宿|路上|寒|さむ|凍|今日|きょう|今夜|こんや|死にたい|しにたい|死のう|しのう|消えたい|きえたい"))


def hear(msg: Message, whole: str, text: str, soft: bool, lowered: bool) -> tuple[bool, str | None]:
    """What the heads hear in a message no rule raised an alarm in: distress (the quiet line) and the crisis
    situation, if any. Never on a courtesy alone; nothing new in a sentence about a course, a policy or insurance,
    hyperbole or a story that is over (those stay as the rules left them); no crisis where a rule found its cue
    and lowered it (negated, past, a joke — the rule knew why), nor in a span of years, safe now or an aid asked for."""
    folded = fold(msg.text)
    if _COURTESY.match(msg.text) or _WEATHER.match(folded) or _WEATHER_ASKED.match(folded) or _SEA_ASKED.match(folded):
        return soft, None
    # where one lives and a name in mid-sentence are no weight (I live in Ofuna … was heard as distress)
    text = _SPACES.sub(" ", _LIVE_IN.sub("", _PROPER_NAME.sub("", text))).strip()
    danger = soft or hears_danger(text)  # the model first: most messages end at the next line
    if lowered and not danger:
        return False, None
    told_calmly = bool(_INFO_P.search(whole) or _INFO_EN.search(msg.text) or _HYPERBOLE_P.search(whole)
                       or _HYPERBOLE_EN.search(msg.text) or _SETTLED_P.search(_LINGERING.sub(" ", whole)) or _PAST_EN.search(msg.text))
    heard = soft or (danger and not told_calmly)
    # the calm head (calm.py) sure the writer is in distress where the danger head heard none (行く元気も残ってない):
    # the quiet line, though the crisis head still reads only what the rules and the danger head heard
    quiet = heard or not lowered and not told_calmly and raises_quiet(text)
    if lowered or told_calmly or _IDIOM.search(whole) or _CHANGE_WANTED.search(whole) or _YEARS.search(whole) or _YEARS_EN.search(
            msg.text) or _CALM_NOW.search(whole) or _CALM_NOW.search(msg.text) or _TENDENCY.search(whole) or _TENDENCY.search(
            msg.text) or _WORN_OUT.search(whole) or _DRAIN.search(whole) or _SCAM.search(whole) or _SCAM.search(msg.text) or _COZY.search(whole) or \
            _ONLY_A_WEIGHT.search(whole) and not _NEED_NOW.search(whole):
        return quiet, None
    if not _JAPANESE.search(msg.text) and third_language(msg.text) in _LATIN_LANGUAGES and not _THIRD_DANGER.search(msg.text):
        return quiet, None
    if third_language(msg.text) == "zh" and not _CHINESE_DANGER.search(msg.text):
        return quiet, None  # Chinese: the heads hear its characters as Japanese words (丈夫去世了 was a wish to die)
    heard_crisis = hears_crisis(text, heard)
    if heard_crisis is None:
        return quiet, None
    margin, ranked = heard_crisis
    # The most likely situation's person is absent: the next one whose person is present, on stronger evidence only
    # (asked of the situations in turn, until one is met: the needs of all 26 cost 0.1 ms).
    if margin <= _FALLBACK_MARGIN:
        chosen = ranked[0] if _needs_met(ranked[0], whole, msg.text) else None
    else:
        chosen = next((s for s in ranked if _needs_met(s, whole, msg.text)), None)
    if chosen == "confinement" and not any(p.search(whole) or p.search(msg.text) for p in (_CONFINER, _HARM_OR_FEAR)):
        # a person who stays in, with no one shutting them in and no harm or fear told (夫が退職してから家から一歩も出なく
        # なった is a husband at home): no crisis — the guards would drop it, but only after a partner named made it a blow
        return quiet, None
    return quiet, chosen
