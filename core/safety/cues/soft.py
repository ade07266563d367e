"""Session 14, the soft tier: distress that names no danger — worn down (気が滅入る, 参ってきた), no breath of one's own
(息抜きの方法がわからない), a call for help with nowhere to send it (SOSを出したい, 誰に話したらいいのか), a relapse feared
(誘惑に負けそう), a panic attack feared again, nightmares and loneliness told in English. Weak cues only: a quiet line
and a gentle question back, never an alarm.
"""

from __future__ import annotations

from .words import Cue

CUES: tuple[Cue, ...] = (
    Cue("distress", weak=True,
        phrases=(
            # worn down (気が滅入っとります, 親のわたしの方が参ってきた, 心が折れそう)
            r"気が滅入|きがめい|気がめい|(方|ほう)が(参|まい)って|(?<![にへを])(参|まい)って(き(た|て|ました)|しまって|しもう|います|る(ん|の))|心が折れ|こころがおれ",
            # no breath of one's own (息抜きの方法がわからない, 息抜きする暇もない)
            r"息抜き(の(方法|仕方|しかた|時間)|する(時間|暇|ひま)|が|も)?[^。]{0,6}(わから|分から|わかん|でき(ない|ません|ず)|出来(ない|ません)|ない|ありません)",
            # a call for help with nowhere to send it (SOS出したいけど, 誰に話したらいいのかわからない)
            r"sos(を)?(出し|だし|出せ|だせ)",
            r"(誰|だれ)(に|にも)(話|はな|相談|そうだん|言|い)(し|せ|え)?(たら|せば|ば|すれば|えば)(いい|よい|ええ)?(の|ん)?(か)?[^。]{0,4}(わから|分から|わかん)",
            # a relapse feared (誘惑に負けそうな夜, また飲んでしまいそう)
            r"誘惑に(負け|まけ)そう|(欲求|よっきゅう)に(負け|まけ)そう",
            # a panic attack feared again (また来るのが怖い, また発作が起きたらと思うと不安)
            r"(発作|ほっさ|ぱにっく)[^。]{0,20}(また|再び|ふたたび)[^。]{0,8}(来る|くる|起き|おき|なる)(の|こと|かも)?(が|と)?[^。]{0,4}(怖|こわ|不安)",
        ),
        english=(
            r"\b(still )?(have|having|get|getting) (bad )?nightmares\b",
            r"\b(some days|days when|often|sometimes) i (don'?t|do not) (talk|speak) to (anyone|anybody)\b",
            r"\b(no one|nobody|no-one) to talk to\b",
        )),
    # Session 15 (issue #11): weights told with no danger — shame (情けない, 自己嫌悪), a life at its edge (毎日ぎりぎり,
    # 心が持たない), grief (亡くなって10年経つのに無性に会いたい, 流産した), loneliness (話す人がいない, ひとりで過ごすのがこわい),
    # no way seen (どうやって生きていけば, 誰に相談しても無駄な気がする), and the same in English.
    Cue("distress", weak=True,
        phrases=(
            r"情けな(い|く|かっ)|なさけな(い|く)|自己嫌悪|じこけんお|自分(が|も)(嫌|いや|許せ|ゆるせ)(に|な|で)",
            r"(毎日|まいにち|生活|家計)(が|は|も)?(ぎりぎり|ギリギリ|カツカツ|かつかつ)|いっぱいいっぱい|(心|こころ|気持ち|きもち|気力)(が|も)[^。]{0,3}(すり減|すりへ|もたな|持たな|もちませ|持ちませ|追いつかな|おいつかな|ついていかな)",
            r"(亡くな|なくな|先立)[^。]{0,16}(会いたい|あいたい|寂し|さびし|無性に|涙|なみだ|泣|なく)|(流産|りゅうざん|死産|しざん)(し|を|で|に)",
            r"(話す|はなす|話せる|はなせる|頼れる|たよれる)(人|ひと|相手)(が|も)[^。]{0,2}(いない|いません|おらん)|(ひとり|一人|独り)で(過ごす|すごす|いる)の(が|は)[^。]{0,2}(怖|こわ|つら|辛|さみし|寂し)|落ち込(む|んで|みます)",
            r"(どうやって|どう)(生きて|いきて)(いけば|いったら|いけばいい)|(誰|だれ)に(相談|話)(しても|をしても)[^。]{0,4}(無駄|むだ)|(無駄|むだ)な気がする",
        ),
        english=(
            r"\b(nobody|no one) (here )?(understands|gets it)\b",
            r"\bthe house is (too |so )?quiet\b",
            r"\bi (just )?needed to tell someone\b",
            r"\b(can'?t stop (crying|feeling)|feel(ing)? (so )?(empty|alone|lonely|awful)|grieving|i'?m (just )?drained|some days are heavy)\b",
        )),
)
