"""The safety screen on the false alarms and soft messages of session 14 (issue #11, fresh blind set crisisN and the
routing sets' tuning parts), by family, in sentences of our own. Each harmless sense stays quiet (no alarm), and for
each the same words told of a danger still raise the alarm: a view that takes the breath away, a parent who will
"kill" over a test score, a knife on a carrot, a detector asked about, a childhood told in English, a scare that was
only anaemia, a dose asked about, a medicine taken for an illness, a scene of a film, an elder who eats little, a bill
that may cut the power, a fall lived with since, a carer's harsh words with no hand, a carer worn out.
"""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import answered, stays_quiet

# Harmless senses: no alarm (soft or none as the rest of the screen decides).
QUIET = [
    "息が止まるほど美しい夕焼けでした",
    "江ノ島の花火、息が止まるくらいきれいだった",
    "孫の寝顔がかわいすぎて心臓が止まりそうなくらい",
    "通知表やばすぎ、母に殺されるわｗ",
    "門限過ぎた…父さんに殺される〜",
    "赤点とったからおかんに殺されるw",
    "スマホ割ったのバレたら親に殺される〜",
    "息子が初めて包丁できゅうりを切った！",
    "夫が包丁で大根を切ってくれた",
    "包丁で玉ねぎ切ってたら娘が手伝ってくれた",
    "ガス警報器って一人暮らしにも必要ですか",
    "一酸化炭素の検知器はどれを選べばいい？",
    "COセンサー、冬キャンプにおすすめある？",
    "I nearly drowned as a kid and now I want my son to take swimming lessons. Where are classes?",
    "My dad hit me a lot as a child. Are there support groups for adult survivors?",
    "父が倒れたって連絡が来て焦ったけど、ただの立ちくらみだった。",
    "母が意識がないって聞いて駆けつけたら、ただの寝不足でした",
    "祖母が倒れたと聞いて病院へ。ただの脱水とのこと。",
    "頭痛薬って一日何錠まで飲んでいいの？",
    "睡眠導入剤、何錠まで飲んでも大丈夫ですか",
    "処方された安定剤の量が心配です",
    "血圧の薬を飲んでて、グレープフルーツは食べていい？",
    "てんかんの薬を飲んでいて発作はずっとない、プールは入れる？",
    "ゾンビ映画を見た。血がどばどば出るやつ",
    "漫画で首を絞められる場面があって子どもに見せていいか迷う",
    "祖母が最近あまり食べてないみたいで心配",
    "父は食が細くなって、ごはんを少ししか食べない",
    "一人暮らしの母の食欲がなくて、訪問の栄養指導ってある？",
    "ガス代滞納してて止められそう",
    "水道止められそう、払えない",
    "電気代を払い忘れて止まりそうになった",
    "母が転んでから外に出たがらない",
    "父はこけてから杖を使うようになった",
    "認知症の父にきつく当たってしまう毎日",
    "2歳の娘についきつく言ってしまって落ち込む",
    # round 2: a body slowly failing, a teenager who sleeps in, drowning as a feeling, a negation, a scare put out
    # by a neighbour, a drain
    "最近、膝が悪くて階段で足が上がらなくなってきた。手すりの補助ってある？",
    "年のせいか、だんだん手に力が入らなくなってきて瓶のふたが開けられない",
    "ここ数年で父の足が上がらなくなってきた、介護保険の申請は？",
    "高1の娘、夜更かしばかりで朝起きない。生活リズムの相談先は？",
    "不登校の息子が昼まで起きない、どう声をかけたら",
    "反抗期の息子、朝は全然起きない",
    "I feel like I'm drowning in all this paperwork and care for my dad",
    "My wife says she feels like she's drowning since the baby came",
    "死にたいとかそういうのではないけど、気分が沈む日が続く",
    "消えたいとかそんな感じじゃなくて、ただ疲れてる",
    "叩かれたことはまだないけど、怒鳴られるのが怖い",
    "おとといコンロの火をつけっぱなしで出かけてしまい、隣の人が消してくれました。見守りサービスは？",
    "先週ストーブをつけたまま寝てしまい、家族が気づいてくれた。火の元の対策を知りたい",
    "家の裏の排水溝が詰まってあふれそう、どこに連絡？",
    "マンションの下水が臭う、管理会社以外に相談先は",
    # round 3: a jump for sport, a float against drowning, a fear left from a disaster, an old heater, a diet, a near miss
    "バンジージャンプで飛び降りるのって何歳から？",
    "スカイダイビングで飛び降りる体験、鎌倉から近い所ある？",
    "お風呂で溺れない浮き輪って何歳まで使える？",
    "震災のとき、家が燃えるのを見た。今でも火が苦手",
    "練炭こたつって今でも売ってる？古い家にあった",
    "ダイエットで三日食べてないけど全然平気、むしろ調子いい",
    "階段から落ちそうになったけど手すりで助かった。手すりの補助もっと付けたい",
    # round 4: weeds killed, a baby well otherwise, children who fought, a rice cake that came out
    "I want to kill the weeds in my garden, is pesticide allowed?",
    "How do I kill cockroaches in an old house?",
    "My baby keeps choking a little on milk, is that normal? He's fine otherwise.",
    "子どもが学校で友達とけんかして、ちょっとあざができた。先生には話した",
    "兄弟げんかで弟の腕に小さなあざ。仲直りはしました",
    "祖父が餅をのどに詰まらせかけたけど、すぐ出た。小さく切るべき？",
    # round 5: a pet that drowned years ago and a memory that lingers, a school-days story, a near miss once had,
    # a wasp's nest feared
    "愛犬が川で溺れたのは三年前。今も水辺に行くと思い出す",
    "中学の頃、部活で熱中症で倒れた。今はコーチとして子どもたちの水分補給に気をつけてる",
    "献血で倒れそうになったことがあるけど、また献血していい？",
    "ハチの巣を駆除してほしい、刺されたら怖い",
    "蜂に刺されたみたい、腕が赤く腫れてる。皮膚科？",
    # round 6: a near miss in English, a pizza "murdered", a game character's line mimicked
    "I nearly fainted at the bus stop from the heat yesterday, but I'm fine. Are there cooling shelters?",
    "I could murder a pizza right now",
    "息子が「死にたい」ってゲームのキャラのセリフを真似してる",
    # round 7: harm that has stopped, a comedian's retort, a joke taken back at once
    "元夫のストーカー行為は警察の警告で止まりました。念のため住民票の閲覧制限を続けたい",
    "お笑いで「殺すぞ」ってツッコミする芸人が好き",
    "彼氏にフラれて死にたい…なんてね、もう立ち直った",
]


test_a_harmless_sense_raises_no_alarm = stays_quiet(QUIET)


# The same words told of a danger: the alarm, with the situation a counsellor would name among those found.
CRISES = [
    ("父が息が止まりそうなくらい咳き込んでて顔が紫", "not-breathing-or-unconscious"),
    ("テストの点が悪いと父に殴られる。今日本当に殺されるかもしれない", "violence-now-family"),
    ("テストの点が悪くて父に殴られた、殺される", "violence-now-family"),
    ("父に殺される、今すぐ助けて", "violence-now-family"),
    ("包丁で手首を切った", "self-harm"),
    ("にんじん切ってたら指を深く切って血が止まらない", "heavy-bleeding"),
    ("今夜包丁で死ぬ", "suicide-plan-or-attempt"),
    ("ガス警報器が鳴ってて頭が痛い", "gas-or-co"),
    ("一酸化炭素の警報が鳴ってる、家族がぐったりしてる", "gas-or-co"),
    ("My house is on fire right now and my kids are inside", "fire"),
    ("ただの風邪だと思ってたら、父の意識がなくなった", "not-breathing-or-unconscious"),
    ("ただの貧血だと思ったけど、母がまた倒れて動かない", "elderly-fallen"),
    ("睡眠薬を30錠飲んだけど大丈夫？", "overdose"),
    ("薬を全部飲んだ、何錠かわからない", "overdose"),
    ("血圧の薬をまとめて全部飲んだ", "overdose"),
    ("うつの薬を飲んでて、さっき1シート全部飲んだ", "overdose"),
    ("夫に刺された、血がどばどば出てる", "heavy-bleeding"),
    ("母がお金がなくて3日何も食べてない", "no-food-or-shelter-in-cold"),
    ("冷蔵庫が空で子どもがあまり食べてない、お金もない", "no-food-or-shelter-in-cold"),
    ("電気もガスも止められて、寒くて震えてる", "no-food-or-shelter-in-cold"),
    ("電気止められそうで、子どもに食べさせるものもない", "no-food-or-shelter-in-cold"),
    ("母が転んで起き上がれない", "elderly-fallen"),
    ("祖父が転んでから動けなくて床にいる", "elderly-fallen"),
    ("母に怒鳴ってしまう。このままだと叩いてしまいそう", "caregiver-may-harm"),
    ("介護でイライラして、父を叩いてしまった", "caregiver-may-harm"),
    ("子どもに怒鳴って、いつか手が出そうで怖い", "caregiver-may-harm"),
    ("子どもに怒鳴って、何をするかわからない自分が怖い", "caregiver-may-harm"),
    ("さっきから父の右手が動かなくなってきた", "stroke-signs"),
    ("母の手が急に上がらなくなってきた、ろれつも変", "stroke-signs"),
    ("中2の息子が朝起きない。揺すっても反応がない", "not-breathing-or-unconscious"),
    ("娘が朝起きない、呼んでも返事がなくて息が浅い", "not-breathing-or-unconscious"),
    ("My son is drowning in the pool, help", "drowning"),
    ("死にたいとかそういうのではないけど、もう薬を全部飲んだ", "overdose"),
    ("死にたいとかじゃないけど、もう薬を全部飲んだ", "overdose"),
    ("鍋を火にかけたまま出かけてしまって、今煙が出てる", "fire"),
    ("バンジーみたいに橋から飛び降りたい、もう死にたい", "suicide-plan-or-attempt"),
    ("遊園地の観覧車から飛び降りて消えたい", "suicide-thoughts"),
    ("お金がなくてダイエットどころか3日食べてない", "no-food-or-shelter-in-cold"),
    ("階段から落ちそうになったけど大丈夫だった。でも母は転んで起き上がれない", "elderly-fallen"),
    ("子どもがお風呂で溺れてる、浮き輪をしてたのに", "drowning"),
    ("練炭こたつで練炭を焚いて死にたい", "suicide-plan-or-attempt"),
    ("今でも火が怖いけど、いま台所が燃えてる", "fire"),
    ("My baby is choking on milk and turning blue", "choking"),
    ("My baby is choking, he's fine otherwise but now he can't breathe", "choking"),
    ("子どもが友達とけんかして、頭から血が止まらない", "heavy-bleeding"),
    ("息子が友達とけんかしたら、相手の親に殴られてあざができた", "child-abuse"),
    ("祖父が餅をのどに詰まらせかけて、まだ苦しそう", "choking"),
    ("祖父が餅をのどに詰まらせた、息ができない", "choking"),
    ("犬が川で溺れて、助けようとした息子も流されてる", "drowning"),
    ("献血のあと倒れて意識がない", "not-breathing-or-unconscious"),
    ("蜂の巣を取ろうとした夫が刺されて、ぐったりしてる", "not-breathing-or-unconscious"),
    ("夫にナイフで刺されて、ぐったりしてる", "heavy-bleeding"),
    ("My dad nearly fainted and now he's not breathing", "not-breathing-or-unconscious"),
    ("He almost drowned and he's fine, but my daughter is still in the water", "drowning"),
    ("I could murder my husband, he hit me again, I'm scared", "violence-now-partner"),
    ("息子が「死にたい」って泣いてる", "suicide-thoughts"),
    ("ゲームのキャラのセリフじゃなくて、本当に死にたい", "suicide-thoughts"),
    ("ストーカー行為は止まったけど、また今日家の前にいた", "stalking-threat"),
    ("夫の暴力は止まりました。でも昨日からまた殴られてる", "violence-now-partner"),
    ("死にたい。なんてね、って笑えない", "suicide-thoughts"),
    ("もう立ち直れない、死にたい", "suicide-thoughts"),
    ("芸人の夫に毎晩殴られてる", "violence-now-partner"),
]


@pytest.mark.parametrize("text,situation", CRISES)
def test_the_same_words_told_of_a_danger_raise_the_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)


# Distress, exhaustion or a past crisis: answered soft, neither alarmed nor silent.
SOFT = [
    "母の介護でイライラして、つい怒鳴ってしまう。自己嫌悪です",
    "子どもに怒鳴ってばかり。手は上げてないけど",
    "寝たきり夫の介護で夜中に何度も起こされて、体がもちません",
    "消えたいと思ってた時期もあったけど、今はなんとかやってる。でも不安",
    "子どもの頃に親から虐待を受けて育ちました。今も人を信じられません",
    "小学生のときに殴られてた。もう昔のことだけど、今でも大きな声が怖い",
    # worn down, no breath of one's own, nowhere to send a call for help, a relapse or a panic attack feared,
    # nightmares and loneliness (core/safety/cues/soft.py)
    "仕事も家事も全部ひとりで、もう気が滅入ってしまう",
    "母の介護が続いて、わたしの方が参ってきました",
    "育児でずっと家にいて、息抜きする時間もない",
    "SOSを出したいけど、誰に言えばいいのか",
    "父を亡くしてから、誰に話したらいいのかわからない",
    "禁煙してるけど、誘惑に負けそうな日がある",
    "I've been having nightmares since the accident. Who can I talk to?",
    "I moved here alone and have no one to talk to.",
]


# The same words in a routine question: nothing heard at all.
ROUTINE = [
    "鶴岡八幡宮に参ってきました、駐車場はどこが近い？",
    "お墓に参っています、霊園の管理料は？",
    "息抜きにカフェに行きたい、子連れで入れる店ある？",
    "保険証をなくしたけど、誰に言えばいい？",
]


test_the_soft_words_in_a_routine_question_are_not_heard = answered("none", ROUTINE)


test_distress_and_a_past_crisis_are_answered_soft = answered("soft", SOFT)
