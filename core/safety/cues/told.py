"""Crises of the vulnerable told in words the first rules did not know (issue #11, session 10): a child who left and
has not arrived or went in a stranger's car, a resident gone from a care home, an urge to drop a child told by the
carer or a friend, a neighbour's child neglected with a mark, a night out with nowhere to go, a child thrown by another
adult; session 11: abuse told in the first person with no one named (ぎゃくたいされてる), a neighbour's child hungry and
hurt (ゴミ置き場で食べ物をあさって…顔を腫らして), an old person's face hurt by a relative who takes their money. Each
cue is a family of phrasing, never one sentence."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, ELDER, PARTNER, SCHOOL, Cue

CUES: tuple[Cue, ...] = (
    # Session 10: a child who left and has not arrived (学童を出たのに自宅に着いていない), a child gone in a stranger's car.
    Cue("missing-person",
        phrases=(r"(家|いえ|自宅|うち|学校|塾|学童|園|駅)(に|へ|まで)(着いて|ついて|到着して|帰って|かえって|帰りついて)(い)?(ない|ません|おらん|へん)",
                 r"(知らない|しらない|見知らぬ|みしらぬ|知らん)((大人|おとな|人|ひと|男|女|おじさん|おばさん)の)?(車|くるま)に(乗っ|のっ|乗せられ|のせられ|連れ|つれ|押し込)"),
        english=(r"\b(hasn'?t|has not|didn'?t|did not|never) (arrived|got|gotten|made it) (home|back|to school)\b",
                 r"\b(got|get|getting|was (pulled|put)) in(to)? (a )?stranger'?s car\b"),
        needs=CHILD + "|" + SCHOOL + r"|小\d|小学|児童|園児"),
    # An urge to drop or throw a child (子どもをベランダから落としたくなる), the carer's own or a carer's told by a friend.
    Cue("caregiver-may-harm",
        phrases=(r"(子ども|子供|こども|子|赤ちゃん|あかちゃん|娘|息子|この子|赤ん坊)を[^。]{0,10}(落とし|おとし|投げ|なげ|突き落と|放り投げ|沈め|しずめ|叩きつけ|たたきつけ)(たく(なる|なっ|なり)|そうに(なる|なっ|なり)|てしまいそう|ちゃいそう)",),
        needs=CARE),
    # A child a neighbour or teacher sees neglected: the same clothes for days, alone late at night, with a mark or hunger.
    Cue("child-abuse",
        phrases=(r"(何日も|いつも|毎日|ずっと)(同じ服|おなじふく)", r"(夜遅く|よるおそく|夜中|よなか|深夜)(まで)?[^。]{0,6}(一人|ひとり)で[^。]{0,6}(公園|こうえん|外|そと|道|コンビニ|駅)"),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + r"|小さい子|小さな子|幼い子|児童|園児))(?=(?s:.*)(あざ|痣|がりがり|やせ細|痩せ細|すかせ|食べて(い)?ない|傷|やけど|火傷))"),
    # Out for the night with nowhere to go (雪になりそうな夜、駅のベンチで子どもと二人です; 財布も持ってこられなかった).
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(駅|えき|公園|こうえん|路上|ベンチ|べんち|道端|河川敷|高架下|外)(の|で)[^。]{0,10}(二人|ふたり|一人|ひとり|三人|親子)(です|でいます|でいる|で(過ごし|すごし|座っ|すわっ|待っ))",),
        needs=r"^(?=(?s:.*)(夜|よる|今夜|今晩|朝まで))(?=(?s:.*)(雪|ゆき|寒|さむ|凍|こご|財布|さいふ|お金|所持金|行く(あて|当て|ところ|とこ)|帰る(家|ところ|とこ)|逃げ|にげ|追い出))"),
    # A child thrown or struck by another adult of the house (夫が子どもを壁に投げつけた): the child's line.
    Cue("child-abuse",
        phrases=(r"(子ども|子供|こども|子|赤ちゃん|あかちゃん|娘|息子|赤ん坊)を[^。]{0,8}(投げつけ|なげつけ|投げ飛ば|叩きつけ|たたきつけ|殴|なぐ|蹴|踏みつけ|突き飛ば|首を(絞|締))(た|て|る|ら|っ)",),
        needs=r"(夫|妻|旦那|主人|父|母|親|彼氏|彼|継父|継母|義父|義母|祖父|祖母|兄|姉|男|女|パートナー)(が|は)"),
    # A resident gone from a group home or a care home (入居者さんが…いなくなりました; a resident walked out barefoot).
    Cue("missing-person",
        english=(r"\b(resident|patient|client)s?\b.{0,30}\b(walked out|wandered|went missing|is missing|has gone|left without|slipped out)\b",),
        needs=r"group home|care home|nursing home|facility|dementia|barefoot|confused"),
    # Session 11: abuse told by the person it happens to, no one else named (虐待されてる, ぎゃくたいを受けています): the
    # child's line first — an old person, a disabled person or a partner named is read by their own cues.
    Cue("child-abuse",
        phrases=(r"(虐待|ぎゃくたい)(されて|を受けて)(る|いる|います|ます|ん|て)(?![^。]{0,6}(犬|猫|動物|ペット))",),
        needs=r"^(?!(?s:.*)(" + ELDER + "|" + DISABLED + "|" + PARTNER + r"|犬|猫|ペット|動物|ニュース|ドラマ|受けて育|育ち|育った|昔|子どもの頃|子供の頃|小さい頃))"),
    # A child seen hungry and hurt (ガリガリにやせて、ゴミ置き場で食べ物をあさって…顔を腫らして): both signs, a child named.
    Cue("child-abuse",
        phrases=(r"(ゴミ|ごみ|残飯|ゴミ箱|ごみばこ)[^。]{0,8}(食べ物|たべもの|食べ残し|残飯|パン)?(を)?(あさ|漁|拾って食|ひろって食)", r"(がりがり|やせ細|痩せ細|やせこけ|痩せこけ)",
                 r"(顔|かお|目|ほっぺ|頬|口)(の周り|のまわり)?(を|が)(腫ら|はら|腫れ|はれ|青く|あおく)"),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + r"|小さい子|小さな子|幼い子|児童|園児))(?=(?s:.*)(腫ら|はら|腫れ|はれ|あざ|痣|傷|きず|やけど|火傷|殴|叩|たたか))"
              r"(?=(?s:.*)(がりがり|やせ|痩せ|あさ|漁|食べて(い)?ない|お腹(を)?(すか|空か)|同じ服|ひとりで|一人で))"),
    # An old person's face hurt (目の周りを腫らして, 前歯が折れて) by a relative who takes money or strikes.
    Cue("elder-abuse-injury",
        phrases=(r"(目の周り|目のまわり|顔|かお|頬|ほお|口元|口もと)(を|が)?(腫ら|はら|腫れ|はれ|青く|あおく|あざ|痣)", r"(前歯|歯)(が|を|も)?.{0,2}(折れ|おれ|欠け|かけ)"),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"|一人暮らし|ひとり暮らし|独居|(母|父)(の|は)(顔|かお|目|頬|ほお|口|前歯|歯)))(?=(?s:.*)(取られ|とられ|取り上げ|たびに|殴|なぐ|叩|たた|蹴|孫が|息子が|娘が|嫁が|家族|お金を|年金|通帳|怒鳴|どな))"),
    Cue("elder-abuse-injury",
        english=(r"\b(a black eye|black eyes|burns? on (his|her)|bruis\w* (on|all over) (his|her)|(his|her) (face|eye) (is |was )?swollen|swollen (face|eye)|broken (arm|wrist|teeth|tooth|nose))\b",),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"))(?=(?s:.*)\b(son|daughter|grandson|granddaughter|husband|wife|carer|family|nephew|niece)\b.{0,12}\b(did (it|this|that)|does (it|this)|hit|hits|hurt|hurts|beat|beats|burn|burned|burnt)\b)"),
    # Someone out in the cold night in thin clothes, shivering (薄着で震えてる, 裸足で凍えて): the cold, whoever they are.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(薄着|うすぎ|裸足|はだし|半袖|はんそで|パジャマ|ぱじゃま|寝間着|ねまき)[^。]{0,24}(震え|ふるえ|凍え|こごえ|がたがた|ぶるぶる)",
                 r"(震え|ふるえ|凍え|こごえ)[^。]{0,16}(薄着|うすぎ|裸足|はだし|半袖|はんそで)"),
        needs=r"^(?=(?s:.*)(今夜|今晩|夜|よる|寒|さむ|冷え|ひえ|雪|ゆき|氷点下))(?=(?s:.*)(駅|えき|通路|路上|公園|こうえん|外|そと|ベンチ|べんち|道|みち|高架|橋|河川敷|店の前|軒下))"),
    # A night to be spent outside in the cold (駅で一晩過ごすしかない、めっちゃ寒い; 公園で朝まで、雪): no shelter tonight.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(駅|えき|公園|こうえん|外|そと|路上|ベンチ|べんち|道端|高架下|河川敷|車|くるま)(で|に|の中で)[^。]{0,6}(一晩|ひとばん|朝まで|あさまで|夜を)[^。]{0,4}(過ご|すご|明か|あか|いる|寝|ね)",),
        needs=r"^(?!(?s:.*)(キャンプ|きゃんぷ|車中泊|しゃちゅうはく|予定|よてい|旅行|りょこう|登山|とざん|釣り|つり|対策|たいさく|初日の出|初詣))(?=(?s:.*)(寒|さむ|凍|こご|雪|ゆき|氷点下|震え|ふるえ))"),
)
