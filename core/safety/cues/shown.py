"""Crises shown by their signs rather than named (issue #11, session 16, crisisQ): flames seen with the particle
dropped (裏から炎みえる), a sleeper who will not wake and lies limp, speech and typed words gone strange at once
(何言ってるか分からない, LINEに変な文字ばかり), a child who cannot tell with blood on the underwear and a fear of one
person, a carer to whom a knife brings the thought, or who reads a care murder-suicide as their own future, a partner
whose shouting or threats the resident fears (夫が毎晩怒鳴る。家に帰るのが怖い, my husband shouts at me and I'm scared
to go home), and a message of emoji alone (🔪🩸, 💊💊😵: normalize.read gives it the sentence of its signals)."""

from __future__ import annotations

from .words import CHILD, DISABLED, PARTNER, Cue

# Fear that keeps the resident from home or from sleep, or shakes them (帰るのが怖い, 眠れない, 震えてる): what makes shouting
# or a threat told a danger tonight — a fear told alone (夫に怒鳴られるのがこわい) is a question for the DV counter, no alarm.
_FEAR = (r"((帰|かえ)(れ(な|ん|へん)|るのが(怖|こわ)|りたくな)|(家|いえ|うち)に(いる|居る|おる)のが(怖|こわ)|(怖|こわ)くて(家|いえ|うち)|眠れ(な|ん)|ねむれ(な|ん)|"
         r"震え(が|て|る)|ふるえ(が|て|る)|怯えて|おびえて)")
# Rage aimed at the resident: shouting, threats, things thrown or a fist on the wall (怒鳴る, 脅す, 物を投げる, 壁を殴る).
_RAGE = (r"(怒鳴|どな|脅|おど[さしすか]|暴言|ぼうげん|罵|ののし|物を(投げ|なげ)|ものを(投げ|なげ)|壁を(殴|なぐ|蹴|け|叩|たた)|"
         r"ドアを(蹴|け|殴|なぐ)|机を(叩|たた)|キレ|きれて|ぶちぎれ|逆上|暴れ|あばれ)")
# The partner who rages (the one a DV line is for).
_WHO = r"(夫|おっと|旦那|だんな|主人|彼氏|かれし|パートナー|ぱーとなー|妻|嫁|彼女|同棲(相手|中の彼))"
# The one who suffers is a child or someone who cannot tell (障害があって話せない).
_CANNOT_TELL = CHILD[:-1] + r"|" + DISABLED[1:-1] + r"|話せない|はなせない|しゃべれない|言葉が(出|で)ない)"

CUES: tuple[Cue, ...] = (
    # Flames seen or rising, however the particle is dropped (裏から炎みえる, 炎あがってる, ほのおが出てる) — not an
    # inflammation (炎症, 胃腸炎) nor the blazing sun (炎天下).
    Cue("fire",
        phrases=(r"(?<![肺腸胃膜節膚鼻耳腎肝管道胱腔頭筋])(炎|ほのお)(?!症|天|上(?!が))(が|も|は)?[^。]{0,2}(見え|みえ|上が|あが|出て|でて|出と|吹(い|き)|ふ(い|き)出)",),),
    # A sleeper who will not wake and lies limp (寝てる人が全然起きなくて体がぐったり): the ぐったり after the verb.
    Cue("not-breathing-or-unconscious",
        phrases=(r"(起き|おき|目を(覚|さ)ま(さ|せ)|めをさまさ)(ない|なく|ません|ん|へん|ねえ)[^。]{0,12}(ぐったり|ぐにゃ|ぐんにゃり)",),),
    # Speech that cannot be understood with it sudden, or with the typed words gone strange too (LINEで変な文字ばかり
    # 送ってくる。電話したら何言ってるか分からない): a stroke's signs in a relative — not a dialect, a baby or a foreign tongue.
    Cue("stroke-signs",
        phrases=(r"(何|なに|なん)(を)?(言って|いって|ゆって|しゃべって|喋って|話して|はなして)(る|い|ん)?[^。]{0,3}(か|が)[^。]{0,2}(分から|わから|分かん|わかん|聞き取れ|ききとれ)(ない|ん|へん|ねえ|なかった|なくな)",
                 r"(line|ライン|らいん|メール|めーる|メッセージ|めっせーじ|ショートメール)[^。]{0,10}(変な|へんな|意味不明な|意味の(分から|わから)ない|おかしな|めちゃくちゃな|でたらめな)(文字|もじ|文|ぶん|言葉|ことば)"),
        needs=r"^(?!(?s:.*)(方言|ほうげん|なまり|訛|英語|外国語|赤ちゃん|あかちゃん|赤ん坊|若者|ギャル|専門用語|酔っ|よっぱ|酒|寝言|ねごと|認知症|にんちしょう))"
              r"(?=(?s:.*)(母|父|祖母|祖父|ばあちゃん|じいちゃん|おばあ|おじい|義母|義父|夫|妻|主人|旦那))"
              r"(?=(?s:.*)(急に|突然|いきなり|さっき|今朝|けさ|さっきまで|変な文字|へんなもじ|意味不明|文字化け|ろれつ|呂律|(電話|でんわ)(したら|で|しても)))"),
    # A child who cannot tell, with blood on the underwear or pain down there, and afraid of one person (下着に血がついて
    # て、送迎の人を怖がる): sexual abuse — a girl's first period or a rash has no one feared.
    Cue("sexual-violence",
        phrases=(r"(下着|したぎ|パンツ|ぱんつ|ショーツ|おむつ|オムツ)(に|が|の)[^。]{0,6}(血|ち)(が|の)?(つい|付い|にじ|滲)",
                 r"(陰部|いんぶ|性器|せいき|おまた|お股|股|また|おしり|お尻)(を|が|の)[^。]{0,4}(痛が|いたが|痛い|いたい|血|ち(が|の)|傷|きず|腫れ|はれ)"),
        needs=r"^(?=(?s:.*)" + _CANNOT_TELL + r")(?=(?s:.*)(怖が|こわが|嫌が|いやが|怯え|おびえ|泣き叫|拒|こば|近づ(か|こうとし)ない|"
              r"(さわ|触)(られ|って)|二人きり|ふたりきり))"),
    # A carer to whom a knife or a rope brings the thought (包丁見ると考えてしまう, 介護してる母を見てると包丁が頭に浮かぶ).
    Cue("caregiver-may-harm",
        phrases=(r"(包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|ロープ|ろーぷ|紐|ひも)(を)?(見る|みる|見た|みた|見て|みて|手に(取|と)|持つ|もつ)(と|たら|たび|度)[^。]{0,12}"
                 r"(考え|かんがえ|想像|そうぞう|頭に浮|あたまにうか|よぎ|ちらつ|変な(こと|気)|へんな(こと|き)|怖く|こわく)",
                 r"(包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)(が|の(こと|イメージ))[^。]{0,4}(頭に浮か|あたまにうか|頭をよぎ|あたまをよぎ|ちらつ|離れな|はなれな)",
                 # a care murder-suicide in the news read as one's own future (介護心中のニュース見て、うちもそうなるのかな)
                 r"(介護|かいご|看病|老老)(心中|しんじゅう|殺人|さつじん)[^。]{0,24}(うちも|私も|わたしも|自分も|じぶんも|僕も|俺も|他人事(じゃ|では|に思え|と思え))"),
        needs=r"(介護|かいご|看病|看て|みて|世話|せわ|寝たきり|ねたきり|認知症|にんちしょう|心中|しんじゅう|母|父|夫|妻|子)"),
    # A partner's shouting, threats or rage, and the resident afraid (夫が毎晩怒鳴る。家に帰るのが怖い, 夫が怖くて家に帰れない):
    # the DV line — told as a habit, a line today, not 110 now.
    Cue("violence-now",
        phrases=(_WHO + r"(さん)?(が|は|に|から)[^。]{0,20}" + _RAGE,
                 _WHO + r"(さん)?(が|の(こと|顔|声|機嫌|足音)が?)[^。]{0,6}(怖く|こわく)(て|で)[^。]{0,12}(帰れ|かえれ|眠れ|ねむれ|逃げ|にげ|震え|ふるえ|外に|家に)"),
        english=(r"(?<!will )(?<!would )(?<!might )(?<!may )(?<!'ll )\b(shouts?|shouting|yells?|yelling|screams?|screaming|rages?|raging|threatens?|threatening|swears?|curses?)\b( at| to)? (me|us)\b(?! (if|when|for|about) )(?!.{0,30}\bif\b).{0,60}\b(scared|afraid|frightened|terrified|fear)\b",
                 r"\b(scared|afraid|frightened|terrified)\b.{0,40}(?<!will )(?<!would )(?<!might )(?<!may )(?<!'ll )\b(shouts?|shouting|yells?|yelling|screams?|screaming|threatens?|threatening|rages?|raging)\b( at| to)? (me|us)\b(?!.{0,30}\bif\b)"),
        needs=r"^(?=(?s:.*)" + PARTNER + r")(?=(?s:.*)(" + _FEAR + r"|\b(scared|afraid|frightened) to (go|be|come) (back )?home\b|\bterrified\b|\bcan'?t sleep\b|\b(shaking|trembling)\b))"),
    # Emoji alone (read as the sentence of their signals, normalize.read): a knife and blood (🔪🩸) is a cut, pills with a
    # reeling or sick face (💊💊😵) is too many taken, a rope with death or tears (🪢💀) is the wish — one emoji alone
    # (🔥, 💊) says nothing.
    Cue("self-harm", english=(r"^sig_blood\b.*\bsig_knife\b",)),
    Cue("overdose", english=(r"^sig_(death|dizzy)\b.*\bsig_pills\b", r"^sig_pills\b.*\bsig_sick\b")),
    Cue("suicide-thoughts", english=(r"^sig_death\b.*\bsig_rope\b", r"^sig_rope\b.*\bsig_sad\b")),
    # One's own arm or wrist cut again and again, no one named who did it (腕がまた傷だらけになった, 手首の傷が増えた).
    Cue("self-harm",
        phrases=(r"(腕|うで|手首|てくび|太もも|ふともも|二の腕)(が|に|の|は|も)?[^。]{0,6}(傷|きず|切り傷|きりきず)(だらけ|が(増え|ふえ|いっぱい|たくさん))",),
        needs=r"^(?!(?s:.*)((ら|さ)れ(た|て)|猫|ねこ|犬|いぬ|転|ころ|こけ|草|くさ|枝|いばら|茨|引っかか|ひっかか|仕事|作業|部活|練習))"),
    # A farewell to everyone, with thanks or an apology (さよなら。みんなありがとう, 今までごめんね、さようなら): an end announced —
    # not a move, a leaving party or see you tomorrow.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(さよなら|さようなら|さよおなら|ばいばい)",),
        needs=r"^(?=(?s:.*)(みんな|皆|今まで|いままで)[^。]{0,6}(ありがとう|ごめん|お世話になりました))"
              r"(?!(?s:.*)(引っ越|ひっこ|転勤|てんきん|転校|卒業|そつぎょう|退職|たいしょく|送別|異動|いどう|また(明日|あした|ね|会|あ)|辞め|やめ|帰国|きこく|閉店|へいてん|最終回|引退|配信|ライブ))"),
    # A neighbour's child with the signs of neglect on the body (近所の子、いつも同じ服で痩せてて、夜も外にいる) — the same clothes
    # and late hours alone are a worry for the child counter, no alarm.
    Cue("child-abuse",
        phrases=(r"(いつも|毎日|まいにち|ずっと)?同じ服|おなじふく",),
        needs=r"^(?=(?s:.*)(近所|きんじょ|隣|となり|向かい|むかい|同じクラス|同級生|友達|ともだち|団地|アパート|マンション))(?=(?s:.*)(痩せ|やせ|がりがり|ガリガリ|あざ|痣|骨が(浮|う)))(?!(?s:.*)(障害|障がい|年金|方が|かたが))"),
    # A child's mark and the words that a parent did it (友達の腕にタバコの跡がある。親にやられたって).
    Cue("child-abuse",
        phrases=(r"(親|おや|父|母|ママ|まま|パパ|ぱぱ|継父|義父|継母|義母|お父さん|お母さん|おとうさん|おかあさん)(さん)?(に|から)[^。]{0,4}(やられ|された|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|焼かれ|押し付けられ|おしつけられ)",),
        needs=r"^(?=(?s:.*)(友達|友だち|ともだち|クラス|同級生|生徒|子|中学|高校|小学|部活))(?=(?s:.*)(跡|あと|あざ|痣|傷|きず|やけど|火傷|腫れ|はれ|血))"),
    # A parent or a sibling who hits me, told in the active voice (うちの親、俺のこと毎日殴る).
    Cue("violence-now",
        phrases=(r"(親|おや|父|母|おやじ|親父|おふくろ|おとん|おかん|パパ|ママ|ぱぱ|まま|継父|義父|継母|兄|あに|姉|お父さん|お母さん)(さん|貴)?(が|は|、)?[^。]{0,6}"
                 r"(私|わたし|あたし|俺|おれ|僕|ぼく|自分)(のこと|の事)?(を|も)?[^。]{0,6}(殴|なぐ|叩|たた|蹴|ける|けっ|けり|ぶつ|ぶっ|どつ)",),
        needs=r"^(?!(?s:.*)(ふり|真似|まね|冗談|じょうだん|ゲーム|げーむ|起こす|おこす|肩|かた(を|も)))"),
    # Food withheld by a parent (母が食事をくれない、3日食べてない): the child's line, not only the cold (a room locked from
    # outside is confinement's, the graver).
    Cue("child-abuse",
        phrases=(r"(ご飯|ごはん|食事|しょくじ|食べ物|たべもの|めし|飯)(を|も)?[^。]{0,4}(くれない|くれへん|くれん|くれません|もらえない|もらえへん|もらえません|食べさせてくれ(ない|ません)|たべさせてくれ(ない|ません)|抜かれ|ぬかれ)",),
        needs=r"^(?=(?s:.*)(親|おや|父|母|ママ|まま|パパ|ぱぱ|継父|義父|継母|お父さん|お母さん))"
              r"(?=(?s:.*)(日|にち|ずっと|いつも|毎日|まいにち|お腹|おなか|空い|すい|ぺこ|食べて(い)?ない|たべて(い)?ない|ひもじ|給食))"
              r"(?!(?s:.*)(介護|かいご|施設|しせつ|ヘルパー|認知症|寝たきり|夫|妻|旦那|嫁|ダイエット|自炊|じすい|一人暮らし|ひとりぐらし|猫|犬|ペット|鍵|かぎ|閉じ込め|とじこめ|出してもらえ|だしてもらえ))"),
    # Tired of living, however the words fall (生きることに疲れました, もう疲れた、生きるの), death as the only way out
    # (死ぬ以外に道はない, 死ぬ以外の解決策がわからない), ways to die looked up (自殺の方法を調べてしまう), and another's
    # death read as one's own way (ニュースで自殺のこと見て、私もそうしようかなって).
    Cue("suicide-thoughts",
        phrases=(r"(生きる|いきる|生きてる|いきてる|生きていく|いきていく)(の|こと)(に|が|も)?(もう)?[^。]{0,2}(疲れ|つかれ|しんど)",
                 r"(疲れ|つかれ|しんど)(た|い|ちゃった|ました)[、,\s]*(もう)?(生きる|いきる|生きてる|いきてる)(の|こと)",
                 r"(死ぬ|しぬ|死ぬこと|消える|きえる)(以外|いがい)(に|の)?[^。]{0,4}(道|みち|方法|ほうほう|解決|かいけつ|選択肢|せんたくし|逃げ道)[^。]{0,4}(ない|無い|わから|分から|思いつか|見つから|みつから)",
                 r"(自殺|じさつ|自死|死に|しに|死ぬ|しぬ|楽に死ね|らくにしね)(の|ための|る)?(方法|ほうほう|やり方|やりかた)(を|ばかり|ばっかり|ばっか)?[^。]{0,4}(調べ|しらべ|検索|けんさく|探し|さがし|見て|みて)(て|ちゃ|てしま|ている|てる|た)",
                 r"(自殺|じさつ|自死|飛び降り|とびおり|心中|しんじゅう)[^。]{0,24}(私|わたし|俺|おれ|僕|ぼく|自分|じぶん|あたし|うち)も(そう|同じ(ように|こと)?|おなじ(ように|こと)?)(しよう|しようか|したい|なりたい|するしか|しちゃおう)"),
        needs=r"^(?!(?s:.*)(方法を調べ(ない|させない)よう|フィルタ|ふぃるた|生徒|子ども(が|の)|子供(が|の)|娘(が|の)|息子(が|の)|研究|レポート|小説|ドラマ))"),
    # A stroke's gait: one leg dragged since this morning or all at once (父が朝から片方の足を引きずってる) — not a sprain.
    Cue("stroke-signs",
        phrases=(r"(片方|かたほう|片|右|左|みぎ|ひだり)(の)?(足|あし|脚)(を)?[^。]{0,2}(引きず|ひきず)",),
        needs=r"^(?=(?s:.*)(急に|きゅうに|突然|とつぜん|いきなり|朝から|あさから|今朝|けさ|さっき|起きたら|おきたら))"
              r"(?!(?s:.*)(捻挫|ねんざ|骨折|こっせつ|けが|怪我|ケガ|膝|ひざ|腰|こし|痛|いた|犬|いぬ|猫|ねこ|靴|くつ|転|ころ|ぶつけ))"),
)
