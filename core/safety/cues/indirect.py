"""Crises told indirectly or in another language (issue #11, session 13): a carer's thought of ending it together with
the one cared for (いっそ一緒に…と考えてしまう), a disabled person back from a day service hurt with no word, a face at
the window (窓の外から覗かれた), blows told in Spanish, Portuguese, Chinese, Tagalog or Vietnamese, someone
caught by a rip current or a wave, a person who cannot get up and calls for someone, a baby's crying stopped short by a
thud, an old person left in the same nappy for days, a carer who might throw a baby out. Each cue is a family of
phrasing (particles, verbs, spellings), never one sentence."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, ELDER, Cue

# Together, in a thought broken off (いっそ一緒に…と, この子を連れて一緒に、とまで考えた, 二人で一緒にって思う).
_TOGETHER = (r"(いっそ|連れて|つれて|二人で|ふたりで|もろとも)[^。]{0,6}(一緒に|いっしょに)[、…・ 　]*(と|って)(まで|さえ|すら|も)?[^。]{0,3}"
             r"(考え|かんがえ|思っ|おもっ|思う|おもう|思い|おもい|よぎ|頭)",
             r"(一緒に|いっしょに)[、…・]+[ 　]*(と|って)(まで|さえ|すら|も)?[^。]{0,3}(考え|かんがえ|思っ|おもっ|思う|おもう|思い|おもい|よぎ|頭)")
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
