"""Crises retold in the words residents use for them (issue #11, session 17, crisisR): a fall from a pier or a
boat into the sea, someone taken by a bus or gone out and not back (〜たきり), someone gone out saying where they go
(「実家に帰る」って出て行った) at night, a pupil not found at school or the after-school club, a fire or blood told in
bare kana (ひがでてる, ち いっぱい), a knife and blood in emoji with words of panic, a blade on one's own limb (frames.py's
OWN with a blade or a compulsion told), no rice left and water drunk to fill the stomach, a family member's hand on
another's neck (violence in the family, not a carer's fear), and a knife that brings a carer a dark thought."""

from __future__ import annotations

from .words import CARE, CHILD, ELDER, Cue, V

# Who may be at risk when gone (the same as the other cues of a missing person).
_AT_RISK = r"(認知症|にんちしょう|ぼけ|ボケ|物忘れ|もの忘れ|徘徊|はいかい|アルツハイマー|dementia|alzheimer|" + CHILD[1:-1] + "|" + ELDER[1:-1] + r")"
# A kana word starts here: at the start, after a non-kana, or after a particle (へやにひがついた).
_KANA_START = r"(?:(?<![ぁ-ゖ])|(?<=[にでがもをへは]))"

CUES: tuple[Cue, ...] = (
    # A fall from a pier, a breakwater, rocks or a boat (堤防から落ちた, 船から海に落ちた): someone in the sea, 119.
    Cue("drowning",
        phrases=(r"(堤防|ていぼう|防波堤|岸壁|がんぺき|桟橋|さんばし|突堤|テトラ|岩場|いわば|磯|いそ|船|ふね|ボート|カヌー|カヤック|サップ|釣り場|埠頭|ふとう)(の上|のうえ|の先|のさき)?から[^。]{0,6}"
                 r"(落ち|おち|落っこち|おっこち|転落|てんらく|滑り落ち|すべりおち|転げ落ち|ころげおち|投げ出され|なげだされ)",),
        english=(r"\b(fell|fallen|slipped|was swept|got swept) (off|from) (the |a |his |her |our )?(pier|breakwater|jetty|dock|harbou?r wall|sea ?wall|rocks|boat|kayak|canoe|paddle ?board)\b",)),
    # Gone by a bus or a train, or out, and not back (バスに乗ったきり, 朝出たきり): 〜たきり, the last that was seen — not 寝たきり.
    Cue("missing-person",
        phrases=(r"(乗っ|のっ|出|で|出かけ|でかけ|出て行っ|でていっ|行っ|いっ|出ていっ)たっ?きり(?![^。]{0,4}(の生活|で暮ら|でくら))"
                 r"(?![^。]{0,20}(帰って(き|く)(ます|る)|かえって(き|く)(ます|る)|戻(ります|る予定|ってきます)|帰宅します|帰る予定))",
                 r"どこ(へ|に|まで)(行っ|いっ)(た|ちゃった|てしまった)(のか|か)"),
        english=(r"\b(not|never|hasn'?t|has not|haven'?t|didn'?t|did not|doesn'?t|don'?t) (come|came|coming|return|returned|been) (back|home)\b",
                 r"\b(go|goes|went|gone|walk|walks|walked|wander|wanders|wandered) (out|off|away)\b[^.]{0,40}\b(at night|in the night|no shoes|barefoot|pajamas|pyjamas|nightgown)\b",
                 r"\bwe (lost|can'?t find|cannot find) (him|her)\b"),
        needs=r"(認知症|にんちしょう|ぼけ|物忘れ|もの忘れ|徘徊|はいかい|dementia|alzheimer|" + ELDER[1:-1] + r"|" + CHILD[1:-1] + r"|母|父|祖|家族)"),
    # Gone out saying where they go (「実家に帰る」って出て行って、もう夜), the quote read as someone else's words: an older person
    # or one with dementia, with the night come or the place long gone.
    Cue("missing-person",
        phrases=(r"(って|と)[、\s]?(言って|いって|言い|いい)?[、\s]?(出て(行|い)(っ|き|く)|でてっ|でていっ|出かけ|でかけ|出ていっ|家を出)",),
        needs=r"^(?=(?s:.*)" + _AT_RISK + r")(?=(?s:.*)(もう夜|もうよる|夜になっ|よるになっ|夜になる|暗くな|くらくな|戻らな|もどらな|帰らな|かえらな|帰ってこ(な|ん)|かえってこ(な|ん)|"
              r"(実家|じっか|家|いえ)(なんて|なんか|って|は)?もう(ない|無い|ありません)))"),
    # Someone said by a facility, in honorific words, not to be there (施設から「お父様がいらっしゃいません」って電話).
    Cue("missing-person",
        phrases=(r"(様|さま|さん|ちゃん|くん)(が|は)[^。」』]{0,8}(いらっしゃいません|いらっしゃらな|おられません|お見えになりません|お戻りにな(ら|りませ))",),
        needs=r"(施設|しせつ|デイ|でい|ホーム|ほーむ|病院|びょういん|学校|がっこう|保育|ほいく|幼稚園|学童|職員|先生|" + _AT_RISK[1:-1] + r")"),
    # Not back, in any register (帰っとらん, 戻ってません, 帰宅していない), where they are unknown (どこにいるか分からない), searched for
    # in vain (探したけどいない) or not there when fetched (送迎のときにいなかった): someone at risk gone.
    Cue("missing-person",
        phrases=(r"(帰|かえ|戻|もど)っ(て|と)(い|お)?(ない|ねえ|ません|らん|らへん|へん|ん(?!で|だ|です|の))", r"帰宅(して|しと)(い|お)?(ない|ません|らん|へん)(?!(と|で|か|場合|こと|日|ように|よう|うち|ので|から|けど))",
                 r"どこ(に|へ)?(いる|おる|居る|行った|いった)(の)?か(も)?(わから|分から|わかん|わかりませ|分かりませ)",
                 r"(探|さが)(し|して)(た|ても|たけど|たが|てる|ている|てるけど|ているが|ましたが)[^。]{0,8}(いな|おらん|おらへん|見つから|みつから|見当たら|みあたら)",
                 r"(送迎|迎え|むかえ)[^。]{0,10}(いなかった|いません|いない|おらんかった)",
                 # lost on the way (道に迷って帰れなくなってる), gone from the house unseen (いつのまにか家から消えてた)
                 r"(道|みち)に迷(っ|い)|(帰|かえ)(れ|れん|れへん)(なく|ん)なっ|帰り道(が|も)?(わから|分から)",
                 r"(いつの間にか|いつのまにか|気づいたら|きづいたら|目を離したら|めをはなしたら)[^。]{0,12}(消え|きえ|いな|おらん|おらへん)|(家|いえ|部屋|へや|施設|しせつ|ベッド|布団)から(消え|きえ)(て|た)"),
        needs=r"^(?=(?s:.*)" + _AT_RISK + r")(?!(?s:.*)(帰りたくな|かえりたくな|帰りが遅|かえりがおそ|毎晩|毎日|いつも|よく))"),
    # A pupil not found at school or the after-school club (学童の先生です。一年生がひとり…見当たりません): a child gone.
    Cue("missing-person",
        phrases=(r"(見当たら|みあたら|見つから|みつから)(な|ん|へん|ず)", r"(見当たり|みあたり|見つかり|みつかり)ません", r"(ひとり|一人|\d+人|二人|ふたり)(が)?[^。]{0,12}(いな|いません)"),
        needs=r"^(?=(?s:.*)(学童|がくどう|保育|ほいく|幼稚園|ようちえん|学校|がっこう|校内|教室|担任|先生です|せんせいです|(一|二|三|四|五|六|[1-6])年生|園児|児童))(?!(?s:.*)(上履き|うわばき|体操着|たいそうぎ|教科書|きょうかしょ|プリント|ぷりんと|連絡帳|書類|しょるい|申込|もうしこみ|鍵|かぎ|財布|さいふ|水筒|すいとう|帽子|ぼうし|傘|かさ|筆箱|ふでばこ|ランドセル|らんどせる|荷物|にもつ|忘れ物|わすれもの|資料|しりょう))"),
    # A child taken by someone the parent did not send (お迎えに行ったら、誰かが連れて帰ったと言われた。私じゃない), or out of touch
    # (娘と昨日の夜から連絡取れません): a child gone.
    Cue("missing-person",
        phrases=(r"(誰か|だれか|知らない(人|男|女)|しらない(ひと|おとこ|おんな)|見知らぬ(人|男|女))(が|に)[^。]{0,6}(連れて(帰|かえ|行|い)っ|つれて(かえ|い)っ|連れ(去|さ)|つれさ)(?!て(くれ|もら|あげ|ほし|いただ))",
                 r"連絡(が)?(取れ|とれ|つき|つか)(ません|ない|ん|へん)"),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + r"|保育|ほいく|幼稚園|学童|学校|お迎え|おむかえ))(?!(?s:.*)(上履き|書類|先生と|担任と|学校と|園と|業者|会社))"),
    # A carer afraid of what their own hand might do (子どもを殺してしまうんじゃないかと怖い): the fear itself.
    Cue("caregiver-may-harm",
        phrases=(r"(殺|ころ|叩|たた|殴|なぐ|傷つけ|きずつけ|首を(絞|締|しめ)|揺さぶ|ゆさぶ|投げ|なげ)(し|い|っ|め|け)?(て|で)(しまう|しまわない|しまいそう)(ん)?(じゃないか|じゃないかと|のではないか|のでは|かも|気が|ような気)",),
        needs=CARE + r"|母|父|夫|妻|親"),
    # A fire told in bare kana (ひ が でてる。へや, かーてんに ひがついた): 火, with a room, a pan or a cry of panic.
    Cue("fire",
        phrases=(_KANA_START + r"ひ(が|も)?(でて|でと|でた|ついて|ついた|ついちゃ|もえ|ひろが|まわって|ぼうぼう)(?!(い)?(な(い|く|か)|ませ|へん|ねえ))",),
        needs=r"(へや|部屋|いえ|家|台所|だいどころ|なべ|鍋|こんろ|コンロ|すとーぶ|ストーブ|かーてん|カーテン|たすけ|助け|どうしよ|けむり|煙|にげ|逃げ|やば|あつい|きっちん|キッチン)"),
    # Blood told in bare kana (ﾁ ｲｯﾊﾟｲ ﾃﾞﾃﾙ ｶﾞﾗｽ ﾌﾝﾀﾞ): ち with an amount or that will not stop.
    Cue("heavy-bleeding",
        phrases=(_KANA_START + r"ち(が|も)?(いっぱい|たくさん|どばどば|だらだら|ぼたぼた|めっちゃ|すごい|すごく|とまら|とまん|ふきだ|ふきで|ぬけ)",),
        needs=r"(でて|でと|でる|でた|とまら|とまん|ふきだ|ふきで|がらす|ガラス|ふんだ|ふんで|きった|きって|ほうちょう|ないふ|くぎ|けが|たすけ|どうしよ|やば)"),
    # A knife and blood in emoji with words that will not stop or of panic (🔪🩸😶 とまらん): a cut on oneself.
    Cue("self-harm",
        phrases=(r"(止|と)ま(ら|ん)(ない|ん|へん|ねえ|ず)|(止|と)まりません|たすけ|助け|どうしよ|やば|いたい|痛い|深い|ふかい",),
        needs=r"sig_blood.*sig_knife|sig_knife.*sig_blood"),
    # A blade on one's own limb (カッター出して腿を切ってしまった; frames.py gives OWN when no one else owns the limb), with a blade
    # or a compulsion told — not a finger cut cooking or at work.
    Cue("self-harm",
        verbs=(V("切る 刺す 切り付ける 傷付ける", "OWN", "PASS|LIKE|NEG|THIRD"),),
        needs=r"^(?=(?s:.*)(カッター|かみそり|剃刀|刃|ナイフ|ないふ|はさみ|鋏|また|止められ|とめられ|やめられ|わざと|自分で|じぶんで|何度|なんど|毎晩|毎日|衝動|しょうどう|sig_knife))"
              r"(?!(?s:.*)(指|ゆび|爪|つめ|料理|りょうり|調理|ちょうり|野菜|やさい|うっかり|誤って|あやまって|転ん|ころん|草刈|くさかり|工作|作業中|髭|ひげ|手術|しゅじゅつ|医者|いしゃ))"),
    # No rice left and water drunk to fill the stomach (米がない。水で腹ふくらませとる): hunger now.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(米|お米|おこめ|食料|しょくりょう)(が|も)?[^。]{0,2}(ない|無い|ねえ|尽き|つき|切れ|きれ|底をつ|そこをつ)",
                 r"水(で|だけで|ばかり|ばっかり|しか)[^。]{0,6}(腹|はら|お腹|おなか|空腹|くうふく|飢え|うえ|しのい|凌い|ごまかし|膨らま|ふくらま|満たし|みたし)"),
        needs=r"(水|みず|\d+日|何日|なんにち|食べ|たべ|年金|ねんきん|ひとり|一人|独り|寒|さむ|お金|おかね|所持金)"),
    # Fled from a partner or the family with no money, out at night (夫から逃げてきた。お金もミルクもない、夜の駅にいます): a roof
    # tonight is the first need (the quiet 24-hour line, which also takes DV), the partner's lines after it (screen._decide).
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(逃げ|にげ)(て|出して|だして)(き|来)(た|ました|て|ちゃ)|(家|いえ)を(飛び出|とびだ|出て)(き|来)(た|ました|て)",),
        needs=r"^(?=(?s:.*)(財布|さいふ|お金|おかね|所持金|しょじきん|ミルク|みるく|一文)[^。]{0,8}(ない|無い|なく|持って(い)?(ない|こ)|もって(い)?(ない|こ)))"
              r"(?=(?s:.*)(夜|よる|駅|えき|ベンチ|べんち|コンビニ|こんびに|公園|こうえん|外|そと|車|くるま|寒|さむ|雪|ゆき))"
              r"(?!(?s:.*)(実家|じっか|シェルター|しぇるたー|友達の家|友人の家|ホテル|ほてる|施設|しせつ|親の家)(に|で)(い|泊|とま|お))"),
    # One side that will not move at all (おかんがさっきから右半分ぜんぶ動かんって): a stroke's sign (guards.py asks its onset).
    Cue("stroke-signs",
        phrases=(r"(右|左|みぎ|ひだり)(の)?(半分|はんぶん|半身|はんしん|側|がわ|手足|てあし)(が|も|は)?(ぜんぶ|全部|まったく|全然|ぜんぜん|急に|きゅうに)?"
                 r"(動か|うごか|動け|うごけ|力が入ら|ちからがはいら)(ない|ん|へん|ねえ|ず|なく)",),),
    # Gas that stinks, in dialect (ガスくせぇんだけんど): a leak.
    Cue("gas-or-co", phrases=(r"(ガス|がす)(が|の|も)?(くせ|くっせ|臭せ|くさっ)",),),
    # The last day announced (今日で最後にするので関係ない): an end planned — not a habit, a job or a post given up.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(今日|きょう|今夜|こんや|今晩|明日|あした)で(最後|さいご|終わり|おわり)に(する|します|しよう|したい|なる)",),
        needs=r"^(?!(?s:.*)(酒|さけ|たばこ|タバコ|煙草|バイト|ばいと|仕事|しごと|出勤|勤務|ダイエット|ゲーム|げーむ|投稿|配信|連載|営業|レッスン|れっすん|教室|練習|部活|通院|治療|薬を|間食|夜更かし))"),
    # A family member's hand on another's neck (兄が…母の首に手をかけた): violence in the family told, not a carer's fear.
    Cue("violence-now",
        phrases=(r"(兄|あに|弟|おとうと|姉|あね|妹|いもうと|父|ちち|母|はは|夫|おっと|妻|息子|むすこ|娘|むすめ|祖父|祖母|叔父|伯父|叔母|伯母|義父|義母|彼氏|かれし|旦那|だんな|主人)(さん|ちゃん|貴|き)?(が|は)"
                 r"[^。]{0,30}(首|くび)に(手|て)を(かけ|掛け)(た|て|ようと)",),),
    # A knife seen and a dark thought, in a carer's overload (ダブルケアで…怒鳴ってばかり。今夜、包丁を見て、変なこと考えた).
    Cue("caregiver-may-harm",
        phrases=(r"(包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)(を|が)?[^。]{0,4}(見|み|手に|持)[^。]{0,10}(変な|へんな|悪い|わるい|よからぬ|恐ろしい|おそろしい|怖い|こわい)(こと|考え|かんがえ|想像|そうぞう)",),
        needs=CARE + r"|ダブルケア|だぶるけあ|怒鳴|どな|母|父"),
)
