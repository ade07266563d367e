"""Crises told by an object, a dialect verb or a report of someone else (issue #11, session 8, set G): an object
that means a method with a vague verb (ドアノブにタオルかけてみた, 彫刻刀でまたやった, 薬ぜんぶいった), a wish to be
gone in dialect (おらんほうが), a cry heard from a locked house, a barricaded door, a child gone with a note, marks
on someone who cannot speak, a carer's hand on the mouth. Each cue is a family of phrasing, never one sentence."""

from __future__ import annotations

from .words import CHILD, DISABLED, ELDER, PERSON, Cue

# Something to hang from and something to hang with: tried (かけてみた) or done (巻いた).
_HOOK = r"(ドアノブ|どあのぶ|鴨居|かもい|梁|はり|押し入れの棒|クローゼット(の)?(パイプ|棒|ポール)|カーテンレール|手すり|物干し|物干し竿|竿|ハンガーラック)"
_CORD = r"(タオル|たおる|ベルト|紐|ひも|ロープ|縄|なわ|コード|ネクタイ|マフラー|スカーフ|延長コード|ケーブル)"
_BLADE = r"(彫刻刀|カッター|かみそり|カミソリ|剃刀|はさみ|ハサミ|ナイフ|刃物|安全ピン|コンパス(の針)?|針|ガラスの破片|破片)"
_PILL = r"(市販薬|睡眠薬|眠剤|安定剤|精神薬|風邪薬|かぜ薬|痛み止め|鎮痛剤|頭痛薬|錠剤|薬|くすり)"
# A vague verb of doing it (やった, いった, やっちゃった) after a blade or pills.
_DID = r"(やって(しま|ま)|やっちゃ|やった|やりました|いった|いっちゃ|いきました|行った|いってしま)"
# The writer or someone of the house, as the one better gone (私なんか, うちなんか, 俺なんて).
_SELF = r"(私|わたし|あたし|うち|僕|ぼく|俺|おれ|わし|わい|自分)(なんか|なんて|が|は)?"
_GONE = r"(おらん|おらへん|おらない|いない|いーひん|いなかった|おらんかった)(ほう|方)(が)"
# A cry heard from inside: pain, a plea, a name.
_CRY = r"(たすけて|助けて|いたい|痛い|(だれ|誰)か(来て|きて)?|出して|だして)[ー〜~ぇえ]*[』」]?(って|と|みたいな|という)"
_SOUND = r"(声|こえ|うめき|呻き)"
_SHUT = r"(鍵|かぎ|ドア|戸|玄関|チャイム|インターホン|開かな|あかな|入れな|はいれな|出な|でな)"
_BARRED = (r"(外から|そとから)(の)?.{0,4}(南京錠|なんきんじょう|鍵|かぎ|板|いた|釘|くぎ|つっかえ棒|つっかえぼう|突っ張り棒)"
           r"(を|が)?.{0,4}(かけ|掛け|打ちつけ|打ち付け|うちつけ|され|られ|して|して(あ|い)|あって|ある)|つっかえ棒(を)?(され|かけられ)")
_CANNOT_SAY = r"(しゃべれ|喋れ|話せ|はなせ|言え(ん|な)|いえ(ん|な)|説明(でき|でけ)(な|ん)|言葉(が|で)?.{0,4}(出な|うまく)|cannot talk|can'?t talk|non-?verbal)"
_LITTLE = r"(上の子|下の子|\d+(歳|さい|才)|いもうと|妹|おとうと|弟|娘|息子|むすめ|むすこ|小\d|中\d|幼稚園|保育園)"

CUES: tuple[Cue, ...] = (
    # An object hung from a hook, tried or done (ドアノブにタオルかけてみた, カーテンレールに紐を結んだ).
    Cue("suicide-plan-or-attempt",
        phrases=(_HOOK + r"(に|へ)" + _CORD + r"(を)?.{0,2}(かけ|掛け|巻|まい|結|むす|くく|括)(?![^。]{0,12}(収納|干し|干す|ほし|てるてる|荷物|洗濯|飾|かざ|整理|乾か|かわか))",),
        needs=r"(みた|みました|苦し|くるし|怖く|こわく|やめ|椅子|いす|踏み台|次は|今夜|こんや|誰にも|だれにも|(?<!講)座っ|足が|最後|死)"),
    Cue("suicide-plan-or-attempt",
        phrases=(_CORD + r"(を)?.{0,2}(かけ|掛け|通し|とおし|巻い|まい|結ん|むすん)(て)?(みた|みました)",),
        needs=r"(最後|さいご|明日は|あしたは|今夜|こんや|怖くて|こわくて|苦し|くるし|できなかった|次は|つぎは|押し入れ|鴨居|ドアノブ|クローゼット|椅子|いす|踏み台)"),
    # A leap told as a plan where one stands (橋の上。このまま飛ぼうと思う), shoes set side by side at the edge.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(飛ぼう|とぼう|飛び降りよう|とびおりよう|飛び込もう|とびこもう)(と|か)(思|おも|な)",
                 r"(靴|くつ)(を)?(そろえ|揃え)(た|て|ました)"),
        needs=r"(橋|はし|屋上|おくじょう|崖|がけ|ビル|ベランダ|ホーム|線路|海|うみ|岬|ヶ崎|ケ崎|が崎)(?=(?s:.*)(ごめん|さよなら|さようなら|ありがと|もういい|最後|このまま))"),
    # A blade and a vague verb, again (彫刻刀でまたやってしまった, リスカ深めにいった).
    Cue("self-harm",
        phrases=(_BLADE + r"(で|も)?(また|今日も|きょうも|つい|さっき|ついさっき)?.{0,2}" + _DID,
                 r"(リスカ|りすか|アムカ|あむか|レグカ|切り傷|きりきず)(を)?.{0,2}(深め|ふかめ|深く|ふかく|また)"),
        needs=r"(また|今日も|きょうも|つい|我慢|がまん|やめて|止まら|とまら|血|ち(が|も)|持って|もって|誰も|深|ふか|ばんそう|ガーゼ|がぜ|🩸|sig_)"),
    # Pills kept and all taken at once (市販薬ためこんで全部いった).
    Cue("overdose",
        phrases=(_PILL + r"(を)?.{0,16}(全部|ぜんぶ|まとめて|一気に|いっきに|箱ごと|残り全部)(を)?.{0,2}" + _DID,)),
    # A wish to be gone, any dialect (うちなんかおらんほうがみんな幸せ), or ways of vanishing looked for.
    Cue("suicide-thoughts",
        phrases=(_SELF + _GONE + r"[^。]{0,8}(幸せ|しあわせ|楽(?!し)|らく(?!し)|ええ(ん|やろ|よ|の|わ)|いい(ん|よ|の|に)|助かる)",
                 _SELF + r"(消えたら|きえたら|いなくなったら|おらんくなったら|死んだら|しんだら)[、 ]?.{0,10}(楽|らく|幸せ|しあわせ|肩の荷|せいせい|喜ぶ|よろこぶ|助かる)",
                 r"(?<![がを])(いなくなる|消える|きえる|死ぬ|しぬ|死ねる|しねる|楽に死ね)(方法|ほうほう|やり方)(ばっか|ばかり|ばっかり|を)?.{0,2}(考え|かんがえ|調べ|しらべ|探|さが|検索)",
                 r"どうやって(消え|きえ|死|しぬ)(る|ぬ|よう)?か(を)?.{0,2}(考え|かんがえ)")),
    # Walking into the sea or a river now (このまま歩いて入ってこうと思う), with a farewell.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(このまま|もう)?.{0,6}(入って|はいって)(こう|いこう|いきます|行きます|く(つもり)|いく(つもり))",
                 r"このまま(沈も|しずも|歩いて行こ|あるいていこ)", r"(波|なみ|海|うみ|沖|おき)の(方|ほう)(に|へ)(歩いて|あるいて)(いく|行く|いきます|行きます)"),
        needs=r"(海|うみ|川|かわ(?!い)|沖|堤防|浜|はま|波|なみ)(?=(?s:.*)(ごめん|ありがと|さよなら|さようなら|疲れ|つかれ|最後|さいご|もう))"),
    # A cry heard from a locked house of an older person (隣のおばあちゃんちから、たすけてーって小さい声).
    Cue("elderly-fallen", phrases=(_CRY + r".{0,8}" + _SOUND, r"(うめき|呻き)(声|ごえ)(だけ|しか|が)"),
        needs="(" + ELDER[1:-1] + r"|一人暮らし|ひとり暮らし|独居|母|父|90代|80代)(?=(?s:.*)" + _SHUT + ")"),
    # Fallen, told in kana with blanks (ころんだ　おきられない).
    Cue("elderly-fallen",
        phrases=(r"(ころん|転ん|こけ|たおれ|倒れ|すべっ|滑っ)(で|だ|て|た)[ 　、]*.{0,6}(おきられ|起きられ|おきあがれ|起き上がれ|たて|立て|うごけ|動け)(ない|ません|へん|ん(?!で))",),
        needs=r"(電話|でんわ|けいたい|ケータイ|携帯|へや|部屋|ふろ|風呂|トイレ|といれ|さむい|寒い|だれか|誰か|床|ゆか|ひとり|一人)"),
    # Fire coming out of a thing, in any ending (火ぃ出た, 火が見える…広がってる).
    Cue("fire",
        phrases=(r"(ストーブ|すとーぶ|こたつ|コタツ|台所|だいどころ|コンセント|毛布|布団|ふとん|窓|まど|天ぷら|鍋|なべ)(から|の)(火|ひ)[いぃ]?(が)?(出|で)(た|て|ました)",
                 r"(煙|けむり)(と|も)(火|炎|ほのお)(が|も)?.{0,4}(見え|みえ|上が|あが)", r"(火|炎)(が|も)?(見え|みえ).{0,12}(煙|けむり|広が|ひろが)"),
        needs=r"(逃げ|にげ|消え|きえ|煙|けむり|広が|ひろが|移っ|うつっ|燃え|もえ|!)"),
    # Gas smelled in English; a tap left open with no flame.
    Cue("gas-or-co", english=(r"\b(no flame|not lit|unlit|without (a |any )?flame)\b",), needs=r"\b(stove|knob|burner|gas|hob)\b"),
    Cue("gas-or-co",
        english=(r"\b(smells?|smelling|reeks?|stinks?|stinking) (strongly |really |very )?(of|like) gas\b", r"\b(strong|heavy) (smell of |)gas( smell)?\b"),),
    Cue("gas-or-co",
        phrases=(r"(元栓|もとせん|つまみ|栓|コック)(が|を)?.{0,4}(開いた|あいた|開け|あけ)(まま|っぱなし|っ放し)",),
        needs=r"(火(が)?(つい|点い)(て(い)?な|てへん)|しゅー|シュー|くさ|臭|におい|匂い)"),
    # A blow in a dialect verb (しばく, どつく), now; something thrown that cut.
    Cue("violence-now",
        phrases=(r"(しばい|しばき|しばか|どつい|どつき|どつか)(とる|てる|ている|よる|よった|とった|よる|まくっ|れた|れて)",
                 r"(投げ|なげ|ぶつけ)(られ)(て|た).{0,8}(切れ|きれ|血|ち(が|出)|腫れ|はれ|けが|怪我)"),
        needs=r"(おかん|おとん|母|父|兄|弟|姉|妹|夫|妻|主人|旦那|彼|親|うちの人|家|叫び|怒鳴|どな|包丁|今|まだ|止め|とめ)"),
    # Shut in or shut out by someone, always (物置に閉じ込める, ベランダに出して鍵をかける, つっかえ棒をしていく).
    Cue("confinement",
        phrases=(r"(閉|と)じ(込|こ)め(る|た|ます|よる|とる)", r"(ベランダ|べらんだ|外|そと|物置|押し入れ)(に)(出して|だして|入れて|いれて).{0,4}(鍵|かぎ)(を)?(かけ|掛け|閉め|しめ)",
                 r"(つっかえ棒|つっかえぼう)(を)?(して|され|かけ)(いく|行く|いか|られ|て)"),
        needs=r"(いつも|毎回|必ず|かならず|出られ|でられ|行けな|いけな|寒い|さむい|怒|おこ)"),
    # A door barred from outside (外から板が打ちつけ, つっかえ棒され, 外から南京錠).
    Cue("confinement", phrases=(_BARRED,),
        needs=r"(出して|だして|出られ|でられ|出さな|出られへん|行けま|行けな|いけな|閉じ込|とじこ|声|こえ)"),
    # Pulled or dragged in somewhere (茂みに引っぱりこまれた); touched by staff against one's will.
    Cue("sexual-violence",
        phrases=(r"(茂み|しげみ|物陰|ものかげ|車|くるま|トイレ|といれ|部屋|へや|路地|倉庫|空き家)(の中)?(に|へ)(引っぱりこ|引っ張りこ|引っ張り込|ひっぱりこ|引きずり込|ひきずりこ|引きずりこ|連れ込|つれこ)(ま|まれ)",
                 r"(嫌|いや)(だ)?(って|と).{0,20}(押さえつけ|おさえつけ|押さえ付け)(られ)",
                 r"(体|からだ|胸|むね|お尻|おしり|下半身)(に|を)(触|さわ)(って|られ|ってい)"),
        needs=r"(嫌が|いやが|嫌だ|いやだ|泣|ない|障害|知的|言えな|いえな|毎晩|知らない|しらない|男|今|いま|電話|line)"),
    # A child gone, with a note or from a place (メモ残して出て行った; 上の子が消えた。2歳。駅).
    Cue("missing-person",
        phrases=(r"(メモ|めも|手紙|てがみ|置き手紙)(を)?.{0,4}(残して|置いて|のこして|おいて).{0,4}(出て(行|い)|でてい|家出|いなくな)",
                 r"(いなくなった|いなくなりました|消えた|きえた|見当たらない|みあたらない|見当たりません)"),
        needs=_LITTLE + r"(?=(?s:.*)(公園|こうえん|駅|えき|スーパー|モール|店|目(を)?(離|はな)|携帯|スマホ|すまほ|夜|よる|戻らな|帰らな|おこられ|怒られ))"),
    # An older person with dementia not seen since the morning, in a northern voicing (朝がら見えね).
    Cue("missing-person",
        phrases=(r"(見え|みえ)(ね|ねえ|ない|ん|へん|なく)", r"(おらん|おらへん|いない|いません|いねえ)", r"どこ(さ|に|へ)(行っ|いっ)(た|ただ)"),
        needs=r"(朝|あさ|昼|ひる|夜|よる|夕方)(から|がら)(?=(?s:.*)(ぼけ|ボケ|認知症|にんちしょう|道(が)?(わか|わが)))"),
    # Marks on someone who cannot tell (たばこを押しつけたようなやけど; 手のひらの形の赤い跡; 爪の跡いっぱい).
    Cue("disabled-abuse-injury",
        phrases=(r"(たばこ|タバコ|煙草)(を)?(押しつけ|押し付け|おしつけ)", r"(手のひら|手|てのひら)の(形|かたち)の.{0,4}(跡|あと|痕)",
                 r"(爪|つめ)の(跡|あと|痕)", r"(たんこぶ|こぶ|あざ|痣)(と|が|も).{0,12}(跡|あと|傷|切れ)",
                 r"(帰る|かえる|戻る|もどる|迎えに行く|送迎の)(たび|度)(に).{0,8}(たんこぶ|こぶ|あざ|痣|傷|きず|やけど)"),
        english=(r"\b(burn|bite|scratch|bruise|finger) ?marks?\b",),
        needs=DISABLED + "|" + _CANNOT_SAY),
    # A face swollen and a mouth cut on someone who cannot tell, with no fall or dentist named (ほっぺが腫れてて、口も切れてる).
    Cue("disabled-abuse-injury", phrases=(r"(腫れ|はれ)[^。]{0,10}(切れ|きれ)(て|た)",),
        needs=r"^(?!(?s:.*)(転ん|ころん|こけ|ぶつけ|落ち|歯|手術|治療))(?=(?s:.*)(" + DISABLED[1:-1] + "|" + _CANNOT_SAY[1:-1] + "))"),
    Cue("elder-abuse-injury", english=(r"\b(burn|bite|scratch|finger) ?marks?\b",),
        needs=ELDER + r"|\b(hits|beats|won'?t let)\b"),
    # A carer's hand on the mouth or a thought of killing (口ふさぎたくなった, ころしてしまう).
    Cue("caregiver-may-harm",
        phrases=(r"(口|くち|鼻|はな)(と口)?(を)?(ふさ|塞)(ぎ|い)(たく|たい|そう|でしまいそう)",
                 r"(口|くち|鼻|はな|顔|かお)に(手|て|タオル|枕|まくら)(を)?(あて|当て|押し当て|おしあて|かぶせ)", r"(黙らせ|だまらせ)(たく|たい)",
                 r"(ころ|殺)して(しまう|しまいそう|まう|しまいそ)", r"(顔|かお)に.{0,6}(かぶせ|被せ)(たく|たい|そう)"),
        needs=r"(この子|このこ|赤ちゃん|あかちゃん|双子|泣|なき|このひと|この人|介護|かいご|母|父|おかあさん|おとうさん|寝て|ねて|もうむり|もうだめ)"),
    # A baby shaken, in a regional progressive (ゆさぶっとる), with the child limp after; a child shut out in the cold.
    Cue("child-abuse",
        phrases=(r"(揺さぶ|ゆさぶ|ゆす|揺す)(っ)(とる|とった|てる|てた|とった|てた)",),
        needs=r"^(?=(?s:.*)(赤|あか|孫|まご|子))(?=(?s:.*)(ぐったり|泣かん|なかん|泣かな|なかな|泣き声(が)?(せ|し)(ん|な)|激しく|はげしく|強く|つよく))"),
    Cue("child-abuse",
        english=(r"\b(outside|out|locked out)\b.{0,30}\b(in the (cold|snow|rain))\b.{0,40}\b(again|barefoot|crying)",
                 r"\b(yelled|shouted|screamed) (that )?(she|he) (would|will|'?d|is going to) kill (him|her)"),
        needs=CHILD + r"|\b(girl|boy)\b"),
    # A wish not to wake (目が覚めなきゃよかった, このまま朝が来なければ), a pull towards the train.
    Cue("suicide-thoughts",
        phrases=(r"(目|め)(が|え|を)?(覚め|さめ)(なきゃ|なければ|なけりゃ|んかったら|ずに)(よかった|いい|ええ|いいのに)",
                 r"(このまま)?(朝|あさ)(が)?(来|こ)(なければ|なきゃ|なけりゃ|んかったら)(いい|よかった|ええ)",
                 r"(目|め)(が|え|を)?[ 　]?(覚め|さめ)(ん|なくて|なく)(で|て)?(いい|ええ)", r"(朝|あさ|明日|あした)(なんか|なんて|が)(来|こ)(ん|なくて|なく)(で|て)?(いい|ええ)",
                 r"(電車|でんしゃ|線路|せんろ|ホーム|ほーむ)[^。]{0,16}(吸い込まれ|すいこまれ|飛び込みたく|とびこみたく|引き込まれ)")),
    # A wish for relief standing alone (もう楽になりたい): nothing else in the sentence names what should ease.
    Cue("suicide-thoughts", phrases=(r"^(もう|はやく|早く|はよ|はよう|早う|いっそ)[、 　]?(もう|はやく|早く|はよ|はよう)?[、 　]?楽に(なりたい|なりてえ|なりたか|なれたら)(です|な|よ|\.|。|、|!)*$",)),
    # Water swallowed and the child limp or too quiet (水のんでぐったり).
    Cue("drowning",
        phrases=(r"(水|みず|お湯|おゆ|湯)(を)?(飲ん|のん|のみ)(で|だ)[^。]{0,6}(ぐったり|意識|動かな|うごかな|息|いき|返事|静か|しずか)",
                 r"(ぐったり)(して)?(る|いる|。|$)"),
        needs=r"(海|うみ|川|プール|ぷーる|風呂|ふろ|浴槽|湯船|池)(?=(?s:.*)(水|みず|湯|溺|おぼれ|沈|せきこ|咳))|(水|みず|湯)(を)?(飲|のん)"),
    # A stalker at the house again (ストーカーっぽいのが毎晩ポストに).
    Cue("stalking-threat",
        phrases=(r"(知らない|しらない|見知らぬ|みしらぬ|知らん)(人|ひと|男|女|車)(が|に)(?=[^。]{0,16}(毎日|毎晩|ポスト|ぽすと))",
                 r"(ストーカー|すとーかー|つきまとい|付きまとい|つけまわ)(っぽい|みたいな|らしき|の)?(の|人|ひと|男|女|やつ)?(が|に)",
                 r"(元彼|元夫|元カレ|元旦那)(が)(毎晩|毎日|また|ずっと)"),
        needs=r"(毎晩|毎日|まいばん|窓|まど|家の前|うちの前|ポスト|ぽすと|玄関|今夜|今日も|また|覗|のぞ|待って|来る|くる)(?![^。]{0,6}(講座|対策|相談窓口))"),
    # Shaking that came suddenly, in a northern voicing (いきなりひっくりげぇって がたがたふるえで).
    Cue("seizure",
        phrases=(r"(がたがた|ガタガタ|がくがく|ガクガク|びくびく|ビクビク|ぶるぶる)(と)?(ふるえ|震え|けいれん|痙攣|し)",),
        needs=r"(いきなり|急に|突然|とつぜん|ばたっ|ひっくり|倒れ|たおれ)(?=(?s:.*)(よだれ|泡|あわ|白目|しろめ|意識|返事|呼んでも))"),
    # Hurt at a care home and the staff evasive (額が切れてて、職員に聞いたらごまかされた).
    Cue("elder-abuse-injury",
        phrases=(r"(職員|スタッフ|ヘルパー|介護士|施設)(に|が|は)?.{0,12}(ごまかさ|誤魔化さ|はぐらかさ|隠さ|かくさ|知らない(って|と)|知らんぷり)",),
        needs=r"(切れ|きれ|内出血|あざ|痣|骨折|傷|きず|腫れ|はれ)(?=(?s:.*)(父|母|祖|" + ELDER[1:-1] + r"|入所|面会))|(父|母|祖|面会)(?=(?s:.*)(切れ|内出血|あざ|痣|骨折|傷|腫れ))"),
    # Loneliness and a wish to be heard (話し相手がほしい, ねえ、だれかいる？, 弱音はける所): the quiet line, never an alarm.
    # Someone under a thing that fell or caught (看板が倒れて通行人が下敷きに, 機械に挟まれて動けない): 119.
    Cue("not-breathing-or-unconscious",
        phrases=(r"(下敷き|したじき)(に)?(なっ|なり|なって)", r"(挟まれ|はさまれ)て(動けな|うごけな|出られな|でられな|抜けな|ぬけな)"),
        needs=PERSON[:-1] + r"|人|ひと|作業員|通行人|歩行者|子|こども|男性|女性|おじいさん|おばあさん)"
        r"|\b(man|woman|person|someone|somebody|child|kid|boy|girl|worker|he|she|my)\b",
        english=(r"\b(trapped|pinned|stuck) (under|beneath)\b",)),
    # One side of the body that will not move (左半分がうまく動かない, 右の手足がしびれて): a stroke's sign.
    Cue("stroke-signs",
        phrases=(r"(左|右|ひだり|みぎ)(半分|半身|側|がわ|の手足|手足|の顔|顔)(が|の)?[^。]{0,6}(動かな|うごかな|動きにく|しびれ|痺れ|力が入らな|ちからがはいらな|下が|さが|ゆがん|歪ん)",),
        needs=r"(父|母|夫|妻|主人|祖|本人|おじい|おばあ|じいちゃん|ばあちゃん|私|わたし|俺|僕|手|足|顔|体|からだ|箸|はし)"),
    # A burn given with a hot thing (アイロンを当てられた, たばこを押しつけられ) to someone cared for.
    Cue("elder-abuse-injury",
        phrases=(r"(アイロン|あいろん|たばこ|タバコ|煙草|熱湯|熱いお湯|ライター)(を|で)?[^。]{0,4}(当て|あて|押し付け|押しつけ|おしつけ)られ",
                 r"(熱湯|熱いお湯)(を)?(かけ|浴びせ)られ(た|て)"),
        needs=ELDER[:-1] + r"|ケアマネ|けあまね|ヘルパー|へるぱ|担当の方|要介護|認知症|にんちしょう)"),
    # Gone from the bed at night, with a failing memory (夜中に家を出たみたいで、布団が空っぽ).
    Cue("missing-person",
        phrases=(r"(夜中|深夜|夜|朝方|明け方|よなか)(に|の)?[^。]{0,6}(家|うち|玄関|部屋)を出(た|て(行|い)った|ていっ)", r"(布団|ふとん|ベッド|べっど)(が|は)?(空|から|もぬけ)"),
        needs=r"(認知症|にんちしょう|物忘れ|もの忘れ|ものわすれ|ぼけ|徘徊|はいかい|dementia)"),
    # A night spent on a bench or in the street with no money left (駅のベンチで寝てる。手足の感覚がない).
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(駅|えき|公園|こうえん|路上|ベンチ|べんち|道端|河川敷|高架下)(の|で)[^。]{0,8}(寝て|ねて|寝る|ねる|過ごし|夜を明か)",),
        needs=r"(感覚(が)?(ない|なく)|寒|さむ|凍|こご|震え|ふるえ|代も|所持金|お金(が|も)?(ない|なく)|家がな|帰る(家|ところ)|ネットカフェ|ネカフェ|追い出)"),
    # A scream and the sound of blows heard, going on (悲鳴と、何かにぶつかるような音がずっと続いてる).
    Cue("violence-now",
        phrases=(r"(悲鳴|ひめい|叫び声|さけびごえ|泣き叫ぶ声)[^。]{0,16}(ぶつかる|ぶつける|叩く|たたく|殴る|なぐる|割れる|倒れる|どん|がしゃん)[^。]{0,8}(音|おと)",
                 r"(ぶつかる|ぶつける|叩く|たたく|殴る|なぐる|割れる)[^。]{0,8}(音|おと)[^。]{0,16}(悲鳴|ひめい|叫び声|さけびごえ|泣き叫ぶ声)"),
        needs=r"^(?!(?s:.*)(ボール|騒音|うるさ|映画|テレビ|ゲーム|ドラマ|工事|遊んで|あそんで))(?=(?s:.*)(ずっと|続い|つづい|止まら|とまら|今|いま|さっき|夜中|深夜|まだ))"),
    Cue("distress", weak=True,
        phrases=(r"話し相手(が|も)?(ほしい|欲しい|いない|いません|おらん|おらへん)", r"(誰|だれ)か(に)?.{0,2}(聞いて|きいて)(くれる|ほしい|もらいたい)(だけ|人|ひと)?",
                 r"^(ねえ|ねぇ|ね)?[、 　]?(誰|だれ)か(いる|いますか|おる|おらん|いない)[?？]*$", r"弱音(を)?(はけ|吐け|はく|吐く)",
                 r"(自分|わたし|私|心)(が)?(すり減|すりへ|擦り減)", r"ぽっかり(と)?(穴|あな)", r"夜が(長い|ながい)(です|んです)?(?![^。]{0,2}(季節|時期|秋|冬))")),
)
