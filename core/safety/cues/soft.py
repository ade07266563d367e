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
    # Session 16 (crisisQ's soft lines): no one spoken to for days (誰とも一週間しゃべってない), a wish to talk to anyone, one's
    # own life put last (自分のことは後回し), a carer who asks how long they can last (いつまでもつか), nothing to get up for
    # after a loss (なんにもやる気がでない), dragged down beside someone (私まで暗くなりそう), confidence that does not come back,
    # a child beside a parent who drinks (お母さんがお酒ばっかりで).
    Cue("distress", weak=True,
        phrases=(
            r"(誰|だれ)(とも|にも)[^。]{0,8}(しゃべ|喋|話して|はなして|会って|あって|口を(きい|利い))[^。]{0,2}(ない|ません|へん|ねえ)|(誰|だれ)(でも|か)(いい|良い|ええ)(から|ので)[^。]{0,6}(話|はな|聞|き)",
            r"自分(のこと|の時間|の体|のからだ)(は|を|が|も)?(ずっと|いつも|もう何年も)?[^。]{0,2}(後回し|あとまわし|二の次|にのつぎ)",
            r"いつまで(もつ|持つ|もつか|持つか|続けられ|つづけられ|頑張れ|がんばれ|やれる)|(体|からだ|身|み|わし|私|わたし)(が|も)[^。]{0,4}(もつ|持つ)(か|かな|かどうか)",
            r"(なんにも|何にも|何も|なにも|全然|ぜんぜん)[^。]{0,2}(やる気|する気|気力)(が|も)?[^。]{0,2}(出|で|起き|おき|わか)(ない|ん|へん|ません)|無気力|むきりょく",
            r"(私|わたし|自分|じぶん|こっち|こちら)(まで|も)[^。]{0,4}(暗く|くらく|落ち込|おちこ|病み|やみ|病ん|やん|参り|まいり|つぶれ|潰れ)[^。]{0,3}(そう|かけ)",
            r"(見つから|みつから|決まら|きまら|間に合わ|まにあわ)(な|ず)[^。]{0,4}(焦|あせ)(って|り|る)",
            r"自信(が|も)?[^。]{0,2}(戻らな|もどらな|なくなっ|無くなっ|失っ|うしなっ|回復し(ない|ません))|自信(を)?(なくし|無くし|失くし|失い|うしない)",
            r"(母|父|親|お母さん|お父さん|おかあさん|おとうさん|ママ|パパ|まま|ぱぱ|おかん|おとん)(が|は)[^。]{0,6}(お酒|酒|さけ)(ばっかり|ばかり|ばっか|浸り|びたり)",
        ),
        english=(
            r"\b(haven'?t|have not) (talked|spoken) to (anyone|anybody)\b",
            r"\bhow long (i|we) can (keep (this|it) up|last|go on like this)\b",
        )),
)
