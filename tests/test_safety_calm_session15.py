"""The safety screen on the false alarms and soft messages of session 15 (issue #11, fresh blind set crisisO, the
training-only sets E and F and the routing sets' tuning parts), by family, in sentences of our own. Each harmless
sense stays quiet (no alarm) — a fire that is over and its papers, a bonfire that was only a bonfire, a child bitten
at nursery, a pet shut in, an escape game, a lesson or a study on a danger, a nosebleed that stopped, a stroke named
as who a person is, a wish to die denied in a sentence of its own, a weight waved off, a scare that was nothing,
a firefighter's job, a dream or a delusion, a crowd that "chokes", a near miss coughed up, a wound healed, someone
else's words of death not meant, a kitchen cut with a plaster, a child who gets lost easily, a key locked in, blows
in a sport, a hard sell, someone lost and found again, a western "but" (やけど), no care manager yet, a
place to go in the day, a wasps' nest, a wish to die not said, a childhood remembered, a creditor's calls, a carer's thought never
acted on, a mood pulled down, nothing to be done now, not eating after a heartbreak —; each weight with no danger
is heard as soft; and for each the same words told of a danger still raise the alarm.
"""

from __future__ import annotations

import pytest

from core.safety import screen

# Harmless senses: no alarm (soft or none as the rest of the screen decides).
QUIET = [
    '火事で家が焼けて、今は仮住まいです。家族はみんな無事でした。住宅の支援はありますか',
    '去年の火事で全焼して、今は市営住宅に仮住まい。罹災証明の再発行ってできますか',
    '実家が火事で半焼しました。けが人なし。建て直しの相談はどこに',
    'ボヤを出してしまって、もう消し止めたけど、大家さんにどう言えばいいか',
    '火事の焼け跡の片付けを手伝ってくれるボランティアっていますか',
    '近所で焦げ臭いと思ったら、畑で焚き火してただけだった。野焼きって通報するもの？',
    '煙が見えたけど、どんど焼きをやってただけみたい。あれって毎年何日？',
    '息子が保育園でお友達に噛まれて帰ってきた。歯型がついてるけど元気。園にどう伝えればいい？',
    '幼稚園で他の子に押されて転んだらしい。すり傷くらい。こういうのよくあるの？',
    '学童でよその子に叩かれたって娘が言う。先生は子ども同士のことって。',
    '猫が押し入れに閉じ込められてて一晩鳴いてた笑 無事です',
    '物置に閉じ込められた子猫を助けた。保護猫の相談ってどこ？',
    'リアル脱出ゲームを公民館でやりたい。部屋に閉じ込められる設定です',
    'お化け屋敷を子ども会で作ります。暗い部屋に閉じ込める演出って危ない？',
    '道徳の授業で自殺予防を扱いたい。中学生向けの教材ありますか',
    '保健の授業で市販薬のオーバードーズについて教えたい。養護教諭です',
    '高齢者虐待について研究している大学院生です。相談件数の推移を知りたい',
    'DVの相談件数の推移を調べています。市のデータは公開されていますか',
    '介護殺人についての記事を読んで、ケアラー支援に興味を持ちました。どんな制度がありますか',
    "I'm a nursing student doing a project on child abuse reporting in Japan. Where can I find data?",
    '子どもの鼻血が止まらなくて焦ったけど5分で止まった。耳鼻科に行くべき？',
    '脳梗塞で倒れた母の介護をしています。デイサービスを探しています',
    '脳出血で倒れた夫のリハビリ送迎が大変。タクシー券ってある？',
    '毎日しんどい。生きてるのがつらいなと思う。死にたいとかではないです',
    '消えたいって思う日もある。でも死ぬとかそういうのじゃないです',
    'ただの二日酔いなのに夫が「死ぬー」って大げさ。頭痛薬どれがいい？',
    '娘が学校に行けてない。朝になるとお腹が痛いって。相談先は？',
    'パチンコやめたいのにやめられない。家族に申し訳ない',
    '今の彼氏に昔の自傷のこと話すか迷ってる',
    '孫がいなくなった！と思ったら押し入れで寝てた。心臓に悪い',
    '父が散歩から戻らないと思ったら、公民館で将棋してた',
    '結局、娘は友達の家で宿題してただけでした。GPSの補助ってありますか',
    'ガスくさいと思って調べたら、玄関の生ごみだけだった',
    '警報器が鳴ったけど、確認したら料理の湯気に反応しただけでした',
    '弟が消防士になって初めて火事の現場に出たらしい。誇らしい',
    '祖父は昔消防団で、火事の話をよくしてくれた',
    '認知症の母が夜中に「泥棒に殺される」と言う。実際は誰もいないんですが、被害妄想でしょうか',
    '夫が寝言で「火事だ！」と叫んでた。夢だったらしい',
    '寒くて死にそう、こたつ出した',
    '朝の満員電車、窒息しそうなくらい混んでた',
    '先生に殺される、宿題忘れた笑',
    'ケチャップこぼして服が血まみれみたいになった',
    "I'm drowning in forms for my mother's care application.",
    "I feel trapped in a phone contract I can't afford. Consumer center?",
    'The choke point is the residence certificate from my old city.',
    '演劇部で自殺する役をやることになった。生徒への配慮は？',
    'うちのワンちゃんがてんかん発作で薬を飲んでます。ペット可の住宅を探しています',
    'おもちを喉に詰まらせかけたけど、自分でげほっと出してケロッとしてた',
    '先週、包丁で指を深く切って縫いました。もう抜糸も終わっています',
    '父が転んで救急車を呼んだけど、幸い打撲だけで、今は普通に歩いています',
    '何十年も前のことです。子どもの頃に叩かれて育ちました',
    '若い頃に家出したことがあって、今じゃ笑い話です',
    "Last month my neighbour fell and lay on the floor for hours. She's fine now, but it got me thinking about a check-in network.",
    "Is there a swimming class for kids so they don't drown?",
    '練炭コンロでお餅を焼きたい、屋外で',
    'うちの犬、どこ行くにも後ろからついてくる',
    '介護している母が「早く死にたい」とよく言います。本気じゃないのは分かっているけど、聞くたびにしんどい',
    '祖父の口癖が「もう死ぬ」。本気ではないと思う。デイサービスの相談をしたい',
    "My dad keeps saying he wants to die when his team loses. He's just joking.",
    '包丁で指を切っちゃった🩹 絆創膏で止まった。料理教室ってある？',
    'カッターで指を少し切ったけど絆創膏で止まりました',
    '息子は迷子になりやすい。名札の補助ってありますか',
    '父がたまに帰り道がわからなくなるらしい。今のうちに相談すべき？',
    '鍵を家の中に置いたまま閉めちゃって、締め出された。鍵屋さんの紹介って市でしてる？',
    '空手の試合で蹴られまくった。楽しかった！市の体育館で練習できる？',
    'ボクシングジムで殴られまくってる。区のスポーツ施設でもできる？',
    '「このままだと死ぬ」って言われて高い健康食品を買わされた。返品できる？',
    'My daughter got lost at the mall but we found her within ten minutes. Are there ID tags for kids?',
    'Mi hija se perdió en el supermercado pero la encontramos en cinco minutos.',
    'My dad fainted at a wedding last month, turned out he was just dehydrated. Free checkups for over 75?',
    '卒業式で感動して喉が詰まって何も言えなかった',
    '今からプール行ってくる、溺れない程度に泳ぐ',
    'ワイ孫やけど、じいちゃんのことで聞きたい。ばあちゃん死んでから一人なんよ',
    '子ども2人と住んでるんやけど、家賃が足りひん。相談できるとこどこ？',
    'うちの子(2歳)、言葉は分かってるみたいなんやけど、しゃべるのが遅い',
    '息子は小3やけど、放課後の居場所ってある？',
    '父が急に歩けなくなって介護が必要です。ケアマネさんもいません',
    'まだかかりつけ医もいないし、ヘルパーさんもいません。何から始めれば',
    'うちは4歳で幼稚園行ってないんだけど、平日行くところがなくて',
    'スズメバチの巣が軒下にできた。駆除してくれるとこある？母が高齢で刺されたら怖い',
    '夫が悩んでて、「消えたい」とまでは言わないけど、休日はずっと寝てる',
    '家賃払えなくなりそう…シフト減らされた',
    '社会の授業で児童虐待の通告義務を扱います。中学生にわかりやすい資料ある?',
    '何年も前に自殺未遂をした兄のことが今でも心配。兄は今は落ち着いています',
    '父が酒で暴れていた子ども時代を思い出して苦しくなる。もう大人なのに',
    '借金が返せない。毎日督促の電話が来て、出るのが怖い',
    'カードローンの取り立ての電話が鳴るたびに動悸がする',
    '夫の介護で、たまに「いなければ」と思ってしまう自分が嫌。もちろん何もしません',
    '認知症の母に怒鳴ってしまった。叩いたりはしていません。自分が怖い',
    '弟が亡くなってから母がずっと泣いている。私まで引きずられそう',
    '「消えたい」と思うことがたまにあります。今すぐどうにかなるわけじゃないです。誰かに話を聞いてほしい',
    'もう生きるのに疲れたなぁ、とたまに思う。別に今どうこうってことはないんだけどね',
]

# Weights with no danger: soft, not silent.
SOFT = [
    'お金がなくて、子どもに習い事させてあげられない。情けない',
    '母の介護と子育てで毎日ぎりぎりです',
    '夫が亡くなって3年。今でも無性に会いたくなる',
    '流産しました。周りには言えなくて',
    '話す人がいない。ひとりでごはん食べて寝るだけ',
    '年末はひとりで過ごすのがこわい',
    '病気で働けなくなった。これからどうやって生きていけばいいのか',
    '誰に相談しても無駄な気がする',
    'My husband passed away last spring. The house is too quiet.',
    'I had a miscarriage. Nobody here understands.',
    '失恋して3日ご飯食べてない。死ぬとかじゃないけど、ただつらい',
    'ショックで食欲がなくて、2日何も食べてない',
]

# The same words told of a danger: the alarm.
ALARM = [
    '火事です！家が燃えてる、中に母がいる',
    '前にも火事を出したけど、今また台所から煙が出てる',
    '仮住まいのアパートで今火が出てる、助けて',
    '焚き火が燃え移って小屋が燃えてる',
    '保育園の先生に娘が叩かれてあざができてた',
    '保育園の子が「ママにたばこ押し付けられた」って言ってた',
    '息子が幼稚園でお友達に噛まれて、血が止まらない',
    '夫に部屋に閉じ込められて出られない',
    '猫と一緒に倉庫に閉じ込められた、出られない、助けて',
    '研究室の先輩に毎日殴られてる',
    '大学院生です。指導教員に殴られました',
    '授業で習ったけど、うちの父が母を殴ってる。今も怒鳴り声がする',
    '鼻血が止まらない、もう30分、顔色が悪い',
    '脳梗塞で倒れた父が、今また急にろれつが回らない',
    '母が今倒れて意識がない',
    '死にたい。今夜飛び降りる',
    'もう死にたい。冗談とかじゃないです',
    '死にたいとかじゃない。今夜、終わりにする',
    '今の彼氏に毎日殴られてる',
    'アルコールと一緒に睡眠薬を全部飲んだ',
    '学校に行けない。もう死にたい',
    "My son was bitten by another child at daycare and he's bleeding a lot, won't stop",
    '弟がいなくなったと思ったら、まだ見つからない。もう2時間',
    '結局見つからないまま夜になった。認知症の父です',
    '調べたらガス漏れだけだった…と思ったけど、まだ頭が痛くて気持ち悪い',
    '消防士の夫が、今、家の台所が燃えてると電話してきた',
    '幻覚じゃない、本当に夫に殴られてあざがある',
    '寒くて死にそう。家がなくて公園で寝てる',
    '満員電車で人が倒れて息してない',
    '先生に殴られて血が出てる',
    'The CO alarm keeps going off and my kids feel dizzy',
    "His father ties him to the bed 'so he won't fall' and he has rope marks",
    '演劇の練習中に友達が倒れて意識がない',
    'お化け屋敷で子どもが倒れて息をしてない',
    '舞台稽古の最中に役者が倒れて意識がない',
    'うちの犬が知らない男につけられてて、男が毎晩家の前にいる',
    '餅を詰まらせて、顔が紫色で息ができてない',
    '今、包丁で指を深く切って血が止まらない',
    '父が転んで起き上がれない。頭から血が出てる',
    '兄ちゃんがまた酒飲んでおかんしばいとる。外におるけど中から叫び声',
    "I'm on the bridge and I'm going to jump tonight",
    '練炭を買った。車の中で死ぬつもり',
    '母が「死にたい」と言う。本気じゃないと思ってたけど、今日ロープを買ってきた',
    '本気じゃないと言われるけど、私は本気で死にたい',
    "He says he's joking but he has pills saved up and wrote a note",
    '包丁で手首を切った。血が止まらない',
    'カッターでわざと指を切った。死にたい',
    'うちの息子は迷子になりやすい。その息子が今いなくなって30分見つからない',
    '認知症の父がたまに道がわからなくなる。今朝から帰ってこない',
    '夫に鍵を閉められて締め出された。外は雪',
    '部活の試合のあと、先輩に殴られて血が出てる',
    '訪問販売の男に「殺すぞ」と脅されて、今も玄関の前にいる',
    '健康食品を買わされた。もう私も死にたい',
    "My daughter is lost at the mall and we can't find her",
    '孫がやけどしてるのに、嫁が病院に連れて行かない',
    '息子の腕にたばこのやけどの跡がいくつもある',
    '子どもが熱湯でやけど！皮がむけてる',
    'ケアマネさんから、父が施設からいなくなったと連絡。まだ見つからない',
    '今夜行くところがなくて、寒い。公園にいる',
    'スズメバチの巣を駆除してたら夫が刺されて、ぐったりして息が苦しそう',
    '夫は「死にたい」とまでは言わないけど、遺書を書いてた',
    '家賃払えなくて追い出された。今日泊まるとこない、3日食べてない',
    '兄がまた自殺未遂をした。今病院に運ばれてる',
    '子ども時代じゃない、今まさに父が暴れて母を殴ってる',
    '借金の取り立てが家に来て「殺すぞ」と脅された',
    '夫の介護で、もう手をあげてしまいそう。限界',
    '叩いたりはしていないけど、今にも手が出そうで怖い',
    '夫に髪を引きずられて外に出された',
    '「消えたい」と思う。今すぐどうにかなるわけじゃない。でも今夜、薬を全部飲むつもり',
    '死にたい。もう準備はできてる',
    'お金がなくて3日ご飯食べてない。家もない、寒い',
    '失恋して、もう死にたい。今夜飛び降りる',
]


@pytest.mark.parametrize("text", QUIET)
def test_harmless_sense_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, text


@pytest.mark.parametrize("text", SOFT)
def test_weight_with_no_danger_is_soft(text: str) -> None:
    assert screen(text).urgency == "soft", text


@pytest.mark.parametrize("text", ALARM)
def test_same_words_of_a_danger_still_alarm(text: str) -> None:
    assert screen(text).alarm, text
