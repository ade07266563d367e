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

    # Session 12: someone gone under after a fall from a board or a boat (SUPから落ちて上がってこない, カヤックから落ちて
    # 浮いてこない, fell off the paddleboard and hasn't come up): the water is named by the craft.
    Cue("drowning",
        phrases=(r"(sup|さっぷ|サップ|パドルボード|ボード|ぼーど|ボート|ぼーと|カヤック|かやっく|カヌー|かぬー|船|ふね|桟橋|さんばし|堤防|ていぼう|岸壁|がんぺき|防波堤|浮き輪|うきわ|橋|はし)(から|より)[^。]{0,6}(落ち|おち|転落|てんらく|落っこち|おっこち|ひっくり返|投げ出され)[^。]{0,8}(上がって|あがって|浮いて|ういて|浮かんで|うかんで|出て|でて)(こ|き)(な|ん|ず|ませ|へん|ねえ)",),
        english=(r"\b(fell|fallen|fall|went|got thrown) (off|out of|from) (a |the |his |her |their |my )?(sup|paddle ?board|board|boat|kayak|canoe|pier|jetty|surfboard)\b.{0,30}\b(hasn'?t|has not|didn'?t|not|never|isn'?t) (come|coming|came) (back )?up",)),
    # A blow in the house told by the child (ママの かれし が たたく), with the mother's partner named: the child's line.
    Cue("child-abuse",
        phrases=(r"(ママ|まま|お母さん|おかあさん|母さん|かあさん|おかん|母|パパ|ぱぱ|お父さん|おとうさん|父)の(彼氏|かれし|彼女|かのじょ|恋人|こいびと|再婚相手|交際相手|新しいお父さん|あたらしいおとうさん)(が|に|は|から)[^。]{0,10}"
                 r"(たたく|叩く|たたか|叩か|たたい|叩い|なぐ|殴|ける|蹴|けら|けっ|ぶた|ぶつ|ぶっ|つね|おこって|怒鳴|どな|いじめ|ひどいこと)",
                 r"(継父|ままちち|継母|ままはは|義理の(父|母|お父さん|お母さん))(が|に|は|から)[^。]{0,10}(たたく|叩く|たたか|叩か|たたい|叩い|なぐ|殴|ける|蹴|けら|けっ|ぶた|ぶつ|ぶっ|つね)"),),
    # A child kept out of the house at night (「家に入れてもらえない」, うちに入れてくれへん): shut out, the child's line.
    Cue("child-abuse",
        phrases=(r"(家|いえ|うち|自宅|部屋|へや|玄関|中)(に|へ|の中に)(入れて|いれて)(もらえ|くれ)(な|ん|へん|ず|ませ|ねえ)",),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + r"|小学|中学|園児|の子|ちいさいこ|ママ|まま|パパ|ぱぱ|お母さん|おかあさん|お父さん|おとうさん|親))(?=(?s:.*)(夜|よる|時|じ|暗|くら|寒|さむ|ずっと|外|そと|公園|こうえん|ベランダ|玄関))"),
    # An old person out on the road who cannot say where they came from (どこから来たのか本人もわからない).
    Cue("missing-person",
        phrases=(r"どこから(来|き)(た|たの|たん)(か|のか|だか)?[^。]{0,8}(わから|分から|わかん|言えな|いえな|答えられな|こたえられな|覚えて(な|い?な))",),
        needs=r"(迷っ|まよっ|歩いて|あるいて|さまよ|うろうろ|ふらふら|徘徊|道|路上|パジャマ|ぱじゃま|寝間着|ねまき|裸足|はだし|夜中|バス停|駅|" + ELDER[1:-1] + r")"),
    # Someone with dementia gone out with the car keys or unable to be reached (認知症の夫が車の鍵を持って出ていきました).
    Cue("missing-person",
        phrases=(r"(認知症|にんちしょう|物忘れのある|ものわすれのある|ぼけ(てる|ている|た))(の|で)?[^。と]{0,8}(が|は)[^。と]{0,20}(出て(行|い)(き|っ)|でて(い)(き|っ)|出かけ|でかけ|運転して|うんてんして)(まし|た|て|ちゃ|よっ|やが)",),
        needs=r"(車の(鍵|かぎ)|くるまの(鍵|かぎ)|(車|くるま)で|運転|うんてん|財布も|電話も|携帯も|スマホも|裸足|はだし|薄着|うすぎ|パジャマ|ぱじゃま)"),
    # A carer's thought of giving the cared-for too much medicine on purpose (わざと多めに飲ませようか).
    Cue("caregiver-may-harm",
        phrases=(r"(薬|くすり|睡眠薬|眠剤|すいみんやく)(を)?[^。]{0,8}(わざと|多め|おおめ|多く|たくさん|大量|全部|ぜんぶ|まとめて|一度に)[^。]{0,6}(飲ませ|のませ)(よう|ようか|ようと|たら|てしまお|ちゃお|てやろう|たく)",
                 r"(わざと|故意に)[^。]{0,6}(薬|くすり)[^。]{0,6}(飲ませ|のませ)(よう|ようか|ようと|たら|てしまお|ちゃお|てやろう|たく)"),),
    # A note saying they are watching the writer, someone at the window each night (いつも見てるよってメモ; 毎晩窓の外に人影).
    Cue("stalking-threat",
        phrases=(r"(毎晩|まいばん|毎日|まいにち|夜な夜な|よなよな|いつも|最近|さいきん|夜になると|よるになると)[^。]{0,8}(窓|まど|家|いえ|玄関|げんかん|部屋|へや|ベランダ|べらんだ)の(外|そと|前|まえ)(に|で|から)[^。]{0,4}(人影|ひとかげ|知らない(男|人|女)|しらない(おとこ|ひと|おんな)|誰か|だれか|男|おとこ)(が|の)?[^。]{0,4}(いる|ある|立って|たって|見え|みえ|のぞ|覗)",
                 r"[「『](いつも|ずっと|毎日|まいにち)?(見てる|見ている|みてる|見てた|見張ってる|知ってる)(よ|ぞ|から)?[」』]"),),
    # Words of help said about being hurt (DV いま, DVされてる今): short, the resident cannot say more.
    Cue("violence-now",
        phrases=(r"^(?<![a-z])dv(?![a-z])[\s、。!！]*(いま|今|なう|なう|されてる|されている|受けてる|うけてる)[\s、。!！]*$",
                 r"^(?<![a-z])dv(?![a-z])(を)?(受けて|うけて|されて)(る|います|いる)[\s、。!！]*(いま|今|助けて|たすけて)"),),
    # Seen by a volunteer: a staff member slaps or hits someone who cannot tell, a mark left (English).
    Cue("disabled-abuse-injury",
        english=(r"\b(staff|carer|caregiver|aide|worker|support worker|helper|nurse)( member)?s?\b.{0,20}\b(slap|slaps|slapped|hit|hits|kick|kicks|kicked|push|pushes|pushed|shove|shoved|punch|punched|pinch|pinched|grab|grabbed|drag|dragged|shake|shook)\b (a|an|the|one|her|him|them|my)\b",),
        needs=r"^(?=(?s:.*)" + DISABLED + r"|non-?verbal|nonverbal)(?=(?s:.*)(mark|bruis|black eye|blood|broken|burn|injur|swollen|welt|scratch|red))"),
    # Marks the shape of fingers (首に指のあとみたいな痣, 腕に手の形のあざ): a grip or a throat squeezed, by whoever is named.
    Cue("elder-abuse-injury",
        phrases=(r"(指|ゆび|手)の(あと|跡|痕|形|かたち)(みたいな|のような|っぽい|らしき|の)?[^。]{0,2}(あざ|痣|アザ)", r"(首|くび)(に|の)[^。]{0,4}(指|ゆび|手)の(あと|跡|痕|形|かたち)"),
        needs=r"(" + ELDER[1:-1] + r"|介護|かいご|認知症|にんちしょう|寝たきり)"),
    Cue("child-abuse",
        phrases=(r"(指|ゆび|手)の(あと|跡|痕|形|かたち)(みたいな|のような|っぽい|らしき|の)?[^。]{0,2}(あざ|痣|アザ)", r"(首|くび)(に|の)[^。]{0,4}(指|ゆび|手)の(あと|跡|痕|形|かたち)"),
        needs=r"^(?!(?s:.*)(" + ELDER[1:-1] + r"|介護|かいご))(?=(?s:.*)(" + CHILD[1:-1] + r"|" + SCHOOL[1:-1] + r"|園児|の子))"),
    Cue("violence-now",
        phrases=(r"(首|くび)(に|の)[^。]{0,4}(指|ゆび|手)の(あと|跡|痕|形|かたち)", r"(首|くび)(を)?[^。]{0,4}(絞め|しめ|締め)られた(あと|跡|痕)"),
        needs=r"^(?!(?s:.*)(" + ELDER[1:-1] + r"|介護|かいご|" + CHILD[1:-1] + r"|" + SCHOOL[1:-1] + r"))"),
    # A burn given to oneself with hot water or a hot thing, told by how far (やけど するまで あつい おゆ かけた).
    Cue("self-harm",
        phrases=(r"(やけど|火傷)(する|し(そうな|た|て))?まで[^。]{0,10}(お湯|おゆ|熱湯|ねっとう|あついゆ|アイロン|あいろん|ライター|らいたー|たばこ|タバコ|火|ひ)(を)?[^。]{0,4}(かけ|当て|あて|押し(当て|つけ|付け)|おし(あて|つけ))",
                 r"(お湯|おゆ|熱湯|ねっとう|アイロン|あいろん|ライター|らいたー)(を)?[^。]{0,6}(やけど|火傷)(する|し(そうな|た))?まで"),
        needs=r"^(?!(?s:.*)(子|こども|娘|むすめ|息子|むすこ|孫|まご|母|はは|父|ちち|夫|おっと|妻|つま|利用者|入居者|義母|義父|彼氏|かれし|彼女|に(お湯|おゆ|熱湯)))"),
    # A carer who almost did it, afraid of the next time (almost pushed her down the stairs; scared of what I'll do).
    Cue("caregiver-may-harm",
        english=(r"\b(almost|nearly|came close to|about to) (push|pushed|shove|shoved|hit|slap|slapped|shake|shook|drop|dropped|smother|smothered|strangle|strangled|hurt|choke|choked) (her|him|them|my \w+)\b",
                 r"\b(scared|afraid|frightened|terrified) (of )?what i('?ll| will| might| could)( end up)? do\b"),
        needs=r"(car(ing|er|egiver)|look(ing)? after|my (mother|mom|mum|father|dad|baby|son|daughter|husband|wife|grand\w+)|alone with)"),
    # Session 12, the rules for what only the heads heard: a needle or a shard on one's own skin, a thigh cut many times,
    # skin scratched till it bleeds and cannot stop.
    Cue("self-harm",
        phrases=(r"(針|はり|ピン|ぴん|画鋲|がびょう|コンパス|こんぱす|破片|はへん|ガラス|がらす|カッター|かみそり|剃刀|カミソリ)で[^。]{0,6}(手|て|腕|うで|手首|てくび|指|ゆび|足|あし|太もも|ふともも|自分|じぶん)(を|に)?[^。…]{0,8}(刺|さし|さす|さして|切|きっ|きる|傷|\.\.\.)",
                 r"(太もも|ふともも|腕|うで|手首|てくび)(を|に)?(カッター|かみそり|剃刀|カミソリ|刃|ナイフ)で[^。]{0,6}(何本|なんぼん|何回|なんかい|何度|なんど|切|きっ)",
                 r"(腕|うで|手首|てくび|肌|はだ|足|あし|太もも)(を)?[^。]{0,4}(ひっかい|引っかい|引っ掻い|かきむし|掻きむし|掻い)(て)?[^。]{0,4}(血|ち)(が)?(出|で)"),
        needs=r"^(?!(?s:.*)((ら|さ)れ(た|て)|子ども|こども|児童|生徒|娘|息子|犬|いぬ|猫|ねこ|虫|むし|かゆ|痒|アトピー|あとぴー|湿疹))(?=(?s:.*)(やめ|止まら|とまら|止められ|とめられ|また|きょうも|今日も|毎日|まいにち|いつも|わざと|何度|なんど|何本|なんぼん|何回|なんかい|いまも|今も|手に持って|\.\.\.))"),
    # A stroke told by what is seen and heard: only "あー" said since a moment ago, one arm hanging, a face lopsided.
    Cue("stroke-signs",
        phrases=(r"[「『]?(あー|あう|うー|あ、あ)[」』]?(しか|とか)[^。]{0,4}(言わ|いわ|言え|いえ|しゃべら|しゃべれ|話さ|はなさ)",
                 r"(右|左|みぎ|ひだり|片方|かたほう)の(手|て|腕|うで|足|あし)(ぇ|え)?(も|が)?[^。]{0,4}(ぶらーん|ぶらん|だらん|だらーん|動いて(な|へ|ん|ね)|うごいて(な|へ|ん|ね))",
                 r"(物|もの|字|じ|顔|かお|景色)(が)?(急に|きゅうに|突然|とつぜん)?(二重|にじゅう)に(見え|みえ)"),
        needs=r"(急に|きゅうに|突然|とつぜん|いきなり|さっき|ついさっき|\d+分前|今朝|けさ|いつもと(全然|ぜんぜん)?(ちが|違)|普通に|ふつうに)"),
    Cue("stroke-signs",
        english=(r"\b(face|mouth|smile) (looks |is |seems |has gone |went )?(lopsided|droopy|drooping|crooked|uneven|twisted)\b",),
        needs=r"\b(suddenly|sudden|minutes ago|just now|started|this morning|an hour ago|arm|hand|speech|slurr|talk)"),
    # Dragged or nearly dragged somewhere by a man (公園の奥に連れ込まれた, 車に連れ込まれそうになった); a consent denied;
    # a man who comes into the room at night.
    Cue("sexual-violence",
        phrases=(r"(奥|おく|茂み|しげみ|草むら|くさむら|物陰|ものかげ|車|くるま|トイレ|といれ|部屋|へや|家|いえ|ホテル|ほてる|路地|倉庫)(の中)?(に|へ)(連れ込|つれこ|引きずり込|ひきずりこ)(ま|まれ)",
                 r"同意(して|も)?(い)?(ない|なかった|してない|してへん|しとらん)(のに|けど|まま)",
                 r"(夜中|よなか|夜|よる|寝て(る|いる)(間|とき|時))[^。]{0,6}(部屋|へや|布団|ふとん|寝室|しんしつ)に(入って|はいって)(こ|く|き)(られ|る|た|て)",
                 r"(部屋|へや|布団|ふとん)に(夜中|よなか)に(入って|はいって)(いく|行く|いった|行った|こ|く)",
                 r"(家|いえ|部屋|へや|ホテル|ほてる|車|くるま)(に|へ|まで)(連れてかれ|つれてかれ|連れて(行|い)かれ|つれていかれ)[^。]{0,12}(嫌|いや|やめて|無理|むり)"),
        needs=r"(男|おとこ|知らない|しらない|義理の|義父|ぎふ|継父|父|ちち|兄|あに|おじ|叔父|伯父|職員|先生|せんせい|上司|相手|彼|かれ|嫌|いや|怖|こわ|泣|なき|服|ふく|されちゃ|された)"),
    # A room with the cooling off and someone vague or unable to drink in it (エアコンを切った部屋でぼーっと…水も飲めない).
    Cue("heatstroke",
        phrases=(r"(エアコン|えあこん|クーラー|くーらー|冷房|れいぼう)(を|が|も)?[^。]{0,4}(切った|切って|きった|きって|ない|無い|なし|壊れ|こわれ|故障|止ま|とま|つけてない|つけない|つけず)[^。]{0,10}(部屋|へや|家|いえ|室内)",),
        needs=r"(ぼーっと|ぼうっと|ぼんやり|ぐったり|飲めな|のめな|飲み込め|のみこめ|返事|へんじ|反応|はんのう|動けな|うごけな|意識|いしき|ふらふら|体が熱|からだがあつ)"),
    # Session 12, more of what only the heads heard: foam at the mouth in bare kana, a fall from a pier and a cry, someone
    # not back from the sea, a grape swallowed whole and a wheeze, eyes that will not open however one calls (目ぇ開けねぇ),
    # a water heater and a head gone vague with no air, a night on the floor after a fall, a slip and the head struck.
    Cue("seizure", phrases=(r"(あわ|泡)(を)?(吹|ふ)(い|き)(て|とる|よる)",),
        needs=r"(口|くち|ふるえ|震え|ぶるぶる|がくがく|けいれん|白目|しろめ|倒れ|たおれ|意識)"),
    Cue("drowning",
        phrases=(r"(堤防|ていぼう|岸壁|がんぺき|桟橋|さんばし|防波堤|船|ふね|ボート|ぼーと|岩場|いわば)(から|より)[^。]{0,4}(落ち|おち|転落|てんらく)",
                 r"(海|うみ|沖|おき|川|かわ)から(戻|もど|上が|あが|帰|かえ)って(こ|き)(な|ん|ず|ませ|へん)"),
        needs=r"(泳げな|およげな|溺|おぼれ|叫|さけ|沈|しず|浮|うい|うか|助け|たすけ|波|なみ|潮|しお|流さ|ながさ|見えな|みえな|さっき)"),
    Cue("choking",
        phrases=(r"(ぶどう|ブドウ|葡萄|飴|あめ|こんにゃく|もち|餅|ナッツ|ピーナッツ|豆|まめ|ミニトマト|ビー玉|びーだま|おもちゃ|ボタン|ぼたん)(を)?[^。]{0,8}(丸のみ|まるのみ|丸呑み|のど|喉|口に入れたまま|くちにいれたまま)",),
        needs=r"(ゼイゼイ|ぜいぜい|ぜーぜー|むせ|息が|いきが|息を|顔(が|色)|真っ青|まっさお|紫|むらさき|苦し|くるし|咳|せき|声が出)"),
    Cue("not-breathing-or-unconscious",
        phrases=(r"目(ぇ|え|を|は)?(開け|あけ)(ねぇ|ねえ|ん|へん|ない|ません|よらん|ちょらん)",),
        needs=r"(呼|よん|よび|ぐったり|揺|ゆす|叩|たた|声をかけ|返事)"),
    Cue("gas-or-co",
        phrases=(r"(湯沸かし器|ゆわかしき|給湯器|きゅうとうき|ストーブ|すとーぶ|ヒーター|ひーたー|ガスコンロ|こんろ|コンロ|七輪|しちりん|練炭|れんたん|発電機|はつでんき)[^。]{0,24}(頭|あたま|吐き気|はきけ|気持ち悪|きもちわる|めまい|ぼーっと|ぼうっと|ふらふら)",),
        needs=r"(換気|かんき|窓を(閉|しめ)|締め切|閉め切|しめきり|しめきっ|狭い|せまい|車の中|車内)"),
    Cue("elderly-fallen",
        phrases=(r"(転ん|ころん|転倒|こけ|すべっ|滑っ)[^。]{0,14}(まま|ままで)[^。]{0,6}(朝|あさ|夜|よる|何時間|なんじかん|暗く|くらく)",
                 r"(転ん|ころん|転倒し|こけ)(で|て|だ|た)(から|あと)[^。]{0,4}(ずっと|そのまま)[^。]{0,10}(まま|動けな|うごけな|立てな|たてな)",
                 r"(すべって|滑って|転んで|ころんで|こけて)(頭|あたま)(を)?(うっ|打っ|ぶつけ)"),
        needs=r"(" + ELDER[1:-1] + r"|おばあ|おじい|ばあ|じい|母|父|\d{2}(歳|才|さい))"),
    # Things thrown at someone in the house now (妹に物なげとる), a parent pushed down the stairs (English).
    Cue("violence-now",
        phrases=(r"(に|へ|めがけて|目がけて)(物|もの|皿|さら|食器|しょっき|椅子|いす|灰皿|はいざら|茶碗|ちゃわん)(を)?(投げ|なげ)(つけ)?(とる|てる|ている|よる|まくっ|た|られ)",),
        english=(r"\b(pushed|shoved|threw|kicked) (my|his|her|our) \w+ down the stairs\b",)),
    # Shut in with a lock from outside (物置に入れて鍵をかけて…出していない; ドアを外から塞がれて出られない).
    Cue("confinement",
        phrases=(r"(物置|ものおき|倉庫|そうこ|押し入れ|おしいれ|トイレ|といれ|部屋|へや|納屋|なや)に(入れ|いれ|閉じ込め|とじこめ)[^。]{0,12}(鍵|かぎ)(を)?(かけ|掛け)",
                 r"(外から|そとから)[^。]{0,4}(塞|ふさ|鍵を|かぎを|閉め|しめ)[^。]{0,4}(られ|れ|て)[^。]{0,10}(出られ|でられ|出して(もらえ|くれ)|でれ)"),),
    # A carer who cannot stop her own hand, in bare kana (わたし こども たたいちゃう。とまらない).
    Cue("caregiver-may-harm",
        phrases=(r"(たたいちゃ|叩いちゃ|なぐっちゃ|殴っちゃ|つねっちゃ|ゆさぶっちゃ|揺さぶっちゃ|どなっちゃ|怒鳴っちゃ)(う|った|って)",),
        needs=r"(とまらな|止まらな|止められ|とめられ|こわい|怖い|やめられ|また|毎日|まいにち)"),
    # An old person hurt and not taken to the doctor (病院連れてってもらえてへん).
    Cue("elder-abuse-injury",
        phrases=(r"(病院|びょういん|医者|いしゃ)(に|へ)?(連れて(行|い)って|つれて(い)?って)(もらえ|くれ)(て)?(へん|ない|ん|ません|ず)",),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"|おばあ|おじい|ばあ|じい|母|父))(?=(?s:.*)(腫れ|はれ|あざ|痣|血|骨|傷|けが|怪我|痛|いた))"),
    # Session 13: cigarette burns found on an old parent or a child someone else keeps (腕にタバコの火傷が何か所も).
    Cue("elder-abuse-injury",
        phrases=(r"(タバコ|たばこ|煙草)(の)?(火)?(の)?(火傷|やけど|ヤケド|跡|あと|痕)",),
        needs=r"^(?!(?s:.*)(自分で|じぶんで|うっかり|落とし|吸い殻|ポイ捨て))(?=(?s:.*)(" + ELDER[1:-1] + r"|おばあ|おじい|ばっちゃ|じっちゃ|父|母))"),
    Cue("child-abuse",
        phrases=(r"(タバコ|たばこ|煙草)(の)?(火)?(の)?(火傷|やけど|ヤケド|跡|あと|痕)",),
        needs=r"^(?!(?s:.*)(自分で|じぶんで|うっかり|落とし|吸い殻|ポイ捨て))(?=(?s:.*)" + CHILD + ")"),
    # Someone close lost and the days gone empty (むすこが きゅうに しんで…ひとりで ごはん たべる きも しない): grief, the quiet line.
    Cue("distress", weak=True,
        phrases=(r"(亡くな(って|り|った)|亡くし(て|た)|先立たれ|さきだたれ|しんで|死んで|死なれ|しなれ|なくなって)",),
        needs=r"^(?!(?s:.*)(手続|てつづき|相続|そうぞく|書類|届|年金|保険|費用|申請|遺品|お墓|墓))(?=(?s:.*)(ひとり|一人|独り|さみし|寂し|淋し|食べる気|たべるき|たべる気|気力|きりょく|する気|するき|眠れ|ねむれ|話す人|はなすひと|誰とも|だれとも|つけっぱなし|涙|なみだ|泣い|ないて))"),
    # An old person's face or body hurt, and who did it said in their own words (息子さにやられたって).
    Cue("elder-abuse-injury",
        phrases=(r"(息子|娘|嫁|婿|孫|夫|旦那|だんな|兄|弟|甥|家族|職員|ヘルパー)(さん)?(に|さ|さに|から)(やられ|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|突き飛ばされ)",),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"|おばあ|おじい|ばっちゃ|じっちゃ|ばあ|じい))(?=(?s:.*)(腫れ|はれ|あざ|痣|血|骨|傷|けが|怪我|顔|かお))"),
)
