"""Words a cue reads in another sense: a family with no children (子どもはいません), a pet that follows, a mother
who paces at night, a branch that may hit a window, no will to get up (する気が起きない), a stroke years ago, a note
that says where they went, a baby rocked to sleep, medicine that helps, a small child who swallowed something.

Each guard drops a situation only when its sense is the harmless one and nothing else in the message speaks
of the danger; the message is then soft or none, as the rest of the screen decides."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold
from .told_senses import TOLD

# Who is (not) in the family: 「子どもはいません」「父はおりません」 tells the household, not a person gone.
_NONE_IN_FAMILY = re.compile(fold(
    r"(子ども|子供|こども|子|父|母|夫|妻|兄弟|姉妹|身寄り|家族|親戚|孫|親)(は|も)(い|お)(ない|ません|りません|らん|らず)|"
    # a one-parent household (父子家庭, 母親がいない分) and no one near to talk to (相談できる人が身近にいなくて)
    r"父子家庭|母子家庭|ひとり親|一人親|片親|(母親|父親|母|父|親)(が|の)(いない|いません)(分|ぶん|ので|から|家庭)|"
    r"(相談|話)(できる|せる|を聞いてくれる)(人|ひと|相手)(が|も)[^。!?]{0,6}(いな|いませ|おら)"))
_SEARCH = re.compile(fold(
    r"いなくな|見当たら|みあたら|見つから|みつから|帰って(こ|き)な|帰ら(な|ん)|戻ら(な|ん)|もどら|かえら|行方|ゆくえ|迷子|まいご|探|さが|"
    r"さっき|先ほど|朝から|昼から|夜から|昨日から|きのうから|今朝|出て(行|い)|家出|連絡が(つか|取れ|とれ)|消え|はぐれ|見失|今(?!のうち|後|まで|年|月|週|度|回)") +
    r"|\b(missing|gone|lost|can'?t find|not back|wandered)\b")
# Something follows that is no person (猫がついてくる), or the person cared for paces at night.
_ANIMAL_FOLLOWS = re.compile(fold(r"(猫|ねこ|ネコ|犬|いぬ|イヌ|鳥|とり|カラス|からす|鳩|はと|野良)(が|も|の|は|、)[^。!?]{0,12}(ついて|付いて|つけて|うろうろ|うろつ)"))
_PACES = re.compile(fold(r"(夜中|夜|深夜|家の中|部屋|室内|廊下)(に|で|は|を)?[^。!?]{0,10}(起きて|歩き回|歩いて)?[^。!?]{0,4}(うろうろ|うろつ)"))
_PURSUER = re.compile(fold(r"ストーカー|すとーかー|待ち伏せ|まちぶせ|尾行|つきまと|付きまと|脅|知らない(男|女|人)|見知らぬ|不審") + r"|\bstalk")
# A thing may hit a thing (枝が窓に当たりそう), no one cared for is struck.
_THING_HITS = re.compile(fold(r"(枝|木|窓|ボール|台風|風|雨|石|車|屋根|壁|電柱|日|陽|光|看板|瓦)(が|に|の|も)?[^。!?]{0,14}(当た|あた)(り|る|って|らな)"))
_CARER_HARM = re.compile(fold(r"叩|たた|殴|なぐ|首|手を(上げ|あげ)|手が出|怒鳴|どな|虐待|揺さぶ|ゆさぶ|つね|押さえ|介護|世話|育児|(に|へ)(当た|あた)(って|り|る|ら)"))
# No will to do anything (何もする気が起きない) is no one unable to get up.
_NO_WILL = re.compile(fold(r"気(が|も)(起き|おき|起こら|おこら)"))
_FALL = re.compile(fold(r"倒れ|たおれ|転ん|ころん|転倒|こけ|床|ゆか|動けな|うごけな|動かな|うごかな|立て(な|ませ|ん)|たて(な|ませ|ん)|起き上がれ|おきあがれ|"
                        r"息(?!子)|いき(?!なり)|呼吸|意識|反応|ぐったり|目を(覚ま|さま|開け|あけ)|冷た|つめた"))
_NOT_WAKING = {"elderly-fallen", "not-breathing-or-unconscious"}
# A note that says where they went (友達の家に行くってメモ) is no one gone.
_NOTE_SAYS_WHERE = re.compile(fold(r"(に|へ)(行く|いく|行って|いって|遊びに|泊まる|とまる)[^。!?]{0,8}(メモ|書き置き|かきおき|置き手紙|おきてがみ|手紙|LINE|ライン)"))
_MISSING = {"missing-person", "missing-child", "missing-person-dementia"}
# A teenager who comes home late (夜中まで帰ってこない, 夜遊び): a parent's worry, not a child gone — unless no one can
# reach them, they have not come home at all, or a danger is told.
_HOME_LATE = re.compile(fold(r"(夜中|夜遅く|夜遅う|遅く|遅う|おそう|深夜|朝|明け方|あけがた|夜中の?[0-9０-９一二三四五]+時|[0-9０-９一二三四五六七八九十]+時|日付が変わる|終電)(頃)?まで"
                             r"[^。!?]{0,4}(帰って(こ|き)(な|ん|ず)|帰ら(な|ん|ず)|戻ら(な|ん|ず)|かえって(こ|き)(な|ん)|かえら(な|ん)|出歩|遊)|"
                             r"夜遊び|よあそび|遊び歩|あそびある|出歩いて|であるいて|(帰り|かえり|帰宅)(が|も)[^。!?]{0,4}(遅|おそ)"))
# Away by routine (単身赴任で週末しか帰ってこない, 出張で金曜まで, 寮から月に一度): an absence that is the plan, no one gone.
_AWAY_BY_ROUTINE = re.compile(fold(r"(単身赴任|たんしんふにん|出張|しゅっちょう|寮|りょう|留学|転勤|海外勤務|週末|土日|月に|年に|盆と正月|来週|来月|[月火水木金土日]曜)"
                                   r"[^。!?]{0,10}(しか|まで|だけ|ごと|に一度|に1度|に一回|に1回)[^。!?]{0,4}(帰って(こ|き)(な|ん)|帰ら(な|ん)|かえって(こ|き)(な|ん)|戻ら(な|ん))"))
_GONE_FOR_REAL = re.compile(fold(r"連絡(が|も)(つか|取れ|とれ)|電話(に|も)(出|で)(な|ん|へ)|今夜|こんや|行方|ゆくえ|昨日から|きのうから|昨夜から|帰ってこないまま|朝になっても|朝から|"
                                 r"捜索|警察|探し|さがし|遺書|さよなら|死|しに|消え|きえ|今も|いまも|まだ(帰|かえ)|家出"))
_NOTE_DANGER = re.compile(fold(r"遺書|いしょ|さよなら|さようなら|ごめんなさい|探さないで|さがさないで|死|しに|消え|きえ|帰ってこな|戻らな|連絡が(つか|取れ|とれ)"))
# A baby rocked to sleep (ゆりかごでゆさぶって…寝る) is no baby shaken.
_ROCKED = re.compile(fold(r"ゆりかご|揺りかご|抱っこ|だっこ|寝かしつけ|ねかしつけ|ベビーカー|ハンモック|バウンサー"))
_ASLEEP = re.compile(fold(r"寝る|ねる|寝た|ねた|寝て|ねて|眠る|ねむる|眠った|ねむった|寝付|ねつ"))
_SHAKEN_HARD = re.compile(fold(r"激し|はげし|強く|つよく|思いっきり|おもいっきり|泣き止|なきや|イライラ|いらいら|叩|たた|殴|なぐ|ぐったり"))
_SHAKEN = {"child-abuse", "caregiver-may-harm", "violence-now-family"}
# Medicine that helps (薬を飲んだら楽になる) is no overdose — unless an amount or a wish to die is told.
_HELPS = re.compile(fold(r"(薬|くすり|錠剤|頓服|とんぷく)[^。!?]{0,6}(飲んだら|のんだら|飲むと|のむと|飲めば|のめば)[^。!?]{0,6}"
                         r"(楽に|らくに|治|なお|効|きく|きい|下が|さが|よくな|良くな|マシ|まし)"))
_AMOUNT = re.compile(fold(r"全部|ぜんぶ|大量|たいりょう|まとめて|一気|いっき|たくさん|いっぱい|何錠|なんじょう|\d+\s*(錠|粒|シート|箱|瓶)|"
                          r"死|しに|しぬ|消え|きえ|終わり|おわり|永遠|えいえん|目が覚め|めがさめ"))


# A small child (or a confused elder) who swallowed something by mistake — detergent, a battery, a parent's
# tablets — is poisoning: 119 and #7119, not the lines for a wish to die.
_SMALL_ONE = re.compile(fold(r"赤ちゃん|あかちゃん|赤ん坊|乳児|幼児|息子|娘|子ども|子供|こども|(?<!女)(?<!男)(?<!様)子(が|は|も)|孫|まご|[0-9０-９一二三四五]+(歳|才|さい|か月|ヶ月|カ月)|"
                               r"認知症|にんちしょう|ぼけ") + r"|\b(baby|toddler|my (son|daughter|kid|child)|grandchild|\d+[- ](year|month)[- ]old)\b")
_BY_MISTAKE = re.compile(fold(r"誤飲|ごいん|誤食|ごしょく|誤って|あやまって|間違えて|まちがえて|まちごうて|うっかり|"
                              r"洗剤|せんざい|漂白剤|ひょうはくざい|ボタン電池|電池|でんち|タバコ|たばこ|煙草|吸い殻|灯油|とうゆ|殺虫剤|除草剤|防虫剤|"
                              r"芳香剤|化粧水|マニキュア|乾燥剤|保冷剤|磁石|ビーズ|おもちゃ|口に入れ|くちにいれ|なめ|舐め") +
                        r"|\b(by (accident|mistake)|accidentally|got into|licked|detergent|bleach|batter(y|ies)|pods?|cigarettes?|tobacco|"
                        r"cleaner|pesticide|weedkiller|magnets?|coins?|button cells?)\b")
_OWN_WISH = re.compile(fold(r"死|しに|しぬ|消え|きえ|終わり|おわり|楽になり|らくになり|わざと|自分で|じぶんで|もう嫌|もういや|つらい|辛い") +
                       r"|\b(die|kill|end it|on purpose)\b")


# Medicine taken every day for an illness (毎日たくさんの薬を飲んでいます…管理が大変): a regimen, no overdose.
# Two medicines asked about together (睡眠薬と風邪薬を一緒に飲んでも大丈夫か, 飲み合わせ): a question for a pharmacist.
_INTERACTION = re.compile(fold(r"飲み合わせ|のみあわせ|併用|へいよう|一緒に(飲|の)(んで|んでも|む)[^。]{0,4}(大丈夫|だいじょうぶ|いい|平気|問題|ok)"))
_REGIMEN = re.compile(fold(r"毎日|毎朝|毎晩|毎食|朝晩|食後|いつも|処方|持病|病気|服薬|服用(中|して)|飲み忘れ|(薬|くすり)の(管理|整理|数)|"
                           # a medicine for an illness taken as prescribed (てんかんの薬を飲んでて, 血圧の薬を飲んでいる)
                           r"(てんかん|血圧|糖尿|心臓|喘息|ぜんそく|甲状腺|うつ|精神|睡眠|花粉|アレルギー|抗がん|コレステロール)の(薬|くすり)(を|も)?(飲んで|のんで)(て|る|い|ま)"))
# A dose asked about (何錠まで飲んでも大丈夫?, 処方された量が不安): a question for a pharmacist — unless a dose taken or a
# wish to die is told (何錠飲んだら死ねる, 30錠飲んだけど大丈夫?).
_DOSE_ASKED = re.compile(fold(r"(何錠|なんじょう|何粒|なんつぶ|何包|何回|どのくらい|どれくらい|どれだけ|いくつ)(まで)?[^。]{0,8}(飲んで|のんで)(も)?(大丈夫|だいじょうぶ|いい|平気|ok|問題)|"
                              r"(量|用量|りょう|飲む量)(が|は)?[^。]{0,4}(不安|心配|わから|分から)"))
_DOSE_TAKEN = re.compile(fold(r"死|しに|しぬ|消え|きえ|飲んだ|のんだ|飲みました|のみました|飲んじゃ|のんじゃ|飲んでしま|のんでしま|意識|ぐったり|全部|ぜんぶ|まとめて|一気|いっき|"
                              r"吐|はい(て|た)|[0-9０-９]+\s*(錠|粒|シート|箱|瓶)"))
_OVERDOSE_SIGN = re.compile(fold(r"全部|ぜんぶ|まとめて|一気|いっき|一度に|いちどに|何錠|\d+\s*(錠|粒|シート|箱|瓶)|死|しに|しぬ|消え|きえ|意識|"
                                 r"ぐったり|吐|はい(て|た)|起きな|おきな|反応|ろれつ|さっき|今(?!年|月|週|後|度|まで)|(^|[、。\s])いま"))
# A room of the house that is cold (お風呂が寒い, 脱衣所が寒くて暖房を) is a home to improve, not a person without shelter.
# Eating little (最近あまり食べてない, 食が細くなった): a worry about health, no food gone — unless money, an empty fridge,
# days without food or the cold are told.
_EATS_LITTLE = re.compile(fold(r"(あまり|あんまり|少ししか|すこししか|ちょっとしか|ほとんど)[^。]{0,4}(食べ|たべ)(て(い)?|られ|れ)?(ない|ません|ん|へん)|"
                               r"食(が|も)(細|ほそ)|食欲(が|も)?[^。]{0,3}(ない|なく|落ち|おち|ありません)"))
_FOOD_GONE = re.compile(fold(r"お金|おかね|金が|所持金|冷蔵庫|空っぽ|からっぽ|何も(食べ|ない)|なにも(たべ|ない)|([0-9０-９]+|何|数|二|三|四|五)日|寒|さむ|凍|こご|震え|ふるえ|路上|野宿|"
                             r"(家|いえ)(が|も)?(ない|なく)|追い出|食べ(物|もの)(が|も)?(ない|なく)|買え(な|ん)"))
# A bill unpaid and a supply about to be cut (電気止められそう, ガス代滞納して止まりそう): money to sort out, no night in the
# cold — unless the cold, hunger or a supply already cut is told.
_CUT_SOON = re.compile(fold(r"(電気|でんき|ガス|がす|水道|すいどう|電話|携帯|スマホ)(代|料金|料)?[^。]{0,12}(止められそう|とめられそう|止まりそう|とまりそう|"
                            r"止められる(かも|って)|止めると(言|通知|連絡)|督促|とくそく|滞納|たいのう)"))
_CUT_NOW = re.compile(fold(r"寒|さむ|凍|こご|震え|ふるえ|冬|今夜|今晩|こんや|食べ|たべ|ご飯|ごはん|米|路上|野宿|追い出|(家|いえ)(が|も)?(ない|なく)|住む(所|ところ)|"
                           r"止められ(た|て)|とめられ(た|て)|止まっ(た|て)|とまっ(た|て)|真っ暗|まっくら"))
_ROOM_COLD = re.compile(fold(r"(お風呂|風呂|浴室|脱衣所|トイレ|廊下|台所|洗面所|部屋|家|古い家|寝室)(が|は|も)[^。!?]{0,4}(寒|さむ)"))
_NO_SHELTER = re.compile(fold(r"(家|いえ|住む所|住むところ|寝る所|寝るところ)(が|も)?(ない|なし|無い)|路上|野宿|追い出|出ていけ|出て行け|震え|ふるえ|凍え|こごえ|"
                              r"(灯油|暖房|電気|ガス|お金|食べ物|食べるもの|ご飯|ごはん)(が|も)?[^。!?]{0,4}(ない|なく|止ま|切れ|壊れ|使えな|つけられな)|"
                              r"(食べ|たべ)て(い)?(ない|ません)|今夜|今晩|動けな|ぐったり"))
# Children among themselves (子ども同士のけんか) hit each other: no adult's violence, unless a wound is told.
_AMONG_CHILDREN = re.compile(fold(r"(子ども|子供|こども|友達|ともだち|園児|児童|生徒|きょうだい|兄弟|姉妹)(同士|どうし)|(兄弟|きょうだい|子ども|子供|姉妹)(げんか|喧嘩|けんか)") +
                             r"|\b(hit|hitting|push|pushing|kick|kicking|fight|fighting) each other\b|\bsibling (fight|rivalry)")
_WOUND = re.compile(fold(r"血|骨|意識|救急|病院|ぐったり|腫れ|はれ|あざ|痣|親に|先生に|大人に|父親に|母親に") +
                    r"|\b(blood|bleed|broke|hospital|unconscious|bruis|parents?\b|teacher (hit|hits))")
_AMONG = {"violence-now", "violence-now-family", "violence-now-partner", "child-abuse"}
# A noise complaint (子どもの叫び声とボールの音がうるさい): neighbours' play, not a blow — unless a cry of pain or a blow is told.
_NOISE = re.compile(fold(r"騒音|そうおん|うるさ|やかまし|苦情|くじょう|ボール|ぼーる|遊んで|あそんで|足音|あしおと"))
_BLOW_HEARD = re.compile(fold(r"泣き叫|悲鳴|ひめい|助けて|たすけて|やめて|ごめんなさい|痛|いた(い|っ)|殴|なぐ|叩|たた|蹴|怒鳴|どな|割れ|"
                               r"バット|ばっと|包丁|ほうちょう|刃物|ナイフ|揉み合|もみあ|取っ組み合|とっくみあ"))


# A smoke or gas alarm that chirps for its battery or its age (電池切れ, ピッと鳴る, 交換時期): a thing to replace —
# unless smoke, a flame, a smell or heat is told.
_ALARM_DEVICE = re.compile(fold(r"警報器|警報機|報知器|報知機|けいほうき|ほうちき|アラーム"))
_ALARM_CHIRP = re.compile(fold(r"電池(が)?(切れ|ぎれ|なくな|少な|交換)|でんち(ぎれ|きれ)|電池切れ|寿命|じゅみょう|交換時期|数十秒(ごと|おき)|一分(ごと|おき)|誤作動|ごさどう|誤報"))
_FIRE_SIGN = re.compile(fold(r"煙|けむり|けむ(い|たい)|火が(?![^。、]{0,4}(消え|きえ))|炎|ほのお|燃え|もえ|焦げ|こげ|臭|くさ|におい|匂い|熱い|あつい|ガス漏れ|がすもれ|頭が痛|気持ち悪|めまい|ふらふら"))
_FIRE_GAS = {"fire", "gas-or-co"}
# A safety device to fit, swap, buy or be given (センサー付きのコンロに替えたい, 一酸化炭素警報器は市で配ってる？): a thing to
# get — unless smoke, a flame, a smell or heat is told.
_DEVICE_TO_GET = re.compile(fold(
    r"(警報器|警報機|報知器|報知機|検知器|探知機|センサー|せんさー|安全装置|消火器|自動消火|立ち消え|コンロ|こんろ|器具|タイプ|製品)[^。]{0,8}"
    r"(付き|つき|に(替え|かえ|交換|買い替え)|を?(設置|取り付け|とりつけ|付け|つけ|買|購入|配って|くば|もらえ|貰え|レンタル|借り)|(の|は)(補助|助成|配布|給付|貸し出|貸出))"))
# A future feared for someone who may one day wander, fall or choke (いつか一人で出歩いて迷子になるんじゃないかと不安): a worry
# behind a question about aids (GPS, 見守り), not a person gone or down now.
_FEARED_ONE_DAY = re.compile(fold(
    r"(いつか|そのうち|将来|今後|この先|いずれ|万が一)[^。]{0,30}(迷子|まいご|行方不明|いなくな|徘徊|はいかい|倒れ|たおれ|転倒|転ん|ころん|窒息|誤飲|溺れ|おぼれ|火事|かじ)"
    r"[^。]{0,12}((の|ん)?(じゃ|では)?(ないか|ないかと|ないかって|か)|(の|こと)(が|も|を)?)[^。]{0,4}(心配|不安|怖|こわ|気が気)"))
# … and without a someday (迷子にならないかいつも怖くて, 火がついたら怖い): a fear of what may happen.
_FEARED_MAYBE = re.compile(fold(
    r"(迷子|まいご|行方不明|いなくな|徘徊|はいかい|倒れ|たおれ|転倒|転ば|ころば|転ん|窒息|誤飲|溺れ|おぼれ|火事|かじ|火が(つ|付)|燃え|もえ)[^。]{0,8}"
    r"((なら|し|せ|ば|れ|さ)ないか(と|って)?|(たら|れば|ると))[^。]{0,6}(心配|不安|怖|こわ|気が気|ひやひや|ヒヤヒヤ|危な|あぶな)"))
_FEARED = {"missing-person", "missing-child", "missing-person-dementia", "elderly-fallen", "not-breathing-or-unconscious",
           "choking", "drowning", "fire"}
# A small child's play or words picked up (4歳の息子が戦いごっこで「ころすぞ」って言う, 「しね」が口癖になった): a parent's worry
# about manners, no threat or blow — unless a blow, a blade or a wound is told.
_CHILD_PLAY_WORDS = re.compile(fold(
    r"((?<![0-9０-９])[1-8１-８一二三四五六七八](歳|さい|才)(の|に|な|半の)?(息子|娘|子|男の子|女の子|甥|姪|孫|弟|妹)?|園児|幼稚園児|保育園児|年少|年中|年長|(?<![0-9])小[1-3１-３](?![0-9])(の)?(息子|娘|子)?)(の子)?(が|は|も)[^。]{0,24}"
    r"(ごっこ|遊び|あそび|口癖|くちぐせ|口ぐせ|真似|まね|覚えて|おぼえて|(言う|いう|使う|つかう)(ように|ようになっ|の(が|を|も)|こと(が|を|も)))"))
_BLOW_OR_BLADE = re.compile(fold(r"殴|なぐ|叩|たた|蹴|包丁|ほうちょう|ナイフ|刃物|血|あざ|痣|けが|怪我|首を|突き飛ば|言われ|いわれ|脅さ|おどさ|(私|わたし|僕|ぼく|俺|おれ|自分)(に|を)"))
_PLAY_THREAT = {"stalking-threat", "violence-now", "violence-now-family", "violence-now-partner", "caregiver-may-harm"}
# Help that came and a person who is well (救急隊がすぐ来て大丈夫そうだった, the paramedics came and she's fine): an outcome told,
# a bystander's story — unless the person is still unwell or help has not come.
_HELP_CAME_WELL = re.compile(fold(
    r"(救急隊|救急車|救急の人|救命士|消防|警察|お医者|医者|看護師|駅員|店員|職員)(さん)?(が|も)?[^。]{0,10}(来て|きて|来た|きた|到着|運ん|はこん|搬送|対応)[^。]{0,16}"
    r"(大丈夫|だいじょうぶ|無事|ぶじ|助かっ|たすかっ|命に別状|意識(が|も)?(戻|もど)|元気)(そう|みたい|らしい|だった|でした|とのこと|って)") +
    r"|\b(paramedics|ambulance|the ems|staff|a nurse|a doctor)\b[^.]{0,30}\b(came|arrived|helped)\b[^.]{0,30}\b(fine|ok|okay|alright|all right|safe|conscious)\b")
_STILL_UNWELL = re.compile(fold(r"まだ(意識|目を|息|起き)|意識(が)?(ない|戻らな|もどらな)|息(を)?(して|し)(ない|てない)|亡くな|心配で(たまら|眠れ)|(今|いま)も(倒れ|意識|苦し)") +
                           r"|\b(still (unconscious|not breathing|in (icu|intensive care))|died|passed away)\b")
_MEDICAL_NOW = frozenset({"not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
                          "seizure", "drowning"})
# Pills, money or keys missing (maybe 10 are missing, お金がなくなっている): things counted, no person gone.
_THINGS_MISSING = re.compile(r"\b(pills?|tablets?|capsules?|meds|medicine|money|cash|keys?|wallet|purse|phone|files?|documents?|parts?|pieces?)\b"
                             r"[^.]{0,24}\b(are|is|were|was|went|go|gone)? ?missing\b|\b(\d+|some|a few|ten|five|half) (are|were) missing\b")
_PERSON_GONE_EN = re.compile(r"\b(can'?t find (him|her|them)|wandered|(has|have|is|are) (gone|not come back|not back)|left the house|nowhere to be|went missing|"
                             r"(he|she|they)('s| is| are| has| have) (been )?missing|missing (child|person|since))\b")
# A seal, a button or a pram pushed (契約書にハンコを押してしまった, 車いすを押して): a thing pressed, no hand on a person —
# unless a blow or a person pushed is told.
_PRESSED_THING = re.compile(fold(r"(ハンコ|はんこ|判子|印鑑|実印|拇印|ボタン|ぼたん|スイッチ|インターホン|チャイム|呼び鈴|アクセル|ブレーキ|"
                                 r"車いす|車椅子|くるまいす|ベビーカー|スタンプ)(を|も)?[^。、]{0,4}(押|お)(し|す|さ|せ)"))
_PERSON_PUSHED = re.compile(fold(r"叩|たた|殴|なぐ|蹴|首|突き飛ば|つきとば|突き落と|倒|たお|怒鳴|どな|けが|怪我|ケガ|壁|床|(を|に)(強く|思い切り|おもいきり)"))
# A state that has not come back (意識が戻らない, 熱が下がらず食欲も戻らない): the body, no person gone — unless someone is
# told gone or sought.
_STATE_NOT_BACK = re.compile(fold(r"(意識|いしき|記憶|きおく|熱|体調|調子|ちょうし|元気|食欲|しょくよく|視力|感覚|かんかく|呼吸|こきゅう|顔色|かおいろ|血色|脈|みゃく)"
                                  r"(が|も|は)?[^。、]{0,3}(戻|もど)(ら|り|って)(な|ま|ん|へん|ず)"))
_GONE_WORDS = re.compile(fold(r"いなくな|行方|ゆくえ|迷子|まいご|帰って(こ|き)な|帰ら(な|ん)|姿|すがた|見当たら|みあたら|見つから|みつから|出て(行|い)|でてい|家出|探|さが|徘徊|はいかい") +
                         r"|\b(missing|wandered|can'?t find)\b")
# A visit asked for (母のところへ行きたいので、バスを教えて): the way there, no wish to join the dead — unless a death or a
# wish to die is told.
_VISIT = re.compile(fold(r"(ところ|とこ|所|そば|側|元|もと|家|実家|施設|病院)(へ|に|まで)[ 　]?(行き|いき)(たい|たく)[^。]{0,4}(ので|から|けど|んですが|のですが|んだけど)[^。]{0,24}"
                         r"(バス|電車|行き方|いきかた|道|ルート|経路|面会|時間|駐車場|タクシー|送迎|乗り換え|のりかえ|切符|チケット|交通|教えて|おしえて)"))
_DEATH_TOLD = re.compile(fold(r"見送|亡く|なくし|先立|他界|死|しに|しぬ|天国|あの世|仏|命日|逝|旅立|消え|きえ|終わり|おわり|楽にな"))
_NOW_HAPPENING = re.compile(fold(r"今|いま|さっき|先ほど|今朝|昨夜|ゆうべ|朝から|昼から|夜から|昨日から|帰って(こ|き)な|戻ら(な|ん)|見つから|みつから|探して|さがして"))
# Shouting at a game (「死んだー」「撃たれた」って叫んでる, ボイスチャット): play, not a child hurt — unless a blow or a plea is told.
_GAME = re.compile(fold(r"ゲーム|げーむ|ボイチャ|ボイスチャット|オンライン対戦|実況|配信|バトロワ|フォートナイト|スプラ|マイクラ|対戦"))
# A child of one's own who will stay at home alone (一人で留守番するのが不安, 何歳から留守番させていい): childcare asked about, not a
# child left uncared for — unless a mark, hunger or a night alone is told.
_HOME_ALONE_ASKED = re.compile(fold(r"(留守番|るすばん)(を)?(する|させる|させて|して(もらう|もらって))?(の|こと)?(が|は|も)?[^。]{0,6}(不安|心配|気にな|迷|大丈夫|いい|何歳|なんさい)|(何歳|なんさい)から[^。]{0,8}(留守番|るすばん)"))
_NEGLECT_SIGN = re.compile(fold(r"あざ|痣|傷|がりがり|やせ|すかせ|食べて(い)?ない|ご飯(が|を)?(ない|もらえ)|夜中|深夜|何日|帰ってこな|帰って(こ|き)ない|泣き叫|放置|置き去り"))


# An animal's bite (いぬに かまれて, 猫に噛まれた): a wound to treat, not a person's blow — unless a person's blow is told.
_ANIMAL_BITE = re.compile(fold(r"(犬|いぬ|猫|ねこ|蛇|へび|蜂|はち|野良|動物|猿|さる|ハムスター|うさぎ)(に|が)[^。]{0,6}(噛|か)ま(れ|れて|れた)") +
                          r"|\b(dog|cat|snake|animal) (bit|bite)")
_PERSON_BLOW = re.compile(fold(r"殴|なぐ|叩|たた|蹴|暴力|怒鳴|どな|首を|突き飛ば|夫|妻|彼氏|父|母|息子|娘"))


# Medicine taken as meant that did not help (ロキソニンを飲んでも頭痛が治らない): a question for a doctor, not an overdose —
# unless an amount or a wish to die is told.
_NO_EFFECT = re.compile(fold(r"(飲んで|のんで|飲んだ|のんだ)(も|けど|のに|けれど)[^。!?]{0,12}(治らな|なおらな|治りませ|効かな|きかな|効きませ|よくならな|良くならな|"
                             r"下がらな|さがらな|おさまらな|治まらな|変わらな|かわらな)"))


# The writer away (私がいないほうが子どもが自立できる, 自分が留守の間): no one else gone.
_WRITER_AWAY = re.compile(fold(r"(私|わたし|あたし|自分|じぶん|僕|ぼく|俺|おれ)(たち|達|ら|ども)?(夫婦)?(が|は)(いない|いなく|居ない|留守|るす|不在|おらん|おらへん)"))


# Hide-and-seek (かくれんぼで見つからないって泣いてた): a game, not a child gone — unless time passes or a search is told.
_HIDE_GAME = re.compile(fold(r"かくれんぼ|隠れんぼ|かくれんぼう|鬼ごっこ|おにごっこ|宝探し|たからさがし") + r"|hide[- ]and[- ]seek")
# ... told as play (見つからないって泣いてた, かわいい, 遊び方): a parent's story of a game.
_TOLD_PLAY = re.compile(fold(r"(って|と)(泣い|ない|言っ|いっ|怒っ|おこっ|笑っ|わらっ)|かわい|可愛|楽し|たのし|おもしろ|面白|遊び方|あそびかた|ルール") +
                        r"|\b(cute|fun|funny|rules)\b")
_STILL_GONE = re.compile(fold(r"まだ|ずっと|(\d+|何|一|二|三|数|半)時間|夜|暗|警察|帰ってこ|帰って来|戻らな|もどらな|いなくな|行方|探して|さがして|どこにも") +
                         r"|\b(still|hours?|dark|police|can'?t find)\b")


# An insect's or a jellyfish's sting (ハチに刺されて, クラゲに刺された): a sting to treat (its danger, a breath that will not
# come, is read by its own cues), no stabbing — unless a blade, a person or bleeding is told.
_STING = re.compile(fold(r"(蜂|はち|スズメバチ|虫|むし|蚊|クラゲ|くらげ|ムカデ|むかで|ダニ|だに|アブ|ブヨ|ぶよ|エイ|毛虫|けむし)(に|が|の)[^。]{0,16}(刺さ|さされ|刺し|さし)") +
                    r"|\b(bee|wasp|hornet|insect|jellyfish)\b.{0,10}\bstung?\b|\bstung by\b")
_STABBED = re.compile(fold(r"包丁|ほうちょう|ナイフ|刃物|はもの|血が|血を|出血|殴|なぐ|人に|男に|女に|誰か|だれか|夫|妻|彼氏|父|母|兄|弟") +
                      r"|\b(knife|blade|stabbed by (a|my|the) (man|woman|person|husband|wife|partner)|bleeding)\b")
# A chest or a heart that tightens (胸が締め付けられる): a feeling or a pain, no one strangled — unless a blow is told.
# A sting and a body that fails after it (刺されて、ぐったりしてる): anaphylaxis, 119 — no blade, no blow.
_SHOCK = re.compile(fold(r"ぐったり|意識|いしき|息(が|も|を)|いき(が|も|を)|呼吸|こきゅう|苦し|くるし|倒れ|たおれ|顔色|かおいろ|唇|くちびる|全身") +
                    r"|\b(collaps\w*|unconscious|can'?t breathe|breathing|swell\w*|faint\w*)")
_TIGHT = re.compile(fold(r"(胸|むね|心|こころ|頭|あたま|心臓|しんぞう)(が|も)[^。]{0,4}(締め付け|しめつけ|締めつけ)"))
_STRANGLED = re.compile(fold(r"殴|なぐ|叩|たた|蹴|暴力|首|くび|突き飛ば|(に|から)(締め|しめ)"))
_STUNG = {"heavy-bleeding", "violence-now", "violence-now-family", "violence-now-partner"}
# Session 12: a breath held back by a mask, a blocked nose or pollen (マスクをすると息ができない感じ, 鼻づまりで息できない) is
# no airway closing — unless the body shows it (lips going blue, wheezing, a throat that swells, something swallowed).
_STUFFY = re.compile(fold(r"マスク|ますく|鼻(が)?(づまり|詰まり|つまり|詰ま|つま)|はなづまり|花粉|かふん|鼻炎|びえん|鼻水|はなみず") + r"|\b(face ?mask|stuffy nose|blocked nose|hay ?fever)\b")
_AIRWAY_SIGN = re.compile(fold(r"唇|くちびる|紫|むらさき|青く|あおく|顔色|かおいろ|ぜーぜー|ぜいぜい|ひゅー|ヒュー|喉|のど|ノド|詰ま(った|って|らせ)|腫れ|はれ|"
                                r"食べ|飲み込|のみこ|誤飲|ごいん|アレルギー|あれるぎー|倒れ|たおれ|意識|いしき|助けて|たすけて|救急|きゅうきゅう|今すぐ|いますぐ|苦し(い|くて|そう)|くるし(い|くて|そう)") +
                          r"|\b(lips?|blue|wheez|throat|swell|swallow|allerg|collaps|help)")
_CHOKING = frozenset({"choking"})
# Hair or nails cut (髪を切った, I cut my hair again tonight): no blade on the skin — unless blood or the skin is told.
_GROOMING = re.compile(fold(r"(髪|かみ|前髪|まえがみ|爪|つめ|ひげ|ヒゲ)(の毛)?(を|も)?[^。]{0,4}(切|き)(っ|る|り|ら)") +
                       r"|\bcut (my|his|her|their|the|our) (own )?(hair|nails|fringe|bangs|beard)\b|\bhaircut\b")
_SKIN_CUT = re.compile(fold(r"血|ち(が|を)|傷|きず|手首|てくび|腕|うで|太もも|肌|皮膚|死|しに") + r"|\b(blood|bleed|wrist|arm|thigh|skin|scar|deep)")
# Asleep late on a day off (寝たまま起きない、もう昼): a long lie-in, no one who cannot wake — unless the body shows it.
_LIE_IN = re.compile(fold(r"(もう|まだ)(昼|ひる|お昼|おひる|夕方|ゆうがた)|(昼|ひる|お昼|夕方)まで|寝坊|ねぼう|休みの日|休日|夜更かし|よふかし|夜ふかし|徹夜|てつや"))
# Hands numb with cold in a home without heat (ガスも電気も止まって…手がしびれて, 毛布一枚で): the cold, no stroke — unless
# the face, speech or one side is told, or a sudden onset.
_COLD_NUMB = re.compile(fold(r"凍え|こごえ|毛布(一枚|1枚|だけ|しか)|もうふ(いちまい|だけ|しか)|路上|野宿|"
                             r"(暖房|だんぼう|灯油|とうゆ|ストーブ|ガス|がす|電気|でんき)(も|が)?[^。]{0,6}(止ま|とま|止め|とめ|ない|なく|切れ|きれ|使えな|つけられな)"))
# A fever (熱が39度ある, 39度の熱, 体温が40度): an illness to see a doctor for, not the heat of the day — unless the
# heat, the sun or heatstroke is told.
_FEVER = re.compile(fold(r"(熱|ねつ|体温|たいおん)(が|は|も)?[^。]{0,3}[0-9０-９.．]+(度|℃)|[0-9０-９.．]+(度|℃)(台)?の(熱|ねつ|高熱|発熱)|発熱|高熱|微熱"))
_HEAT_TOLD = re.compile(fold(r"熱中症|ねっちゅうしょう|炎天下|暑|あつ(い|かった|さ|く)|日差し|ひざし|直射|屋外|外で|そとで|外に|エアコン|クーラー|冷房|部活|車内|車の中|サウナ|"
                             r"草むしり|草取り|畑|農作業|海の家|日なた|日向|汗|散歩|さんぽ|外出|外遊び|公園|運動|ランニング|マラソン|登山|グラウンド|校庭|夏|ぐったり|もうろう|意識") + r"|\b(heat|sun|hot|outside|walk|run)\b")
# Keys locked inside (車に鍵を閉じ込めた, インロック): a locksmith, no one confined — unless a person is inside.
_KEYS_IN = re.compile(fold(r"(鍵|かぎ|カギ|キー|きー)(を|が)?[^。]{0,4}(閉じ込|とじこ)|インロック|いんろっく"))
_SOMEONE_INSIDE = re.compile(fold(r"子|こども|赤ちゃん|あかちゃん|赤ん坊|人|ひと|母|父|妻|夫|祖|犬|いぬ|猫|ねこ|られ|出られ|でられ|助けて|たすけて|暑|あつ"))
# A bed for tonight at a friend's or at a parents' home (友達の家に泊まる): somewhere to sleep, no night in the cold.
_BED_FOR_TONIGHT = re.compile(fold(r"(友達|ともだち|友人|知り合い|知人|実家|親戚|兄|姉|弟|妹|彼氏|彼女|娘|息子|ホテル|旅館|ビジネスホテル)(の家|の所|のところ|のうち|宅|ん家|んち)?(に|で)"
                                   r"(泊ま|とま|泊めて|とめて)(る|ります|れる|れます|らせて|もらう|もらえる|もらいます|もらった)"))
_NO_BED_AFTER_ALL = re.compile(fold(r"(泊ま|とま|泊め|とめ)[^。]{0,4}(ない|ません|られな|れな|もらえな|断られ|無理|むり|だめ|ダメ)|寒|さむ|凍|こご|震え|ふるえ|今夜(は|も)?(外|そと|野宿|公園|駅)"))
# Session 13, everyday senses. Carried along by a mood or by others (雰囲気に流されて契約, drowned his sorrows): no water.
_SWEPT_ALONG = re.compile(fold(r"(雰囲気|ふんいき|空気|周り|まわり|情|じょう|勢い|いきおい|その場|場の|誘い|さそい|言葉|口車|人|友達|ともだち|流行|はやり)(に|で)(流さ|ながさ)") +
                          r"|\bdrown(ed|ing|s)? (my|his|her|their|our|your) sorrows\b")
_WATER_TOLD = re.compile(fold(r"海|うみ|川|かわ|池|いけ|湖|プール|ぷーる|風呂|ふろ|浴槽|湯船|水|みず|溺|おぼれ|波|なみ|沈|しず|沖") + r"|\b(sea|river|pool|bath|water|lake|wave)\b")
# A pipe, a drain or a toilet blocked (トイレが詰まった): a plumber, no airway.
_PIPE_BLOCKED = re.compile(fold(r"(トイレ|といれ|排水|はいすい|配管|はいかん|パイプ|ぱいぷ|流し|シンク|下水|げすい|排水口|風呂の排水|洗面台|便器|ホッチキス|プリンター|紙)(が|も|の)?[^。]{0,4}(詰ま|つま)"))
_THROAT = re.compile(fold(r"喉|のど|ノド|息|いき(が|も|を)|呼吸|こきゅう|食べ|たべ|飲み込|のみこ|餅|もち|飴|あめ|顔色|かおいろ|苦し|くるし|唇|くちびる|赤ちゃん|あかちゃん|子ども|こども"))
# Stuck with a car or a flat battery, or held by sleep paralysis (バッテリーが上がって動けない, 金縛り): no one fallen.
_STUCK_NOT_FALLEN = re.compile(fold(r"(車|くるま|バッテリー|ばってりー|バス|電車|でんしゃ|渋滞|じゅうたい|エンジン|タイヤ|雪道)[^。]{0,10}(動けな|うごけな|動かな|うごかな)|金縛り|かなしばり"))
_BODY_DOWN = re.compile(fold(r"倒れ|たおれ|転ん|ころん|転倒|てんとう|こけ|床|ゆか|起き上がれ|おきあがれ|立て(な|ませ|ん)|たて(な|ませ|ん)|骨|痛|いた|意識|息|呼吸|ぐったり|顔色|かおいろ|苦し|くるし|反応|しびれ|救急|きゅうきゅう|返事"))
# Snoring and pauses in breath at night, asked about as sleep apnoea (いびき…呼吸が止まってる時も): a test to book.
_APNOEA = re.compile(fold(r"いびき|イビキ|無呼吸|むこきゅう|睡眠時|すいみんじ|SAS") + r"|\b(snor\w*|apnoea|apnea)\b")
_SLEEP_ASKED = re.compile(fold(r"検査|けんさ|外来|治療|ちりょう|シーパップ|CPAP|うるさ|眠れな|ねむれな|毎晩|まいばん|いつも|時々|ときどき|(時|とき)(も|が)(ある|あり)") +
                          r"|\b(test|clinic|every night|keeps? me awake)\b")
# A teenager who will not get up in the morning (反抗期…夜中までスマホ、朝起きない): a habit, no one who cannot wake.
_MORNING_HABIT = re.compile(fold(r"反抗期|はんこうき|不登校|ふとうこう|起立性|夜中まで|夜遅くまで|夜更かし|よふかし|夜ふかし|朝(が)?(弱|起きられ|起きれ)|朝(は)?(なかなか|全然|ぜんぜん|いつも)?起きない"))
# A jump for sport (バンジージャンプで飛び降りる, スカイダイビング): a leisure asked about — unless a death is told.
_JUMP_SPORT = re.compile(fold(r"バンジー|ばんじー|スカイダイビング|すかいだいびんぐ|パラシュート|ぱらしゅーと|パラグライダー|ぱらぐらいだー|飛び込み台|高飛び込み|ダイビング|だいびんぐ|"
                              r"トランポリン|とらんぽりん|ジャンプ台|アトラクション|あとらくしょん|遊園地|ゆうえんち") + r"|\b(bungee|skydiv\w*|parachut\w*|diving board)")
# Not eating by choice (ダイエットで三日食べてない, 断食道場): no one without food — unless money, a roof or the cold is
# told, or the body fails.
_BY_CHOICE = re.compile(fold(r"ダイエット|だいえっと|断食|だんじき|ファスティング|ふぁすてぃんぐ|絶食|ぜっしょく|食事制限|減量|げんりょう|糖質制限|ラマダン|らまだん") + r"|\b(diet|fasting|ramadan)\b")
_NEED_NOT_CHOICE = re.compile(fold(r"お金|おかね|金が|所持金|冷蔵庫|空っぽ|寒|さむ|凍|こご|路上|野宿|(家|いえ)(が|も)?(ない|なく)|追い出|食べ(物|もの)(が|も)?(ない|なく)|買え(な|ん)|"
                                   r"倒れ|たおれ|動けな|うごけな|意識|いしき"))
# A near miss told with its outcome (階段から落ちそうになったけど手すりで助かった): nothing happened — unless a body down is
# told besides.
_NEAR_MISS = re.compile(fold(r"(落ち|おち|転び|ころび|転倒し|こけ|倒れ|たおれ|溺れ|おぼれ|詰まら(せ)?|つまら(せ)?|詰まり|つまり|ぶつかり|轢かれ|ひかれ)(そう|かけ)に?(なっ|なり)?(た|て|ました)(けど|けれど|が|ところ|とき)?[^。]{0,16}"
                             r"(助かっ|たすかっ|助かり|大丈夫|だいじょうぶ|無事|ぶじ|セーフ|せーふ|踏みとどま|ふみとどま|こらえ|支え|ささえ|つかま|掴ま|間に合|まにあ|"
                             r"すぐ(出|で|取れ|とれ)|吐き出|はきだ|出てき(た|ました)|でてき(た|ました)|取れ(た|ました)|とれ(た|ました)|(げほ|ごほ|ゲホ|ゴホ)(っと|って)|ケロッと|けろっと)|"
                             # a near miss once had (献血で倒れそうになったことがある)
                             r"(倒れ|たおれ|転び|ころび|落ち|おち|溺れ|おぼれ|気を失い|気絶し)(そう|かけ)に?なったこと(が|も|は)(ある|あり|あっ)") +
                       r"|\b(nearly|almost) (fainted|fell|drowned|choked|collapsed|passed out)\b[^.]{0,60}\b(i'?m|he'?s|she'?s|they'?re|we'?re|i was|he was|she was) (fine|ok|okay|alright|all right)\b(?![^.]*\bbut\b)")
# Children who fought each other (友達とけんかして、ちょっとあざ): a parent's story of a scuffle, no adult's hand — unless an
# adult's blow, a serious wound or a habit is told.
_PEER_FIGHT = re.compile(fold(r"(友達|ともだち|友人|同級生|どうきゅうせい|クラスの子|クラスメート|先輩|後輩|兄弟|きょうだい|兄|弟|姉|妹)(と|同士|どうし)[^。]{0,6}"
                              r"(けんか|喧嘩|ケンカ|取っ組み合|とっくみあ|じゃれ|ふざけ)") + r"|\b(fight|fought|scuffle) with (a |his |her |their )?(friend|classmate|brother|sister)")
_ADULT_HARM = re.compile(fold(r"(親|おや|父|母|大人|おとな|先生|教師|コーチ|監督)(に|から)[^。]{0,4}(叩|たた|殴|なぐ|蹴|け(ら|っ))|血が(止ま|とま|出)|出血|骨|意識|救急|ぐったり|毎日|いつも|何度も") +
                         r"|\b(teacher|coach|parent|adult) (hit|hits|beat)|\b(blood|bleeding|broken|unconscious)\b")
_NEAR = frozenset({"elderly-fallen", "drowning", "choking", "not-breathing-or-unconscious"})
_NOT_WAKING_SIGN = re.compile(fold(r"起きな|おきな|起きん|おきん|起きません|反応|意識|顔色|かおいろ|青|あお|紫|むらさき|冷た|つめた|救急|きゅうきゅう|今|いま|"
                                   r"倒れ|たおれ|ぶっ倒|転|ころ|頭|あたま|返事|へんじ|揺す|ゆす|目(を|ぇ|え)?(開け|あけ)|ぐったり|変な|へんな|打っ|うっ") +
                              r"|\b(won'?t wake|unresponsive|blue|now|collaps|fell|head)\b")
# A small cut that a plaster stopped (指を少し切った、絆創膏で止まった): first aid done, no bleeding emergency.
_SMALL_CUT = re.compile(fold(r"(少し|すこし|ちょっと|軽く|かるく|浅く|あさく|ちょびっと)[^。]{0,4}(切|き)(っ|れ|り)|(絆創膏|ばんそうこう|バンドエイド|カットバン)|(血|ち)(は|も)?(もう|すぐ)?(止まった|とまった|止まりました)"))
_BLEEDING_ON = re.compile(fold(r"止まらな|とまらな|止まりませ|大量|たいりょう|どくどく|ドクドク|噴き出|ふきだ|吹き出|ぽたぽた|だらだら|深く|ふかく|血だらけ|ちだらけ|真っ赤|まっか|縫|ぬ(う|わ)"))
# An attack of asthma (喘息の発作) is the airway, not a fit — unless convulsions are told.
_ASTHMA = re.compile(fold(r"喘息|ぜんそく|ぜん息") + r"|\basthma")
_FIT = re.compile(fold(r"けいれん|痙攣|ひきつけ|引きつけ|白目|泡|てんかん|がくがく|ガクガク|つっぱ|突っ張") + r"|seiz|convuls|\bfit\b|jerk")
_STROKE_SIGN = re.compile(fold(r"顔|かお|口|くち|ろれつ|呂律|言葉|ことば|話せ|はなせ|しゃべ|喋|片側|半身|右|左|急に|突然|いきなり|片方"))


def _either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


@dataclass(frozen=True)
class _Sense:
    """A harmless sense of some situations' cues: every `when` pattern found and `unless` not found (in the text
    without the first `when` match, where `strip`) drops them."""

    situations: frozenset[str]
    when: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str]
    strip: bool = False
    fill: str = " "  # what stands for the stripped words (session 15's rows: 「・」, no space a pattern may read)


_OVERDOSE, _STALKED, _CARER, _COLD = (frozenset({s}) for s in (
    "overdose", "stalking-threat", "caregiver-may-harm", "no-food-or-shelter-in-cold"))
_SENSES = (
    _Sense(frozenset(_MISSING), (_NONE_IN_FAMILY,), _SEARCH, strip=True),
    _Sense(_STALKED, (_either(_ANIMAL_FOLLOWS, _PACES),), _PURSUER),
    _Sense(_CARER, (_THING_HITS,), _CARER_HARM, strip=True),
    _Sense(frozenset(_NOT_WAKING), (_NO_WILL,), _FALL),
    _Sense(frozenset(_MISSING), (_HIDE_GAME, _TOLD_PLAY), _STILL_GONE),
    _Sense(frozenset(_MISSING), (_WRITER_AWAY,), _SEARCH, strip=True),
    _Sense(frozenset(_MISSING), (_NOTE_SAYS_WHERE,), _NOTE_DANGER),
    _Sense(frozenset(_SHAKEN), (_ROCKED, _ASLEEP), _SHAKEN_HARD),
    _Sense(_OVERDOSE, (_NO_EFFECT,), _AMOUNT),
    _Sense(frozenset(_MISSING), (_HOME_LATE,), _GONE_FOR_REAL),
    _Sense(frozenset(_MISSING), (_AWAY_BY_ROUTINE,), _GONE_FOR_REAL),
    _Sense(_OVERDOSE, (_HELPS,), _AMOUNT),
    _Sense(_OVERDOSE, (_REGIMEN,), _OVERDOSE_SIGN),
    _Sense(_COLD, (_ROOM_COLD,), _NO_SHELTER),
    _Sense(frozenset(_AMONG), (_AMONG_CHILDREN,), _WOUND),
    _Sense(frozenset(_AMONG), (_NOISE,), _BLOW_HEARD),
    _Sense(frozenset(_AMONG), (_GAME,), _either(_BLOW_HEARD, _WOUND)),
    _Sense(frozenset(_FIRE_GAS), (_ALARM_DEVICE, _ALARM_CHIRP), _FIRE_SIGN),
    _Sense(frozenset(_FEARED), (_FEARED_ONE_DAY,), _NOW_HAPPENING, strip=True),
    _Sense(frozenset({"child-abuse"}), (_HOME_ALONE_ASKED,), _NEGLECT_SIGN),
    _Sense(frozenset(_AMONG), (_ANIMAL_BITE,), _PERSON_BLOW, strip=True),
    _Sense(frozenset(_STUNG), (_STING,), _either(_STABBED, _SHOCK), strip=True),
    _Sense(frozenset(_STUNG), (_TIGHT,), _STRANGLED, strip=True),
    _Sense(_CHOKING, (_STUFFY,), _AIRWAY_SIGN),
    _Sense(frozenset({"self-harm"}), (_GROOMING,), _SKIN_CUT),
    _Sense(frozenset(_NOT_WAKING), (_LIE_IN,), _FALL),
    _Sense(frozenset(_PLAY_THREAT), (_CHILD_PLAY_WORDS,), _BLOW_OR_BLADE),
    _Sense(_MEDICAL_NOW, (_HELP_CAME_WELL,), _STILL_UNWELL),
    _Sense(frozenset(_MISSING), (_THINGS_MISSING,), _PERSON_GONE_EN),
    _Sense(_CARER, (_PRESSED_THING,), _PERSON_PUSHED, strip=True),
    _Sense(frozenset(_MISSING), (_STATE_NOT_BACK,), _GONE_WORDS, strip=True),
    _Sense(frozenset({"suicide-thoughts"}), (_VISIT,), _DEATH_TOLD),
    _Sense(frozenset(_FIRE_GAS), (_DEVICE_TO_GET,), _FIRE_SIGN, strip=True),
    _Sense(frozenset({"heatstroke"}), (_FEVER,), _HEAT_TOLD),
    _Sense(frozenset({"confinement"}), (_KEYS_IN,), _SOMEONE_INSIDE, strip=True),
    _Sense(_COLD, (_BED_FOR_TONIGHT,), _NO_BED_AFTER_ALL),
    _Sense(frozenset({"drowning"}), (_SWEPT_ALONG,), _WATER_TOLD),
    _Sense(frozenset(_FEARED), (_FEARED_MAYBE,), _NOW_HAPPENING, strip=True),
    _Sense(_OVERDOSE, (_INTERACTION,), _OVERDOSE_SIGN),
    _Sense(_CHOKING, (_PIPE_BLOCKED,), _THROAT, strip=True),
    _Sense(frozenset({"elderly-fallen"}), (_STUCK_NOT_FALLEN,), _BODY_DOWN),
    _Sense(frozenset(_NOT_WAKING), (_APNOEA, _SLEEP_ASKED), _NOT_WAKING_SIGN),
    _Sense(frozenset({"heavy-bleeding"}), (_SMALL_CUT,), _BLEEDING_ON),
    _Sense(_OVERDOSE, (_DOSE_ASKED,), _DOSE_TAKEN),
    _Sense(_COLD, (_EATS_LITTLE,), _FOOD_GONE),
    _Sense(_COLD, (_CUT_SOON,), _CUT_NOW),
    _Sense(frozenset(_NOT_WAKING), (_MORNING_HABIT,), _FALL),
    _Sense(frozenset({"suicide-plan-or-attempt"}), (_JUMP_SPORT,), _DEATH_TOLD),
    _Sense(_COLD, (_BY_CHOICE,), _NEED_NOT_CHOICE),
    _Sense(_NEAR, (_NEAR_MISS,), _BODY_DOWN, strip=True),
    _Sense(frozenset(_AMONG), (_PEER_FIGHT,), _ADULT_HARM),
    *(_Sense(situations, (sense,), unless, strip, "・") for situations, sense, unless, strip in TOLD),  # session 15's
)


def other_senses(found: set[str], text: str) -> None:
    """Drop the situations whose cue the message uses in its harmless sense (`_SENSES`); hands numb in a home
    without heat are the cold, not a stroke; a small child's or a confused elder's swallowing by mistake is
    poisoning, not an overdose."""
    for sense in _SENSES:
        if found & sense.situations and all(w.search(text) for w in sense.when) and not sense.unless.search(
                sense.when[0].sub(sense.fill, text) if sense.strip else text):
            found.difference_update(sense.situations)
    if "stroke-signs" in found and _COLD_NUMB.search(text) and not _STROKE_SIGN.search(text):
        found.discard("stroke-signs")
        found.add("no-food-or-shelter-in-cold")
    if found & _STUNG and _STING.search(text) and _SHOCK.search(text) and not _STABBED.search(_STING.sub(" ", text)):
        found.difference_update(_STUNG)
        found.add("not-breathing-or-unconscious")
    if "seizure" in found and _ASTHMA.search(text) and not _FIT.search(text):
        found.discard("seizure")  # an asthma attack that will not stop (喘息の発作が止まらない): the airway, 119
        found.add("choking")
    if "overdose" in found and _SMALL_ONE.search(text) and _BY_MISTAKE.search(text) and not _OWN_WISH.search(text):
        found.discard("overdose")
        found.add("poisoning")
