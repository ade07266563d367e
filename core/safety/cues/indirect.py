"""Crises told indirectly or in another language (issue #11, session 13): a carer's thought of ending it together with
the one cared for (いっそ一緒に…と考えてしまう), a disabled person back from a day service hurt with no word, a face at
the window (窓の外から覗かれた), blows told in Spanish, Portuguese, Chinese, Tagalog or Vietnamese, someone
caught by a rip current or a wave, a person who cannot get up and calls for someone, a baby's crying stopped short by a
thud, an old person left in the same nappy for days, a carer who might throw a baby out. Each cue is a family of
phrasing (particles, verbs, spellings), never one sentence."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, ELDER, SCHOOL, Cue

# The dead one named as where the writer wants to go (夫を見送って…あの人のところへ行きたい, 早くお迎えが来てほしい).
_BEREAVED = r"(見送|亡く|なくし|なくなっ|先立|さきだ|他界|死ん|天国|あの世|仏|ほとけ|一周忌|命日|逝っ|旅立)"
_LOOKOUT = r"(誰か|だれか|知らない|しらない|男|おとこ|人|ひと|あいつ|元夫|元彼|ストーカー|すとーかー|こわ|怖|また|今|いま|さっき)"

# Together, in a thought broken off (いっそ一緒に…と, この子を連れて一緒に、とまで考えた, 二人で一緒にって思う).
_TOGETHER = (r"(いっそ|連れて|つれて|二人で|ふたりで|もろとも)[^。]{0,6}(一緒に|いっしょに)[、…・ 　]*(と|って)(まで|さえ|すら|も)?[^。]{0,3}"
             r"(考え|かんがえ|思っ|おもっ|思う|おもう|思い|おもい|よぎ|頭)",
             r"(一緒に|いっしょに)[、…・]+[ 　]*(と|って)(まで|さえ|すら|も)?[^。]{0,3}(考え|かんがえ|思っ|おもっ|思う|おもう|思い|おもい|よぎ|頭)",
             # gone together, wished (母と一緒にいなくなってしまえたら, 二人で消えてしまいたい)
             r"(一緒に|いっしょに|二人で|ふたりで|もろとも)[^。]{0,2}(消え|きえ|いなくな|死|し)(って|っ|て|んで|ん|ね)(しまえ|しまい|しまお|ちゃえ|ちゃい|たら|れば)")
_TOGETHER_NEEDS = CARE[:-1] + r"|限界|げんかい|二人きり|ふたりきり|障害|障がい|この子|疲れ|つかれ|" + ELDER[1:-1] + ")"
# Hurt and come back so (けがをして帰ってきた, あざを作って戻ってきた): a mark from where the person spent the day.
_BACK_HURT = (r"(けが|怪我|ケガ|あざ|痣|傷|きず|やけど|火傷|たんこぶ|打撲|骨折)(を)?(して|つけて|作って|つくって|負って|おって)[ 　]?"
              r"(帰って|かえって|戻って|もどって)(き|く|来)")
_NOT_EXPLAINED = r"^(?!(?s:.*)(説明があ|説明を受け|説明してくれ|説明され(た|まし)|連絡があ|報告があ|転んで|ころんで|転倒し|こけて))"

CUES: tuple[Cue, ...] = (
    # A carer (or a parent of a disabled child) who thinks of ending it together: the suicide lines and the carer's.
    Cue("suicide-thoughts", phrases=_TOGETHER, needs=_TOGETHER_NEEDS),
    Cue("caregiver-may-harm", phrases=_TOGETHER, needs=_TOGETHER_NEEDS,
        english=(r"\b(take|taking) (him|her|them|my (son|daughter|baby|kid|child|husband|wife|mother|father|mum|mom|dad)) with me (when|if) i (go|die)\b",
                 r"\b(end|ending) it (all )?together\b")),
    # A disabled or older person back from a day service or a home hurt, with no word why.
    Cue("disabled-abuse-injury", phrases=(_BACK_HURT,), needs=_NOT_EXPLAINED + r"(?=(?s:.*)" + DISABLED + ")"),
    Cue("elder-abuse-injury", phrases=(_BACK_HURT,),
        needs=_NOT_EXPLAINED + r"(?=(?s:.*)(" + ELDER[1:-1] + r"|寝たきり|要介護|認知症|施設|ホーム|デイ|ショートステイ))"),
    # Watched through a window or a gap (窓の外から覗かれた, 覗いてる人がいる, peeped at again).
    Cue("stalking-threat",
        phrases=(r"(覗|のぞ)(か|き込ま|きこま)れ(た|て|る|とる|ちょる|よる)",
                 r"(人|ひと|男|おとこ|女|おんな|誰か|だれか|やつ|奴|あいつ|あの人|影)(が|に)[^。]{0,12}(覗|のぞ)(いて|いと|いた|き込ん|きこん|いとる|いちょる)(?!ら)",
                 r"(覗|のぞ)(いて|いと|き込んで|きこんで)(る|いる|た|いた)(人|ひと|男|おとこ|女|やつ|奴|影|かげ)"),
        needs=r"(窓|まど|外|そと|家|いえ|部屋|へや|風呂|ふろ|また|毎晩|まいばん|今日も|いつも|あの人|あいつ|知らない|しらない|元|男|おとこ|誰か|だれか|怖|こわ)"),
    # A partner's blows in the languages residents write besides Japanese and English (me está golpeando, 他打我).
    Cue("violence-now",
        phrases=(r"(他|她|老公|丈夫|男朋友|男友|老婆)(一直|在|又|天天)?(打|揍)我", r"家暴"),
        english=(r"\b(me )?(est[aá]|esta) (golpeando|pegando|batendo|maltratando|matando)\b", r"\bme (golpea|golpe[oó]|pega|peg[oó]|bate|bateu|quiere matar|quer matar)\b",
                 r"\b(est[aá]|esta) me (batendo|espancando)\b", r"\b(sinasaktan|binubugbog|sinusuntok|sinampal) (ako|niya ako)\b", r"\b(đánh|danh) (tôi|toi|em)\b")),
    # A throat or a neck gripped by someone else, told in English (he's grabbing her throat, my partner choked me).
    Cue("violence-now",
        english=(r"\b(he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|brother|son|stepdad))( is|'s| was| keeps| has| just| had)? "
                 r"((strangling|strangled|choking|choked) (me|her|him|them)\b(?! on\b)|(grabbing|grabbed|squeezing|squeezed|gripping|gripped) (me|her|him|them) by the (throat|neck))",
                 r"\b(he|my (husband|boyfriend|dad|father|brother|son|stepdad))( is|'s| was| keeps| has| just| had)? (grabbing|grabbed|squeezing|squeezed|gripping|gripped) (my|her|their) (throat|neck)",
                 r"\b(she|my (wife|girlfriend|mum|mom|mother|sister|daughter))( is|'s| was| keeps| has| just| had)? (grabbing|grabbed|squeezing|squeezed|gripping|gripped) (my|his|their) (throat|neck)")),
    # Caught by a rip current, a wave or the stream (離岸流にのまれた, 波にさらわれた): someone in the water.
    Cue("drowning",
        phrases=(r"(離岸流|りがんりゅう|波|なみ|大波|高波|渦|うず|激流|急流|流れ)(に|で)[ 　]?(のまれ|飲まれ|呑まれ|さらわれ|流され|ながされ|持って(行|い)かれ|もってかれ)",),
        english=(r"\b(caught|pulled|dragged|swept) (in|into|out by|away by|under by) (a |the )?(rip( current| tide)?|current|waves?|undertow)\b",)),
    # Someone down who cannot get up and calls out (おきあがれない いたい だれか): the fall, 119 first.
    Cue("elderly-fallen",
        phrases=(r"(起き上がれ|おきあがれ|立て|たて|立ち上がれ|たちあがれ|動け|うごけ)(な|ん|ませ|へ)[^。]{0,10}(だれか|誰か|たすけ|助け)",)),
    # A baby's crying, a thud, then silence (ずっと泣いてて、ドンって音がしてから急に静かになった): a blow to a child.
    Cue("child-abuse",
        phrases=(r"(泣|な)(いて|いと|き声|きごえ|き続け|きつづけ|き叫)[^。]{0,30}(どん|ドン|ばん|バン|ごん|ゴン|どすん|ドスン|がしゃん|ガシャン|"
                 r"大きい音|大きな音|おおきいおと|おおきなおと|物音|ものおと|叩く音|たたくおと)[^。]{0,20}(静かに|しずかに|泣き止|なきや|聞こえなく|きこえなく|声がしなく|こえがしなく|ぴたっと|ぴたりと)",),
        needs=CHILD + r"|隣|となり"),
    # An old person left in the same nappy for days, a bedsore that festers (何日もオムツ替えてない, 床ずれから膿が出てる).
    Cue("elder-abuse-injury",
        phrases=(r"(おむつ|オムツ)(を|も)?[^。]{0,4}(替え|かえ|変え|交換し)て(い)?(ない|ません|へん|ねえ|もらえ|くれ(な|ん))",
                 r"(床ずれ|とこずれ|褥瘡|じょくそう)(から|が|に|も)[^。]{0,6}(膿|うみ|臭|くさ|におい|匂い|ただれ|悪化|血)"),
        needs=r"(" + ELDER[1:-1] + r"|寝たきり|要介護|認知症|何日も|なんにちも|放置|ほったらかし|うめ|呻)"),
    # Weak words of a life hard to bear (生きづらい, やる気でん…, まだ立ち直れない): distress, the quiet line, never an alarm.
    Cue("distress", weak=True,
        phrases=(r"(生き|いき)(づら|辛)(い|く|かっ)", r"(^|[、。 　])(やる気|やるき)(が|も)?[ 　]?(出|で)(ない|ん|へん|ねえ|ません|なく)",
                 r"(気持ち|きもち|心|こころ)(が|も|は)?[^。]{0,4}(立ち直れ|たちなおれ)(ない|ん|へん|ず|ません)")),
    # A wish to join the dead (あの人のところへ行きたい, お迎えが早く来てほしい): the wish to die of the bereaved or the old.
    Cue("suicide-thoughts",
        phrases=(r"(あの人|あのひと|夫|主人|妻|母|父|息子|娘|あなた|おじいさん|おばあさん|みんな|家族|あの子)(の)?(ところ|とこ|所|そば|側|元|もと)(へ|に)[ 　]?(行き|いき|逝き|ゆき)(たい|たく|てえ)",
                 r"(お迎え|おむかえ)(が)?[^。]{0,4}(来て|きて|来ない|こない)(ほしい|欲しい|くれ|くれない|かな)"),
        needs=_BEREAVED + r"|(お迎え|おむかえ)"),
    # A cut made again and again with no object named (毎日切ってる、きょうは止まらなくてこわい): self-harm.
    Cue("self-harm",
        phrases=(r"(毎日|まいにち|また|今日も|きょうも|ずっと|何回も|なんかいも|夜になると)[ 　]?(切|き)って(る|た|しまう|しまった|ちゃう|ちゃった|しまい)",),
        needs=r"(ばれ|バレ|止まら|とまら|血|やめられ|リスカ|りすか|腕|うで|手首|てくび|太もも|ふともも|カッター|かみそり|刃)"),
    # A body that leans to one side or a mouth that spills (体が右に傾いてる, 口から水がこぼれて顔の左が動かん): a stroke.
    Cue("stroke-signs",
        phrases=(r"(体|からだ|首|くび|頭|あたま)(が|も)?[ 　]?(右|左|片方|片側|かたほう)(に|へ)[ 　]?(傾|かたむ|倒れ|たおれ)",
                 r"(顔|かお)の?(右|左|片方|片側|半分)(側)?(が|も)[ 　]?(動か|うごか|下が|さが|垂れ|たれ|ゆが|歪)",
                 r"口(の端)?から[ 　]?(水|みず|よだれ|お茶|おちゃ|食べ物|ご飯|ごはん|味噌汁)(が)?[^。]{0,4}(こぼれ|垂れ|たれ|漏れ|もれ)"),
        needs=r"(急に|突然|いきなり|さっき|そのまま|朝|今|いま|顔|かお|動か|うごか|落と|おと|ろれつ|呂律|傾|かたむ)"),
    # A small child found face down in water (顔つけたまま浮かんでた): drowning, 119 first.
    Cue("drowning",
        phrases=(r"(顔|かお)(を)?[ 　]?(つけた|付けた|浸けた|つけて|うつ伏せ|うつぶせ)(まま)?[^。]{0,8}(浮|うか|うい|沈|しず)",
                 r"(プール|ぷーる|お風呂|風呂|浴槽|湯船|池|川|海)(で|に)[^。]{0,12}(浮かんで|うかんで|浮いて|ういて)(た|いた|る|いる)"),
        needs=CHILD[:-1] + r"|(\d+|一|二|三)(歳|さい|才)|人|ひと|父|母|祖|夫|妻)"),
    # Sparks or smoke from a socket, a cord or a heater (コンセントのあたりから火花が出てる): an electrical fire.
    Cue("fire",
        phrases=(r"(コンセント|こんせんと|プラグ|ぷらぐ|延長コード|配線|はいせん|たこ足|タコ足|ブレーカー|電気ストーブ|ドライヤー|充電器|バッテリー|モバイルバッテリー)"
                 r"[^。]{0,10}(火花|ひばな|煙|けむり|焦げ|こげ|燃え|もえ|発火|はっか|火)(が|を)?[ 　]?(出て|でて|出た|でた|出と|上が|あが|散って|ちって|て(い)?る|てま|た|し(て|た|とる))",),
        needs=r"(出|で|上が|あが|燃え|もえ|焦げ|こげ|臭|くさ|におい|今|いま|さっき|散|ちっ|火花|ひばな)"),
    # A door handle rattled or someone at the door now (ドアノブがガチャガチャされてる。誰かいる; ストーカー いま 家の前).
    Cue("stalking-threat",
        phrases=(r"(ドアノブ|ドア|玄関|窓|鍵|かぎ)[^。]{0,6}(ガチャガチャ|がちゃがちゃ|ガチャガチャ)[ 　]?(され|して(る|い)|いって|いう)",
                 r"(ストーカー|すとーかー|元夫|元彼|元かれ|つきまとい)(が)?[ 　、]*(いま|今|また|さっき)?[ 　、]*(家|いえ|うち|玄関|部屋|職場|駅)の?(前|まえ|外|そと|近く|ちかく)"),
        needs=_LOOKOUT),
    # Woken in an unknown room after a drink (気づいたら知らないホテルにいた。何か飲まされたかも).
    Cue("sexual-violence",
        phrases=(r"(気づいたら|気付いたら|きづいたら|起きたら|おきたら|目覚めたら)[^。]{0,6}(知らない|しらない|見知らぬ)[^。]{0,4}(ホテル|ほてる|部屋|へや|家|いえ|車|くるま)",
                 r"(何か|なにか|薬|くすり)(を)?[ 　]?(飲まされ|のまされ|盛られ|もられ|入れられ|いれられ)"),
        needs=r"(記憶|きおく|覚えて|おぼえて|ホテル|ほてる|知らない|しらない|服|ふく|体|からだ|気づいたら|気付いたら|起きたら)"),
    # An aid taken from a blind, deaf or disabled person (白杖を取り上げられて): abuse of a disabled person.
    Cue("disabled-abuse-injury",
        phrases=(r"(白杖|はくじょう|車いす|車椅子|くるまいす|補聴器|ほちょうき|杖|つえ|眼鏡|めがね|メガネ)(を)?[ 　]?(取り上げ|とりあげ|隠さ|かくさ|奪わ|うばわ|捨てら|すてら|壊さ|こわさ)(れ)",),
        needs=DISABLED[:-1] + r"|全盲|ぜんもう|目の見えない|耳の聞こえない|耳が聞こえ)"),
    # Bare words of someone who wanders gone (夜中 じいちゃん徘徊 不明).
    Cue("missing-person",
        phrases=(r"(徘徊|はいかい)[ 　、]*(して|し)?[ 　、]*(行方)?(不明|ふめい)",),
        needs=r"(" + ELDER[1:-1] + r"|認知症|にんちしょう|父|母|夫|妻|じいちゃん|ばあちゃん)"),
    # A note left and the person gone (「もう帰らない」と書き置きして出ていった), hours past the time to be home.
    Cue("missing-person",
        phrases=(r"(書き置き|書置き|かきおき|置き手紙|おきてがみ|メモ|手紙)(を)?[ 　]?(残して|して|置いて|おいて)[^。]{0,6}(出て(い|行)っ|でてっ|でていっ|家を出|いなくな)",
                 r"(\d+|何|数|[一二三四五六])時間[^。]{0,10}(帰ら(な|ん)|戻ら(な|ん)|帰って(こ|き)(な|ん)|連絡(が)?(つかな|とれな|取れな))"),
        needs=CHILD[:-1] + "|" + SCHOOL[1:-1] + "|" + ELDER[1:-1] + r"|認知症)"),
    # Asleep outdoors in thin clothes on a freezing night (ベンチで薄着のおじいさんが寝てる。今夜は氷点下).
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(ベンチ|べんち|路上|公園|駅|外|そと|道|みち|軒下|のきした|バス停)[^。]{0,16}(寝て|ねて|横になって|うずくまって|座り込んで|すわりこんで)",),
        needs=r"(氷点下|ひょうてんか|マイナス|凍え|こごえ|雪|ゆき|薄着|うすぎ|震え|ふるえ)"),
    # Ending it together with the one cared for (寝たきりの妻と、もう二人で終わりにしようかと思う).
    Cue("caregiver-may-harm",
        phrases=(r"(二人で|ふたりで|一緒に|いっしょに)[ 　]?(もう)?[ 　]?(終わり|おわり|終わら|おわら|死の|しの|逝こ|いこう|楽になろ|らくになろ)",),
        needs=_TOGETHER_NEEDS),
    Cue("suicide-thoughts",
        phrases=(r"(二人で|ふたりで|一緒に|いっしょに)[ 　]?(もう)?[ 　]?(終わり|おわり|終わら|おわら|死の|しの|逝こ|楽になろ|らくになろ)",),
        needs=_TOGETHER_NEEDS),
    # The choking sign and food stuck told in English (grabbing his throat, a piece of meat stuck).
    Cue("choking",
        english=(r"\b(grabbing|clutching|holding|gripping|clutched) (at )?(his|her|their) (own )?(throat|neck)\b",
                 r"\b(piece|bit|chunk|lump) of \w+ (is |was |got |'s )?stuck\b", r"\bstuck in (his|her|their|my) (throat|windpipe|airway)\b"),
        needs=r"(food|meat|\beat|\bate\b|eating|stuck|swallow|bread|candy|sweet|piece|bite|mochi|grape|nut|toy|coin|cough)"),
    # A carer who might throw a baby or a child out, off or down (窓から放り出してしまいそう).
    Cue("caregiver-may-harm",
        phrases=(r"(放り出|ほうりだ|放り投げ|ほうりなげ|投げ出|なげだ|突き落と|つきおと|叩きつけ|たたきつけ)(し|して|しちゃ|しちゃい|して(しま|ま))?(い)?そう",),
        needs=CARE[:-1] + r"|泣き続け|なきつづけ|泣き止|泣いて|夜泣き|ワンオペ|わんおぺ|限界|いらいら|イライラ)"),
)
