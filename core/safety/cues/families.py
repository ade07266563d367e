"""Families of phrasing that cut across the situations (issue #11): a root with any ending of negation, a scene
word with its grammar, the same thing in kana, in mixed spelling and in English.

Negation is written once (NEG: ない, なく, なくて, なかった, ません, ねえ, あらへん, ず …), so 食べるものがなくて and
帰宅してません follow from the same rule as 食べるものがない."""

from __future__ import annotations

from .words import CARE, CHILD, DISABLED, ELDER, EX, HEAT, SCHOOL, Cue

NEG = r"(な(い|く|かっ|し|か(?!ら))|無(い|く|し)|ありませ|ねえ|ねぇ|あらへん|あらん|へん|ず(?!っ)|ん(?=[てでのよわ、。!?\s]|$))"
# Water a person can sink in (a bath, the sea, a pool, a river); かわ in kana alone is too often かわいい.
WATER = (r"(海|うみ|川|河|沖|プール|ぷーる|風呂|ふろ|浴槽|湯船|池|用水路|波|浮き輪|水の中|水中|沼|ダム|堤防|"
         r"\b(sea|river|pool|lake|pond|bath|bathtub|waves|water)\b)")
OPEN_WATER = (r"(海|うみ|川|河|プール|ぷーる|池|用水路|波|沖|浮き輪|沼|ダム|堤防|\b(sea|river|pool|lake|pond|waves|water|swimming)\b)")
# Things a child or a confused elder may swallow that are no food.
_SWALLOWED = (r"(薬|くすり|錠剤|じょうざい|タバコ|たばこ|洗剤|せんざい|漂白剤|ボタン電池|電池|灯油|農薬|殺虫剤|除草剤|防虫剤|乾燥剤|"
              r"ジェルボール|ぼたんでんち)")

# An older or cared-for person (a parent in a care home is no disabled-person case).
_OLD = ELDER[1:-1] + r"|介護|(?<![叔伯])母|(?<![叔伯])父|祖|高齢|要介護"

CUES: tuple[Cue, ...] = (
    # Food itself gone, in any negation (食べるものがなくて, たべもの なにもない, ご飯も米ももうない), or water only.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(食べる|たべる|食う|くう)(もの|物|もん)(が|も|は)?(何も|なにも|もう|家に|うちに)?" + NEG,
                 r"(食べ物|たべもの|食料|しょくりょう|お米|おこめ)(が|も|は)?(何も|なにも|もう|家に|うちに)?" + NEG,
                 r"水(だけ|しか)(で|飲んで|のんで)?.{0,4}(過ごし|すごし|生き|しのい|暮らし|\d+日|何日)")),
    # A confiner named by the grammar: brought somewhere and not let go (連れてこられた, 帰してもらえない).
    Cue("confinement",
        phrases=(r"(帰|かえ)(して|させて)(もらえ|くれ)" + NEG, r"連れ(て)?(こ|来|い|行)られ.{0,24}(出られ|でられ|帰れ|かえれ|逃げられ|にげられ|帰して|かえして)",
                 r"(閉|と)じ(込|こ)め(られ|て)")),
    # One's own body as the object of a blow or a blade (自分の体をつねったり切ったり, 自分を殴る).
    Cue("self-harm",
        phrases=(r"自分(の)?(体|からだ|腕|うで|手|顔|足|太もも|肌|髪|かみ|髪の毛|皮膚|爪|唇)?(を|に).{0,12}(切|きっ|きり|傷つけ|傷付け|殴|なぐ|叩|たた|焼|刺|つね|ひっか|引っか|噛|か(?=ん)|抜|ぬ(?=い)|むし|剥|は(?=が))"
                 r"(っ|り|る|い|く|た|て|ちゃ|か|け|ん|み|む|し|さ)",)),
    # An attempt told as tried (首をつろうとした, 飛び降りようとして) or to be done again.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(くび|首)を?(つ|吊)(ろう|ろ)と", r"(死の|しの|飛び降りよ|とびおりよ|飛び込も|とびこも)うと(した|して|しました)",
                 r"もう一(回|度|かい|ど)(やる|やります|やろう|する|します|しよう)")),
    Cue("suicide-plan-or-attempt",
        phrases=(r"(海|うみ|川|池|湖)(に|へ)(入る|はいる|入ろう|はいろう|沈む|しずむ|沈も|身を投げ)(つもり|予定|と決め|ことにし|んです|。|$)",),
        needs=r"(最後|さいご|迷惑|さよなら|さようなら|遺書|消え|死|楽にな|終わり|おわり|ごめんなさい|生き|疲れ)"),
    # Something no food swallowed by a child or a confused elder (薬箱の錠剤を何粒も食べちゃった).
    Cue("overdose",
        phrases=(_SWALLOWED + r"(を|も)?.{0,10}(飲み込|のみこ|誤飲|ごいん|食べちゃ|たべちゃ|食べてしま|たべてしま|口に入れ|くちにいれ|"
                 r"飲んじゃ|のんじゃ|飲んでしま|のんでしま|なめちゃ|なめてしま|かじっ)",),
        english=(r"\b(swallowed|ate|drank|chewed|got into|licked) (a |an |some |the |his |her |my |grandma'?s |grandpa'?s |(his |her |my )?(grandma|grandpa|mum|mom|dad|mother|father|nan)'?s )?"
                 r"((heart|blood pressure|bp|sleeping|sleep|pain|diabetes|thyroid|allergy|cold|iron|vitamin) )?(pills?|tablets?|medicine|detergent|bleach|batter(y|ies)|cigarettes?|tobacco|pesticide|weedkiller|"
                 r"(laundry |dishwasher |detergent )?pods?|(button |coin )?cells?)",),
        needs=CHILD[:-1] + "|" + ELDER[1:-1] + r"|間違|まちが|誤|認知症|ぼけ)"),
    Cue("overdose", english=(r"\b(took|swallowed|downed|had) (like |about |around |maybe |over )?(\d+|a whole (bottle|box|pack|strip)|all|all of|a bunch of|a handful of|too many) (of )?(my |the |her |his |mum'?s |mom'?s )?(sleeping |sleep |pain |anxiety )?(pills|tablets|meds|medication|medicine)",)),
    # Bleeding that does not stop, with anything between (鼻血が30分以上止まらず).
    Cue("heavy-bleeding",
        phrases=(r"(血|鼻血|はなぢ|出血|しゅっけつ|(^|[、。\s]|(?<=て))ち)(が|も)?.{0,14}(止まら|とまら|止まん|とまん|止まりませ|とまりませ|止まらへ|とまらへ)",),),
    # Heat with a body that gives way (目がまわる, 水も飲めない, ふらふら).
    Cue("heatstroke",
        phrases=(r"(目|め)が(回|まわ)(る|って|り)", r"めまい", r"ふらふら", r"くらくら", r"吐き気", r"はきけ", r"(水|みず)(も|が)?(飲め|のめ)" + NEG,
                 r"汗(が|も)?(出|で)" + NEG, r"(意識|いしき)(が)?(もうろう|朦朧|ぼんやり)"),
        needs=HEAT),
    # Someone in the water who does not come up (沈んでた, 深みにはまって出てこん, 浮き輪だけ戻ってきた).
    Cue("drowning",
        phrases=(r"(沈んで|しずんで|沈んだ|しずんだ|沈み(かけ|そう)|しずみ(かけ|そう))",),
        english=(r"\b(pulled|fished|dragged) (him|her|them|my \w+) out of the (water|pool|bath|bathtub|river|sea)",),
        needs=WATER),
    # In open water only: a bathroom one does not come out of is no drowning.
    Cue("drowning",
        phrases=(r"(浮いて|ういて|上がって|あがって|出て|でて)(こ|き)(な|ん|ませ|ず|へん)", r"深み(に|で)",
                 r"(流され|ながされ)(て|た|ちゃ)", r"(姿|すがた)が(見え|みえ)(な|ん|ず|ませ)", r"浮き輪だけ"),
        english=(r"\b(didn'?t|hasn'?t|has not|did not|never) come (back )?(up|out)\b", r"\bwent under\b",
                 r"\bcan'?t see (him|her|them|my \w+) in the (water|sea|waves|pool|river)",
                 r"\b(fell|slipped) (into|in) the (pool|river|sea|canal|pond|water)"),
        needs=OPEN_WATER),
    # A child not back, told by the clock (まだ帰宅してません, 学校から戻らない).
    Cue("missing-person",
        phrases=(r"帰宅(して(い)?|し)(な(い|く)|ません|へん|とらん|てない|てません)", r"まだ(帰|かえ|戻|もど)(って(い|こ|き)?)?(ない|ません|らない|りません|へん|らん|てない|てません)",
                 r"(帰|かえ|戻|もど)って(こ|き)(な|ん|ません|へん)"),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + "|" + SCHOOL[1:-1] + "|" + ELDER[1:-1] + r"|認知症|にんちしょう|徘徊|はいかい))"
              r"(?=(?s:.*)(夜|よる|時|じ|連絡|れんらく|いない|いません|おらん|探|さが|心配|見つから|みつから|電話|でんわ|暗く|くらく|暗い|くらい|日が(暮|く)れ|ひがくれ))"),
    # A child shaken or thrown by someone, limp after (揺さぶって…ぐったり).
    Cue("child-abuse",
        phrases=(r"(揺さぶ|ゆさぶ|投げ|なげ|叩きつけ|たたきつけ|蹴|殴|なぐ)(っ|り|られ|て|い|つけ).{0,16}(ぐったり|意識|泣かな|なかな|動かな|うごかな|息を?して(い)?な)",),
        needs=CHILD),
    # Someone trembling out in the snow, unable to move.
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(震え|ふるえ)(て|てる|ている|ながら).{0,10}(動けな|うごけな|動かな|うごかな|倒れ|たおれ)", r"(雪|ゆき)の(中|なか)(で|に).{0,10}(寝て|ねて|倒れ|たおれ|うずくま|動けな|動かな|震え|ふるえ)"),
        needs=r"(雪|ゆき|寒|さむ|凍|こご|冷た|ベンチ|路上|公園|駅)"),
    # A carer who thinks of leaving the person to die (放っといたら死ぬやろか).
    Cue("caregiver-may-harm",
        phrases=(r"(放って|ほうって|ほっと|放っと|放置し(て|た))(い)?(お)?(い)?(たら|けば|とけば).{0,10}(死|しぬ|しな)",),
        needs=CARE[:-1] + r"|姑|しゅうと|舅|世話|せわ|介護)"),
    Cue("suicide-thoughts", english=(r"\b(shinitai|shinitee|jisatsu shi(tai|you|yo)|kietai|shinda hou ga)\b",)),
    # Time said in kana and a decision (あした決行する, 場所も決めた).
    Cue("suicide-plan-or-attempt",
        phrases=(r"(あした|あす|こんや|こんばん(?!は)|いまから|しゅうまつ)(に|は)?[、 ]?[^、。]{0,12}(死ぬ|しぬ(?!ほど)|死の|決行|自殺|じさつ|消え|きえ)",
                 r"決行(する|します|しよう|の日)", r"(場所|日にち|日|方法|やり方|死に方)(も|を|は)?(決め|きめ)(た|ました|てる|ている)"),
        needs=r"(死|しぬ|決行|消え|きえ|遺書|最後|さいご|さよなら|さようなら|自殺|じさつ)"),
    # A blade that carves (刻む), a cut that won't settle (出血がおさまらない).
    Cue("self-harm", phrases=(r"(腕|うで|手首|てくび|足|太もも|肌)(を|に)?.{0,4}(刻|きざ)(ん|み|む)", r"(カッター|かみそり|剃刀|刃)で.{0,8}(刻|きざ)(ん|み|む)"),
        english=(r"\b(cut|cutting|burn(ed|t|ing)?|harm(ed|ing)?|hurt(ing)?|scratch(ed|ing)?) (him|her|your|them)sel(f|ves)\b",)),
    Cue("heavy-bleeding", phrases=(r"(血|出血|しゅっけつ|鼻血)(が|も)?.{0,10}(おさまら|収まら|治まら)",)),
    # Something put in the mouth, then the breath goes (ビー玉を口に入れて苦しそう).
    Cue("choking",
        phrases=(r"(口|くち)に(入れ|いれ)(て|た|ちゃ).{0,10}(苦し|くるし|息|いき|むせ|顔色|ぜーぜー|ぜえぜえ|声が)",
                 r"(飲み込|のみこ)(んで|んだ|んじゃ).{0,10}(苦し|くるし|息が|いきが|むせ|顔色|声が)")),
    # Heat told in kana with the body's signs (あつすぎて あたまがいたい きもちわるい たてない).
    Cue("heatstroke",
        phrases=(r"(あつ|暑)(すぎ|過ぎ)(て|る).{0,20}((あたま|頭)が(いた|痛)|(きもち|気持ち)(わる|悪)|(たて|立て)(ない|ん|へん)|(吐|は)(い|きそう)|ふらふら|くらくら|(目|め)が(回|まわ))",)),
    Cue("seizure", english=(r"\beyes? (are |is |keep )?rolling (back|up)", r"\b(twitching|jerking|convulsing)\b.{0,30}\b(won'?t stop|not stopping|eyes|can'?t|isn'?t responding|unresponsive)")),
    # Fire that spreads or starts (燃えだした, 燃え移った, 火花 and flames).
    Cue("fire", phrases=(r"(燃え|もえ)(だし|出し|始め|はじめ|うつ|移|広が|ひろが)(た|て|る|ました|てる)", r"火花.{0,12}(燃え|もえ|煙|けむり|火が)")),
    # A weapon in a room being smashed, with fear (ばっとで へや こわしてる こわい).
    Cue("violence-now",
        phrases=(r"(ばっと|バット|ゴルフクラブ|木刀|棒|包丁|ほうちょう|金属バット)(で|を).{0,10}(壊|こわ|暴|あば|殴|なぐ|たた|叩|振り回|ふりまわ)(?![^。]{0,5}(みたい|よう|様)な)",
                 r"(壊|こわ)して(る|いる|ます|とる).{0,6}(こわい|怖い|助けて|たすけて|にげ|逃げ)")),
    # A car that waits outside, stopped (家の前に車とめてる).
    Cue("stalking-threat", phrases=(r"(家|玄関|部屋|マンション|アパート)の(前|外|下)(に|で)?.{0,6}(車|くるま)(を)?(とめ|止め|停め)",),
        needs=r"(元|別れ|知らない|しらん|知らん|毎晩|毎日|ずっと|何度も|怖|こわ|\bex\b)"),
    # Not let off or out (降ろしてもらえない, 出してくれない), after being pushed in.
    Cue("confinement", phrases=(r"(降ろ|おろ|出|だ|放|はな)(して|させて)(もらえ|くれ)" + NEG, r"押し込ま(れ|れて)"),
        needs=r"(車|くるま|部屋|へや|家|いえ|建物|閉じ|とじ|押し込|知らない|知らん|しらん|鍵|かぎ)"),
    # Someone with dementia not there when it is dark (にんちしょうの ちちが いない 夜なのに).
    Cue("missing-person",
        phrases=(r"(が|は)(いない|いません|おらん|おらへん|いーひん|見当たらな|みあたらな|見当たりませ)",),
        needs=r"^(?=(?s:.*)(認知症|にんちしょう|ぼけ|物忘れ|徘徊|はいかい|alzheim|dementia))(?=(?s:.*)(夜|よる|暗|朝から|昼から|帰ら|かえら|探|さが|見つから|みつから|戻ら))"),
    # Staff who did it to a disabled person (支援員にやられた, with a bruise).
    Cue("disabled-abuse-injury",
        phrases=(r"(職員|支援員|ヘルパー|へるぱ|スタッフ|指導員|世話人)(さん)?(に|から)(やられ|され|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|押さえつけられ|つねられ|突き飛ばされ)",),
        needs=r"^(?=(?s:.*)" + DISABLED + r")(?=(?s:.*)(あざ|痣|けが|怪我|傷|腫れ|はれ|血|骨折|やけど|痛|いた))"),
    # A wish told as a condition (自分が死ねばいい, 消えれば楽), someone reported saying it (しぬっていってる).
    Cue("suicide-thoughts",
        phrases=(r"(自分|わたし|私|俺|おれ|僕|ぼく|うち|あたし)(が|は|さえ)?(死ね|しね|消えれ|きえれ|いなくなれ)ば(いい|楽|らく|済む|すむ|解決|ええ|全部)",
                 r"(死ぬ|しぬ|死にたい|しにたい|消えたい|きえたい)(って|と)(いって|言って|言う|いう|言い|いい|言っ)")),
    # A blade or a rope taken into a closed room; a place of height reached, and a jump said.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(かみそり|剃刀|包丁|ほうちょう|ナイフ|刃物|はもの|ロープ|ろぷ|薬|くすり)(を)?(もって|持って).{0,12}(こもって|籠もって|閉じこも|とじこも|立てこも|たてこも)",
                 r"(屋上|おくじょう|崖|橋の上|線路|鉄橋|ビルの上|欄干|らんかん|手すり|柵|フェンス)(の上|の外)?(に|まで)?(来|き|着|つ|のぼ|登|上が|あが|乗り越え|越え|こえ)(っ)?(た|ました|ちゃ|てる|て(い)?ます)",
                 r"(飛ぶ|とぶ|飛びます|飛ぼう|とぼう|落ちる|おちる|行けそう|いけそう)(わ|よ|ね|。|$|!|な?気が)"),
        needs=r"^(?=(?s:.*)(屋上|おくじょう|崖|橋|線路|鉄橋|ビル|ベランダ|かみそり|剃刀|包丁|ほうちょう|ナイフ|刃物|ロープ|薬|くすり))"
              r"(?=(?s:.*)(飛|とぶ|とぼ|落ち|おち|死|しぬ|最後|さいご|さよなら|さようなら|もう|行けそう|いけそう))"),
    Cue("suicide-plan-or-attempt", phrases=(r"(海|うみ|川|池|湖)(に|へ)(入|はい)(る|ります|ろう|ってく|ってき|ってい)",),
        needs=r"(最後|さいご|迷惑|さよなら|さようなら|遺書|消え|死|楽にな|終わり|おわり|ごめんなさい|疲れ|探さないで|さがさないで|今までありがとう|いままでありがとう)"),
    # A person found still (布団で動かない), no answer to a call, a breath that is shallow.
    Cue("not-breathing-or-unconscious",
        phrases=(r"(布団|ふとん|床|ゆか|ベッド|べっど|トイレ|玄関|部屋|へや|風呂|ふろ)(で|に|の上で)(動かな|うごかな|倒れて|たおれて|冷たく)",
                 r"(反応|はんのう|返事|へんじ)(が|も)?(し)?" + NEG, r"(息|いき|呼吸)(が|も)?(浅|あさ|弱|よわ|荒|あら)(い|く|いのか)",
                 r"(目|め)を(開け|あけ)(な|ん|ず)"),
        needs=r"(呼んでも|よんでも|呼びかけ|よびかけ|揺すっても|ゆすっても|目を開け|めをあけ|息|いき(が|も|して)|倒れ|たおれ|ぐったり|意識|新聞|郵便|一人暮らし|冷たい|うつろ|虚ろ|吐い|急に|きゅうに)"),
    # Two signs of a stroke together: a limb that gives way and speech or a mouth that goes wrong.
    Cue("stroke-signs",
        phrases=(r"(片|かた)(手|て|足|あし|っぽ|方|ほう|側|がわ)(の)?.{0,8}(しびれ|痺れ|動か|うごか|力|ちから|ぶら|上がら|あがら|だらん|だらり)",),
        needs=r"((言葉|ことば)(が|も)?(出|で)(な|ん|へ|ず|ませ)|ろれつ|呂律|(くち|口)(も|が)?.{0,2}(へん|変|おかし|ゆが|歪|曲が)|しゃべ(れ|り)(な|ん)|話せ(な|ん)|はなせ(な|ん))"),
    Cue("heavy-bleeding", phrases=(r"血を(吐|は)(い|き|く)", r"吐血", r"とけつ")),
    Cue("sexual-violence", phrases=(r"(嫌|いや|やめて)(だ)?(って|と)(言|い)(った|ってる|ったの)(のに|けど).{0,10}(無理|むり)(やり|矢理)",)),
    # Heat: a child left in a car, confused words after work in a field.
    Cue("heatstroke",
        phrases=(r"(車|くるま)(の中)?に(子|こども|子ども|子供|赤ちゃん|娘|息子|孫)(を)?.{0,4}(残|置|のこ|お)(し|い)て", r"(わけ|訳)(の)?(わから|分から|わからん)",
                 r"(しゃがみこ|しゃがみ込|座り込|すわりこ)(ん)"),
        needs=r"(ぐったり|泣かな|なかな|汗|熱|暑|あつ|水も|みずも|飲め|のめ|畑|はたけ|炎天|日差し|農作業|草)"),
    Cue("elderly-fallen",
        phrases=(r"(朝|あさ)まで.{0,6}(床|ゆか|廊下|トイレ|風呂)(に|で)(おった|いた|倒れ|寝て|ねて)", r"(転ん|ころん|こけ)(で|どって|どる|じゃって|だまま).{0,12}(動け|うごけ|起き上が|おきあが|立て|たて|そのまま)"),
        needs=ELDER),
    Cue("drowning", phrases=(r"(顔|かお)(が|を)?(お湯|湯|水|おゆ|みず)に(浸|つ)か",),),
    Cue("fire", phrases=(r"(布団|ふとん|カーテン|畳|たたみ|服|ソファ)(が)?(焦げ|こげ)(て|た)",), needs=r"(煙|けむり|火|燃|もえ)"),
    Cue("gas-or-co", phrases=(r"(臭|くさ)(い|くて|っ)", r"におい", r"匂い", r"臭い"), needs=r"がす(?!る|り|れ|ら|ろ|代|料金|会社|の契約|の検針)"),
    # Pointed at someone: any blade or tool (ハサミ向けてる).
    Cue("violence-now",
        phrases=(r"(包丁|ほうちょう|ナイフ|刃物|はもの|はさみ|ハサミ|鋏|カッター|バット|ゴルフクラブ|鎌(?!倉)|斧)(を)?.{0,6}(向け|むけ|振り回|ふりまわ|突きつけ|つきつけ)",),
        english=(r"\b(is|are) (beating|hitting|kicking|punching|choking|strangling) (up )?(her|him|them)\b.{0,24}\b(now|right now)\b",)),
    Cue("stalking-threat",
        phrases=(r"(いえ|げんかん|へや|まんしょん|あぱと)の(まえ|そと|した)(に|で)?.{0,8}(いる|立って|たって|待って|まって|おる|います)", r"すとーかー(おる|いる|います|が(いる|おる|来|き))"),
        needs=r"(しらない|知らない|知らん|しらん|毎日|まいにち|ずっと|元|こわ|怖|時間|すとーかー)"),
    # Put out or shut in (ベランダに出されて, トランクに入れられて), someone kept inside.
    Cue("confinement",
        phrases=(r"(ベランダ|べらんだ|玄関の外|ドアの外)に.{0,8}(出され|締め出され|しめだされ|閉め出され)", r"(締め出|閉め出|しめだ)され",
                 r"(トランク|とらんく|箱|はこ|ケージ|けーじ|檻|ロッカー|押し入れ|物置)(に|の中に)(入れ|いれ|閉じ込め|押し込|放り込)られ"),
        english=(r"\b(keeps|kept|keeping|locks|locked) (me|us) (inside|in|locked)\b", r"\b(cannot|can'?t) leave\b")),
    # A child shaken, harm seen on an old or cared-for person by someone named (息子さんがやった).
    Cue("child-abuse", phrases=(r"(揺さぶ|ゆさぶ)(っ|り|られ|て|い).{0,40}(ぐったり|意識|泣かな|なかな|動かな|うごかな)",), needs=CHILD),
    Cue("elder-abuse-injury",
        phrases=(r"(息子|娘|嫁|夫|妻|家族|ヘルパー|職員|孫|兄|弟|姉|妹)(さん)?(が|に)(やった|やられた|された|つけた|つねられ|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|突き飛ばされ|手を出し|手をだし|手をあげ|手を上げ)",),
        needs=r"^(?=(?s:.*)(" + _OLD + r"|要介護|寝たきり|認知症))(?=(?s:.*)(あざ|痣|けが|怪我|傷|腫れ|血|骨折|やけど|火傷|跡|青い|青く|あおい|あおく))"),
    # A mark no one explains at a facility.
    Cue("disabled-abuse-injury",
        phrases=(r"(職員|施設|スタッフ|ヘルパー)(は|も|から|に)?.{0,4}(説明(し|が|も)(な|ませ)|何も言わ|なにもいわ)",),
        needs=r"^(?!(?s:.*)(" + _OLD + r"))(?=(?s:.*)(あざ|アザ|痣|けが|怪我|傷|腫れ|血|骨折|やけど|歯が))"),
    Cue("elder-abuse-injury",
        phrases=(r"(職員|施設|スタッフ|ヘルパー)(は|も|から|に)?.{0,4}(説明(し|が|も)(な|ませ)|何も言わ|なにもいわ)",),
        needs=r"^(?=(?s:.*)(" + _OLD + r"))(?=(?s:.*)(あざ|アザ|痣|けが|怪我|傷|腫れ|血|骨折|やけど|歯が))"),
    Cue("missing-person",
        phrases=(r"どこか(へ|に)(行って|いって|行っちゃ|いっちゃ|出て|でて|消え)",),
        needs=r"^(?=(?s:.*)(" + ELDER[1:-1] + r"|認知症|にんちしょう|ぼけ|徘徊|" + CHILD[1:-1] + r"))(?=(?s:.*)(まま|持って(い)?ませ|もってない|帰ら|かえら|戻ら|もどら|見つから|みつから|連絡))"),
    # A death imagined as relief (死んだら楽なのに), a pull toward the train, English "rather be dead".
    Cue("suicide-thoughts",
        phrases=(r"(死んだら|しんだら|死ねたら|しねたら|消えたら|きえたら|いなくなったら)(楽|らく|いい|ええ|すっきり|みんな)",
                 r"(電車|でんしゃ|線路|ホーム)に(吸い込まれ|すいこまれ|飛び込み|とびこみ|引き込まれ|ひきこまれ)(そう|たく)"),
        english=(r"\b(i'?d|i would) rather (be dead|die|not (be alive|exist|live|wake up))",)),
    # Pills at hand and tonight (睡眠薬いっぱい手元にある。今夜のむ).
    Cue("suicide-plan-or-attempt",
        phrases=(r"(今夜|こんや|今日|きょう|今から|いまから|これから|明日|あした)(に|は)?.{0,6}(飲む|のむ|飲みます|のみます|飲もう|のもう|全部)",),
        needs=r"^(?=(?s:.*)(睡眠薬|薬|くすり|錠|眠剤))(?=(?s:.*)(いっぱい|全部|ぜんぶ|大量|貯め|ため|集め|さよなら|さようなら|最後|死|手元))"),
    Cue("self-harm", phrases=(r"(自分|じぶん).{0,12}(爪を立て|つめをたて|血が出るまで|ちがでるまで)", r"(血|ち)が(出る|でる)まで.{0,4}(掻|か|噛|叩|たた|殴|なぐ|引っか|ひっか)")),
    Cue("stroke-signs",
        phrases=(r"(手|て|足|あし|腕|うで)(に|の)?(力|ちから)(が)?(入ら|はいら|入りませ|はいりませ|入れ|はいれ)",),
        needs=r"((言葉|ことば)(が|も)?(出|で)(な|ん|へ|ず|ませ)|ろれつ|呂律|(くち|口)(も|が)?.{0,2}(へん|変|おかし|ゆが|歪|曲が)|よだれ|しゃべ(れ|り)(な|ん)|話せ(な|ん)|はなせ(な|ん))"),
    Cue("gas-or-co", phrases=(r"(におい|匂い|臭い|くさ)",), needs=r"(プロパン|ぷろぱん|都市ガス)"),
    Cue("violence-now", english=(r"(?<!sexually )\b(assaulted|attacked|mugged|beat me up|beaten up|jumped) (me|on my way|last night|tonight|just now)?",)),
    Cue("elder-abuse-injury",
        english=(r"\b(carer|caregiver|aide|nurse|staff|helper|son|daughter|uncle|aunt)\b.{0,20}\b(hits|hit|slaps|slapped|kicks|kicked|pushes|pushed|beats|punches|punched|pinches)\b (her|him)",),
        needs=r"^(?=(?s:.*)" + ELDER + r")(?=(?s:.*)(bruis|black eye|blood|broken|burn|cut|injur|swollen))"),
    Cue("disabled-abuse-injury",
        english=(r"\b(carer|caregiver|aide|nurse|staff|helper|worker)s?\b.{0,20}\b(hits|hit|slaps|slapped|kicks|kick|kicked|pushes|pushed|beats|punches|punched|pinches)\b (her|him|them)",),
        phrases=(r"(ヘルパー|へるぱ|職員|支援員|スタッフ|指導員)(さん)?(が|に)(やった|やられた|された|つけた)",),
        needs=r"^(?=(?s:.*)" + DISABLED + r")(?=(?s:.*)(あざ|痣|けが|怪我|傷|腫れ|血|骨折|やけど|火傷|跡|bruis|black eye|blood|broken|burn|injur))"),
    # Medicine counted and eaten by a child or an elder (何錠か食べた).
    Cue("overdose",
        phrases=(r"(何錠|何粒|なんじょう|なんつぶ|\d+錠|\d+粒|何個|なんこ)(か|も)?.{0,4}(食べ|たべ|飲|のん|のみ)",),
        needs=CHILD[:-1] + "|" + ELDER[1:-1] + r"|間違|まちが|誤|認知症|ぼけ)"),
    # A face that drops with speech gone (口元がさがってる…しゃべれない).
    Cue("stroke-signs",
        phrases=(r"(口元|口もと|くちもと|口|くち|顔|かお)(が|も|の片側が)?.{0,6}(さが|下が|ゆが|歪|曲が|垂れ|たれ|ひきつ|引きつ)",),
        needs=r"(しゃべれ|しゃべら|話せ|はなせ|言葉|ことば|ろれつ|呂律|急に|きゅうに|突然)"),
    Cue("elderly-fallen", english=(r"\b(fell|fallen|slipped|tripped)\b.{0,30}\b(can'?t|cannot|unable to|couldn'?t) (get (back )?up|stand|move)",), needs=ELDER),
    Cue("child-abuse",
        english=(r"\bmy (dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|parents?) (does|did|do|hits|burns|beats|kicks|hurts) (it|this|me)\b",),
        needs=r"(burn|bruis|mark|blood|hurt|teacher|school|scar)"),
    Cue("elder-abuse-injury",
        english=(r"\b(staff|carer|caregiver|aide|nurse|worker)s?\b.{0,12}\b(hit|hits|slapped|slaps|kicked|pushed|beat|punched|pinched)\b my (mother|mom|mum|father|dad|grand\w+)",),
        needs=r"(nursing home|care home|elderly|grand|dementia|bruis|swollen|black eye|blood|injur)"),
    Cue("self-harm", phrases=(r"(手首|てくび|腕|うで|太もも|ふともも)(を|も)?(きり|きる)(すぎ|まく|たい|ます|ました|た|そう|ちゃ)",)),
    # A throat stopped by food, in any verb of stuffing (喉にパン詰めて苦しんどる).
    Cue("choking", phrases=(r"(のど|喉|ノド)(に|が|へ)?.{0,10}(詰|つま|つめ)",),
        needs=r"(苦し|くるし|息|いき|顔色|かおいろ|むせ|咳|せき|声|助け|たすけ|ぜーぜー|紫|青)"),
    # Fire that moves on or will not go out (壁にうつった、消えへん).
    Cue("fire", phrases=(r"(火|炎|ほのお)(が|も)?.{0,8}(うつっ|移っ|燃え移|もえうつ|広が|ひろが)", r"(消え|きえ)(へん|ん(?![で])|ない|ません|ねえ)"),
        needs=r"(火|燃え|もえ|炎|煙|けむり)(?!曜|災保険|の用心|元確認)"),
    # A carer's act feared in kana (なげそう, ゆさぶりそう).
    Cue("caregiver-may-harm",
        phrases=(r"(なげ|投げ|ゆさぶり|揺さぶり|たたき|叩き|なぐり|殴り|しめ|絞め|つきとばし|突き飛ばし)(そう|たくなる|てしまいそう|ちゃいそう)",),
        needs=CARE),
    Cue("suicide-thoughts", english=(r"\bno ?one (would|will|'d) (miss|notice|care about) me\b", r"\b(nobody|no one) (would|will) (care|notice) if i (was|were|died|disappeared)")),
    Cue("suicide-plan-or-attempt",
        phrases=(r"(準備|覚悟|用意)(は|も)?(できて|出来て|整っ|ととのっ|済ん|すん).{0,12}(決行|実行|やる|いく|行く)",),
        english=(r"\b(step|jump|walk|throw myself|lie down) in front of (a|the|the next|next) (train|bus|car|truck)",
                 r"\b(going to|gonna|will|about to) (step|jump|walk) (off|in front)\b")),
    Cue("heatstroke", english=(r"\b(greenhouse|all afternoon in the (sun|heat)|hot car|no air ?con|baking hot)\b.{0,60}\b(delirious|disoriented|confused|passed out|collapsed|not sweating|vomiting)",),),
    # A flame or heater indoors and several bodies sick at once (湯沸かし器…頭がガンガン…家族も同じ).
    Cue("gas-or-co",
        phrases=(r"(頭痛|頭が(痛|いた|がんがん|ガンガン)|あたまが(いた|がんがん)|吐き気|はきけ|めまい|ぼーっと|ぐったり|眠気|ねむけ)",),
        english=(r"\b(heater|stove|generator|boiler|fireplace|charcoal)\b.{0,40}\b(dizzy|sleepy|headache|headaches|sick|nauseous|drowsy)",),
        needs=r"^(?=(?s:.*)(湯沸かし器|ストーブ|ヒーター|こたつ|炬燵|練炭|七輪|発電機|ボイラー|給湯器|かまど|暖炉))(?=(?s:.*)(家族|みんな|全員|も同じ|二人とも|ふたりとも|子ども|こども|夫|妻))"),
    # Harm told by the child (しめられたと言ってる) or a mark of fingers on a child.
    Cue("child-abuse",
        phrases=(r"(しめられ|絞められ|締められ|殴られ|叩かれ|蹴られ|たたかれ|なぐられ|けられ|つねられ)(た)?(と|って)(言|い)(って|う|い)",
                 r"(首|くび|顔|かお|体|からだ|背中|腕|うで)(に|の)?.{0,6}(指|手|ゆび)の?(あと|跡|痕|形|かたち)"),
        needs=CHILD[:-1] + "|" + SCHOOL[1:-1] + ")"),
    Cue("elder-abuse-injury", phrases=(r"(縄|なわ|ひも|紐|ロープ|ベルト)で(しばっ|縛っ|しばられ|縛られ|くくられ).{0,6}(あと|跡|痕)",),
        needs=r"(" + _OLD + r")"),
    Cue("disabled-abuse-injury",
        english=(r"\b(staff|workers?|carers?|aides?)\b.{0,20}\b(tie|ties|tied|restrain|restrains|restrained|lock|locks|locked)\b.{0,20}\b(to|in|up)\b",),
        needs=r"^(?=(?s:.*)" + DISABLED + r")(?=(?s:.*)(mark|bruis|blood|injur|sore|burn))"),
    Cue("missing-person",
        phrases=(r"(出て|でて)(行っ|いっ|行き|いき)(た|たきり|たまま|ちゃった|てしまっ|よった)",),
        needs=r"^(?=(?s:.*)(認知症|にんちしょう|ぼけ|物忘れ|徘徊|はいかい))(?=(?s:.*)(暗|くら|夜|よる|戻ら|もどら|帰ら|かえら|持たず|もたず|連絡|見つから|みつから))"),
    # English: thoughts of ending, blood that gushes, a child in a hot car, no food with hungry children.
    Cue("suicide-thoughts", english=(r"\b(thinking|thought|think|thinks) (about|of) (ending (it|things|my life|everything|it all)|killing myself|suicide|dying|not being here)",)),
    Cue("heavy-bleeding", english=(r"\b(gushing|pouring|spurting|pumping|squirting|streaming) (out )?blood", r"\bblood (is )?(gushing|pouring|spurting|everywhere)",
                                   r"\b(bleeding|bleeds|bled) (heavily|badly|a lot|profusely|everywhere|non-?stop)", r"\bwon'?t stop bleeding")),
    Cue("heatstroke", english=(r"\b(left|locked|forgot(ten)?) (him |her |them |my \w+ )?in (a|the) (hot )?car\b",), needs=r"(limp|hot|red|unresponsive|not moving|sweat|floppy|won'?t wake)"),
    Cue("no-food-or-shelter-in-cold", english=(r"\b(no|not any|nothing to) (food|eat)\b",), needs=r"(hungry|starving|children|kids|days|baby|nothing left)"),
    # Searching for a way to vanish (いなくなる方法ばかり調べて).
    Cue("suicide-thoughts", phrases=(r"(?<![がを])(いなくなる|消える|きえる|死ぬ|しぬ|死ねる|しねる|楽になれる|楽に死ねる)方法(ばかり|ばっかり|ばっか|を)?.{0,4}(調べ|しらべ|探し|さがし|検索)",)),
    # Going to a crossing or a height with a note written; a room sealed around charcoal.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(踏切|ふみきり|線路|せんろ|駅のホーム|屋上|橋|崖)(に|へ|まで)(行き|いき|行く|いく|向か|むか)(ます|ま|う|います|って)",),
        needs=r"(電車|手紙|遺書|最後|さいご|さよなら|さようなら|もういい|死|飛び|とび)"),
    Cue("suicide-plan-or-attempt", phrases=(r"(窓|まど|ドア|すきま|隙間|換気口)(を|に|の)?.{0,6}(テープ|ガムテ|目張り|めばり|ふさ|塞)",),
        needs=r"(炭|すみ|練炭|七輪|しちりん|コンロ|こんろ)"),
    Cue("not-breathing-or-unconscious", phrases=(r"(息|いき|呼吸|脈|みゃく)(を|が)?(感じ|かんじ)(な|ら|ま|ず)",)),
    # A hand that cannot hold beside speech that blurs (箸が持てず…言葉もはっきりしません).
    Cue("stroke-signs",
        phrases=(r"(言葉|ことば|話|はなし|しゃべり)(が|も)?(はっきりし|聞き取れ|ききとれ)(な|ませ|ず)",),
        needs=r"((箸|はし|コップ|茶碗|スプーン|ペン)(が|を)?.{0,4}(持て|もて|握れ|にぎれ|つかめ|落と|おと)|片(手|足|側)|右手|左手|右足|左足|急に|突然|今朝から)"),
    # Someone who says they know where the resident lives, after a refusal.
    Cue("stalking-threat", phrases=(r"(家|住所|じゅうしょ|居場所|学校|職場)(を|も|は)?(知って|しって)(る|いる|ます|っから|るから)", r"いえ(を|も|は)(知って|しって)(る|いる|ます|っから|るから)",),
        needs=r"(断|ことわ|何回も|何度も|来る|くる|怖|こわ|別れ|元|アプリ|sns|知らない|知り合った)"),
    # A child who is suddenly out of sight in a crowd (駅の人混みで見えなくなった).
    Cue("missing-person", phrases=(r"(見え|みえ)なく(なった|なりました|なって|なっちゃ)",),
        needs=r"^(?=(?s:.*)(" + CHILD[1:-1] + "|" + ELDER[1:-1] + r"|認知症))(?=(?s:.*)(人混み|人ごみ|ひとごみ|さっきまで|目を離|めをはな|迷子|まいご|探|さが|いない|見つから|みつから))"),
    # English blows with a particle (beating up my dad, hitting on me) and a man who forced the writer.
    Cue("violence-now",
        english=(r"\b(is|are|keeps|kept|started|was) (beating|hitting|kicking|punching|attacking|strangling|choking|slapping) (up |on )?(me|us|my|our)\b",
                 r"\b(slammed|smashed|banged|shoved|pushed|threw) (my head|me|my face)\b.{0,12}\b(against|into|onto|down|through)\b",
                 r"\b(throwing|threw|hurling) (things|stuff|objects|plates|bottles|chairs|glasses)\b.{0,12}\bat (me|us|my)\b")),
    Cue("sexual-violence",
        english=(r"\b(he|a man|someone|somebody|a guy|they|a stranger|my \w+) forced (me|himself)\b(?! to (sign|pay|work|go|move|leave|eat|quit|study|stay|come))",)),
    # Marks seen on a child by a teacher, a carer or a neighbour (bruises on a kid at nursery).
    Cue("child-abuse",
        english=(r"\b(bruis\w*|burn marks?|cigarette burns?|welts?|black eyes?|belt marks?|injuries)\b.{0,24}\b(on|of) (a|the|this|that|one|our|my) (little |small |young )?(kid|child|boy|girl|toddler|baby|pupil|student|infant)s?\b",
                 r"\b(kid|child|boy|girl|toddler|baby|pupil|student)s? (at|in|from) (the |my |our )?(nursery|daycare|kindergarten|school|class|preschool)\b.{0,30}\b(bruis\w*|burn marks?|welts?|black eyes?)")),
    # A threat about the children or "remember this" from a former partner (「子どもを連れて行く、覚えとけ」).
    Cue("stalking-threat",
        phrases=(r"(覚えと(け|き)|おぼえと(け|き)|覚えてろ|覚えておけ|ただじゃ(おかな|すまな|済まな)|後悔させ(てやる|る))",
                 r"(子ども|子供|こども|娘|息子)(を|は)?(連れて(行|い)く|連れ去る|つれさる|奪う|取り返す|取り上げる)"),
        needs=EX + r"|(夫|妻|旦那|彼|彼氏)(から|が)"),
    # On the way to a height or the sea tonight, with letters written (I'm going to the cliffs tonight).
    Cue("suicide-plan-or-attempt",
        english=(r"\b(going|heading|on my way|driving|walking) (up )?to the (cliffs?|bridge|tracks|railway|roof|rooftop|sea|ocean|river)\b",),
        needs=r"\b(tonight|now|goodbye|letters?|notes?|end it|last time|never come back|for good)\b"),
    # The means in hand now (I have the pills in my hand right now).
    Cue("suicide-plan-or-attempt",
        english=(r"\b(have|holding|got|i'?ve got) (the|all the|all my|my|a) (pills|rope|knife|blade|razor|noose)\b",),
        needs=r"\b(right now|in my hand|ready|tonight|goodbye)\b"),
    # A baby left soiled for days, a child kept out of the house at night.
    Cue("child-abuse",
        phrases=(r"(おむつ|オムツ)(も|を)?.{0,4}(替え|かえ)て(もらえ|もらって(い)?な|くれな)", r"(家|部屋|うち)(に|の中に)(入れて|いれて)(もらえ|くれ)(な|ん|ませ)"),
        needs=CHILD + r"|小学生|中学生|園児"),
    # No roof and the cold: outside with nowhere taking the resident in (ネットカフェにも入れない).
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"(ネットカフェ|ネカフェ|漫画喫茶|漫喫|まんきつ|カプセル|ホテル|宿|泊まるところ|泊まる所|寝るところ|寝る所)(にも|に|も)?.{0,4}(入れな|泊まれな|行けな|ない|なく)",
                 r"(今|いま)?(外|そと|路上|公園|駅)(に|で)(いる|います|いて|おる|寝て|過ごし)"),
        needs=r"(寒|さむ|凍|こご|雪|ゆき|🥶)"),
    # A blow that follows any resistance (逆らうと突き飛ばす): violence at home told as what happens.
    Cue("violence-now",
        phrases=(r"(逆らう|さからう|逆らったら|口答えする|口ごたえする|文句を言う|断る|ことわる|嫌と言う|いやと言う)と.{0,6}(殴|なぐ|叩|たた|蹴|け(る|ら)|突き飛ば|つきとば|首を)",)),
    # "Pick up or I come to your house": a pursuer's condition (出ないと家に行く); notes that say someone watches.
    Cue("stalking-threat",
        phrases=(r"(出ないと|出なかったら|無視すると|無視したら|返事(を)?しないと|返信(し)?ないと|会わないと|会ってくれないと|別れるなら).{0,6}(家|いえ|うち|職場|会社|学校)(に|まで)(行く|いく|来る|くる|押しかけ|乗り込)",),
        english=(r"\b(notes?|messages?|letters?|texts?)\b.{0,40}\b(watching (me|you)|know where (i|you) live|i'?m watching)",)),
    # Drink forced or spiked and waking undressed in a strange room.
    Cue("sexual-violence",
        phrases=(r"(酔わされ|よわされ|薬を盛られ|(飲み物|お酒|酒)に.{0,6}(入れ|盛)られ)", r"(服|下着)が(乱れ|脱が|なく|はだけ)"),
        needs=r"(気づいたら|気がついたら|記憶(が)?(ない|なく)|知らない(部屋|人|男|場所)|ホテル|意識が|酔わされ)"),
    # All done but the last step (手紙書いた。あとは橋に行くだけ); the engine running in a closed garage.
    Cue("suicide-plan-or-attempt",
        phrases=(r"(あとは|後は|もう)[^。]{0,6}(行く|いく|飛ぶ|とぶ|飲む|のむ|やる|実行する|決行する)だけ",),
        english=(r"\b(engine|car) (is |was )?running\b.{0,30}\b(closed|shut|sealed) (garage|door)|\b(closed|shut) garage\b.{0,30}\bengine (is )?running",),
        needs=r"(橋|屋上|線路|崖|海|川|薬|くすり|ロープ|手紙|遺書|さよなら|garage|engine)"),
    # A counted handful of pills taken (took twenty of her sleeping pills); the same stranger at the door every night.
    Cue("overdose",
        english=(r"\b(took|swallowed|has taken|have taken|'ve taken|'s taken) (\d+|ten|fifteen|twenty|thirty|forty|fifty|a hundred|dozens|a handful|handfuls) (of )?(her |his |my |their |the )?(\w+ )?(pills|tablets|capsules)",)),
    Cue("stalking-threat",
        phrases=(r"(毎晩|毎日|毎朝|いつも|ずっと)(同じ|知らない|見知らぬ|変な)(男|女|人|車).{0,12}(前|近く|外|周り|下)(に|で)(いる|いて|立って|停ま|待って|うろ)",),
        english=(r"\b(texting|messaging|saying|says|said|writing|threatening) (me )?(that )?(he|she|they)(\'ll| will| is going to| are going to) (burn|kill|hurt|stab|shoot)",)),
    # A child denied food or afraid to go home.
    Cue("child-abuse",
        phrases=(r"(食事|ご飯|ごはん|おやつ)(を|も)(抜かれ|ぬかれ|もらえて(い)?な|与えられて(い)?な)", r"(家|うち|自宅)に(帰る|かえる)の(を|が)(怖|こわ)が"),
        needs=CHILD + r"|小学生|中学生|園児|の子[、,\s]"),
    # A person with dementia out in night clothes in the cold; an eye gone dark and words jumbled.
    Cue("missing-person",
        english=(r"\b(left|went out|walked out|is out|outside)\b.{0,30}\b(pajamas|pyjamas|nightgown|nightclothes|slippers|bare ?feet|barefoot)",),
        needs=r"dementia|alzheimer|confused|認知症"),
    Cue("stroke-signs",
        english=(r"\b(suddenly|all of a sudden)\b.{0,30}\b(can'?t|cannot|couldn'?t) see (out of|with|from) (one|her left|her right|his left|his right|the left|the right) eye",),
        needs=r"\b(words?|speech|talk|speak)\b|jumbled|slurr|face|arm"),
    # Session 11: a harm one lived through, told as the reason to seek help (something bad happened to me, I need
    # counselling; ひどいことをされて、カウンセリングを受けたい): distress, the quiet line, never an alarm.
    Cue("distress", weak=True,
        english=(r"\bsomething (really |very |so |truly )?(bad|terrible|awful|horrible|traumatic) happened to me\b",
                 r"\bi (think i |really )?(need|want|would like) (some )?(counsell?ing|therapy|a counsell?or|a therapist|someone to talk to)\b")),
)
