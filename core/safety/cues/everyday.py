"""Crises told in everyday words without the usual term (session 14, crisisN): a fire and smoke in bare kana, a body
gone cold said in dialect, heat told by its signs (水も飲めん, 返事がおかしい) or after the word 熱中症, someone with dementia
out for hours, a wound gaping open or a pool of blood, a carer afraid of doing "something" to the one cared for, a
person fallen into a pond in kana, one side numb or a hand that will not move with eyes that blur, a child held
under the bath water, a child run away from home, a cut announced for now with a razor, a farewell posted or sent and
no answer since, a child or a disabled pupil next door hurt or left hungry, a hand bitten through in a panic.

Each cue names what makes it the crisis (a person, the carer's burden, a child, a sign of the moment) in `needs`."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, EX, Cue

# Someone a person would fall or be hurt: a relative, a child, a person, in kanji or in kana.
_SOMEONE = (r"(弟|おとうと|妹|いもうと|兄|あに|姉|あね|子|こども|息子|むすこ|娘|むすめ|父|ちち|母|はは|祖父|祖母|ばあ|じい|夫|おっと|妻|つま|"
            r"人|ひと|友達|友だち|ともだち|友|とも|孫|まご|赤ちゃん|あかちゃん|おじ|おば|主人|旦那|だんな)")
# A farewell posted, drafted or sent (「さよなら」って下書き, 「みんなありがとう」って送ってきて).
_FAREWELL = r"(さよなら|さようなら|今までありがとう|いままでありがとう|みんなありがとう|みんな元気で|お世話になりました)"
# Silence after it, or a life that has no place (既読つかない, 居場所なくて).
_NO_ANSWER = (r"(既読|きどく)(が|も)?(つか|付か)|(返信|返事|へんじ)(が|も)?(ない|こない|来ない)|(連絡|れんらく)(が|も)?(つかな|取れな|とれな)|"
              r"(電話|でんわ)(に)?(も)?(出な|でな)|居場所(が|も)?(ない|なく|なし)|(生き|いき)(てる|ている)の(が)?(つらい|辛い|しんどい)|本気|ほんき|"
              r"(目|め)(が|は)?(全然|ぜんぜん)?(笑って|わらって)(ない|なかった)|いない(ほう|方)が")

CUES: tuple[Cue, ...] = (
    # かじ with smoke, flames or a flight (かじ たすけて へやに けむり): the fire, not 家事 (housework)
    Cue("fire",
        phrases=(r"(^|[。、\s])かじ", r"(へや|部屋|いえ|家|ろうか|廊下|台所|だいどころ|二階|にかい)(に|が|の中|じゅう)(けむり|煙)(?!(が)?(こも|残|におい|臭|匂))"),
        needs=r"(けむり|煙|もえて|燃えて|にげ|逃げ|火の手|ひのて|火が|ひが)"),
    # a body gone cold, said in dialect (冷たくなっとる, 冷とうなっとる)
    Cue("not-breathing-or-unconscious",
        phrases=(r"(冷たく|つめたく|冷とう|つめとう)なっ(とる|ちょる|とう|ておる|てる|ている|てます)",),
        needs=_SOMEONE),
    # heat told by its signs: no water kept down, answers gone strange, in the heat or with heat illness named
    Cue("heatstroke",
        phrases=(r"(水|みず)(も|が|すら|さえ)?(飲め|のめ)(ない|ん|へん|ません|ねえ|なく)",
                 r"(返事|へんじ|受け答え|話)(が|も)?(おかし|変|へん|通じな|かみあわな|噛み合わな)"),
        needs=r"(熱中症|ねっちゅうしょう|(エアコン|クーラー|冷房)(が|も)?.{0,2}(ない|無い|なし|壊|こわ)|炎天下|猛暑|暑(い|さ|く)|あつ(い|さ|く)|真夏|35度|36度|37度|38度|sig_hot)"),
    Cue("heatstroke",
        phrases=(r"(ふらふら|ぐったり|吐いて|はいて|吐き|意識|朦朧|もうろう|けいれん|動けな|うごけな)",),
        needs=r"(熱中症|ねっちゅうしょう)"),
    # someone with dementia out for hours (散歩に出て2時間) — not 「1時間で戻る」 nor a span spent walking
    Cue("missing-person",
        phrases=(r"(散歩|さんぽ|買い物|かいもの|外|そと|家|いえ)(に|へ|を)?(出|で)(て|たまま|かけて|ていって|ていった|ていき)(から)?[^。]{0,3}"
                 r"(\d+|一|二|三|四|五|六|数)時間(?!(の間|あいだ|くらい(で|歩)|ほど(で|歩)|で(戻|帰|もど|かえ)|歩|ある))",),
        needs=r"(認知症|にんちしょう|徘徊|はいかい|物忘れ|アルツハイマー|dementia)"),
    # … or gone no one knows where (どこ行ったかわからん): the place unknown, not a thing put down
    Cue("missing-person",
        phrases=(r"どこ(に|へ)?(行った|いった|行っちゃった|いっちゃった|行ったん|いったん|出かけた|でかけた)(の)?か(わから|分から|わかん|しらん|知らん)",),
        needs=r"(認知症|にんちしょう|徘徊|はいかい|物忘れ|アルツハイマー|dementia)"),
    # days without food told in kana (ごはん なんにちも たべてない) — not a diet, a fast or a test
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(なんにち|何日|(\d+|一|二|三|四|五|ふつか|みっか|よっか|いつか)(日|にち))(も|くらい|ぐらい|間|かん)?[^。]{0,6}(たべて|食べて|くって|食って)(い|へ)?(ない|ません|へん|ねえ)",),
        needs=r"^(?!(?s:.*)(ダイエット|だいえっと|断食|だんじき|ファスティング|絶食|ぜっしょく|検査|手術|胃カメラ|ラマダン))"),
    # … or slipped out of a care home or the house (施設から…認知症の父が抜け出した) and not back
    Cue("missing-person",
        phrases=(r"(抜け出|ぬけだ|脱走|だっそう)(し|して)(た|て|ちゃ|まし)(?![^。]{0,12}(帰って(き|来)|かえって(き|来)|戻って(き|来)|もどって(き|来)|見つか|みつか|保護され))",),
        needs=r"^(?!(?s:.*)(仕事|しごと|会議|授業|会社|バイト))(?=(?s:.*)(認知症|にんちしょう|徘徊|はいかい|物忘れ|アルツハイマー|dementia))"),
    # a wound gaping open on the body, or a pool of blood
    Cue("heavy-bleeding",
        phrases=(r"(腕|うで|手|足|あし|指|ゆび|頭|あたま|額|おでこ|ひざ|膝|首|くび|顔|かお|傷口|傷|きず|すね|太もも|ふともも|足の裏)(が|も|の)?[^。、]{0,3}(ぱっくり|ざっくり|ばっくり)(?!(と)?(割|わ))",
                 r"(血だまり|血溜まり|ちだまり|血の池)"),),
    # a carer afraid of doing "something" to the one cared for (おっとに なにか してしまいそう)
    Cue("caregiver-may-harm",
        phrases=(r"(に|へ)(なにか|何か|なんか)(し|やっ)(て|ちゃ|ちま)(しまい|い)?そう",),
        needs=CARE + r"|おっと|夫|妻|母|父|はは|ちち|限界|むり|無理|疲れ|つかれ"),
    # a carer's thought of easing the one cared for out of life (いっそ楽にしてあげたい)
    Cue("caregiver-may-harm",
        phrases=(r"(いっそ|もう)?(楽に|らくに)(して|させて)(あげ|やり|やろ)(たい|よう|ようか|ようかな)",),
        needs=CARE + r"|寝たきり|ねたきり|母|父|祖母|祖父|夫|妻"),
    # consent refused and done anyway (嫌だって言ったのにされた)
    Cue("sexual-violence",
        phrases=(r"(嫌|いや|やめて|だめ|ダメ|無理)(だ|です)?(って|と)(言った|いった|言って(い)?た|いって(い)?た|言いました)のに[、\s]?(無理やり|むりやり|強引に)?(され|やられ)(た|ました|て)(?![^。]{0,2}(の|こと)(が|を|で))",),),
    # a fall and a body that jerks (急に倒れてがくがく震えてる): a fit
    Cue("seizure", phrases=(r"倒れ(て|た)[^。]{0,6}(がくがく|ガクガク|びくびく|ぴくぴく|ぶるぶる|がたがた)",),),
    # kept from going home (帰らせてもらえない): confinement, whoever keeps them
    Cue("confinement", phrases=(r"(帰|かえ)(ら|さ)?(せて|して)(もらえ|くれ)(ない|ません|ん|へん|ねえ)(?![^。]{0,4}(か|かな|と思))",),
        # not overtime kept by a boss (上司が帰らせてくれない): work, not a captor
        needs=r"^(?!(?s:.*)(残業|ざんぎょう|仕事|しごと|会社|上司|じょうし|バイト|ばいと|職場|シフト|店長|先生|せんせい|部活|終電))"),
    # the writer not let out (私を外に出さない)
    Cue("confinement", phrases=(r"(私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)を[^。]{0,4}(外|そと|家|いえ|部屋|へや)?(に|から)?(出さ|ださ|出させ|ださせ)(ない|ん|へん|ねえ|ず)",),
        # not a rule of work, school or an illness (上司は私を外に出さない方針で)
        needs=r"^(?!(?s:.*)(上司|じょうし|会社|方針|ほうしん|勤務|仕事|しごと|学校|先生|部活|感染|コロナ|熱が|ねつが|インフル))"),
    # a former partner at the door, at work or at school again (元夫がさっきも家の前にいました)
    Cue("stalking-threat",
        phrases=(EX + r"(が|は|も)[^。]{0,8}(家|いえ|うち|職場|会社|学校|駅|部屋|へや|マンション|アパート)の(前|まえ|近く|ちかく|周り|まわり|下)(に|で)(まだ|また|ずっと|も)?"
                 r"(いた|いる|いま|おる|立って|たって|待って|まって|待ち伏せ|うろ)",),
        # again, unasked or feared — not a parent come to talk over visits (面会交流の日を相談してきた)
        needs=r"^(?!(?s:.*)(面会|相談してき|話し合|はなしあ|受け渡し|養育費|調停))(?=(?s:.*)(また|さっきも|毎日|毎晩|ずっと|何度も|今も|いまも|怖|こわ|待ち伏せ))"),
    # forced, the sentence left unfinished (昨日の夜 彼氏の友達にむりやり…)
    Cue("sexual-violence",
        phrases=(r"(に|から)[^。]{0,4}(むりやり|無理やり|無理矢理|強引に)[^。、]{0,4}(…|\.\.\.|、|$)",),
        needs=r"(夜|よる|ホテル|ほてる|部屋|へや|酔|よっ|飲み|のみ|彼氏|かれし|友達|ともだち|男|おとこ|先輩|せんぱい|上司|じょうし|体|からだ|服|ふく)"),
    # a carer's pull to drop or throw the child (ベランダから落としたくなる) or to strike the one cared for
    Cue("caregiver-may-harm",
        phrases=(r"(ベランダ|窓|まど|階段|かいだん|二階|2階)から[^。]{0,4}(落とし|おとし|投げ|なげ|放り投げ|ほうりなげ)たく(なる|なります|なって|なっ|なり)",
                 r"(この子|赤ちゃん|あかちゃん|子ども|子供|こども|娘|息子|母|父|夫|妻|義母|義父)を(叩き|たたき|殴り|なぐり|落とし|おとし|投げ|なげ|蹴り|けり)たく(なる|なります|なって|なっ|なり)"),
        needs=CARE + r"|母|父|夫|妻|義母|義父"),
    # a relationship forced (関係を強要されてる)
    Cue("sexual-violence", phrases=(r"(関係|性行為|行為|せっくす|体の関係)(を)?((強要|強制|きょうよう)(され|させられ)|(迫|せま)られ)",),),
    # pills swallowed with drink, at one go, or all of the sleeping medicine in kana (ねむりぐすり ぜんぶのんだ)
    Cue("overdose",
        phrases=(r"(酒|お酒|さけ|アルコール|ビール|焼酎|ウイスキー)で[^。]{0,4}(薬|くすり|睡眠薬|眠剤|安定剤|錠剤)(を)?[^。]{0,4}(流し込|ながしこ|飲んだ|のんだ|飲んじゃ|のんじゃ|飲みました)",
                 r"(薬|くすり|処方薬|錠剤|睡眠薬|眠剤|安定剤)(を)?[^。]{0,4}(一気飲み|いっきのみ|一気に飲|いっきにの|がぶ飲み|がぶのみ)",
                 r"(ねむりぐすり|ねむりくすり)(を)?[^。]{0,2}(ぜんぶ|全部|まとめて|いっぱい|たくさん|大量に|ありったけ)[^。]{0,2}(のん|飲ん|のみ|飲み)"),),
    # a boat overturned with people in it (ボートがひっくり返って人が落ちた)
    Cue("drowning", phrases=(r"(ボート|船|ふね|カヌー|カヤック|ヨット|sup|サップ)(が)?[^。]{0,4}(ひっくり返|ひっくりかえ|転覆|てんぷく|沈ん|しずん)",),
        needs=_SOMEONE + r"|落ち|おち|投げ出|なげだ|海に|うみに|川に|かわに"),
    # a choke that goes quiet (むせた後に急に静かになって): the airway, whatever else the scene holds
    Cue("choking",
        phrases=(r"(むせ|咽せ)(た|て)[^。]{0,8}(急に|きゅうに)?(静かに|しずかに|声が出な|こえがでな|声も出な|顔色|かおいろ|真っ青|まっさお|紫|むらさき)",),),
    # a small child walking alone toward a road with no parent about (一人で国道のほう歩いとる。親おらん): a child lost
    Cue("missing-person",
        phrases=(r"(一人|ひとり)(だけ)?で[^。]{0,12}(歩いて|歩いと|あるいて|あるいと|歩きよ|うろうろ|さまよ|ふらふら)",),
        needs=r"^(?=(?s:.*)(保育園|幼稚園|園児|幼児|(?<![0-9])[1-6](歳|さい|才)|小さい子|小さな子|ちいさい子))(?=(?s:.*)(親|保護者|大人|おとな)(が|も|は)?[^。]{0,4}(いない|おらん|おらへん|おらず|見当たら|みあたら|見えな|そばにいな))"),
    # someone in the family raging and another hurt (息子が暴れて、母が頭から血を流してる)
    Cue("violence-now",
        phrases=(_SOMEONE + r"(が|は)[^。]{0,6}(暴れ|あばれ)(て|た|だし|出し|とる|てる|ている|ています)",),
        needs=r"(血|ちが|ちを|けが|怪我|ケガ|殴|なぐ|叩|たた|蹴|包丁|刃物|ナイフ|首を|骨|あざ|痣)"),
    # a life one cannot go on with (この先生きていける気がしない) — not a budget that will not stretch (年金だけじゃ生きていけない)
    Cue("suicide-thoughts",
        phrases=(r"(この先|もう|これ以上|これから)[^。]{0,4}(生き|いき)(て)?(いけ|いける気が|行け|いける自信が)(ない|しない|ません|へん|ん|ねえ)",),
        needs=r"^(?!(?s:.*)(年金|給料|収入|家賃|生活費|物価|お金が|手取り|時給))(?=(?s:.*)(限界|つらい|辛い|しんどい|疲れ|つかれ|消え|死|楽に|居場所|ひとりぼっち|独りぼっち|孤独))"),
    # a pull to jump when high up (飛び降りたくなる), the wish to end told with the world (この世に居場所がない、早く終わりたい)
    Cue("suicide-thoughts", phrases=(r"(飛び降り|とびおり|飛びおり)たく(なる|なります|なって|なっ|なり)",),
        needs=r"^(?!(?s:.*)(バンジー|ばんじー|スカイダイビング|パラシュート|プール|飛び込み台))(?=(?s:.*)(高い(ところ|所|とこ)|たかいところ|屋上|おくじょう|ベランダ|橋|はし|窓|まど|ビル|マンション|団地|階))"),
    Cue("suicide-thoughts", phrases=(r"(早く|はやく|もう)(終わり|おわり)たい",),
        needs=r"(この世|このよ|生き|いき(て|る)|人生|居場所|消え|きえ)"),
    # a wish to be fetched by the dead (夫に先立たれて、早く迎えに来てほしい)
    Cue("suicide-thoughts",
        phrases=(r"(早く|はやく)?(迎え|むかえ)に(来|き)て(ほしい|欲しい|くれ|もらいたい)",),
        needs=r"(先立|さきだ|亡く|なくな|死ん|しん|逝|天国|あの世|あのよ|他界|仏)"),
    # a carer who sees no way but killing (もう殺すしかないと思ってしまう)
    Cue("caregiver-may-harm", phrases=(r"(殺す|ころす|殺める|あやめる)しか(ない|ありません|ねえ|なか)",), needs=CARE + r"|施設|母|父|夫|妻"),
    # someone fallen into a pond, a river or the sea, told in kana (いけに おとうとが おちた)
    Cue("drowning",
        phrases=(r"(池|いけ|川|かわ|海|うみ|用水路|水路|ため池|プール|ぷーる|どぶ|堀|ほり)(に|へ)" + _SOMEONE + r"(が|も)[^。]{0,3}(落ち|おち|落っこち|おっこち)(た|て|ちゃ|まし)",
                 r"(いけ|かわ|うみ|ぷーる|ようすいろ|すいろ)(に|へ)(落ち|おち|おっこち)(た|て|ちゃ)"),
        needs=_SOMEONE),
    # one side numb or weak, in kana (かたほうの てあし しびれて ちからはいらない)
    Cue("stroke-signs",
        phrases=(r"(かたほう|かたがわ|かたっぽ|はんしん|みぎ|ひだり)(の)?(て|うで|あし|てあし|かお|くち)(が|も)?[^。]{0,8}(しびれ|ちから(が)?(はい|入)ら|うごか(な|ん|へん)|あがら)",),
        needs=r"(いま|今|急に|きゅうに|突然|とつぜん|いきなり|さっき|ひとり|一人)"),
    # a hand that will not move and eyes that blur, just now (てが うごかん めがみえにくい いま)
    Cue("stroke-signs",
        phrases=(r"(手|て|腕|うで|足|あし)(が)?[^。]{0,5}(動か|うごか)(ん|ない|へん|なく|ねえ)",),
        needs=r"^(?=(?s:.*)(目|め)が.{0,3}(見え|みえ)(にく|な|ん|づら))(?=(?s:.*)(いま|今|急に|きゅうに|突然|とつぜん|いきなり|さっき))"),
    # a child held under the bath water (お風呂に沈められる): abuse, not a drowning by chance
    Cue("child-abuse", phrases=(r"(沈め|しずめ)(られ|させられ)",), needs=CHILD + r"|(る|た)子(が|は|を|の)"),
    # a child run away from home (娘が家出しました) — not a wish (家出したい), one come back, nor the writer's own
    Cue("missing-person",
        phrases=(r"(娘|むすめ|息子|むすこ|子ども|子供|こども|うちの子|長男|次男|三男|長女|次女|三女|弟|おとうと|妹|いもうと|孫|まご)(が|は)[^。]{0,24}家出(を)?(し|され)(た|て|まし|ちゃ)(?![^。]{0,12}(帰って(き|来)|かえって(き|来)|戻って(き|来)|もどって(き|来)|見つか|みつか|ことが))",),
        needs=CHILD + r"|高[1-3]|高校生|(?<![0-9])(1[0-7]|[1-9])(歳|さい|才)"),
    # a cut announced for now, with a razor or a wrist (今から切るって…カミソリ持ってる)
    Cue("self-harm",
        phrases=(r"(今から|いまから|これから)[、\s]?(切る|きる|切ります|切っちゃう)",),
        needs=r"(カミソリ|かみそり|剃刀|リスカ|りすか|手首|てくび|自傷|じしょう)"),
    # a farewell posted, drafted or sent, and silence after it or no place in life
    Cue("suicide-thoughts",
        phrases=(_FAREWELL + r"[^」』]{0,3}[」』]?(って|と)[^。]{0,12}(下書き|したがき|書い|かい|投稿|とうこう|送って|送っ|おくっ|送られ|つぶやい|残し|のこし)",
                 r"(消える|きえる|消えます|いなくなる)(わ|ね|よ|から)?[」』](って|と)"),
        needs=_NO_ANSWER),
    # a neighbour's child hurt or left hungry (おとなりの こども ごはん ない … かお に けが)
    Cue("child-abuse",
        phrases=(r"(となり|隣|近所|きんじょ|上の階|下の階)(の部屋|のへや|の家|のいえ|のうち)?の(こども|子ども|子供|子|赤ちゃん|あかちゃん|兄弟|きょうだい)",),
        needs=r"((ごはん|ご飯|食べ物|たべもの)(が|も)?(ない|なし|もらえ)|(食べ|たべ)て(い)?(ない|ません)|けが|怪我|あざ|痣|泣き叫|何日|なんにち|ひとりきり|一人きり|置き去り|放置)",
        english=(r"\b(kids?|children|child|baby|toddler|boy|girl)s? (next door|upstairs|downstairs)\b", r"\bneighbou?r'?s? (kids?|children|child|baby)\b"),),
    Cue("child-abuse",
        # alone for days or all night — not a parent who works nights (raising my kids alone … work nights)
        english=(r"\b(kids?|children|child|baby|toddler)\b.{0,40}\balone\b.{0,30}\b(for (\w+ )?(days|nights)|all night|every night)\b",
                 r"\b(asking|begging) (me )?for food\b"),
        needs=r"(alone|hungry|food|bruis|crying)"),
    # a disabled pupil with a fresh burn or bruise who fears it will happen again (言ったらまたやられる)
    Cue("disabled-abuse-injury",
        phrases=(r"(やけど|火傷|あざ|痣|傷|きず)(の)?(跡|あと)", r"(言ったら|いったら|話したら|ばらしたら)[^。]{0,4}(また)?(やられ|叩かれ|殴られ|怒られ)"),
        needs=r"^(?=(?s:.*)(特別支援|支援学校|支援学級|" + DISABLED[1:-1] + r"))(?=(?s:.*)(おびえ|怯え|またやられ|また(叩|殴|たた|なぐ)|言ったら|いったら|話したら))"),
    # a hand bitten through in a panic (手の甲をずっと噛み続けて皮膚がえぐれて): the person's own body, 119 and the mind
    Cue("self-harm",
        phrases=(r"(手|て|腕|うで|指|ゆび|唇|くちびる)(の甲)?(を)?[^。]{0,6}(噛み続け|かみつづけ|噛みちぎ|かみちぎ|噛んで血|かんで血)",
                 r"(皮膚|ひふ|肉|にく)(が)?[^。]{0,2}(えぐれ|抉れ)"),),
)
