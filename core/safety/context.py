"""What a sentence says around a cue: hyperbole, a course or policy, a what-if, the past, negation, a joke,
consulting. Each pattern lowers a cue to soft or none; none of them silences a person's own present words."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.build_cache import built

from .index import _Prefiltered, read_apart
from .normalize import fold

EMERGENCY_SITUATIONS = frozenset({
    "not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
    "seizure", "drowning", "overdose", "poisoning", "fire", "gas-or-co", "violence-now-partner", "violence-now-family",
    "confinement", "missing-person-dementia", "missing-child"})
# Most urgent first: the order of the lines a resident sees.
PRIORITY = (
    "suicide-imminent", "not-breathing-or-unconscious", "fire", "gas-or-co", "drowning", "choking", "heavy-bleeding",
    "overdose", "poisoning", "stroke-signs", "seizure", "heatstroke", "elderly-fallen", "violence-now-partner",
    "violence-now-family", "sexual-violence", "confinement", "stalking-threat", "missing-child",
    "missing-person-dementia", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury",
    "suicide-plan-or-attempt", "suicide-thoughts", "self-harm", "caregiver-may-harm", "no-food-or-shelter-in-cold",
    "soft")

# Hyperbole and objects: spans removed before any cue is looked for.
_HYPERBOLE = re.compile(fold(
    r"死ぬほど|死ぬかと思|死にそうな(くらい|ほど)|死ぬ気で|死ぬまでに|死ぬ前に(一度|いちど)|死ぬほどひま|"
    r"(スマホ|携帯|けいたい|パソコン|pc|バッテリー|電池|充電|車|エンジン|テレビ|冷蔵庫|洗濯機|エアコン|ゲーム|キャラ|アカウント|株|電球|プリンター|ルーター|wifi)(が|は|も)?.{0,4}(死|しん|壊|息|止ま|動かな)|"
    r"(犬|いぬ|猫|ねこ|ワンちゃん|わんちゃん|ワンコ|わんこ|ニャンコ|にゃんこ|金魚|きんぎょ|めだか|ペット|インコ|ハムスター|うさぎ|カブトムシ|虫|鳥|亀|かめ|魚|植物|観葉植物|花|苗|なえ|草花|盆栽|多肉|サボテン|朝顔|あさがお|ひまわり|苗木)(が|は|も|を)?[^がは。]{0,12}(死|しん|息|動かな|倒れ|溺れ|おぼれ|いなくな|見つから|帰って|戻ら|迷子|行方|起きな|起きません|目を覚まさ|反応|泡|あわ(を|が)?(ふ|吹)|けいれん|痙攣|発作)|"
    r"殺す気か|死ね(よ|って)?(笑|w)|(煙|けむ)たが|火が(つ|付)いた(よう|みたい)|(ゲーム|げーむ|ギャンブル|ぎゃんぶる|パチンコ|ぱちんこ|酒|お酒|アルコール|恋|愛|ネット|スマホ|趣味|快楽|買い物|薬物|借金|仕事)(に|へ)(溺れ|おぼれ)|笑$|火事場の(馬鹿|ばか)|(溺れ|おぼれ)(かけ|そうにな)(た|て)(犬|いぬ|猫|ねこ|子猫|子犬|鳥|小鳥|動物)|(溺れる|おぼれる|燃える|倒れる|窒息する|飛び降りる|とびおりる|飛び上がる|死にたくなる|消えたくなる)(ほど|くらい|ぐらい)|"
    r"(死に|倒れ|窒息し|溺れ|燃え|殺され)そう(な|に|で)?(くらい|ほど|ぐらい)|(埋もれ|うもれ)(て|た).{0,4}(窒息|溺れ|死)|"
    r"(締め切り|締切|しめきり|仕事|宿題|課題|残業|書類|忙しさ|暑さ|寒さ|年度末)(に|で)(殺され|死|溺れ|窒息)|"
    # a request brushed aside (忙しいからって流されて, 話を軽く流された): no one in the water
    r"(話|はなし|相談|要望|希望|意見|訴え|質問)(を|は|も)?[^。]{0,4}(受け流|うけなが|流され|ながされ)|(から|だから|だ)(って|と)[、\s]?(軽く|適当に|てきとうに)?(流され|ながされ)|"
    # the weather, sleepiness or hunger as a killer (暑くて死ぬ, 眠すぎて死にそう, 腹減って死ぬ): a way of speaking
    r"(暑|あつ|蒸し暑|むしあつ|寒|さむ|眠|ねむ|腹減|はらへ)(く|す|っ)?(て|ぎて|すぎて|すぎ)[ー〜~]?(死ぬ|しぬ|死に|しに|死ん|しん)|"
    # a test "dead", a favourite too precious, hunger: teen hyperbole (テスト死んだｗ, 尊すぎて死ぬ, 腹減って死にそう)
    r"(テスト|試験|模試|宿題|課題|レポート)(が|は|も)?(多すぎ|おおすぎ|むずすぎ|難しすぎ)?(て)?.{0,2}(死ん|しん|死ぬ|しぬ)|(尊|とうと)(すぎ|過ぎ|い|く)(て)?.{0,2}(死|しぬ|しん|息|いき)|"
    # a groan quoted while doing something (「死ぬ〜」って言いながら宿題してる): a way of speaking
    r"[「『](死ぬ|しぬ|死にそう|しにそう|死んだ|しんだ|死ねる|しねる|もう無理|もうむり)[^」』]{0,3}[」』](って|と)[ 　]?(言い|いい|叫び|さけび|うなり)ながら(?![^。]{0,20}(包丁|ほうちょう|ナイフ|刃物|はもの|カッター|薬|くすり|ロープ|ひも|紐|屋上|ベランダ|窓|線路|橋|飛び))|"
    r"(腹|はら|お腹|おなか)(が)?(減|へ|すい|空い)(って|て|りすぎ|りすぎて)?.{0,2}(死|しぬ|しに)|(笑い|わらい)(死に|じに)|(笑い|わらい|笑|わら)(すぎ|過ぎ)(て|で)?.{0,3}(息|いき)(が)?(でき|出来|吸え|すえ)(ない|ん|へん|ねえ)|"
    r"(木|樹|街路樹|樹木|竹|電線|テント|物置|のぼり|足場|遊具|鉄塔|クレーン|カーブミラー|信号機|柵|電柱|塀|看板|空き家|ブロック塀|棚|本棚|家具|自転車|バイク|標識|植木鉢|自販機|フェンス)(が|は|も)?.{0,6}倒れ|"
    # a thing lying fallen (倒れた自転車), not a person
    r"倒れ(た|て(い)?る|かけ(た|の))(足場|遊具|鉄塔|柵|街路樹|樹木|樹|竹|電線|テント|物置|自転車|バイク|木|電柱|塀|看板|ブロック塀|棚|本棚|家具|標識|植木鉢|自販機|ポール|フェンス)|(殺され|止まる|死ぬ|倒れる|燃える)かと思|殺したくなるくらい|(遊ぶ|あそぶ|遊んで(い)?る|あそんで(い)?る|はしゃぐ|ふざけ(て(い)?る|る))(声|こえ)|(ごっこ)|(ろうそく|ロウソク|蝋燭|キャンドル)の火(が|は)?(消え|きえ)(ない|ません|へん|ん)|(吹き消|ふきけ)(せ|さ)|(服|衣類|荷物|湿気|におい|匂い|臭い|熱|空気|本|布団|ふとん)を?(閉じ込め|とじこめ)|血抜き|ちぬき|(魚|鶏|肉|あじ|いわし)(を)?(一羽|一匹|一尾)?(さばく|捌く|さばい|捌い)|(どんど焼き|どんどやき|花火|はなび|キャンプファイヤー|焚き火|たき火|焚火|ろうそく|ロウソク|蝋燭|線香|七輪|バーベキュー|bbq|かがり火|篝火)の火|火が(出|で|つか|付か|点か)(ない|なく|ません|へん|ん(?!で))|(段ボール|だんぼーる|紙|布|前髪|髪|野菜|肉|袋|テープ|箱|板|木材|枝|生地|花|茎|にんじん|人参|大根|だいこん|玉ねぎ|たまねぎ|じゃがいも|きゅうり|キャベツ|トマト|ねぎ|かぼちゃ|りんご|果物|くだもの|パン|ケーキ|豆腐|とうふ|食材|具材|魚|さかな)(を|も)?(切|き)(り|っ|る|れ)|(がたがた|ぐらぐら|ゆさゆさ)(と)?(揺れ|ゆれ)|(白目|しろめ)(を)?(むく|剥く)(ほど|くらい|ぐらい)|[^。、]{0,20}(と|って)(思う|おもう)(くらい|ほど|ぐらい)|(朝|明日|あした|月曜)(が)?(来|こ)(なければ|なきゃ)[^。]{0,4}(宿題|仕事|学校|テスト|試験|会社|部活|出勤)|(拍子木|ひょうしぎ|太鼓|たいこ|和太鼓|鐘|ドラム|どらむ|手拍子|木魚|もくぎょ|布団|ふとん|肩|かた)(を)?(叩|たた)|"
    # things, not people, gone missing; cooking smoke; worn out by tears or work (泣きすぎて倒れそう)
    r"(泣き|なき|笑い|わらい|疲れ|つかれ|忙し|いそがし|働き)(すぎ|過ぎ)(て|で).{0,2}(倒れ|たおれ)そう|"
    r"(指輪|財布|鍵|かぎ|携帯|スマホ|書類|通帳|保険証|カード|眼鏡|めがね|形見|(?<!置き)(?<!置)手紙|写真|自転車|荷物|忘れ物|落とし物)(が|は|も|を)?.{0,4}(見つから|みつから|見当たら|なくな)|"
    r"(焼肉|焼き肉|焼き魚|魚を焼|さんま|サンマ|料理|調理|トースト|焼き芋|焼きいも|やきいも|焚き火|たき火|たきび|バーベキュー|ばーべきゅー|bbq|燻製|くんせい|線香|せんこう|お香|おこう|花火|はなび|どんど焼き)(で|の|を|から|は|も).{0,4}(煙|けむり)|"
    r"(殴|なぐ|叩|たた|刺|さ|切|き|割|わ)(ら|か|さ|れ)れ(た)?(みたい|よう)(に|な)(痛|いた)|"
    # a view or a face that takes the breath away (息が止まるほどの絶景, 心臓が止まりそうなくらいかわいい): wonder, no body failing
    r"(息|いき|呼吸|こきゅう|心臓|しんぞう)(が|も)?(止ま|とま)(る|り|りそうな|りそうに)(ほど|くらい|ぐらい)[^。]{0,8}"
    r"(絶景|景色|けしき|美し|うつくし|きれい|綺麗|見事|みごと|感動|かんどう|驚|おどろ|びっくり|かわい|可愛|素敵|すてき|すご|凄|夕日|夕焼け|夜景|花火)|"
    r"(かわい|可愛|きれい|綺麗|美し|うつくし|すご|凄|尊|とうと)(すぎ|過ぎ|く)?(て)?[^。]{0,4}(息|いき|呼吸|心臓|しんぞう)(が|も)?(止ま|とま)|"
    # session 15: a throat that tightens with feeling (感動して喉が詰まって), swimming "not so far as to drown" (溺れない程度に)
    r"(感動|かんどう|涙|なみだ|泣|緊張|きんちょう)[^。]{0,8}(喉|のど|ノド|胸|むね)(が|も)?(詰ま|つま)|(溺れ|おぼれ)ない(程度|ていど|くらい)|"
    # a crowd or a room that chokes (窒息しそうな満員電車), a teacher or a parent who will "kill" over homework told
    # after (先生に殺される、宿題やってない), ketchup or paint that looks like blood (ケチャップこぼして血まみれに見える)
    r"(窒息|ちっそく)(し)?そう(な|に|で)[^。]{0,4}(満員電車|電車|会議|職場|空気|雰囲気|人混み|人ごみ|通勤)|"
    r"(親|おや|母|父|先生|せんせい|上司|おかん|おとん)(さん)?に(殺さ|ころさ)れ(る|ちゃう|そう)[、,\s]?[^。]{0,12}(宿題|テスト|成績|遅刻|門限|課題|点|バレ|ばれ|忘れ)|"
    r"(ケチャップ|けちゃっぷ|トマト|絵の具|ペンキ|ワイン|ジュース)[^。]{0,12}(血|ち)(まみれ|だらけ)|"
    # a test score or a broken curfew that a parent will "kill" for (数学12点とか親に殺されるわｗ): a way of speaking
    r"(テスト|てすと|点|成績|赤点|通知表|模試|遅刻|門限|宿題|小遣い|ばれ|バレ)(?:(?!殴|叩|蹴|なぐ|たた|けら|けっ)[^。]){0,16}(親|おや|母|はは|父|ちち|おかん|おとん|かあちゃん|かーちゃん|とうちゃん|まま|ぱぱ|先生|せんせい|上司|嫁|妻)(さん)?(に)?"
    r"(殺さ|ころさ)れ(る|ちゃう|そう)(わ|ー|〜|~|w|笑|って(?!言)|[!！]|$)"))
_HYPERBOLE_EN = re.compile(
    r"((laptop|phone|computer|pc|car|engine|battery|printer|tv)('?s)? (is |was |keeps )?(dying|dead|overheating|hot|burning hot)|drowning in (debt|work|paperwork|forms|emails|laundry|homework|loans|bills|student)|(feel|feeling|felt|i'?m|am) trapped in (a|my|this|the) [\w -]{0,20}(contract|membership|plan|lease|subscription|job)|choke ?point|choking hazards?|overdos(e|ed|ing) on (coffee|caffeine|sugar|chocolate|netflix|anime)|"
    r"(feel|feels|felt|feeling) like (i'?m|i am|we'?re|we are|she'?s|he'?s) drowning|could (kill|murder) (for |a |an |some )|could kill for|killing me|"
    r"kill(ing|s)? (the |all the |off the |some )?(weeds?|bugs?|pests?|insects?|cockroach(es)?|roach(es)?|mosquito(es)?|ants?|slugs?|mold|mould|germs?|bacteria|viruses?|the lights?)\b|is killing|\bkiller\b|dying (to|for)|dead tired|to die for|kill(ing)? time|bored to death|"
    r"(phone|battery|laptop|car|computer|engine|plant|fish|hamster|dog|cat|pet)('?s)? (has |have |just )?(died|is dead|dead|passed away|missing)|"
    r"scared to death|(died|dead) (of|from) (laughing|embarrassment)|\blol\b|\blmao\b|fired from|"
    r"\b(nearly |almost )?chok(ed|ing) (with |from |on my \w+ )?laugh(ing|ter))")
# A sentence about a course, a policy, a story or a form, not a person's situation now.
_INFO = re.compile(fold(
    r"(する|やる|の)役(を|で|の|です)|"
    r"(通報|通告)(って|は|を|する(の|こと)?)?.{0,12}(できます|できる|いい|すれば|方法|仕方|先|匿名)|研修|ミステリー|推理小説|サスペンス|ホラー(映画|小説|漫画|ゲーム)?|時代劇|刑事(ドラマ|もの)|絵本|物語|原作|(?<![発製操工創動])作中|登場人物|主人公|あらすじ|ネタバレ|ロケ地|聖地巡礼|(舞台|もでる)(に|と)なった|もでるの(場所|舞台|地)|(人|ひと|女|男|子)(が|を)[^。]{0,16}(される|された|する|した)(話|はなし)(なん|で|だ|を(読|見|観))|講座|講演|講習|とれーにんぐ|対策|予防|防止|啓発|せみなー|勉強会|養成|訓練|統計|資料|れぽーと|論文|映画|ドラマ|小説|"
    r"貸付|紹介したい|罹災|おすすめ|オススメ|お勧め|お薦め|口コミ|ぱんふ|パンフ|ちらし|チラシ|ぽすたー|ポスター|リーフレット|冊子|由来|地名|語源|伝説|という(名|地)|(っていう|という)(大道芸|芸|映画|本|曲|店|ゲーム|番組|漫画|まんが|アニメ|ドラマ|小説|歌)|(火事|火災|地震|災害|停電|事故|緊急|非常)(の)?(とき|時|際|場合)|見舞金|検索すると|検索したら|(警報器|報知器|警報機|検知器|探知機|チェッカー|ちぇっかー|センサー|せんさー|測定器|モニター)(って|は|を)?.{0,6}(売って|買|どこ|ある|必要|ひつよう|要る|要り|いり(ます|ますか)|おすすめ|オススメ|選|えら)|(警報器|報知器|警報機|検知器|探知機|チェッカー|ちぇっかー|センサー|せんさー|測定器|モニター)(って|は|を|も)?.{0,8}(付け|つけ|取り付け|設置)|誤作動|誤報|ニュース|漫画|まんが|アニメ|ゲームで|歌詞|(ツッコミ|つっこみ|漫才|まんざい|コント|こんと|ネタ)(する|で|の|として|を)|((きゃら|キャラ|キャラクター|登場人物|主人公|声優)(の)?(セリフ|せりふ|台詞|真似|まね|口癖|くちぐせ)|(セリフ|せりふ|台詞)(を|の)?(真似|まね))(?![^。、]{0,3}(じゃ|では)(なく|ない))|(なる|する|出る|でる|ある|される|死ぬ|しぬ)(やつ|シーン|しーん|場面|描写)(?!(に|が(い|お)|から))|保険(?!金?(で|があれば|が(おり|下り|出)れば)[^。]{0,12}(返せ|払え|返す|かえす|払う|はらう|返済|残せ|楽に|助か|片付|かたづ|なんとかな))|(警報器|報知器)の(交換|設置|点検|購入|補助|義務|電池|選び)|点検|交換時期|設置|補助|助成|寄付|募集|"
    r"(死ん|亡くなっ|しん)(だ|た)(あと|後|とき|時)の(手続|てつづき|準備|整理|こと|お金|費用|家|葬|お墓|財産|ペット)|死後(の|に)|"
    r"遺族|里親|説明会|殺処分|譲渡|ボランティア(を|に|が|として|したい|活動|募集)|炊き出し|参加したい|参加できる|申し込み|申込|"
    r"登録(したい|して|方法|できる)|ポスター|パネル展|ちらし|キャンペーン|防犯|防災|避難訓練|消防団|消火器|救命|AED(?![はがって]{0,2}(どこ|持って|もって|取って|とって|借り|かり))|心肺蘇生|"
    r"#7119|7119|献体|飲み合わせ|飲み忘れ|薬剤師|処方(箋|せん)|費用|いくら(か|です|かか|くらい|ぐらい|ほど|必要|[?？])|料金|#8000|見守り(活動|協定|ネットワーク)|協定|話の聴き方|接し方|関わり方|通報の仕方|通報方法|"
    r"相談するには|どこに相談(すれば|したら|できる)|相談できる(ところ|所|窓口)|相談(できますか|してもいいですか|していいですか)|(友達|友人|知人)として|何ができる(か|でしょう)|気になり(ます)?$|気になる$|朝ドラ|ドキュメンタリー|特集|番組|記事で|本で読|"
    r"って(あります|ある[?？]|なん(でしたっけ|だっけ)|どこ(?!か)|何時まで|いつまで|どうなって)|(どこで|どこに)[^。]{0,14}(見られ|受けられ|もらえ|できます|あります)|言葉(づかい|遣い)|口(が|の)悪|タイプ(の|を|が|は)|(物置|倉庫|収納|金庫|ロッカー)(を|が)?(探|さが|買|購入|欲し)|相談され|教えてほしい|知りたい|とは(何|なん)|(た|だ)(人|方|ひと|ケース|事例)の話|について(?!(こ|き|く|け|来|ない|いない|いません|ません|なく))|どんな(制度|支援)|"
    # prevention told as such (窒息しないおやつ, 転ばないための) and how often it happens to people (〜が多いって聞く)
    r"(窒息|ちっそく|誤嚥|ごえん|やけど|火傷|転倒|溺れ|おぼれ|熱中症)(し|させ|に(なら|なり|ならな))?(ない|にくい)(ように|よう|ための|ため|おやつ|食べ物|食事|食べ方|選び方|工夫|方法|コツ|浮き輪|うきわ|グッズ|ぐっず|道具|用品|製品|ベスト|ライフジャケット|アイテム|対策|靴|くつ|マット|椅子|いす)|"
    r"(人|ひと|事故|じこ|ケース|子|お年寄り|高齢者)(が|も)?[^。、]{0,8}多い(って|と|らしい|そう|みたい)|"
    # session 16: a knack asked so that it does not happen (喉つまらせないよう小さく切るのがコツ？, 転ばないように気をつけること),
    # a ghost story's place or a summer project (心霊スポット, 都市伝説, 自由研究): the danger is the topic
    r"(ない|ず)(よう|ように)[^。]{0,10}(コツ|こつ|方法|工夫|注意|気をつけ|気を付け|対策|には|教えて)|心霊|しんれい|都市伝説|怪談|かいだん話|言い伝え|自由研究|夏休みの宿題|"
    # prevention told with a verb (窒息を防ぐ寝かせ方, 溺れるのを防ぐには, やけどから守る): the danger is the topic
    r"(窒息|ちっそく|誤嚥|ごえん|誤飲|ごいん|やけど|火傷|転倒|転落|溺れ(る|た)?の|おぼれ(る|た)?の|溺水|熱中症|火事|火災|中毒|事故|じこ|乳幼児突然死|sids)(を|から|が)?(防|ふせ)(ぐ|げる|げ|ぎ|ごう)"))
_INFO_EN = re.compile(
    r"(legal(ly)?|illegal|the law\b|regulation|for my class|(buy|install|get|fit|choose|recommend)\w* (a |an |the )?(gas|co|carbon monoxide) (alarm|detector)s?|"
    r"information|support services|where can i (find|get|talk)|confidential|training|course|seminar|lecture|workshop|prevention|awareness|insurance(?! (money |payout )?(would|will|could|pays?|covers? the debt))|drill|volunteer|donat|statistics|"
    r"research|report|movie|film|novel|news|documentary|thriller|mystery (novel|book|show|series)|crime (show|drama|series|novel)|the plot|main character|tv (show|series)|netflix|policy|how (do|can|should) (i|we|you) (report|help)|"
    r"in general|is it true|what number|which number|registration|first aid|cpr|extinguisher|(smoke|fire) alarm(?! (is |was |keeps )?(going off|beeping|ringing|sounding))|certificate|paperwork|just asking|"
    r"do i need to|install|writing a (novel|story|book|script)|history of|is there (a|an|any) (local )?(service|program|course|class|history|support group|group)|"
    r"\blost (a |an |my |their |his |her |our )?[\w' -]{0,30}\bto suicide|suicide (loss|bereavement|survivors?)|bereave)")
_HYPOTHETICAL = re.compile(fold(
    # what to do when it happens (煙が出たときの逃げ方, 倒れた時の連絡先): a question for later
    r"(た|だ|る)(とき|時|際|場合)の(逃げ方|にげかた|逃げ道|避難|対処|対応|連絡先|方法|やり方|手順|準備|備え|通報|呼び方)|"
    # a harm feared if it ever came (ハチに刺されたら怖い, 父が倒れたら心配で) — not a blow feared again (また殴られたら怖い)
    r"(^|[、。\s])(?![^、。]*(また|今度|こんど|次|つぎ|二度と|にどと)[^、。]*(たら|だら)(怖|こわ|心配|しんぱい|不安|ふあん))"
    r"[^、。]*(れ|られ|さ|ん|っ)(たら|だら)(怖|こわ|心配|しんぱい|不安|ふあん|困る|こまる|大変|たいへん)|"
    r"(^|[、。\s])(?![^、。]*(また|今度|こんど|次|つぎ|二度と|にどと))[^、。]*(れ|られ|さ|ん|っ)(たら|だら)(と|って)(思う|おもう|考える|かんがえる)と|"
    r"(^|[、。\s])もし|もしも|場合|(飲ん|のん|食べ|たべ|触っ|さわっ|落ち|おち|入っ|はいっ|開け|あけ|転ん|ころん)(で|て)しまいそう(で|に|な)[^。]{0,4}(怖|こわ|心配|不安)|(落ち|おち|溺れ|おぼれ|燃え|もえ|火事になり|かじになり|転び|ころび|詰まり|つまり)そう(で|に|な)[^。]{0,4}(怖|こわ|心配|不安)|(て|で)(い)?ないか(毎日|毎朝|毎晩|時々|ときどき)?(電話|確認|見に|様子を)(?![^。]*(たら|ところ))|(自分|私|わたし)(も)(心配|不安|気をつけ|気を付け)|((溺れ|おぼれ|倒れ|たおれ|燃え|もえ|はぐれ)るの(が|も|を)?(こわ|怖|心配|不安|嫌|いや)|(窒息|ちっそく|迷子に|まいごに|火事に|かじに)(する|なる)の(が|も|を)?(こわ|怖|心配|不安|嫌|いや))(?![^。]*(流され|落ち|沈ん|溺れ(た|て)|おぼれ(た|て)|倒れ(た|て)|たおれ(た|て)|燃え(た|て)|いなくな|見つから|意識|息))|(ない|てる|る)か(心配|不安|気にな)|(誤飲|ごいん|誤嚥|ごえん|窒息|ちっそく|転倒|てんとう|溺水|水難|火事|火災|やけど|火傷|迷子|まいご|徘徊|はいかい)(事故)?(が|も)(こわ|怖|心配|不安)(?![^。]*(した|して(しま|ま)|しちゃ|なった|なって|飲んだ|のんだ|飲み込んだ|いなくな|見つから|今|さっき))|(た|だ|る)(とき|時)(に|の)(ため|備え|知らせ|通報|連絡|使え|役立|押す|鳴|対応|対処|応急|手当|準備)|"
    r"(火事|火災|地震|台風|災害|停電|一酸化炭素|ガス漏れ|ガスもれ)(が|の|に)?(なったら|心配|不安|怖い|こわい|備え)|(警報器|報知器|警報機|検知器|探知機|チェッカー|ちぇっかー|センサー|せんさー|測定器|モニター)(を|の)?(付け|つけ|設置|買|購入)|(?<![にで])迷っ|(?<![にで])迷う|(?<!どうし)(?<!どないし)(?<!どし)(?<!どうなっ)(た|だ)ら(ば)?[^。]{0,24}(どう(す|し|やっ|な)|どこ(に|へ|で|か)|(何|なに)(を|が|す|し|か(?![所ヶヵ箇]))|(誰|だれ)(に|か(?!が)|が)|(いい|ええ|よい|良い)(の|です|でしょう|か|ん|[?？]|$)|べき|ですか|ますか|でしょうか|[?？])|(た|だ)ら(ば)?[^。]{0,16}(ことも|ことがある|と聞|って聞|らしい|危ない|危険)|ために|一般的|一般論|(とき|時)は(?!(いつも|毎回|必ず|決まって))|ないように(?!(見え|みえ|思え|感じ|聞こえ|され|[^。、]{0,8}(のに|けど|けれど)))|ないよう(気を|注意|心が|[、。,])|ように(する|したい|気をつけ|注意)|(?<!死ぬ)(?<!しぬ)(?<!自殺の)ための|対処|方法(を|は|が)|仕方(?!(が)?(ない|なく|ありませ|ねえ|ねぇ|なか))|やり方|"
    r"たら(どう|どこ|何(?!日|年|時間|回|度|か月|ヶ月|カ月|週|人|歳)|なに|誰)|迷ったら|迷う時|かもしれない時|備え|心配なので|(る|う|く|す|つ|ぬ|む|ぶ|ぐ|ない)ことが(ある|あります|あって|あり|多|おお|よくあ)|(た|だ)(あと|後)(が|の|は)(心配|不安|どう)|(た|だ)ら[、]?(と|って)(心配|不安|気が気)|(た|だ)ら(困|こま)(る|ります|るので|るから)|(た|だ)ら[、,]?(と|って)(思う|考え(る)?|おもう|かんがえ(る)?)と[^。]{0,4}(心配|不安|怖|こわ|気が気|眠れ|ぞっと|ゾッと)|こと(も|が)ある(って|と|らしい)(聞|き|読|よ)|(毎晩|毎日|毎朝|よく|時々|ときどき|たびたび)[^。]{0,10}(倒れ|たおれ|転び|ころび|こけ)そうに(なる|なって|なり)|万が一|万一|念のため|念の為|(飲み|のみ|使い|つかい|捨て|すて|選び|えらび|保管し|しまい)方|ならないよう(?![でだなす])|(夢|ゆめ)(だった|でした|を見た|をみた|を見|をみ|を(よく|何度も|毎晩)|で|の中|に出|ばかり)"))
_HYPOTHETICAL_EN = re.compile(
    r"\b(in case|what (should (i|we)|to) do (if|when|in (a|an|case))|how to|how do (i|we)|when (someone|somebody|a person)|"
    r"if (someone|somebody|anyone|a person|people)|(?<!['\u2018])so (that )?(they|he|she|we|i|kids|children|my \w+) (don'?t|won'?t|do not|will not|never) (drown|choke|fall|get lost|burn)|(scared|afraid|frightened|worried|fear|fears) of (drowning|falling|fire|choking|getting lost)(?![^.]*\b(now|went under|fell|is drowning|in the water|not breathing)\b)|if (i|he|she|they|my (mum|mom|dad|mother|father|wife|husband|son|daughter)) (collapse|collapses|fall|falls|get lost|gets lost|drown|drowns|choke|chokes|(has|have) a stroke)|i want to (know|learn)|prevent|in general|(a |bad )?(dream|nightmare)s? (about|of|that))\b")
_PAST = re.compile(fold(
    r"昔|(?<![^がはもにで、。\s])むかし|(この前|このまえ|こないだ|先日|前回)は|(既往|持病|病歴)(?!(とか|など|は|も)?(ない|無い|なく|なし|ありません|ないのに|[^。、]{0,3}(聞いて|きいて|知ら|しら|わから|分から)))|(去年|昨年|おととし|一昨年)の(経験|こと|夏|冬|事故|話)|経験(が)?(ある|あり)|(とし|試み|こころみ|図っ|はかっ)たこと(が|も)(ある|あります|あって|あった)|(火事|火災|地震|事故|台風|災害)(の)?(あと|後)(の|で|に|片付|かたづ)|後遺症|りはびり(中|に通|を受|で)|(小さい|幼い|小学生の|中学生の|高校生の|高校の|大学生の|大学の|学生の|10代の|十代の|小学校の|中学の|独身の)(頃|ころ|時)|幼少期|以前|かつて|過去(の|に)|のころ|半年前|[か|ヶ|カ|ケ]月前|週間前|若い頃|若いころ|学生の頃|学生時代|子どもの頃|子供の頃|子ども時代|子供時代|こども時代|幼い頃|\d+年前|[一二三四五六七八九十]+年前|数年前|何年も前|去年|昨年|当時|"
    r"前に(一度|いちど)|(た|だ)ことがあ(る|り|って|ります|った|りました)|(た|だ)ことは(一度|いちど|何度か|前に|昔)?(だけ)?(ある|あり)|(火事|火災|事故|事件)が(ありました|あった)|経験があ|経験した|今は(大丈夫|落ち着|元気|安全|離れ(?![^。]{0,4}(けど|けれど|が、|ても|のに))|離婚|平気|回復|問題|大人|おとな|成人)|(受けて|されて|の中で)(育ち|育っ|そだち|そだっ)|"
    r"いまは(大丈夫(?!じゃ|で(は|も)?な|か)|落ち着|元気)|もう大丈夫(?!じゃ|で(は|も)?な|か)|だいぶ(落ち着|良く)|乗り越え|克服|(亡くな|亡くし)(?![^。]{0,10}(ところ|所|とこ|そば|側|元|もと)(へ|に))|命日|退院|治った|完治"))
# A fear or a mistrust that lingers from a story that is over (今でも人が怖い, 今も人を信用できません): the story settled, the
# feeling itself the present distress (learned.py lets the heads hear it as soft).
_LINGERING_WORDS = (r"(今も|いまも|今でも|いまでも)(?:(?!てる|ている|でる|でいる|とる|よる|にいる|にいます|におる|におります).){0,10}"
                    r"(怖|こわ|苦手|トラウマ|信用でき|信頼でき|信じられ|しんじられ|思い出|おもいだ|忘れられ|わすれられ)")
_LINGERING = re.compile(fold(_LINGERING_WORDS))
# The story told as over — a past time, a former partner, a separation, an age or a place left behind (昔, 元夫, 離婚して,
# 中学のとき, 施設で育ちました): only then is a fear that lingers (今も怖い) the trace of it. 「夫に殴られた。今も怖い」 is the blow
# of today and the fear of now.
_TOLD_AS_OVER = re.compile(fold(
    r"昔|むかし|以前|いぜん|当時|とうじ|前の(夫|妻|彼|旦那|職場|学校|家)|元(夫|妻|彼|旦那|交際相手|恋人)|別れ|わかれ|離婚|りこん|"
    r"(離れ|はなれ|逃げ|にげ|卒業|そつぎょう|退院|引っ越|ひっこ)(て|た|まし)|(\d+|[一二三四五六七八九十数何]+)年(前|たった|経った|になる)|"
    r"(の|た)(とき|時|頃|ころ)|時代|育ち|育っ|そだ|大人になった|おとなになった|子ども(の|だった)|小さい(頃|ころ|とき)"))
_SETTLED = re.compile(fold(
    # session 15: back to normal (今は普通に歩いています), the stitches out (抜糸も終わって), luckily only a bruise (幸い打撲だけで),
    # decades ago (何十年も前のことです), the parents long dead (もう父も母も他界してます)
    r"(今|いま)は(普通に|ふつうに|元気に|もう)[^。]{0,2}(歩|ある|生活|暮ら|くら|働|はたら|食べ|たべ|通って|かよって)|抜糸|ばっし|幸い[^。]{0,10}(だけ|軽|無事|ぶじ)|"
    r"([0-9０-９]+|何十|数十|何|数|十)年(も)?前(のこと|の話)|(もう|既に|すでに)[^。]{0,8}(他界|亡くなって)|"
    r"(今は|いまは|現在は)[^。、]{0,10}(やめて(い)?(ます|る)|止めて(い)?(ます|る)|やめられて|していません|してない)|(今は|いまは|現在は|もう)(すっかり|だいぶ|かなり|もう)?(大丈夫(?!じゃ|で(は|も)?な|か)|落ち着|元気|安全(?!じゃ|で(は|も)?な|か)|離れ(?![^。]{0,4}(けど|けれど|が、|ても|のに))|離婚|平気(?!じゃ|で(は|も)?な|か)|回復|問題|安定|幸せ|まったく|全く|して(い)?ない|働い|大学|退院)|"
    r"(治療|通院)(で|を続け).{0,10}(回復|安定)|口癖|くちぐせ|口ぐせ|(本人|母|父|祖父|祖母|夫|妻|兄|姉|弟|妹|息子|娘)(は|も)(今|いま)?(は)?(落ち着|元気|安定)|(うつ|鬱|依存|どん底|借金|暗闇|状態|泥沼|生活)から抜け出し|乗り越え|克服|時期(が|も)あ|鎮火|(デイサービス|でいさーびす|デイ|ショートステイ|しょーとすてい|通所|入院|入所)(に|へ)?(行って|いって|泊まって|入って|して|中)[^。]{0,8}(いない|いません|おらん|留守)|(もう|すっかり)(完治|治っ|治り|よくなっ|良くなっ)|(助け|たすけ|救助さ|救出さ)(られ)?(る|た|れる|れた)(の|ところ)を(見|み)|(叩かれ|殴られ|怒鳴られ|虐待され)(て)?育(った|ち)|(発作|症状|再発)(は|が|も)?(ない|ありません|出ていません|起きていません)|"
    r"(けが|怪我|ケガ)(も|は)?(なく|なかった|ありません|ない)[^。]{0,8}(元気|無事|済ん|すん)(?![^。]{0,3}(と思|とおも|って思|だと|けど|けれど|のに|が、))|(何とも|なんとも)(なかった|ありませんでした)(?![^。]{0,3}(が|けど|けれど|のに))|(無事|異常(は|も)?(なし|ない|ありません)|大丈夫|命に別状(は)?(なく|ない|ありません))(でした|だった|とのこと)(?![^。]{0,3}(が|けど|けれど|のに)|[。!！\s]*(でも|だけど|けど|けれど|しかし|ただ|ところが))|(けが人|怪我人|負傷者|死者)(は|も)?(い|出|で)(なかった|ませんでした|ず)(?![^。]{0,4}(けど|けれど|が、|でも))|"
    r"(状態|容体|容態|病状|体調|症状)(は|も)?(安定|落ち着)|ただの[^。、]{0,10}(だった|でした|とのこと|だって|って言われ)(?![^。]{0,3}(が|けど|けれど|のに))|(行為|被害|暴力|つきまとい|付きまとい|嫌がらせ|いやがらせ|dv)(は|も)?[^。]{0,12}(止まり|とまり|止ん|やん|おさまり|収まり|なくなり|なくなっ)(ました|だ|た)(?![^。]{0,3}(が|けど|けれど|のに)|[。!！\s]*(でも|だけど|けど|けれど|しかし|ただ|ところが))|(気づいて|気付いて|きづいて|消して|けして|止めて|とめて)(くれ|もらい|もらっ)(ました|た)(?![^。]{0,3}(が|けど|けれど|のに))|(勘違い|気のせい|見間違い|聞き間違い)(でした|だった)|(と|って)思ったら[^。]{0,20}だけ(でした|だった)|後遺症(は|も)?(軽|ほとんど(な|あり)|なく|ない|残らな)|(昔|むかし|年前|過去)の(こと|話)(です|でした|だ|で|なので)|"
    r"(\d+|何|数)(か月|ヶ月|カ月|年|週間)(も)?(経|た)(つ|った|ちます)|" + _LINGERING_WORDS))
_PAST_EN = re.compile(r"\b(used to|years ago|in the past|last year|((?<!says )(?<!said )(?<!claims )(?<!insists )(?<!thinks )(he|she|they)(\'s| is| are) (totally |completely |perfectly |all |absolutely )?(ok|okay|fine|safe|stable|doing well) now|(nobody|no one) was (hurt|injured)|(he'?s|she'?s|they'?re|he is|she is|they are|i'?m|i am) (fine|ok|okay|well) otherwise|otherwise (he'?s |she'?s |they'?re )?(fine|ok|okay|well))(?![^.]{0,40}\bbut\b(?! (which|where|what|how|when|who|do|does|can|could|is|are|should|i'?d like|i want|it (got|made) me)\b))|last (week|month)|(weeks|months) ago|when i was|as a (kid|child|teen|teenager|toddler|baby|little (boy|girl)|boy|girl)|turned out (to be |he was |she was |it was |they were )?(just|only|nothing)|in my (childhood|teens)|growing up|once (tried|attempted)|i'?m (ok|okay|fine|safe) now|recovered)\b"
                      # session 16: years ago and well now in Spanish, Portuguese, Vietnamese, Indonesian, Tagalog (hace dos años … ahora está estable)
                      r"|\b(hace|há) (un|una|dos|tres|cuatro|cinco|varios|varias|muchos|um|uma|dois|duas|três|\d+) (años?|anos?|meses|mes|semanas)\b|"
                      r"\b(ahora|agora) (está|esta|están|estão) (estable|estables|estável|bien|bem)\b|\b(tháng|năm) trước\b|\bbây giờ (đã )?khỏe|\bsudah sembuh\b|\bnoong isang (taon|buwan)\b")
# What settles a whole English message: an outcome or a distant past — not a recent one (lost my job last month,
# which tells why the writer is where they are now).
_SETTLED_EN = re.compile(_PAST_EN.pattern.replace("|last (week|month)|(weeks|months) ago", "") +
                         r"|\b(it'?s|it is|it was|that'?s|things are|everything'?s) (been )?(all )?(resolved|sorted( out)?|settled|behind (me|us))\b")
_PRESENT = re.compile(fold(
    r"今(?!は|じゃ|では|年|回|後|度|期|季|世|更|頃|ごろ|ころ|のうち|のところ|まで|からでも)|(^|[、。\s])いま(?!は)|いま(すぐ|から|も|、)|さっき|先ほど|さきほど|今夜|今晩|今日|きょう|たった今|現在|今すぐ|いますぐ|(助け|たすけ)て(?!もらっ|くれ(た|て)|いただい)|毎晩|毎日|また|"
    r"ずっと|今も|まだ|今朝|昨夜|ゆうべ|昨日の夜|夕方から|朝から|これから|今から(?!でも)|明日|"
    # a thought that fills the days (会いたいとばかり考えています): the wish is now, whatever loss came before
    r"(ばかり|ばっかり)(考え|思|かんがえ|おも)|"
    # a danger going on as the sentence is written (台風のあとの川で人が流されてる, 燃えてます): the present, whatever came before
    r"(流され|ながされ|溺れ|おぼれ|沈ん|しずん|燃え|もえ|沈みかけ|けいれんし|痙攣し|ひきつけ(を起こし)?)(て|で)(い)?(る|ます|ん)(?=$|[。、!！?？…]|よ|の[!！?？]|って|けど|から)"))
# Words that put a sentence in the present strongly enough to outweigh "a course", "if" or "how to".
_NOW = re.compile(fold(
    r"今(?!は|じゃ|では|年|月|回|後|度|週|期|季|世|更|頃|のうち|のところ|まで|でも|からでも|の(彼氏|彼女|夫|妻|旦那|嫁|ぱーとなー|パートナー|恋人|職場|会社|仕事|学校|家|住まい|アパート|担任|主治医|ケアマネ|施設)|(読|よ)んで(る|いる)|(はま|ハマ)って|(見|観)て(い)?る(ドラマ|映画|アニメ|番組|漫画|まんが)|[^。、]{0,12}(かうんせりんぐ|相談|治療|受診|通院|せらぴー)(を|に)?(受け|し|始め|通い)たい|も(?:(?!てる|ている|でる|でいる|にいる|にいます|におる).){0,10}(怖|こわ|苦手|トラウマ|思い出|覚え|許せ|ゆるせ|後悔|悔や|胸が|むねが|涙|なみだ))|(^|[、。\s])いま(?!は|のところ|まで|でも|も(?:(?!てる|ている|でる|でいる|にいる|にいます|におる).){0,10}(怖|こわ|苦手|トラウマ|思い出|覚え|許せ|ゆるせ|後悔|悔や|胸が|むねが|涙|なみだ))|いま(すぐ|から(?!でも)|、)|"
    # a question put aside to insist the danger is real (…いや本当に、娘が見つからない): now
    # a body limp with no answer (ぐったりして返事がない): now, whatever question came before it in the sentence
    r"(ぐったり|ぐんにゃり)(して|で)?[^。]{0,4}(返事|へんじ|反応|はんのう|意識|いしき)(が|も)(ない|ありません|ねえ)(?=$|[。、!！?？…])|"
    r"(いや|いえ)[、,]?(本当に|ほんとに|ほんとうに|まじで|真面目に)|さっき|先ほど|今夜|今晩|たった今|今すぐ|(助け|たすけ)て(?!もらっ|くれ(た|て)|いただい)|これから|今から(?!でも)|もう決め|(?<!冗談の)(?<!じょうだんの)(?<!ネタの)(?<!ねたの)つもり(です|だ|や|。|$)|本気で(思|考|死|消え)|(考え|思い|かんがえ|おもい)(が)?(止まらな|とまらな|止まりませ|頭から離れな|あたまからはなれな)|方法(ばかり|ばっかり|ばっか)(調べ|しらべ|検索|探|さが)"))
_NOW_EN = re.compile(r"\b(right now|tonight|just now|currently|at the moment|help me|please help|hurry)\b")
_PRESENT_EN = re.compile(r"\b(now|right now|tonight|today|just|currently|still|again|keep|keeps|this morning|help)\b")
_IMMINENT = re.compile(fold(
    r"今夜|今晩|今日|今から|いまから|これから|今すぐ|明日|週末|さようなら|さよなら|最後|遺書|練炭|ロープ|屋上|線路|"
    r"飛び降り|飛び込|首を(吊|つ)|首吊り|首つり|くびつり|睡眠薬|薬を(貯|ため|集)|刃物|包丁|今(まさに|、)|橋の上|崖|がけ|ビルの上|ホームの端"))
_IMMINENT_EN = re.compile(r"\b(tonight|today|right now|now|rope|roof|bridge|pills|charcoal|note|goodbye|edge|jump|esta noche|esta noite|hoy|hoje|ahora|agora)\b"
                          r"|今[晚天]|오늘 ?밤|tối nay")
_IN_PROGRESS = re.compile(fold(
    r"(飲|のん)(だ|じゃった|でしまった|みました|んだ)|飲みました|焚い|たいて(い|る)|つけた|首を(吊|つ)ろうとして|"
    r"(屋上|橋|線路|崖|ベランダ)(に|の上|で).{0,10}(いま|今|います|立って|座って)|飛び降りた|切った|切りました|意識"))
_IN_PROGRESS_EN = re.compile(r"\b(took|swallowed|i'?m (on|at) the (roof|bridge|edge|ledge|tracks)|standing on|already)\b")
_NEGATED = re.compile(fold(
    # a wish "not as far as" that (死にたいとかまではない, 死にたいまでは思わない): the weight without the wish
    r"((とか|とは|ほど)まで(は|で(は)?)?|まで(は|では))(ない|ありません|なく|いかない|いかん|いってない|いってません|いきません|(思|おも)(わ|って(い)?)(ない|ません|ん))(?![^。]*(今夜|今から|これから|首を|飛び降り|遺書|(全部|ぜんぶ|まとめて|大量)[^。]{0,6}(飲|のん|のみ)|[0-9０-９]+錠|切った|切って(しま|る)))|"
    r"(とか|わけ|訳)(じゃ|では)(ない|ありません|なく|なさ)(?![^。]*(今夜|今から|これから|首を|飛び降り|遺書|(全部|ぜんぶ|まとめて|大量)[^。]{0,6}(飲|のん|のみ)|[0-9０-９]+錠|切った|切って(しま|る)))|とか[、\s]?(そういう|そんな)(の|こと|わけ|感じ)(じゃ|では)(ない|ありません|なく|なさ)(?![^。]*(今夜|今から|これから|ろーぷ|首を|飛び降り|薬を|遺書|切|傷|血|自傷|飲ん|のん|飲み|のみ))|(とか|なんて|なんか)(は|も)(全然|全く|まったく|ぜんぜん|別に|べつに|特に|とくに)?(ない|ありません|なく)(?![^。]*(今夜|今から|これから|ろーぷ|首を|飛び降り|薬を|遺書|死ぬ|しぬ|死の|しの|消え|終わりにする|りすか|りすとかっと|切|傷|血|自傷|飲ん|のん))|"
    r"(火事|火災|ぼや|事故|事件|大事|大ごと|おおごと)(とか|など|に|と)?(は|も)?(なって|起きて|おきて|起こって|おこって|至って|いたって)(い|は)?(ない|ません|おらず)(?![^。]*(煙|けむり|燃えて|もえて|焦げ臭|こげくさ|臭い|におい))|"
    r"(殴|なぐ|叩|たた|蹴|け|ぶ|打)(ら|か|た)れて(は|も)?(い|お)?(ない|ません)(?![^。]*(けど|けれど|でも|のに|が、))|(た|だ)ことは(一度も|いちども|全く|まったく|全然|まだ)?(ない|ありません|なく)|(たり|りは|たりは)(は)?(しない|しません|してない|していない|していません|されない|されてない|されていない|されていません)(?![^。]*(包丁|刃物|ナイフ|首を|殺|血|今|いま|蹴|叩|殴|閉じ込め|脅|押し倒|怖|こわ|毎日|毎晩|怒鳴))|(たい|そう|ている|てる)(わけ|訳)(で|じゃ|では)(は)?(ない|ありません|なく)|(とは|なんて|なんか)(思|おも)(って(い)?(ない|ません)|わ(ない|ん|へん)|いません)|(と|って)(まで)?は(言|い)(わ|い)(ない|ません|へん)(?![^。]*(遺書|今夜|首を|飛び降り|薬を|ろーぷ|準備|さよなら|死のう|しのう))|(ら|さ|か|ま|た|わ)れて(は|も)(い|お)?(ない|ません|らん)|ではありません|(死ぬ|しぬ|死の|自殺する)(つもり|気)(は|では|じゃ)(なかった|なかっ|ありませんでした)(?![^。]*(死にたい|しにたい|消えたい|今夜|今から|これから))|"
    r"じゃないです|ではないです|ほど(じゃ|では)(ない|なく|ありません)|(暴力|危険|命の危険|緊急)(は|では)(ない|ありません)|(今すぐ|いますぐ)?(危ない|あぶない|危険な)(という|って)?(感じ|状況|状態|わけ)(では|じゃ)(ない|なく|ありません)|心配(は|い)(ない|りません)|大丈夫です|(けん|けえ|から|ので|し)大丈夫(?!じゃ|で(は)?な|か|[?？]|って)"))
_NEGATED_EN = re.compile(r"\bnot (thinking (of|about)|planning (on|to)|going to) (hurt|harm|kill)|\b(never|has never|hasn'?t ever|doesn'?t|has not|hasn'?t|did not|didn'?t) (hurt|hit|touched)(?!.{0,60}\b(knife|gun|weapon|right now|kill|choke))|\b(not|never|don'?t|no) (suicidal|in danger|going to hurt)|\bnot an emergency\b")
_JOKE = re.compile(r"[（(]笑[)）]|笑$|なんてね|なーんてね|なんちゃって|(?<![をがはもで])笑(?![っいわえ顔うおみ])|w{2,}$|冗談|じょうだん|かと思(いました|った)(?!ら(?![^。]{0,24}(だった|でした|だけ)))")
# "Not funny", "no joke", "but truly" (冗談のつもりだったけど本当は…): the resident takes back the joke.
_NOT_JOKE = re.compile(r"(笑|わら)えな|(本当|ほんと|ホント)(う)?は|本音|ほんね|本気(で|だ)|ほんきで|笑い事じゃ|冗談(じゃな|抜き|ぬき|ではな)|冗談(とか|なんか|で)(は|も)?(じゃ|では)(な|あり)|ふざけて(な|ませ)|まじで|マジで|ガチで|no joke|not funny|not joking|seriously")
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|\"[^\"]*\"")
# A threat to the resident, or someone saying they will die (「今から死ぬ」と出て行った): kept as the sentence's words.
_THREAT_QUOTE = re.compile(fold(
    r"殺|死んでやる|刺す|ころす|燃やす|ぶっ|死ぬ|死にます|死にたい|しぬ|しにたい|消える|消えたい|飛び降り|今夜行く|今から行く|"
    # a witness reporting what a person says of their body or pleads (「頭が割れるように痛い」, 「ごめんなさい」, 「誰か〜」)
    r"^[「『](あー|あう|うー|あ、あ)[」』]$|痛|いたい|苦し|くるし|助けて|たすけて|誰か|だれか|暑|ごめんなさい|やめて|見つけた|会いに|今までありがとう|もう会えな|さよなら|さようなら|"
    r"生き|消え|いなくな|終わり|楽にな|(みんな|皆|みなさん)(さん)?[、\s]?(お)?元気で|知って|知っと|覚えて|覚えと|おぼえと|連れて(行|い)く|ただじゃ|後悔させ|知らない(ぞ|から)|"
    # a turn announced (「次はお前の番だ」, 「逃げられると思うな」)
    r"(次|つぎ)は(お前|おまえ|あなた|あんた|貴様|きさま|てめえ)|(お前|おまえ|あんた)の番|逃げられると思うな|"
    # words said to hurt (「死ね」「お前なんかいらない」「出ていけ」): the abuse itself
    r"(殴|なぐ|叩|たた|蹴|け|ぶ)(ら|か|た)れ|(沈め|しずめ)られ|死ね|しね|死んでくれ|死んでほしい|消えてほしい|消えろ|きえろ|出ていけ|出て行け|でていけ|いらない|要らない|生まなきゃ|産まなきゃ|生まれてこなければ"))
# A denial of the wish taken back by an end announced in the message (死にたいとかじゃない。今夜、終わりにする): not lowered.
_DENIAL_UNDONE = re.compile(fold(r"(今夜|今晩|今日|今から|これから|明日|あした)[^。]{0,10}(終わりにする|おわりにする|終わらせる|おわらせる|決行|実行する|"
                                 r"飛び降りる|とびおりる|さよなら|さようなら)|遺書(を)?(書い|かい)"))
# A sentence that only hedges the whole message (念のため): every sentence is a "what if".
_HEDGE = re.compile(fold(r"(念のため|念の為|一応)(です|に|で|ですが)?[。.!！?？\s]*$"))


# A message that asks whether or where the writer may consult, with nothing said to happen now: a worried friend,
# neighbour or victim looking for a counter, not an emergency (abuse and violence only; never a body in danger).
_CONSULT = re.compile(fold(
    r"相談(って|は|も)?(でき|して(も)?いい|していい)(ます|るん|る|ん)?(か|でしょうか|です(か|よね))|相談(す|し|する)(べき|たほうがいい|た方がいい|たらいい)|どこ(に|へ|を)(相談|紹介)(すれば|したら|できる)|相談(だけ|だけでも|のみ)?(でも)?できる(ところ|所|窓口|場所)|相談窓口|(相談|通告|通報)(とか|や)?(通告|通報|相談)?(って|は|も)?(でき|して(も)?いい)(ます|る)?(か|ところ|所)|相談先(を|は|が|も)?(教え|知り|知っておき|ありますか|どこ)|相談に(のって|乗って)(もらえ|くれ|いただけ)(ます|る|ない)?(か|の|でしょうか)|(相談|通報)(の|する|先の)?(電話番号|番号)|"
    # session 16: a counter asked for someone else (どういう窓口を紹介したらいいか, どこに案内してあげれば, 私が代わりに相談しても)
    # and a name asked for what happens (これってDVに入る？)
    r"(どういう|どんな|どの|どこの)(窓口|相談先|ところ|所|機関)(を|に|へ)?(紹介|案内|教え|つな|繋)|どこ(に|へ|を)(案内|紹介|つな|繋)(して|い)?(あげ|やっ)?(すれば|したら|れば|たら|ば)|"
    r"(代わりに|かわりに)(相談|連絡|電話)|(これ|それ|これって|それって|こういうの|こういうのって)(は|も|って)?[^。]{0,2}(dv|DV|虐待|ぎゃくたい|暴力|ストーカー)(に|と)?(入る|はいる|なる|当たる|あたる|なの|ですか|でしょうか|かな)"))
_CONSULT_EN = re.compile(r"\bwhere (can|could|do|should) i (talk|go|find|get|report|turn)|\bcan i (talk|speak) to someone|"
                         r"\bwho (can|could|should|do) i (contact|call|tell|report (it |this )?to|talk to|speak to)\b")
# 「今すぐ危ないという感じではない」「今すぐどうこうって感じじゃない」: a now that is denied says nothing is happening now.
_NOT_NOW = re.compile(fold(r"(今すぐ|いますぐ|今|いま)(は|すぐ|のところ)?(危ない|あぶない|危険|緊急|危害|被害|何も|どうこう|どうにか)(なる|する)?(という|って|な)?(感じ|状況|状態|わけ)?(では|じゃ|で)?(は)?(ない|なく|ありません)"))
# Where to tell or report (通報するなら, どこに連絡すれば, どこに言えばいい): consulting only when the now is denied or no
# mark is told — 「あざがいっぱい…どこに言えばいい？」 is abuse seen now.
_CONSULT_WHERE = re.compile(fold(r"(通報|相談|連絡)する(なら|には|としたら)|どこ(に|へ)(連絡|通報|伝え|知らせ|言え|言っ|いえ|いっ)(すれば|したら|する|れば|ば|たら)"))
_MARKS = re.compile(fold(r"あざ|痣|血|けが|怪我|傷|腫れ|やけど|火傷|骨折") + r"|\b(bruis|blood|bleed|burn|injur)")
# A weapon, a threat to kill or a scream: violence happening, whatever the question about where to call.
_ARMED = re.compile(fold(r"包丁|刃物|ナイフ|凶器|殺す|ころす|殺さ|殺され|刺す|刺さ|刺し|首を(絞|締)|叫|さけび|さけん|悲鳴|血|振り回") +
                    r"|\b(knife|gun|kill|stab|blood|scream)")
_CONSULTED = frozenset({"violence-now", "stalking-threat", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury"})

# The large patterns read apart (index.py): the reading (≈ 500 alternatives parsed) is kept in var/cache, named by
# a hash of the patterns and the code that reads them.
_LARGE = (_HYPERBOLE, _INFO, _HYPOTHETICAL, _PAST, _SETTLED, _PRESENT, _NOW, _NEGATED, _IMMINENT, _IN_PROGRESS)
_APART = built("context", tuple, [Path(__file__).with_name(f) for f in ("index.py", "anchors.py")],
               lambda: tuple(read_apart(p.pattern, p.flags) for p in _LARGE), extra="\0".join(p.pattern for p in _LARGE))
(_HYPERBOLE_P, _INFO_P, _HYPOTHETICAL_P, _PAST_P, _SETTLED_P, _PRESENT_P, _NOW_P, _NEGATED_P, _IMMINENT_P,
 _IN_PROGRESS_P) = (_Prefiltered(p, apart) for p, apart in zip(_LARGE, _APART, strict=True))
_NOW_IS = re.compile(fold(r"(今|いま|現在)は"))
# A question put in general words, then told as what is happening (…ときってどこに言えばいい？今そうなってる, it's happening
# right now), a drill that turned real, a story taken as one's own way: the general words were the resident's own case,
# so neither a what-if nor a course lowers them.
_HAPPENING = re.compile(fold(r"(今|いま)(まさに|ちょうど|現に)?[、,]?(そう|その(状態|状況|とおり)|それ|こう)(に)?(なって|なっとる|なっちょる|です|だ|なんです|やねん|やけど|だけど)(?![^。]{0,4}(わけ|訳|の)(じゃ|では|で(は)?な))") +
                        r"|\b(it'?s|this is|that'?s) (what'?s |what is )?happening (right )?now\b|\bhappening (to (me|us|him|her) )?right now\b"
                        # a drill, a lesson or a dream that turned real (防災訓練の日なのに本当に火事になった, 訓練じゃなくて本当に)
                        + "|" + fold(r"(なのに|のに|けど|だけど)[、,]?(本当に|ほんとに|ほんとうに|まじで|実際に)|(訓練|練習|授業|ドラマ|夢|冗談|ゲーム)(じゃ|では)(なくて|ない|なく)[、,]?(本当|ほんと|まじ|実際)") +
                        r"|\b(not a drill|this is real|it'?s real)\b"
                        # the resident's own way taken from what was seen or read (私もそうしようかな), ways to die looked up
                        # against one's will (方法を調べてしまう): the words are the writer's, now
                        + "|" + fold(r"(私|わたし|俺|おれ|僕|ぼく|自分|じぶん|あたし)も(そう|同じ(ように|こと)?|おなじ(ように|こと)?)(しよう|したい|なりたい|するしか|しちゃおう)|"
                                     r"(方法|ほうほう|やり方)(を|ばかり|ばっかり)?[^。]{0,2}(調べ|しらべ|検索|けんさく)(て|ちゃ)(しま|しも|る|い)"))
_JOKE_EN = re.compile(r"\b(lol|lmao|haha|jk)\b")
