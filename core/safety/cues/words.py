"""What each situation sounds like: verb roots with their grammar, phrases, English.

Phrases are regular expressions over the folded text (normalize.fold: hiragana, small kana and long vowels
folded), so they are written once in any script. Verb rules name roots (Sudachi normalized forms) and the
grammar a sentence must carry (frames.py). `weak` cues only count in a personal, present sentence, and then
as distress (the soft tier), never as an alarm on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON = (r"(私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分|夫|妻|旦那|主人|嫁|母|父|親|おかん|おとん|おふくろ|親父|"
          r"息子|娘|子|兄|弟|姉|妹|祖母|祖父|ばあちゃん|じいちゃん|ばあさん|じいさん|おばあ|おじい|孫|彼|彼女|友|隣|"
          r"人|男|女|利用者|家族|赤ちゃん|上司|店長|先生|義母|義父|叔父|叔母|おじさん|おばさん|近所)")
PARTNER = (r"(夫|妻|旦那|だんな|主人|嫁|おっと|彼氏|かれし|彼女|恋人|パートナー|元夫|元妻|元彼|元かれ|元かの|かのじょ|交際相手|配偶者|"
           r"内縁|同棲|kareshi|kanojo|danna|同居してる彼|つきあって|付き合って|(?<![a-z])dv(?![a-z])|husband|wife|boyfriend|girlfriend|partner|\bex\b|"
           r"\b(pareja|esposo|marido|novio|namorado|companheiro|asawa|suami|istri|pacar)\b|老公|男朋友|남편|아내|남자 ?친구|chồng|bạn trai)")
CHILD = (r"(の子(が|は|を|の)|お子(さん|様|さま)|うちの子|我が子|わが子|子ども|子供|こども|こども|児童|赤ちゃん|赤ん坊|乳児|幼児|園児|小学|中学|娘|息子|男の子|女の子|孫|"
         r"下の子|上の子|隣の子|甥|姪|(小さい|小さな|幼い)(子|男の子|女の子)|坊や|(?<![0-9])小[1-6](?![0-9])|(?<![0-9])中[1-3](?![0-9])|\d+(歳|さい|才)の(子|娘|息子)|むすこ|むすめ|"
         r"(長男|次男|三男|長女|次女|三女|弟|妹|おとうと|いもうと|末っ子|息子|娘|むすこ|むすめ)[（(]?(?<![0-9])([1-9]|1[0-7])((歳|さい|才)|[）)])|(?<![0-9])高[1-3](?![0-9])|高校生|child|kid|baby|toddler|son|daughter|student|pupil|\d+-year-old|\d+ ?(year|yr)s?[- ]old|"
         r"little (boy|girl))")
ELDER = (r"(祖母|祖父|ばあちゃん|じいちゃん|ばあさん|じいさん|おばあ|おじい|ばあば|じいじ|高齢|お年寄り|老人|老母|"
         r"老父|利用者|入居者|入所者|じっちゃ|ばっちゃ|義母|義父|\d{2}(歳|才)の(母|父)|(?<![0-9])(6[5-9]|[7-9][0-9]|1[01][0-9])(歳|才)|認知症の(母|父)|grandma|grandmother|grandpa|grandfather|"
         r"elderly|old (man|woman|lady))")
# Where a child is expected to be or to come back from (塾から帰ってこない: a child, though none is named).
SCHOOL = r"(塾|学童|学校|保育園|保育士|保育所|登園|降園|幼稚園|習い事|部活|下校|登校|通学|放課後|ランドセル|給食|生徒|担任|school|daycare|kindergarten)"
DISABLED = r"(障害|障がい|障碍|知的|ダウン症|自閉|発達障|車いす|車椅子|作業所|グループホーム|施設の利用者|目の見えない|目が不自由|目の不自由な|耳の聞こえない|耳が不自由|耳の不自由な|全盲|弱視|disab|autis|special needs|wheelchair|group home|down'?s? syndrome|cerebral palsy|\bdeaf\b|\bblind\b)"
PARENT = r"(お父さん|おとうさん|お母さん|おかあさん|父さん|母さん|ぱぱ|まま|おやじ|親に|親が|father|mother|dad|mum|mom|parents?)"


@dataclass(frozen=True)
class Cue:
    """One way a situation shows itself."""

    situation: str
    phrases: tuple[str, ...] = ()
    verbs: tuple[tuple[str, str, str], ...] = ()   # (roots, features any-of, features none-of)
    english: tuple[str, ...] = ()
    weak: bool = False                               # distress only (soft tier), never an alarm alone
    needs: str = ""                                  # a regex the sentence must also contain


# A way or an amount to die asked: a count or a method, then 死ねる (can one die) — the potential, so a pet's or a
# child's danger asked (何グラム食べたら死ぬ？, 何錠飲んだら危ない) is not this.
WAY_TO_DIE = (r"((何錠|何粒|なんじょう|なんつぶ|何個|なんこ|何シート|何箱|何本|何mg|何ミリ|何グラム|何階|なんかい|何メートル|"
              r"どれ(くらい|ぐらい|だけ)|どのくらい|どのぐらい|どの位|いくつ|どう(やったら|やれば|すれば|したら))"
              r"[^。?？]{0,16}(死ね|しね)(る|ます|ん|ない)|(どこ|どこから|どこで|何で|なにで)(から|で|なら)?[^。?？]{0,10}(確実に|かくじつに|楽に|らくに|すぐ)(死ね|しね)(る|ます|ん|ない)|"
              # a way to die looked up by the writer (死ぬ方法を調べてる, 首吊りのやり方を調べてた, 楽な死に方ある？) — not a pupil
              # who looks it up (調べている生徒)
              r"(死に方|しにかた|死ぬ方法|しぬほうほう|自殺(の)?(方法|仕方|やり方|手段)|首(吊り|つり)(の)?(やり方|方法|仕方)|楽に死ね|らくにしね|確実に死ね|かくじつにしね)[^。]{0,10}"
              r"((調べ|しらべ|検索|けんさく|探し|さがし)(て(い)?(る|た|ます|ました)|た|ました|ちゃった)(?![^。、]{0,2}(生徒|子|人|ひと|方|利用者|相談者|ケース|児童|学生|の(を|が)))|"
              r"(知りたい|しりたい|教えて|おしえて)|(ある|あります(か)?|ない)[?？]|ないかな))")


def V(roots: str, any_of: str = "", none_of: str = "") -> tuple[str, str, str]:
    return (roots, any_of, none_of)

# A former partner (別れた夫, 元カノ, 前の彼氏): who pursues in most stalking.
EX = (r"(元彼|元かれ|元彼女|元かの|元夫|元妻|元旦那|元交際相手|元恋人|元ぱーとなー|別れた(夫|妻|旦那|彼|彼氏|彼女|恋人|相手|人)|"
      r"前の(彼|彼氏|彼女|夫|妻|恋人)|\bex\b|ex-)")
# Scene words shared by several situations.
SUDDEN = r"(急に|突然|いきなり|さっきまで|さっき|朝まで|\d+時間前まで|(普通|元気|ふつう)だった)"
HEAT = (r"((3[5-9]|4[0-2])(度|℃)|熱中症|外回り|炎天下|海の家|うみのいえ|日陰|日なた|暑(い|さ|う|く|すぎ)|あつ(い|う|く)|猛暑|真夏|屋外|草むしり|草取り|農作業|畑|はたけ|日差し|直射|部活|"
        r"あつすぎ|(エアコン|クーラー|冷房)(が|も)?.{0,2}(ない|無い|なし|壊)|sig_hot)")
CARE = r"(介護|育児|世話|双子|ふたご|泣き続け|泣きやま|夜泣き|(うちの|わが|我が|自分の|この)子|泣き止|認知症|寝たきり|赤ちゃん|あかちゃん|子ども|子供|こども|娘|息子|baby|乳児|ventilator|caring|carer|dementia)"
READY = r"(薬|くすり|睡眠薬|ロープ|練炭|縄|紐)(を|も|は)?.{0,10}(そろ|揃|用意|集め|ため|貯め|ある|買)"
METHOD = r"(" + READY + r"|遺書|さよなら|さようなら)"
MOUTH = r"(口(の端|元|もと|から).{0,8}(こぼれ|垂れ|たれ|よだれ)|よだれ(が)?(垂れ|たれ|出)|口(が|元が)?.{0,2}(ゆが|歪|曲が))"
HAND = (r"((箸|はし|コップ|茶碗|スプーン)(を|が)?.{0,4}(持てず|もてず|持てん|持てへん|落と|持てな|つかめな)|ろれつ|呂律|(言葉|ことば)(が|も)?.{0,2}(もつれ|出な|おかし)|"
        r"(片手|片足|片側|右手|左手|右足|左足)(が|に)?.{0,4}(動かな|力が|しびれ|上がら))")
# A murder-suicide (無理心中, 心中しようか), not 心中お察しします (one's feelings).
SHINJU = r"(母子|親子|一家|無理|二人で|ふたりで)心中|心中(しよ|する|した|しか|を考|を図|未遂|も考)"
