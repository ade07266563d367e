"""Scenes that tell a crisis without its usual word (issue #11): telegraphic kana, regional endings, a note
and someone gone, heat and a person who no longer answers, a carer at the end of their strength.

Each cue is a family of phrasing (a scene and what makes it present), never one sentence."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, ELDER, SHINJU, Cue

# Telegraphic kana keeps a space where particles were (かたて うごかない): a gap of blanks between two words.
_GAP = r"(が|に|も|を|は)?[ 　]?"
# Contact lost: a phone unanswered or switched off, no reply read.
_NO_CONTACT = (r"(つながらな|繋がらな|つながりませ|繋がりませ|電源(が|も)?.{0,2}(切|入って(い)?な|オフ)|"
               r"連絡(が|も)?.{0,2}(つかな|取れな|とれな|つきませ|取れませ)|既読(が|に|も)?(つかな|つきませ|ならな)|電話(に|も)?(出な|でな|出ませ))")
# Speech gone or wrong; a limb that no longer obeys (telegraphic or whole).
_SPEECH = (r"(言葉|ことば|話|はなし)" + _GAP + r"(うまく|上手く)?(出な|でな|出て(こ)?な|でて(こ)?な|もつれ|出ませ|出てこ(な|ん))|"
           r"(うまく|上手く|ちゃんと)[ 　]?(しゃべれ|喋れ|話せ|はなせ)(な|ん|ませ)")
_LIMB = (r"(片手|片足|片腕|かたて|かたあし|かたうで|右手|左手|右足|左足|みぎて|ひだりて|みぎあし|ひだりあし)" + _GAP +
         r"(動かな|うごかな|動かせな|うごかせな|力が入らな|ちからがはいらな|上がらな|あがらな)|"
         r"((手|足|腕)(が|も)?|(て|あし|うで)(が|も)[ 　]?)(しびれ|痺れ|動かな|うごかな|力が入らな)")
# A person who no longer answers properly: a groan only, a strange reply, a vacant look.
_DAZED = (r"(返事|へんじ|反応|受け答え)(が|も)?.{0,4}(おかし|変|へん|ない|鈍)|(う[ーう]ん|あー)(と|って)しか(言わ|いわ|言え)|"
          r"(うーん|うん|あー|あ)」?(と|って)しか(言わ|いわ|言え|返さ|答え)|(ぼんやり|ぼーっと|ぐったり|朦朧|もうろう|意識が)|話が(通じ|かみ合わ)|"
          r"(目|め)(え|を|も)?[ 　]?(開け|あけ)(ん|な|へん|ませ|ねえ)")
_CLOSED_ROOM = r"(閉め切|しめき|西日|扇風機(も|が)?.{0,4}(止ま|壊|なく|ない)|窓(も|を)?.{0,2}(開けず|閉めた|しめた))"

_DRINK = r"(焼酎|しょうちゅう|ビール|ウイスキー|日本酒|ワイン|酎ハイ|チューハイ|お酒|酒|アルコール)"
_PILLS = r"(安定剤|睡眠薬|眠剤|精神薬|錠剤|薬|くすり)"
_OLD = r"(" + ELDER[1:-1] + r"|じっちゃ|ばっちゃ|じさま|ばさま|じっちゃん|ばっちゃん)"
# A child in a special school or class, or in day services for disabled children.
# A child taken along: (赤ちゃん|この子|息子…)と一緒に消えたい, 子どもを連れて死のう.
_WITH_CHILD = (r"(子|こ|赤ちゃん|あかちゃん|赤ん坊|あかんぼう|娘|むすめ|息子|むすこ|子ども|子供|こども|我が子|わが子)(と|を連れて|をつれて|も)[ 　]?"
               r"(一緒に|いっしょに|二人で|ふたりで)?[ 　]?(消え|きえ|死に|しにた|死の|しのう|死ね|死ん|いなくなり|いなくなろ|楽になり|楽になろ|"
               r"終わりにし|おわりにし|天国|あの世)")
_CARING = r"(介護|かいご|認知症|にんちしょう|寝たきり|世話|せわ|看病|要介護|dementia|caring|carer)"
_ROUGH = r"(乱暴|らんぼう|手荒)(に|な|く)(扱|あつか|され|し).{0,12}(骨折|こっせつ|怪我|けが|血が|腫れ|はれ|救急|意識)"
_BOUND = r"(縛|しば)(った|られた|りつけた|りつけられた)(跡|あと|痕)"
_SUPPORTED = r"(" + DISABLED[1:-1] + r"|支援学校|特別支援|支援級|支援学級|療育|放課後等デイ|放デイ)"

CUES: tuple[Cue, ...] = (
    # A stroke told in a few kana: a limb that does not move and words that do not come, in one message.
    Cue("stroke-signs", phrases=(_LIMB,), needs=_SPEECH),
    Cue("stroke-signs", phrases=(r"(片目|片方の目|かため|片方の視界)(が|も)?.{0,4}(見えな|見えにく|みえな|みえにく|見えづら|暗)",),
        needs=_SPEECH + r"|(急に|突然|いきなり|さっき)"),
    Cue("stroke-signs", phrases=(r"(急に|きゅうに|突然|とつぜん)[ 　]?(目|め|片目|かため)(が|も)?[ 　]?(見えな|みえな|見えにく|みえにく)",),
        needs=r"(頭|あたま|言葉|ことば|しゃべ|話せ|手|足|顔|かお)"),
    Cue("stroke-signs",
        english=(r"\b(can'?t|cannot|can not) (feel|move|lift|raise) (my|his|her|their) (left|right) (arm|leg|hand|side|foot)",),
        needs=r"\bwords? (come|came|are|is|keep) (out )?(wrong|slurred|jumbled|garbled)|\bslurr|\b(can'?t|cannot) (speak|talk|get (the |my |his |her )?words)"),
    # A body burning hot and a person who only groans, or a shut room in summer and a strange reply.
    Cue("heatstroke",
        phrases=(r"(おでこ|額|体|からだ|身体|肌|頭)(が|も)?.{0,4}(燃える|もえる|焼ける|火の)(よう|みたい)(に|な)?.{0,2}(熱|あつ)",),
        needs=_DAZED),
    Cue("heatstroke", phrases=(_DAZED, r"(座り込|すわりこ|へたり込|うずくま)"), needs=_CLOSED_ROOM),
    Cue("heatstroke",
        english=(r"\b(stopped|isn'?t|is not|not|no longer) sweating\b", r"\bcan'?t stand up\b.{0,40}\bconfused|\bconfused\b.{0,40}\bcan'?t stand"),
        needs=r"\bhot\b|\bheat\b|\bsweat"),
    # A note left and the person gone, the phone unanswered: a farewell until the person is found.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(置き手紙|置手紙|書き置き|書置き|おきてがみ|かきおき)(を|が|も)?.{0,8}(いなくな|出て(行|い)っ|消え|姿を消|家を出)",),
        needs=_NO_CONTACT + r"|ごめん|さよなら|さようなら|ありがとう"),
    Cue("suicide-plan-or-attempt", phrases=(r"(姿|すがた)(が|も)?(ない|見えな|みえな|見当たらな)", r"いなくな(っ|り)"),
        needs=r"(置き手紙|置手紙|書き置き|書置き|(手紙|てがみ|メモ)(が|を)?.{0,6}(机|テーブル|部屋|枕元|玄関))"),
    Cue("suicide-plan-or-attempt",
        english=(r"\bleft (a|me a|us a) (note|letter|message)\b", r"\b(note|letter|message) (saying|that said|that says) (sorry|goodbye|thank)"),
        needs=r"not (answering|picking up)|won'?t (answer|pick up)|phone (is |was )?(off|dead)|can'?t (reach|find) (him|her|them)|\b(is|has) (gone|disappeared)\b"),
    # A day or a way of dying decided (しぬひ きめた).
    Cue("suicide-plan-or-attempt",
        phrases=(r"(死ぬ|しぬ|死に|しに)(日|ひ|場所|ばしょ|方法|ほうほう|時|とき)" + _GAP + r"(決め|きめ)(た|ました|てる|ている)",)),
    # Hitting one's own head against a wall, not stopping; cutting for relief, again tonight.
    Cue("self-harm",
        phrases=(r"(壁|かべ|床|ゆか|柱)に(頭|あたま)(を)?.{0,2}(打ち付け|打ちつけ|うちつけ|ぶつけ|叩きつけ)",
                 r"(頭|あたま)(を)?.{0,2}(壁|かべ|床|ゆか|柱)に(打ち付け|打ちつけ|うちつけ|ぶつけ|叩きつけ)"),
        needs=r"(止まらな|止まらん|とまらん|とまらな|やめられ|やめれ|今も|いまも|やってしま|やっちゃ)"),
    Cue("self-harm",
        phrases=(r"(切る|きる|切ったら|切ると|傷つける|きずつける)と?.{0,2}(すっと|スッと|楽に|らくに|落ち着|おちつ)",),
        needs=r"(今夜も|今日も|また|やる|やめられ|止められ|🔪)"),
    # Marks of a blade found on someone's arm or wrist (娘の腕にカッターの傷がいくつも, 手首にためらい傷): self-harm going on,
    # whenever it was noticed.
    Cue("self-harm",
        phrases=(r"(カッター|かったー|かみそり|カミソリ|剃刀|刃物|ためらい|リスカ|りすか|自傷|じしょう)(の)?(傷|きず|キズ|跡|痕)",
                 r"(手首|てくび|腕|うで|太もも|ふともも)(に|の)[^。]{0,6}(切り傷|きりきず|切った(跡|あと|痕)|線の(傷|跡|痕)|横線)"),
        # an old scar to hide or treat (跡が残ってて消す方法) is the past, told for a question
        needs=r"^(?!(?s:.*)((跡|あと|痕)(が|は|も)?(残|のこ)|消す|消し|けす|けし|目立|めだ|治療|ちりょう|レーザー|手術|昔|むかし|以前|前に))"
              r"(?=(?s:.*)(腕|うで|手首|てくび|太もも|ふともも|足|肌|いくつ|何本|なんぼん|たくさん|いっぱい|増え|ふえ|隠|かく|長袖|ながそで))"),
    # Pills swallowed by the handful with drink, and the person snoring and not waking.
    Cue("overdose",
        phrases=(r"(安定剤|睡眠薬|眠剤|薬|くすり|錠剤).{0,10}(がばが|がぼが|大量|たくさん|いっぱい|全部|ぜんぶ|まとめて|一気)",),
        needs=r"(いびき|起き(ん|ない|へん|ねえ|ません)|反応(が)?(ない|なし)|返事(が)?(ない|なし)|意識)"),
    Cue("overdose",
        phrases=(_DRINK + r"(と|で)(一緒に|いっしょに)?.{0,2}" + _PILLS, _PILLS + r"(を|も)?.{0,2}" + _DRINK + r"(と|で)(一緒に|いっしょに)?"),
        needs=r"(いびき|起き(ん|ない|へん|ねえ|ません)|反応|返事|意識|ぐったり|飲んだ|のんだ|飲んで|のんで)"),
    # An old person left soiled, bedsores and bruises all over; blows told in a northern voicing (叩がれ).
    Cue("elder-abuse-injury",
        phrases=(r"(おむつ|オムツ)(も|を)?.{0,4}(替え|かえ)て(もらえ|もらって(い)?な|くれな)", r"(床ずれ|褥瘡|じょくそう).{0,20}(放置|知らん顔|知らんぷり|ほったらかし|打撲|あざ)",
                 r"(体じゅう|体中|からだじゅう|全身)(に)?.{0,4}(打撲|あざ|痣|青あざ)", r"(叩|たた)が(れ|さ)(で|て|た)"),
        needs=_OLD),
    # A disabled child pinched on the school bus, the weals there today.
    Cue("disabled-abuse-injury",
        phrases=(r"(つねられ|抓られ|つねら(れ)?よ)", r"(みみず腫れ|ミミズ腫れ|みみずばれ|あざ|痣)(に|が)?.{0,4}(なっ|でき|ある)"),
        needs=_SUPPORTED),
    # A neck squeezed, told in kana with blanks.
    Cue("violence-now", phrases=(r"(首|くび)" + _GAP + r"(絞め|しめ|締め)(られ|て(くる|きた|きて|きま))",)),
    # An old person out on the road who cannot say their name or home.
    Cue("missing-person",
        phrases=(r"(名前|なまえ)(も|が|や)?.{0,2}(家|いえ|住所|じゅうしょ)(も|が)?.{0,4}(言えな|いえな|わからな|分からな|答えられな|こたえられな)",
                 r"(家|いえ|住所)(も|が)?.{0,2}(名前|なまえ)(も|が)?.{0,4}(言えな|いえな|わからな|分からな|答えられな)",
                 r"(家|いえ|住所|自宅)(が|は)?(どこ(か|だか|なのか)?)?.{0,2}(わからん|わからな|分からな|言えな|答えられな|覚えてな)"),
        needs=r"(迷っ|まよっ|歩いて|あるいて|さまよ|うろうろ|ふらふら|徘徊|道|路上|国道|県道|パジャマ|裸足|はだし|夜中)"),
    # A child not home since last night, the phone switched off.
    Cue("missing-person",
        phrases=(r"(昨日|きのう|昨夜|ゆうべ|夕べ|昨晩|一晩|ひとばん|今朝|朝|昼)(の)?(夜|よる|晩)?から.{0,12}(帰って(こ|き)?な|帰らな|戻らな|戻って(こ|き)?な|帰ってこん|戻ってこん)",),
        needs=_NO_CONTACT),
    # No roof tonight and the cold on the skin.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(今夜|こんや|今晩|こんばん)(は|も)?.{0,2}(公園|こうえん|駅|外|そと|野宿|路上)",),
        needs=r"(寒|さむ|凍|こご|感覚(が)?(ない|なく)|かんかく|🥶|雪)"),
    Cue("no-food-or-shelter-in-cold",
        english=(r"\bno (place|where) to (stay|sleep)\b", r"\b(nowhere|no place) (to go )?tonight\b"),
        needs=r"\bcold\b|freez|snow"),
    # A carer beside a knife thinking of 「二人で」; a young carer who may strike.
    Cue("caregiver-may-harm",
        phrases=(r"(包丁|ほうちょう|ナイフ|刃物|はもの).{0,16}(二人で|ふたりで|一緒に|いっしょに|このまま)", r"(二人で|ふたりで)(\.{2,3}|・・|、)?.{0,4}(考え|思っ|おもっ|かんがえ)",
                 r"(首|くび)に(手|て)が(いき|行き|伸び|のび|かかり)そう"),
        needs=r"(介護|かいご|世話|せわ|看病|認知症|寝たきり|義母|義父|" + ELDER[1:-1] + ")"),
    Cue("caregiver-may-harm",
        phrases=(r"(殴る|なぐる|叩く|たたく|蹴る|殴って(しま|ま)う|叩いて(しま|ま)う|手を出す|手が出る|手をあげる|手を上げる)(かもしれ|かも)",),
        needs=r"(介護|かいご|世話|せわ|ケアラー|けあらー|看病|毎晩起こ|認知症|寝たきり)"),
    # A person found hanging, or cut down and not known to breathe (首を吊ってる、いま見つけた; 下ろしたけど息してるか
    # わからない): 119 now, whatever the words for the rope.
    Cue("not-breathing-or-unconscious",
        phrases=(r"(首|くび)(を)?[ 　]?(吊|つ)(って|っと)(る|た|い|お|ま)", r"(首|くび)(を)?(吊|つ)った(状態|まま|姿)",
                 r"(ぶら下が|ぶらさが)(って|っと)(る|た|い|お|ま)"),
        needs=r"(首|くび|ロープ|紐|ひも|縄|なわ|ベルト|ドアノブ|梁|鴨居|見つけ|みつけ|発見|下ろ|おろ|降ろ|息|いき|冷た|つめた)"),
    Cue("not-breathing-or-unconscious",
        english=(r"\bfound (him|her|them|my \w+|someone|a man|a woman|the body) hanging", r"\b(is|was) hanging (from|in) (the|a|his|her)",
                 r"\bcut (him|her|them) down\b")),
    Cue("not-breathing-or-unconscious",
        phrases=(r"(息|いき|呼吸|こきゅう|脈|みゃく)(を|が|は)?(して(る|い)|ある|あるの|してるの|してんの)?か(どうか)?.{0,2}(わから|分から|わかん|わかりませ|分かりませ|確かめられ)",
                 r"(下ろ|降ろ|おろ)し(た|て|ました).{0,14}(冷た|つめた|動かな|うごかな|反応|返事|目を(開け|あけ)|意識)"),
        english=(r"\b(don'?t|do not|can'?t|cannot) (know|tell) if (he|she|they|it)('?s| is| are) (still )?breathing", r"\bnot sure (if|whether) (he|she|they)('?s| is| are) (still )?breathing")),
    # A parent who thinks of dying, vanishing or ending it together with a child (赤ちゃんと一緒に消えたい): the
    # suicide lines and a carer's (and so the child's) lines.
    Cue("suicide-thoughts", phrases=(_WITH_CHILD, SHINJU, r"道連れ")),
    Cue("caregiver-may-harm", phrases=(_WITH_CHILD,)),
    # A carer's thought of the neck, told as a what-if (母の首をしめたらって): the carer's line, not violence done.
    Cue("caregiver-may-harm", phrases=(r"(首|くび)(を)?[ 　]?(しめ|絞め|締め)(たら|れば|ちゃおう|ようか|ちゃいそう|たくな)",),
        needs=CARE + r"|母|父|夫|妻|義母|義父|祖母|祖父|" + ELDER[1:-1]),
    # Someone who tells the bot where they stand now, at a height or on the tracks (いま屋上にいる).
    Cue("suicide-plan-or-attempt",
        phrases=(r"(いま|今|ひとりで|一人で)[、 　]?(屋上|おくじょう|橋の上|崖|がけ|線路|踏切|ビルの上|ホームの端|ベランダの外)(に|の上に)(いる|いて|おる|おります|います)(?!.{0,20}(が|けど|けれど)?.{0,12}(ですか|ますか|[?？]))",),),
    # Wanting to be free of everything (もう楽になりたい。何もかも): a wish to end life told without the word.
    Cue("suicide-thoughts", phrases=(r"楽に(なりたい|なりてえ|なりたか|なれたら)",),
        needs=r"(何もかも|なにもかも|人生|この世|生きる|生きて|いきる|いきて|いっそ|永遠|えいえん|全部終わ|ぜんぶおわ)"),
    # A carer's own hand already used on the person cared for (腕をつかんで引きずってた, ベッドに押さえつけた), or the
    # thought that will not go (いっそ…って考えが離れない).
    Cue("caregiver-may-harm",
        phrases=(r"(腕|うで|手|髪|かみ|胸ぐら|襟|えり)(を)?(つかん|掴ん|引っ張っ|ひっぱっ)で.{0,6}(引きず|ひきず|振り回|ふりまわ|押し倒|突き飛ば|つきとば)",
                 r"(押さえ|おさえ)(つけ|付け)(て(しまっ|しま|た|る)|た|ちゃっ)", r"いっそ[…．.、・ 　]*(って|と)?.{0,4}(考え|かんがえ|思っ|おもっ|思う|おもう|頭)",
                 r"(ご飯|ごはん|食事|水)を?(わざと)?(抜い|抜か|あげなかっ|与えなかっ)"),
        needs=_CARING),
    # Blows heard through the wall where a child cries (I hear slapping), rough handling of a disabled or older person.
    Cue("child-abuse", english=(r"\b(hear|heard|hearing)\b.{0,20}\b(slapping|smacking|hitting|beating|thuds?|thumps?|screaming)",), needs=CHILD + r"|\b(girl|boy)\b"),
    Cue("disabled-abuse-injury", phrases=(_ROUGH,), needs=DISABLED),
    Cue("elder-abuse-injury", phrases=(_ROUGH,), needs=ELDER + r"|寝たきり|要介護"),
    # A carer who fears what they will do if nothing changes (このままだと何かしてしまう), or hates the person cared for.
    Cue("caregiver-may-harm",
        phrases=(r"(このままだと|このままでは|このままじゃ|いつか).{0,6}(何か|なにか|取り返しのつかない(こと)?)(を)?(して|し)(しまう|しまいそう|しそう|ちゃう|ちゃいそう|まう)",
                 r"(憎|にく)(くて|い)(たまらな|仕方|しかた|しょうがな)"),
        needs=_CARING),
    # Marks of binding on an older or disabled person (縛った跡), a fracture nobody explains (English).
    Cue("elder-abuse-injury", phrases=(_BOUND,), needs=ELDER + r"|寝たきり|要介護|特養|老人ホーム"),
    Cue("disabled-abuse-injury", phrases=(_BOUND,), needs=DISABLED),
    Cue("disabled-abuse-injury", english=(r"\b(broken|fractured) (finger|arm|leg|wrist|rib|bone|nose)|\b(won'?t|wouldn'?t|didn'?t|can'?t|couldn'?t) explain",),
        needs=DISABLED),
    # Scalding water used on a child (熱湯のお風呂に入れた).
    Cue("child-abuse", phrases=(r"(熱湯|ねっとう|熱いお湯|あついおゆ|熱すぎるお湯)(の)?(お風呂|風呂|シャワー)?(を|に)?.{0,4}(入れ|いれ|かけ|浴びせ|あびせ|つけ)",), needs=CHILD),
)
