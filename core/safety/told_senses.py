"""Harmless senses found in session 15 (issue #11, the soft tier): a fire that is over and its papers, a bonfire that
was only a bonfire, a child bitten or pushed by another child at nursery, a pet shut in a room, an escape game, a
lesson or a study on a danger, a nosebleed that stopped, a stroke named as who a person is (脳梗塞で倒れた父の世話).

Each drops its situations only when its sense is found and nothing else in the message speaks of the danger now
(as senses.py does); the message is then soft or none, as the rest of the screen decides."""

from __future__ import annotations

import re

from .normalize import fold

# A fire that is over (火事で家が焼けて、今は仮住まい, 罹災証明, 片付けは終わった, けが人なし): its papers and its grief, no fire now.
_FIRE_OVER = re.compile(fold(
    r"(火事|火災|かじ|全焼|半焼|焼け|やけ|燃え|もえ|ぼや|ボヤ)[^?？]{0,30}(仮住まい|かりずまい|仮設|建て替え|建て直し|罹災|りさい|片付け|かたづけ|"
    r"(けが人|怪我人|ケガ人|けがにん)(は|も)?(なし|ゼロ|いな|出な|でな)|(みんな|全員|家族)(は|も)?無事|消し止め|鎮火|焼け跡|やけあと)"))
_FIRE_NOW = re.compile(fold(r"燃えて(る|い|ます)|(炎|ほのお)(が|も)?[^。]{0,2}(見え|みえ|上が|あが|出て|でて)|火の手|(連絡|れんらく)(が)?(つか|取れ|とれ)(ない|ん|へん|ねえ)|もえて(る|い|ます)|煙が(出て|でて|充満|すごい)|けむりが|火が(出て|でて|回|まわ|ついて|消えな)|焦げ臭|こげくさ|"
                            r"今(?!は|から(でも)?|まで|年|月|の)|(^|[、。\s])いま(?!は|から(でも)?|まで)|さっき|助けて|たすけて|逃げ(られ|れ)な|中に(人|ひと|母|父|子)") +
                       r"|\b(burning|on fire|smoke|trapped|right now)\b")
# A bonfire, a field burnt or a grill that was all there was (近所で焚き火してただけっぽい): a smell explained.
_ONLY_A_BONFIRE = re.compile(fold(r"(焚き火|たき火|焚火|野焼き|のやき|落ち葉焚き|バーベキュー|ばーべきゅー|bbq|焼き芋|やきいも|どんど焼き|お焚き上げ)"
                                  r"(を|で)?(して(い)?た|して(い)?る|やって(い)?た)?(だけ|っぽい|みたい|らしい|でした|だった)"))
_SPREADING = re.compile(fold(r"燃え移|もえうつ|広が|ひろが|延焼|消防|119|燃えて(る|い)|火の粉|家に(火|煙)"))
# A child bitten, scratched or pushed by another child at nursery or school (孫が保育園で噛みつかれたって): children among
# themselves — unless an adult's hand, a serious wound or a habit is told.
_BY_A_CHILD = re.compile(fold(
    r"(保育園|ほいくえん|幼稚園|ようちえん|こども園|児童館|学童|がくどう|園|クラス|公園)(で|の)[^。]{0,12}(噛みつ|かみつ|噛まれ|かまれ|ひっかかれ|引っかかれ|"
    r"押され|おされ|叩かれ|たたかれ|蹴られ|(?<![付つ])けられ|突き飛ばされ)|(お友達|友達|ともだち|他の子|ほかの子|よその子|園児|同級生|年長さん|年中さん)(に|から)[^。]{0,4}"
    r"(噛|かま|かみつ|ひっか|引っか|押さ|おさ|叩か|たたか|蹴ら|けら)"))
_ADULT_OR_WOUND = re.compile(fold(r"(先生|保育士|せんせい|職員|大人|おとな|親|父|母|ママ|パパ|お母さん|お父さん|継父|継母|彼氏)(に|から|が)[^。]{0,6}(叩|たた|殴|なぐ|蹴|け(ら|っ)|噛|押|つね)|血が(止ま|とま|出て)|出血|骨|意識|救急|たばこ|タバコ|やけど|火傷|あざ|痣|"
                                  r"ぐったり|毎日|いつも|何度も|なんども"))
# A pet shut in by mistake (トイレに閉じ込められた猫を救出した): an animal, not a person confined or hurt.
_PET_SHUT_IN = re.compile(fold(r"(閉じ込め|とじこめ)(られ|て)(た|て(い)?る|ちゃった)[^。、]{0,2}(猫|ねこ|子猫|犬|いぬ|子犬|鳥|インコ|ハムスター|うさぎ|ペット)|"
                               r"(猫|ねこ|子猫|犬|いぬ|子犬|インコ|ハムスター|うさぎ|ペット)(が|を|も)[^。]{0,12}(閉じ込め|とじこめ)"))
_PERSON_SHUT_IN = re.compile(fold(r"(子|こども|赤ちゃん|あかちゃん|母|父|祖|夫|妻|私|わたし|人|ひと)(が|を|も)[^。]{0,12}(閉じ込め|とじこめ)|出られな|でられな|助けて|たすけて"))
# An escape game or a haunted house (倉庫に閉じ込められる脱出ゲーム): play, no one confined.
_ESCAPE_GAME = re.compile(fold(r"脱出ゲーム|だっしゅつげーむ|リアル脱出|謎解き|なぞとき|お化け屋敷|おばけやしき|肝試し|きもだめし|ボードゲーム|ごっこ遊び") +
                          r"|\b(escape room|escape game|haunted house)\b")
_REALLY_SHUT_IN = re.compile(fold(r"出られな|でられな|助けて|たすけて|今(?!は|の|年|月)|(^|[、。\s])いま(?!は)|さっき|開かな|あかな|叫|さけ|泣い"))
# A lesson or a study on a danger (授業で児童虐待の通告義務を扱います, 研究してる大学院生です, 件数の推移を調べて): the topic, not a case.
_TEACHING = re.compile(fold(
    r"(授業|じゅぎょう|教材|ホームルーム|道徳|保健体育|保健の時間|学級活動|研修|講義|ゼミ)(で|に|の)[^。]{0,24}(扱|あつか|取り上げ|とりあげ|教え|おしえ|使い|つかい|話し|はなし)|"
    r"研究して(い)?(る|ます)|研究(の|で)(ため|テーマ|一環)|大学院生(です|で|として)|卒論|卒業論文|(件数|統計|データ|推移)(の推移|を調べ|をしらべ|は公開|を知り|が知り)|(っていう|という|って)記事|記事(を|で)(読|よ|見|み)") +
    r"|\b(student (doing|working on|writing)|(a|my|our) (project|thesis|dissertation|class|lesson|presentation) (on|about)|for (a|my) class|lesson plan|"
    r"teach(ing)? (a |my |the )?(class|students|pupils|kids) about|manga artist|(my|a|the) (story|manga|comic|script|novel) (has|is about|features|needs))\b")
# … unless a case is told: a pupil, a child of one's own, a blow received (られた, されて), a mark, a day.
_A_CASE_NOW = re.compile(fold(r"生徒が|せいとが|子が(今|いま)|うちの子|今(?!の|年|回|度)|(^|[、。\s])いま(?!は|の)|さっき|助けて|たすけて|けさ|今朝|昨日|きのう|毎日|いつも|"
                              r"(ら|さ|か|た|ま|わ)れ(て|た|る|ま)|あざ|痣|傷|血|(私|わたし|僕|ぼく|自分|じぶん)(が|は|を|に|も)") +
                         r"|\b(my (student|pupil) (is|has|was|told)|right now|tonight|today|(hit|hurt|hits|beat|beats|touched) (me|us|my)|i (was|got) (hit|hurt|beaten|touched|attacked))\b")
# A nosebleed or a small cut that stopped (鼻血が止まらなくて焦ったけど10分で止まった): first aid done.
_STOPPED = re.compile(fold(r"(鼻血|はなぢ|血|ち)[^。]{0,16}(止まった|とまった|止まりました|とまりました|おさまった|収まった)"))
_STILL_BLEEDING = re.compile(fold(r"まだ(止ま|とま)|また(出|で)|(止ま|とま)らない(まま|んです|の[?？])|意識|ぐったり|顔色|大量|たいりょう"))
# A stroke or a fall named as who a person is (脳梗塞で倒れた実父の世話, 倒れた父の介護): care after, no body failing now.
_STROKE_AS_WHO = re.compile(fold(r"(脳梗塞|のうこうそく|脳卒中|脳出血|くも膜下|心筋梗塞)(で)?(倒れ|たおれ)(た|てから)[^。、]{0,6}(父|母|実父|実母|義父|義母|夫|妻|祖父|祖母|親)[^。]{0,8}"
                                 r"(世話|介護|かいご|面倒|看病|リハビリ|送迎|通院)"))
_MEDICAL_NOW = re.compile(fold(r"今(?!は|の|年|月)|(^|[、。\s])いま(?!は)|さっき|急に|突然|また倒れ|意識(が)?(ない|な)|息(を)?(して|し)(ない|て(い)?ない)|ろれつ|呂律|動かな"))

# A scare that was nothing (と思ったらトイレにいた, 結局友達の家でゲームしてただけでした, 調べたらスプレーに反応しただけ):
# the outcome told — unless someone is still gone or hurt.
_FALSE_SCARE = re.compile(fold(
    r"(結局|けっきょく|調べたら|しらべたら|確認したら|かくにんしたら|聞いたら|きいたら|見に行ったら|みにいったら|行ってみたら|いってみたら)[^。]{0,30}(だけ(でした|だった|みたい|っぽい|らしい|です|で)|の(話|はなし|におい|匂い|音|せい|副作用)(でした|だった))|"
    # a fright that came to nothing (焦ったけど友達の家に泊まってた, リスカ隠しかと思って心配したけど推しのグッズだった)
    r"(焦った|あせった|心配した|しんぱいした|ドキッとした|ドキっとした|冷や汗|大騒ぎした)(けど|が|んですが)[、,]?(?:(?!まだ)[^。]){0,30}(いた(?!い)|泊まって|とまって|帰ってき(た|ました)|かえってき(た|ました)|見つか(った|りました)|だった|でした|だけ)|"
    r"(と|って)(思|おも)って(心配|しんぱい)した(けど|が)[^。]{0,24}(だった|でした)|(と|って)(思|おも)ったら[^。]{0,12}(まだ|明日|あした|来週)(だった|でした)|"
    r"(と|って)(思|おも)ったら(?:(?!まだ)[^。]){0,24}(いた(?!い)|おった|いました|だけ|寝て|ねて|遊んで|あそんで|してた|してました)|(結局|けっきょく)[^。]{0,20}(に|で)(いた|いました|おった|並んで|ならんで)"))
_STILL_WRONG = re.compile(fold(r"まだ(?!明日|あした|来週)|今も|いまも|いまだに|またいな|意識|息(を|が)|呼吸|反応|冷た|動かな|血|救急|けが|怪我|痛|苦し|倒れて(い|る)|見つからない(まま|ので|から)|"
                                r"叩かれ|たたかれ|殴られ|なぐられ|蹴られ|やられ"))
# A fall, a fit or a choke that did no harm or is years past (けがはありません, 軽く済みました, 熱性けいれんでした。もう3年前です).
_NO_HARM_DONE = re.compile(fold(r"(けが|怪我|ケガ)(は|も)(ありません|ありませんでした|なかった|なし)(?![^。]{0,3}(が|けど|けれど|のに))|軽く(済|す)(み|ん)|大事に(は)?至ら|"
                                r"(もう|既に|すでに)([0-9０-９]+|何|数|一|二|三|四|五)(年|か月|ヶ月|カ月)(も)?前"))
# A firefighter's work told (消防士になって初めて火事の現場に出た, my grandfather was a firefighter): a job, no fire now.
_FIREFIGHTER = re.compile(fold(r"消防士|しょうぼうし|消防団|しょうぼうだん|消防隊員|消防署(で|に)(勤|働)") + r"|\bfire ?fighters?\b")
# Words of danger heard in a dream or a delusion (幻覚みたい, 被害妄想とのこと, 実際は何も燃えていない): a symptom to consult on.
_NOT_REAL = re.compile(fold(r"幻覚|げんかく|幻聴|げんちょう|妄想|もうそう|せん妄|せんもう|寝言|ねごと|実際(は|には)[^。]{0,8}(何も|なにも|誰も|だれも)[^。]{0,6}(ない|いない|いません|ません)"))
_REALLY = re.compile(fold(r"本当に(燃え|殴|叩)|煙が|けむりが|あざ|痣|けが|怪我|血|(今|いま)(燃え|殴|叩)"))

# Someone else's words of death not meant (「殺してくれ」とよく言います。本気じゃないのは分かってる; she says she wants to die, but
# she's joking): a carer's or a parent's weight, soft — unless a plan, a method or the writer's own wish is told.
_NOT_MEANT = re.compile(fold(r"(本気|ほんき|真剣)(じゃ|では|で(は)?)(ない|なく|ありません)|口癖|くちぐせ|口ぐせ|大げさ|おおげさ|大袈裟") +
                        r"|\b((s?he|they)('s| is| are|'re) (just )?(joking|kidding)|sense of humou?r|doesn'?t mean it|not serious|typical)\b|🙄")
_SOMEONE_SAYS = re.compile(fold(r"[」』](と|って)?[^。]{0,6}(言|い|ゆ)(う|い|っ|います|ってる|われ)|(と|って)(よく|いつも|毎日|すぐ)?(言|い)(う|います|ってる)") +
                           r"|\b(says|keeps saying|kept saying|said|wrote)\b")
_WISH_FOR_REAL = re.compile(fold(r"今夜|こんや|遺書|首を|ロープ|飛び降り|とびおり|準備|方法|刃物|包丁|ためて|貯めて|(私|わたし|自分|じぶん|僕|俺)(も|が|は)[^。]{0,4}(死に|しに|消え)") +
                            r"|\b(tonight|rope|plan|pills|note|i want to die too)\b")
# A cut in the kitchen that a plaster stopped (包丁で指切っちゃった🩹 絆創膏で止まった): first aid done, no cut given.
_KITCHEN_CUT = re.compile(fold(r"(包丁|ほうちょう|カッター|ハサミ|はさみ|スライサー|缶)(で)?[^。]{0,6}(指|ゆび)[^。]{0,12}(絆創膏|ばんそうこう|バンドエイド|止まった|とまった|料理|りょうり)|🩹"))
_CUT_ON_PURPOSE = re.compile(fold(r"わざと|自分で(切|き)|手首|てくび|腕|うで|死|しに|消え|きえ|りすか|リスカ|切りたく|きりたく|止まらな|とまらな|深く|ふかく"))
# Lost a little way (迷子になりやすい, たまに帰り道がわからなくなるらしい): a tendency to plan for, no one gone now.
_GETS_LOST = re.compile(fold(r"(迷子|まいご)に(なりやすい|なりがち|なることがある|なることも)|(たまに|時々|ときどき|よく)[^。]{0,6}(帰り道|かえりみち|道)が(わから|分から)なく(なる|なります)"))
_GONE_NOW = re.compile(fold(r"いなくな(った|って|りました)|見つからな|みつからな|帰ってこな|戻らな|もどらな|連絡が(つか|取れ|とれ)|今(?!のうち|は|まで)|さっき|朝から|昨日から"))
# Locked out with the key inside (鍵を家の中に置いたまま閉めちゃって、締め出された): a locksmith, no one put out.
_KEY_LOCKED_OUT = re.compile(fold(r"(鍵|かぎ|カギ|キー)(を)?[^。]{0,12}(置いたまま|おいたまま|忘れ|わすれ|なくし|中に)[^。]{0,12}(締め出|しめだ|閉め出|入れな|はいれな)"))
_PUT_OUT_BY = re.compile(fold(r"(夫|妻|父|母|親|彼氏|彼女|兄|姉|家族)(に|から)[^。]{0,6}(締め出|しめだ|閉め出)|殴|なぐ|叩|たた|怒鳴|どな"))
# Blows in a sport (ボクシングジムで殴られまくってる。楽しい, 試合でボコボコにされた): the game, no violence.
_SPORT_BLOWS = re.compile(fold(r"(ボクシング|ぼくしんぐ|空手|からて|柔道|じゅうどう|剣道|けんどう|格闘技|かくとうぎ|キックボクシング|スパーリング|ジム|試合|しあい|組み手|くみて)"
                               r"[^。]{0,10}(殴|なぐ|叩|たた|蹴|け(ら|っ)|投げ|なげ|ボコボコ|ぼこぼこ)"))
_SPORT_HARM = re.compile(fold(r"(先輩|せんぱい|コーチ|こーち|監督|かんとく|先生|せんせい)(に|から)|いじめ|無理やり|むりやり|血|骨|意識|やめて(と|って)"))
# A sale pushed with words of death (「このままだと死ぬ」って言われて健康食品を買わされた): the consumer centre's matter.
_HARD_SELL = re.compile(fold(r"買わされ|かわされ|売りつけ|うりつけ|勧誘|かんゆう|健康食品|けんこうしょくひん|返品|へんぴん|クーリングオフ|くーりんぐおふ|解約|かいやく|消費生活センター|しょうひせいかつ"))
_WISH_OF_ONES_OWN = re.compile(fold(r"(私|わたし|自分|じぶん|僕|俺)(も|が|は)?[^。]{0,4}(死にたい|しにたい|消えたい|きえたい)|もう生きて|いきて(い)?たくない"))

# A western "but" (孫やけど、…; 住んでるんやけど): the dialect's conjunction, no burn — unless a burn or a blow is told.
_DIALECT_BUT = re.compile(fold(r"やけど(?=[、,\s]|ね|な|も|さ|…)|(ん|な|る|た|い)やけど"))
_BURN_OR_BLOW = re.compile(fold(r"やけど(し|を|が|の|で|に|みたい|っぽ|跡|あと|痕|だらけ|さ(せ|れ))|やけど[。!！]|火傷|熱湯|たばこ|タバコ|アイロン|虐待|放置|置き去り|あざ|痣|傷だらけ|"
                                r"殴|なぐ|叩|たた|蹴|怒鳴|どな"))
# A place to go in the day (平日行くところがなくて, 放課後の居場所): a child's or a parent's day, no night without a roof.
_DAYTIME_PLACE = re.compile(fold(r"(平日|日中|昼間|ひるま|休日|週末|放課後|雨の日|土日)(に|は|の|も)?[^。]{0,4}(行く|いく|遊びに行く|あそびにいく|過ごす|すごす|居)(ところ|所|場所|とこ)"))
_NIGHT_OUT = re.compile(fold(r"寒|さむ|夜|よる|今夜|今晩|寝る|ねる|泊|とま|家が(ない|なく)|追い出|路上|野宿"))
# A wasps' nest to clear (スズメバチの巣が軒下に…母が刺されたら怖い): a sting feared, no blade.
_WASPS_NEST = re.compile(fold(r"(蜂|はち|ハチ|スズメバチ|すずめばち|アシナガバチ|あしながばち)(の)?(巣|す(が|を|の))"))
_BLADE_OR_PERSON = re.compile(fold(r"包丁|ほうちょう|ナイフ|刃物|はもの|血が|出血|殴|なぐ|人に|男に|女に|誰か|だれか|夫に|妻に|彼氏|ぐったり|意識|息(が|を)|呼吸"))

# Not eating after a heartbreak or a shock (失恋して3日ご飯食べてない): grief, no food gone — unless money, a roof or the cold.
_HEARTBREAK = re.compile(fold(r"失恋|しつれん|(ふら|振ら)れ|別れ(て|た)|ショック|しょっく|悲しくて|かなしくて|食欲|しょくよく|喉を通らな|のどをとおらな") + r"|\b(broke up|heartbroken|no appetite)\b")
_NO_MONEY_OR_ROOF = re.compile(fold(r"お金|おかね|金が|所持金|冷蔵庫|寒|さむ|凍|こご|路上|野宿|(家|いえ)(が|も)?(ない|なく)|追い出|買え(な|ん)|泊ま|とまる"))
# Calls from a creditor (借金が返せない。毎日督促の電話): debt to sort out, no pursuer — unless a visit, a threat or a wait outside.
_DUNNING = re.compile(fold(r"督促|とくそく|取り立て|とりたて|借金|しゃっきん|返済|へんさい|滞納|たいのう|カードローン|消費者金融|サラ金|闇金|やみきん"))
_THREAT_AT_DOOR = re.compile(fold(r"家に来|いえにく|待ち伏せ|まちぶせ|殺|ころ|脅|おど|家族に(言う|ばら)|職場に(来|行く)|張り込|玄関"))
# A carer's thought that will never be an act (もちろん何もしない, 手は出していません): a weight told, soft.
_NEVER_ACTED = re.compile(fold(r"(もちろん|絶対|ぜったい|決して|けっして)[^。]{0,6}(何も|なにも|手は|手を)[^。]{0,2}(しない|しません|出さない|出しません|あげない|上げない)|(叩いたり|たたいたり|手をあげたり|手を上げたり)(は)?(して(い)?(ない|ません))"))
_ACTED = re.compile(fold(r"叩いてしま|たたいてしま|殴ってしま|手をあげてしま|手を上げてしま|首を|つかんでしま|突き飛ば|(やって|して)しまいそう|しちゃいそう|今にも|いまにも|限界"))
# Pulled down by another's grief (母がずっと泣いていて私まで引きずられそう): a mood, no one dragged.
_MOOD_PULLED = re.compile(fold(r"(私|わたし|自分|じぶん|気持ち|きもち|心|こころ)(まで|も|が)[^。]{0,4}(引きずられ|ひきずられ|引っ張られ|ひっぱられ)"))
_BODY_DRAGGED = re.compile(fold(r"(髪|かみ|腕|うで|足|あし|床|ゆか|車|くるま|外|そと|部屋|へや)(を|に|まで|から)[^。]{0,4}(引きずられ|ひきずられ)"))

# Session 16 (crisisQ's calm lines). A danger seen in a dream (溺れる夢みた, 夢占い, 母が倒れる夢を見て): a night's image, no
# danger now — unless the resident says it is real or woke to it (起きたら本当に息してなかった).
_DREAM = re.compile(fold(r"(夢|ゆめ)(を|も)?(見|み)(た|る|て|ました|ちゃ)|夢占い|ゆめうらない|悪夢|あくむ|(夢|ゆめ)の(中|なか)(で|に|では)|(夢|ゆめ)(に|で)(出て|でて)") +
                    r"|\b(a |bad |weird )?(dream|nightmare)s? (about|that|where|of)\b|\bi dreamt\b|\bi dreamed\b")
_AWAKE = re.compile(fold(r"本当に|ほんとうに|ほんとに|現実(に|で|でも)|実際に|じっさいに|起きたら|おきたら|目が覚めたら|めがさめたら|(夢|ゆめ)(じゃ|では)(な|あり)|(助け|たすけ)て") +
                    r"|\b(really|for real|woke up (to|and)|not a dream|help)\b")
# A medicine named for what it stops (けいれん止めの坐薬, ダイアップ): a question about its use, no fit now — unless a fit is told.
_NAMED_FOR_IT = re.compile(fold(r"(けいれん|痙攣|ひきつけ|引きつけ|引き付け)(止め|どめ|ドメ)(の)?(薬|くすり|坐薬|座薬|ざやく|シロップ)?|ダイアップ|だいあっぷ|抗てんかん薬|てんかんの(薬|くすり)"))
_FIT_NOW = re.compile(fold(r"(けいれん|痙攣|ひきつけ|引きつけ|発作|ほっさ)(が|を|して|し|起こ|おこ|中)|白目|しろめ|泡|意識|いしき|今(?!年|月|週|度|回|後|まで)|さっき|止まらな|とまらな|息(が|を)"))
# A thing not found (次の部屋が見つからない, いつものが見当たらなくて, 袋がすぐなくなっちゃう): a search for a room, a job or goods,
# no one gone — unless a person is told gone or sought.
_THING_NOT_FOUND = re.compile(fold(
    r"(部屋|へや|家|物件|住まい|住む(所|ところ|とこ)|次|つぎ|引っ越し先|転居先|仕事|就職先|働き口|預け先|入所先|入れる施設|施設|病院|医者|先生|保育園|"
    r"商品|袋|ふくろ|いつもの|在庫|売り場|お店|店|答え|言葉|方法|場所|駐車場|窓口|番号|書類|資料|やる気|後任|担い手|ヘルパー|ケアマネ|薬|時間|お金)(が|は|も)?[^。、]{0,4}"
    r"(見つから|みつから|見当たら|みあたら|すぐなくな|なくなっちゃ)"))
_PERSON_GONE = re.compile(fold(
    r"(子|こども|子ども|子供|息子|娘|父|母|祖|夫|妻|孫|じいちゃん|ばあちゃん|本人|弟|妹|兄|姉)(が|は|も)[^。]{0,8}(いな|見つから|みつから|帰ら|かえら|戻ら|もどら|帰って(こ|き)な)|"
    r"行方|ゆくえ|迷子|まいご|徘徊|はいかい|警察|探して|さがして|捜して|家出"))
# A stove left on, told as a habit (最近ガスの火つけっぱなしにしよる, 鍋を火にかけたまま忘れることも増えました): a worry about
# forgetting, no fire now — unless smoke, a flame or a burning smell is told.
_LEFT_ON = re.compile(fold(r"(火|ひ|ガス|がす|コンロ|こんろ|鍋|なべ|やかん|ストーブ|アイロン)(を|の|が|に)?[^。]{0,8}(つけっぱなし|付けっぱなし|点けっぱなし|かけたまま|かけっぱなし|消し忘れ|けしわすれ|止め忘れ)"
                           r"(?=[^?？]*(最近|さいきん|ことが(増|ふえ|多|おお|ある|あり)|ことも(増|ふえ|多|おお|ある|あり)|よく|たまに|時々|ときどき|しよる|しとる|ようになっ|忘れる|わすれる))"))
_SMOKE_OR_FLAME = re.compile(fold(r"煙|けむ|焦げ|こげ|臭|くさ|におい|匂い|燃え|もえ|炎|ほのお|火が(出|で|回|まわ|ついて)|今(?!年|月|週|度|回|後|まで)|さっき|助けて|たすけて"))
# Sound asleep as usual (夜勤明けで爆睡。起こしても起きない笑 いつものこと): a deep sleep, no one who cannot wake — unless the body
# shows something wrong or it is unlike them.
_SOUND_ASLEEP = re.compile(fold(r"爆睡|ばくすい|熟睡|じゅくすい|いつものこと|いつもの事|いつもこう"))
_WRONG_SLEEP = re.compile(fold(r"顔色|かおいろ|青(い|く)|あお(い|く)|紫|むらさき|冷た|つめた|息(?!子)|いき(が|を|し)|呼吸|こきゅう|意識|いしき|反応|ぐったり|倒れ|たおれ|救急|きゅうきゅう|"
                               r"変な|へんな|いびき|吐|泡|白目|薬|くすり|酒|さけ|エンジン|車|くるま|ガス|練炭|熱|汗|痙攣|けいれん|頭|あたま|打っ|初めて|はじめて|いつもと(違|ちが)|今日(は|に限って)"))

_FIRE = frozenset({"fire"})
_HITS = frozenset({"violence-now", "violence-now-family", "violence-now-partner", "child-abuse"})
_SHUT = frozenset({"confinement", "elder-abuse-injury", "disabled-abuse-injury"})
_TOPICS = frozenset({"stalking-threat", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury", "overdose", "caregiver-may-harm", "fire",
                     "confinement", "violence-now", "violence-now-family", "violence-now-partner", "suicide-thoughts",
                     "self-harm", "stroke-signs", "no-food-or-shelter-in-cold", "gas-or-co"})
_DOWN = frozenset({"stroke-signs", "not-breathing-or-unconscious", "elderly-fallen"})
_MEDICAL_PAST = frozenset({"elderly-fallen", "not-breathing-or-unconscious", "seizure", "choking", "drowning", "heavy-bleeding", "stroke-signs"})
_SCARES = frozenset({"child-abuse", "elder-abuse-injury", "disabled-abuse-injury", "self-harm", "missing-child", "missing-person-dementia", "missing-person", "gas-or-co", "fire", "violence-now",
                     "violence-now-family", "violence-now-partner", "confinement", "stalking-threat"})

# (situations, sense, unless, strip): read as senses.py's `_Sense` rows, after its own — every situation dropped when
# the sense is found and `unless` is not (in the text without the sense's own words, where `strip`).
TOLD: tuple[tuple[frozenset[str], re.Pattern[str], re.Pattern[str], bool], ...] = (
    (_FIRE, _FIRE_OVER, _FIRE_NOW, True),
    (_FIRE, _ONLY_A_BONFIRE, _SPREADING, False),
    (_HITS, _BY_A_CHILD, _ADULT_OR_WOUND, False),
    (_SHUT, _PET_SHUT_IN, _PERSON_SHUT_IN, True),
    (_SHUT, _ESCAPE_GAME, _REALLY_SHUT_IN, False),
    (_TOPICS, _TEACHING, _A_CASE_NOW, True),
    (frozenset({"heavy-bleeding"}), _STOPPED, _STILL_BLEEDING, True),
    (_DOWN, _STROKE_AS_WHO, _MEDICAL_NOW, False),
    (_SCARES, _FALSE_SCARE, _STILL_WRONG, True),
    (_FIRE, _FIREFIGHTER, _FIRE_NOW, False),
    (_SCARES, _NOT_REAL, _REALLY, False),
    (frozenset({"suicide-thoughts"}), _NOT_MEANT, _WISH_FOR_REAL, False),
    (frozenset({"self-harm", "heavy-bleeding"}), _KITCHEN_CUT, _CUT_ON_PURPOSE, False),
    (frozenset({"missing-child", "missing-person-dementia", "missing-person"}), _GETS_LOST, _GONE_NOW, True),
    (frozenset({"confinement", "violence-now-family", "child-abuse"}), _KEY_LOCKED_OUT, _PUT_OUT_BY, False),
    (_HITS, _SPORT_BLOWS, _SPORT_HARM, False),
    (frozenset({"suicide-thoughts", "suicide-plan-or-attempt", "stalking-threat", "violence-now-family"}), _HARD_SELL, _WISH_OF_ONES_OWN, False),
    (frozenset({"child-abuse"}), _DIALECT_BUT, _BURN_OR_BLOW, False),
    (frozenset({"no-food-or-shelter-in-cold"}), _DAYTIME_PLACE, _NIGHT_OUT, True),
    (frozenset({"heavy-bleeding", "violence-now", "violence-now-family"}), _WASPS_NEST, _BLADE_OR_PERSON, False),
    (frozenset({"no-food-or-shelter-in-cold"}), _HEARTBREAK, _NO_MONEY_OR_ROOF, False),
    (_MEDICAL_PAST, _NO_HARM_DONE, _MEDICAL_NOW, True),
    (frozenset({"stalking-threat"}), _DUNNING, _THREAT_AT_DOOR, False),
    (frozenset({"caregiver-may-harm", "child-abuse"}), _NEVER_ACTED, _ACTED, False),
    (frozenset({"violence-now", "violence-now-family", "violence-now-partner"}), _MOOD_PULLED, _BODY_DRAGGED, False),
    (_SCARES | _MEDICAL_PAST | _FIRE, _DREAM, _AWAKE, False),
    (frozenset({"seizure"}), _NAMED_FOR_IT, _FIT_NOW, True),
    (frozenset({"missing-child", "missing-person-dementia", "missing-person"}), _THING_NOT_FOUND, _PERSON_GONE, True),
    (_FIRE | {"gas-or-co"}, _LEFT_ON, _SMOKE_OR_FLAME, False),
    (frozenset({"not-breathing-or-unconscious", "elderly-fallen"}), _SOUND_ASLEEP, _WRONG_SLEEP, False),
)

