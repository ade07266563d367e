"""The safety screen on the kinds of failure found in session 11 (issue #11, fresh blind set crisisJ and the
blind conversations' tuning part), by family, in sentences of our own: living itself as the thing to quit, a room
sealed for a fire, a head struck against a wall that will not stop; a breath that will not come properly, how to
call an ambulance asked in the moment, heat illness told by its signs alone, a half face that does not move, a
breath that tightens after a sting; blows in a northern voicing or plain kana, a stranger behind the writer, someone
met online who turns up at school; abuse told in the first person, a neighbour's child hungry and hurt, an old
person's face hurt by a relative; a late child in Kansai or western speech; someone shivering in the cold night;
a chest that hurts with a cold sweat.
Each family has harmless twins that stay quiet: a sting, a habit of nerves, a teenager who comes home late, the
weather as a killer or as small talk, abuse lived through as a child and now over, a question for later, a heart
that tightens with sadness, a request brushed aside (流されて), the parents' own absence one day."""

from __future__ import annotations

from core.safety import screen
from tests.screen_cases import answered, raises_alarm, stays_quiet

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    ("もう生きることをやめたくなる", "suicide-thoughts"),
    ("生きてるのをやめたいって毎晩思う", "suicide-thoughts"),
    ("窓のすきまをガムテープで目張りした。炭はもう買ってある", "suicide-plan-or-attempt"),
    ("自分で壁に頭をぶつけるのがやめられない", "self-harm"),
    ("救急車の呼び方がわからない！母が倒れてる", "not-breathing-or-unconscious"),
    ("きゅうきゅうしゃ よぶ ほうほう しらない", "not-breathing-or-unconscious"),
    ("息がうまく吸えない、胸が痛い", "choking"),
    ("いきが ちゃんと できない たすけて", "choking"),
    ("スズメバチに刺された、顔が腫れて息が苦しい", "choking"),
    ("部活で足がつって、ちょっと吐き気もあって、顔が真っ赤です", "heatstroke"),
    ("祖母の顔の右半分が動いてないように見える", "stroke-signs"),
    ("じいじの顔 かたほう うごいてない", "stroke-signs"),
    ("朝から父が左足を引きずってて、舌も回らない感じ", "stroke-signs"),
    ("夫が私をなぐります", "violence-now-partner"),
    ("Dad is hitting my mum right now", "violence-now-family"),
    ("おどうが酔っで暴れで、ばさまが突ぎ飛ばされだ", "violence-now-family"),
    ("ずっと後ろにいる男の人がこわい", "stalking-threat"),
    ("SNSで知り合った男が家の前まで来てる。怖い", "stalking-threat"),
    ("虐待を受けています。家にいたくない", "child-abuse"),
    ("虐待されてるかもしれない子がいる", "child-abuse"),
    ("近所の子がいつもガリガリで、ゴミ箱をあさってる。今日は目の周りを腫らしてた", "child-abuse"),
    ("一人暮らしの母の顔が腫れていて、前歯が折れていた。兄が来るたびにお金をせびって殴るらしい", "elder-abuse-injury"),
    ("At the care home an elderly resident has bruises on her arms and a swollen eye. She told us her grandson hit her.",
     "elder-abuse-injury"),
    ("娘がバイトから帰ってけえへん、もう夜中の1時やのに電話も出えへん", "missing-child"),
    ("中学生の娘が夜遅くまで帰ってこない。今夜は連絡もつかない", "missing-child"),
    ("薄着のこどもが公園で震えてる、夜なのに親が来ない", "no-food-or-shelter-in-cold"),
    ("生きてくのをやめたい", "suicide-thoughts"),
    ("父が胸を押さえて、脂汗かいてる。左の肩も痛いって", "not-breathing-or-unconscious"),
    ("むね いたい ひやあせ とまらん", "not-breathing-or-unconscious"),
    ("小4の娘がまだ帰ってきよらん、習い事終わって1時間以上たつ", "missing-child"),
    ("マッチングアプリの人がバイト先にまで来るようになった、しつこくて怖い", "stalking-threat"),
    ("知らんおじさんがずっと後ろついてくる、こわい", "stalking-threat"),
    ("スマホの電池も切れて、公園で朝まで過ごすしかない。雪が降ってきた", "no-food-or-shelter-in-cold"),
    ("買い物の間、車の中に2歳の息子を寝かせたままにしてしまった。今日は35度", "heatstroke"),
]

HARMLESS = [
    "タバコをやめたい",
    "台風に備えて窓のすきまをテープでふさいだ",
    "すきま風がひどいのでテープでふさいだら寒くなくなりました",
    "壁に頭を打ちつけてしまう子どもの療育について相談したい",
    "救急車を呼ぶ目安を知りたい",
    "救急車を呼ぶときの番号って119でしたっけ",
    "緊張すると息がうまくできない気がします。相談できるところは",
    "夜中に足がつって目が覚めます。水分をとるように言われました",
    "蚊に刺されて腫れた",
    "クラゲに刺されたことがある息子に、海の注意を教えたいです",
    "アプリで知り合った人とこれから駅で会うの楽しみ",
    "ずっと後ろにいる車が気になる",
    "虐待されてる犬を見つけた",
    "子どもが虫歯で顔を腫らしているので歯医者を探しています",
    "祖母が転んで前歯が折れました。歯医者を教えて",
    "娘の帰りが遅いのが最近心配です",
    "大学生の息子が最近夜遅うまで帰ってこん。バイトが忙しいんかね",
    "暑くて死ぬかと思った（笑）",
    "父は口ぐせで「眠すぎて死ぬ」って言います。昼寝できる場所はありますか",
    "運動すると胸が痛くなるので循環器の病院を探しています",
    "親友が引っ越して、胸が締め付けられるようにさみしい",
    "相談窓口に何度も電話したけど、担当じゃないからって流されてしまいました",
    "冬キャンプで車の中で一晩寝る予定です。寒さ対策を知りたい",
    "暑い日に車に荷物を置いたままにしても大丈夫？",
    "私たち夫婦がいなくなったあと、障害のある娘の暮らしが心配です。後見について知りたい",
    "子どもの頃、親から虐待を受けて育ちました。今は大人で、親とは離れて暮らしています。戸籍の閲覧を止める手続きは",
]

SOFT = [
    "Something terrible happened to me when I was at university. I think I need counselling now.",
    "父からの虐待を受けて育ち、今も悪夢を見ます",
]

# A cue read in its harmless sense leaves no quiet line unless distress is heard as well.
SENSE_ONLY = [
    "ハチに刺されたことのある息子がいます。林間学校に持っていく薬の相談はどこで？",
    "火災報知器がピッピッて鳴る。電池切れかな、交換はどうすれば",
]


test_a_harmless_sense_alone_is_no_danger = answered("none", SENSE_ONLY)


def test_a_harmless_sense_with_distress_keeps_the_quiet_line() -> None:
    assert screen("ハチに刺されたことがあって怖い。もう外に出たくない、つらい").urgency == "soft"


SMALL_TALK = ["今日は朝からむしむしますねえ", "寒くなりましたね", "いい天気ですねえ"]


test_crisis_family_raises_its_alarm = raises_alarm(CRISES)


test_harmless_twin_raises_no_alarm = stays_quiet(HARMLESS)


def test_cold_hands_in_a_home_without_heat_are_no_stroke() -> None:
    found = screen("ガスも電気も止められて、毛布一枚で二日目。手がしびれてきた")
    assert found.alarm and "stroke-signs" not in found.situations, found
    assert "stroke-signs" in screen("寒い朝、急に父の右手がしびれて言葉が出ない").situations


test_harm_lived_through_and_help_sought_is_heard_softly = answered("soft", SOFT)


test_a_remark_on_the_weather_is_small_talk = answered("none", SMALL_TALK)


def test_weather_then_a_wish_to_die_is_still_heard() -> None:
    assert screen("今日は寒いですね、もう死にたい").alarm
