"""Crises told without their usual word (issue #11, session 15, crisisO): what happened is described and a
counsellor names it — a headache like a blow out of nowhere (the bleed a stroke line is for), a blade or teeth on
one's own arm again and again, a baby's face under the bath water, a former partner
who says he is coming tonight or writes dozens of times, a knife taken out in a rage, a drunk parent raging, a
disabled or old person handled roughly by another and hurt, a child left in a closed car for an hour, oil about to be
poured on someone."""

from __future__ import annotations

from .words import DISABLED, ELDER, EX, Cue

# Someone of the house or of the care who may be the one who harms (兄が, ヘルパーが).
_DOER = (r"(兄|姉|弟|妹|夫|妻|旦那|息子|娘|嫁|婿|父|母|おじ|叔父|伯父|甥|孫|職員|ヘルパー|へるぱー|スタッフ|すたっふ|介護士|"
         r"施設の人|家族|親戚|同居人|彼氏)")
# A harm on the body told after it (母は痛がってる, あざができた).
_HURT = (r"(痛が|いたが|痛い|いたい|痛そう|いたそう|あざ|痣|けが|怪我|ケガ|血|腫れ|はれ|骨|たんこぶ|泣い|ないて|動けな|うごけな|"
         r"打った|うった|ぶつけ)")
_ANGER = r"(キレ|ぶちぎれ|切れて|逆上|怒鳴|どな|怒っ|おこっ|怒り狂|暴れ|あばれ|逃げ|にげ|殺|ころす|脅|おど|酔っ|よっぱ|酒乱)"

CUES: tuple[Cue, ...] = (
    # A headache like a blow, out of nowhere (急にバットで殴られたみたいな頭痛。吐いた): a bleed in the head, 119 —
    # not a hangover's or a migraine's.
    Cue("stroke-signs",
        phrases=(r"(殴|なぐ|叩|たた|打|う|殴りつけ)(ら|か|た)れた(か)?(の)?(よう|みたい|様)な(頭痛|ずつう|痛み|いたみ|激痛|げきつう)",
                 r"(頭|あたま)(が|の)?[^。]{0,8}(殴|なぐ|叩|たた)(ら|か)れた(か)?(の)?(よう|みたい)",
                 r"(頭|あたま)(が|の)?[^。]{0,4}(割れ|われ|爆発|ばくはつ)(る|そう|た)(か)?(の)?(よう|みたい)な"),
        needs=r"^(?!(?s:.*)(二日酔|ふつかよい|飲みすぎ|飲み過ぎ|のみすぎ|偏頭痛|片頭痛|へんずつう|いつもの|毎月|生理|低気圧|肩こり))"
              r"(?=(?s:.*)(急に|突然|いきなり|初めて|はじめて|経験した|人生で一番|今までで一番|吐|はい(た|て|ちゃ)|嘔吐|意識|ろれつ|呂律|首が|くびが))"),
    # The same when the likeness is read as hyperbole first (頭をバットで殴られたみたいな痛み: the likeness and the pain
    # are cut out of the sentence): the head named, the blow-like pain and the suddenness in the message.
    Cue("stroke-signs",
        phrases=(r"(頭|あたま)(が|を|の|に)",),
        needs=r"^(?!(?s:.*)(二日酔|ふつかよい|飲みすぎ|飲み過ぎ|のみすぎ|偏頭痛|片頭痛|へんずつう|いつもの|毎月|生理|低気圧|肩こり|映画|ドラマ|衝撃))"
              r"(?=(?s:.*)(殴|なぐ|叩|たた|打|う)(ら|か|た)れた(か)?(の)?(よう|みたい|様)(な|に)(頭痛|ずつう|痛|いた))"
              r"(?=(?s:.*)(急に|突然|いきなり|初めて|はじめて|経験した|人生で一番|今までで一番|吐|はい(た|て|ちゃ)|嘔吐|意識|ろれつ|呂律|首が|くびが))"),
    # A blade or a needle on one's own arm, again and again (生徒がコンパスの針で腕を何度も刺してる): someone else's
    # doing (刺された) and a prick in sewing are not this.
    Cue("self-harm",
        phrases=(r"(針|はり|ピン|ぴん|画鋲|がびょう|コンパス|こんぱす|破片|ガラス|がらす|カッター|かったー|かみそり|剃刀|カミソリ|ハサミ|はさみ|"
                 r"鉛筆|えんぴつ|シャーペン|しゃーぺん|刃|定規|じょうぎ)で[^。]{0,4}(腕|うで|手首|てくび|手の甲|てのこう|太もも|ふともも|"
                 r"足首|肌|はだ|皮膚|ひふ)(を|に)[^。]{0,8}(刺|さし|さす|さし|切|きっ|きり|傷|ひっか|引っか|引っ掻|こす|削)",),
        needs=r"^(?!(?s:.*)((ら|さ)れ(た|て|ちゃ|る)|裁縫|さいほう|刺繍|ししゅう|工作|料理|うっかり|間違って))"
              r"(?=(?s:.*)(何度も|なんども|何回も|なんかいも|繰り返|くりかえ|ずっと|続け|つづけ|毎日|まいにち|わざと|自分で|じぶんで|"
              r"何本も|なんぼんも|やめられ|止められ|とめられ|傷だらけ|きずだらけ))"),
    # A baby or a child with the face under the bath water (顔までつかってた。泣かない): drowning, not a child gone.
    Cue("drowning",
        phrases=(r"(顔|かお|頭|あたま|口|鼻|はな)(まで|が|も|ごと)[^。]{0,6}(お湯|おゆ|湯|水|みず)?(に)?(つか|浸か|沈|しず|潜|もぐ)(って|んで|った|んだ|ってた|っとった|りかけ)",
                 r"(うつ伏せ|うつぶせ|うつ伏せ)で[^。]{0,6}(浮い|うい|沈|しず|つか|浸か)"),
        needs=r"^(?=(?s:.*)(風呂|ふろ|浴槽|湯船|ゆぶね|ベビーバス|べびばす|バスタブ|ばすたぶ|プール|ぷる|池|いけ|川|海|うみ|水|みず|お湯|おゆ))"
              r"(?=(?s:.*)(赤ちゃん|あかちゃん|赤ん坊|乳児|子|息子|娘|泣かな|なかな|泣かへん|息|いき|ぐったり|動かな|うごかな|反応|意識|顔色|紫|むらさき|青い|あおい))"),
    # A former partner who says he comes tonight (今夜来るって), or writes dozens of times: a pursuer, 110.
    Cue("stalking-threat",
        phrases=(r"(今夜|こんや|今晩|こんばん|今から|いまから|これから|今日|きょう|明日|あした)[^。]{0,4}(来る|くる|来ます|きます|行く|いく|行きます|いきます|押しかけ|おしかけ)"
                 r"(って|と(言|い|書|か|連絡|送|メ)|から(な|ね)?(」|』|$))",
                 r"(メッセージ|めっせじ|line|ライン|らいん|メール|める|電話|でんわ|着信|ちゃくしん|dm)(が)?[^。]{0,4}(何十|なんじゅう|何百|なんびゃく|数十|すうじゅう|\d{2,}|百)(件|けん|回|かい|通|つう|本)"),
        needs=EX),
    # A child left in a closed car and the time gone by (車の中に子どもを置いたまま、1時間経ってしまった): heat, 119.
    Cue("heatstroke",
        phrases=(r"(車|くるま)(の中|の なか|内)?(に|で)[^。]{0,8}(子ども|子供|こども|赤ちゃん|あかちゃん|息子|娘|幼児|子)(を)?[^。]{0,4}"
                 r"(置いた|おいた|残した|のこした|置きっぱなし|置いて(き|っ))",),
        needs=r"(経って|たって|経過|たった|忘れ|わすれ|ぐったり|汗|あせ|真っ赤|まっか|返事|反応|泣き止|泣いて)"),
    # Oil or petrol about to be poured on someone (父が母に灯油をかけようとしてる): a threat to burn, 110.
    Cue("violence-now",
        phrases=(r"(灯油|とうゆ|ガソリン|がそりん)(を)?[^。]{0,4}(かけ|撒|浴びせ|あびせ)(よう|られ|て(き|く|る))",),
        needs=r"(父|母|夫|妻|旦那|兄|弟|姉|妹|彼|息子|娘|親|私|わたし|僕|俺)(が|に|を)"),
    # A knife taken out in a rage (おとんがキレて包丁出した。逃げた): a threat with a blade now.
    Cue("violence-now",
        phrases=(r"(包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)(を)?[^。]{0,4}(出し|だし|取り出|とりだ|持ち出|もちだ)(た|て|やがっ|てき)",),
        needs=_ANGER),
    # A drunk parent raging (酔った親父が暴れて、今家の中めちゃくちゃ): the drink told before the person.
    Cue("violence-now",
        phrases=(r"(酒|さけ|酔|よっ|飲んだ|のんだ|泥酔|でいすい)[^。!?]{0,6}(父|母|夫|妻|息子|娘|兄|弟|主人|旦那|彼氏|親|祖父|親父|おやじ|おとん|おかん)"
                 r"(さん)?(が|は)[^。!?]{0,6}(暴れ|あばれ)(る|ます|て|た|だし|出し|とる|てる)",),),
    # A disabled or old person handled roughly by another and hurt (車いすの母を、兄が乱暴に扱って、ベッドから落とした。
    # 母は痛がってる): abuse with injury, 110 — not the carer's own fear; the passive (母が職員に乱暴に扱われて) makes
# the one named first the one harmed, not the doer.
    Cue("disabled-abuse-injury",
        phrases=(_DOER + r"(さん)?(が|は)[^。]{0,16}(乱暴に(扱|あつか)|突き飛ば|つきとば|放り投げ|ほうりなげ|投げ飛ば|なげとば|引きずっ|ひきずっ|押し倒|おしたお|"
                 r"(ベッド|べっど|車いす|車椅子|くるまいす|椅子|いす|階段|かいだん)から[^。]{0,4}(落と|おと|突き落と|引きずり))(?!わ|さ|ら|れ)",),
        needs=r"^(?=(?s:.*)" + DISABLED + r")(?=(?s:.*)" + _HURT + ")"),
    Cue("elder-abuse-injury",
        phrases=(_DOER + r"(さん)?(が|は)[^。]{0,16}(乱暴に(扱|あつか)|突き飛ば|つきとば|放り投げ|ほうりなげ|投げ飛ば|なげとば|引きずっ|ひきずっ|押し倒|おしたお|"
                 r"(ベッド|べっど|車いす|車椅子|くるまいす|椅子|いす|階段|かいだん)から[^。]{0,4}(落と|おと|突き落と|引きずり))(?!わ|さ|ら|れ)",),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"|寝たきり|要介護|認知症|祖母|祖父))(?=(?s:.*)" + _HURT + ")"),
)
