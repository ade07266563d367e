"""The safety screen on the kinds of failure found in session 12 (issue #11, fresh blind set crisisK), by family, in
sentences of our own: the writer's absence as everyone's relief with no one named, insurance money as the way to
pay a debt, an end wished for by someone who feels a burden, a farewell posted and the phone not answered, the jump
said in two words; a burn given to oneself with hot water; someone gone under after a fall from a board or a boat,
someone swept away while the sentence is written; a note saying "I'm watching" and a figure at the window each
night; a child hit by the mother's partner, a child kept out of the house at night; marks the shape of fingers; a
staff member seen slapping someone who cannot tell; an old person who cannot say where they came from, someone with
dementia gone with the car keys; a carer's thought of giving too much medicine on purpose; "DV now" in two words;
a pupil's blade on their own thigh (self-harm, not family violence); English despair with a recent past told as
its reason.
Each family has harmless twins that stay quiet: prevention (窒息を防ぐ), a detector to buy, a group for the bereaved,
someone else's absence wished for, a farewell at a leaving party, a plane that leaves, a parent driven out with.
"""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import raises_alarm, stays_quiet

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    ("いなくなったらみんな幸せになれるよね", "suicide-thoughts"),
    ("消えれば家族も楽になると思う。もう疲れた", "suicide-thoughts"),
    ("ローンが返せない。生命保険で払うしかないと思い始めてる", "suicide-thoughts"),
    ("誰の役にも立たないし、迷惑ばかりだから、もう終わりにしたい", "suicide-thoughts"),
    ("I just don't want to exist anymore. My partner left me last week.", "suicide-thoughts"),
    ("彼が「みんな元気でね」ってLINEしてきて、そのあと既読もつかない", "suicide-plan-or-attempt"),
    ("姉からさよならってメールが来て、電話にも出てくれない", "suicide-plan-or-attempt"),
    ("今から飛ぶ", "suicide-plan-or-attempt"),
    ("やっぱり飛びます", "suicide-plan-or-attempt"),
    ("また腕にやけどするまで熱湯かけてしまった", "self-harm"),
    ("アイロンをやけどするまで手に押し当てた", "self-harm"),
    ("カヤックから落ちた父が浮いてこない", "drowning"),
    ("堤防から落ちた子が上がってこない！", "drowning"),
    ("My brother fell off his paddleboard and hasn't come up", "drowning"),
    ("大雨のあとの川で男の人が流されてる", "drowning"),
    ("毎晩、家の前に知らない男が立ってる", "stalking-threat"),
    ("ポストに「ずっと見てるよ」と書いた紙。怖い", "stalking-threat"),
    ("ママのかれしが毎日ぼくをける", "child-abuse"),
    ("お母さんの恋人に叩かれるのがこわい", "child-abuse"),
    ("となりの子が寒いのにベランダにいて、家に入れてもらえないって泣いてる", "child-abuse"),
    ("祖母の腕に指の形のあざがくっきり。叔父が介護してる", "elder-abuse-injury"),
    ("At the group home I saw a carer shove a resident with autism into a wall; he has a bruise on his arm.",
     "disabled-abuse-injury"),
    ("駅のベンチに寝間着のおばあさんがいて、どこから来たのか言えない", "missing-person-dementia"),
    ("認知症の父が運転して出ていきました。止めたのに", "missing-person-dementia"),
    ("介護に疲れて、母に睡眠薬をわざとたくさん飲ませようかと考えてしまう", "caregiver-may-harm"),
    ("DV いま", "violence-now-partner"),
    # bare words, the particles dropped
    ("子ども 息できない", "choking"),
    ("じいちゃん 転倒 たてない", "elderly-fallen"),
    ("娘の発作が止まらん、座薬も効かない", "seizure"),
    ("こたつのコードから煙出てる、こげくさい", "fire"),
    ("手首にライターの火を押しつけた", "self-harm"),
    ("頭痛薬ひと箱ぜんぶ飲んだ", "overdose"),
    ("母の3日分の薬の袋が空で、ぼーっとしてる", "overdose"),
    ("睡眠薬とビールを一緒に飲んじゃった", "overdose"),
    ("父が寝たまま起きない、変ないびきをかいてる", "not-breathing-or-unconscious"),
    ("祖父の体が熱くて、お茶も飲み込めない", "heatstroke"),
    ("夫の顔がお風呂のお湯の中に沈んでた", "drowning"),
    ("にいちゃん たたく こわい", "violence-now-family"),
    ("施設で暮らす耳の聞こえない兄が、ご飯を抜かれて痩せて、腕を切っていた", "disabled-abuse-injury"),
    ("小3の息子が公園から帰ってこない、もう暗くなった", "missing-child"),
    ("ネットカフェ代も尽きた、今夜どこで寝たらいいの", "no-food-or-shelter-in-cold"),
    ("I look after my dad alone and I nearly shoved him today. I'm scared of what I might do.", "caregiver-may-harm"),
    # what only the heads heard before, now by rule
    ("あたしなんか生まれてこんかったらよかった", "suicide-thoughts"),
    ("もう何もかも終わりにしたか", "suicide-thoughts"),
    ("自分はもう要らないのかも", "suicide-thoughts"),
    ("これから おくじょうに いく。さよなら", "suicide-plan-or-attempt"),
    ("My sister sent me a goodbye message and is heading to the bridge tonight", "suicide-plan-or-attempt"),
    ("I'm sitting by the railway tracks. Next train and that's it.", "suicide-plan-or-attempt"),
    ("妻が「私はおらんほうがええ」って毎日言うてて心配", "suicide-thoughts"),
    ("安全ピンで指を何度も刺してしまう、やめられない", "self-harm"),
    ("割れたガラスで腕を…まだ手に持ってる", "self-harm"),
    ("腕をひっかいて血が出た。今日もとまらない", "self-harm"),
    ("父が急に「うー」しか言わなくなった", "stroke-signs"),
    ("祖母の左の手がさっきからだらんとしてる", "stroke-signs"),
    ("My mum's face suddenly looks droopy on one side", "stroke-signs"),
    ("帰り道で知らない男に車に連れ込まれそうになった、怖い", "sexual-violence"),
    ("同意してないのに、されてしまった", "sexual-violence"),
    ("夜中に兄が部屋に入ってくる。今夜も来ると思うとこわい", "sexual-violence"),
    ("クーラーのない部屋で祖父がぼーっとして、水も飲めない", "heatstroke"),
    ("ばあちゃん くちから あわ ふいてる", "seizure"),
    ("岸壁から落ちた人が泳げないって叫んでる", "drowning"),
    ("息子が沖から戻ってこない、波が高い", "drowning"),
    ("2歳の子があめを丸のみして、ぜいぜいしてる", "choking"),
    ("じいちゃん、なんぼ呼んでも目ぇ開けん", "not-breathing-or-unconscious"),
    ("ガスストーブをつけたまま窓を閉め切ってたら、頭がぼーっとして吐き気", "gas-or-co"),
    ("祖父が夜に転んで、床に倒れたまま朝になってた", "elderly-fallen"),
    ("父が姉に皿をなげとる、止まらん", "violence-now-family"),
    ("叔父が弟を押し入れに入れて鍵をかけた", "confinement"),
    ("また子どもをたたいちゃった。とまらない", "caregiver-may-harm"),
    ("祖母が叔父に突き飛ばされて手首が腫れてるのに、病院に連れてってもらえない", "elder-abuse-injury"),
]

HARMLESS = [
    "赤ちゃんの窒息を防ぐ方法を知りたいです",
    "高齢の母の転倒を防ぐ手すりをつけたい",
    "一酸化炭素チェッカーはどこで買えますか",
    "ガス漏れセンサーを台所に付けたい、おすすめは",
    "Is there a group for families who lost someone to suicide? My uncle would like to meet others.",
    "あの上司がいなくなればみんな楽になるのに",
    "送別会で「みんな元気でね」って言われて泣きそうになった",
    "飛行機もう飛ぶかな？台風が心配",
    "認知症の母と車で出かけました。休憩できる場所は",
    "子どもの手形アートの教室を探しています",
    "DV相談の窓口は今やってますか",
    "夏休みにSUPの体験をしたい。どこでできますか",
    "毎晩、家の前を犬の散歩の人が通る",
    "ママの彼氏がやさしくて、いっしょに公園に行った",
    "マスクをすると息ができない感じがして苦手です",
    "花粉で鼻がつまって息できない、いい耳鼻科ある？",
    "息できないくらい笑った",
    "焚き火の煙が出て、服がくさくなった",
    "喘息の子のための吸入器の補助はありますか",
    "てんかんの発作がまた起きたら困るので、相談先を知りたい",
    "風邪薬をひと箱買っておきたい",
    "ホテル代もないので今回の旅行はやめます",
    "あとつけられてるかも、って冗談で言ったら笑われた",
    "レシートは自分は要らないです",
    "屋上に行くエレベーターはどこですか",
    "手芸で針で指を刺してしまった、絆創膏ある？",
    "アトピーで腕をかきむしって血が出る、皮膚科を教えて",
    "The face painting at the festival looked lopsided, lol",
    "夜中に猫が部屋に入ってくるので眠れない",
    "エアコンのない部屋でも涼しく過ごす工夫を知りたい",
    "I cut my hair again tonight, too short",
    "うちの犬が泡をふいてる、動物病院はどこ？",
    "堤防から落ちないように柵をつけてほしい",
    "あめを丸のみしないように小さく切ってます",
    "給湯器が壊れてお湯が出ない、修理はどこに頼めば",
    "子どもに怒鳴っちゃう自分が嫌。子育て相談はどこ？",
    "病院に連れてってもらえる送迎サービスはありますか",
]


test_crisis_family_raises_its_alarm = raises_alarm(CRISES)


test_harmless_twin_raises_no_alarm = stays_quiet(HARMLESS)


def test_an_asthma_attack_that_will_not_stop_is_the_airway() -> None:
    found = screen("喘息の発作が止まらない、苦しそう")
    assert found.alarm and "choking" in found.situations and "seizure" not in found.situations, found


def test_a_lie_in_is_no_one_who_cannot_wake() -> None:
    assert not screen("息子が寝たまま起きない、もう昼").alarm
    assert screen("息子が寝たまま起きない、呼んでも返事がない").alarm


def test_a_cut_already_made_with_a_plan_is_an_attempt_under_way() -> None:
    found = screen("I'm in the bathroom with a knife. I already cut a little. I don't want to be saved.")
    assert found.urgency == "emergency" and found.situations[0] == "suicide-imminent", found


def test_ones_own_bite_that_staff_cannot_stop_is_self_harm_alone() -> None:
    found = screen("グループホームの入居者さんが自分の手を噛み続けて、職員では止められない")
    assert found.alarm and found.situations == ("self-harm",), found


def test_a_pet_named_before_a_person_who_falls_does_not_hide_the_person() -> None:
    # 「犬の散歩中に父が倒れて」: the pet is the scene, the father is the one down
    assert screen("猫を追いかけて祖母が倒れて動かない").alarm
    assert screen("犬の散歩中に父が倒れて泡をふいてる").alarm
    assert not screen("うちの猫が昨日から動かない、病院どこ").alarm


def test_a_pupils_blade_on_their_own_thigh_is_self_harm_first() -> None:
    found = screen("担任です。生徒が彫刻刀で自分の太ももを刺していたと聞きました。今は職員室にいます")
    assert found.alarm and found.situations[0] == "self-harm", found
    # someone else's blows in the same message keep the family's line
    assert "violence-now-family" in screen("父が暴れて母を殴っている。弟は自分の腕を切った").situations


def test_a_story_that_is_over_still_settles_an_english_message() -> None:
    assert not screen("I wanted to die when I was a teenager. I'm fine now and just want to volunteer.").alarm


@pytest.mark.parametrize("text", [
    "義父が最近つまずきやすくなって、手すりのことを聞きたい",
    "うちのばあちゃん、この頃よくこけるんよ。どこに相談したらええ？",
    "母が転ぶことが増えました。介護認定を受けたほうがいいですか",
    "My grandfather keeps falling lately. Is there a home visit service?",
])
def test_a_tendency_to_fall_is_a_worry_not_an_emergency(text: str) -> None:
    assert not screen(text).alarm


@pytest.mark.parametrize("text", ["祖父が玄関で転んで起き上がれないの", "おじいちゃん こけて うごけん", "介護してる父をぶつことが増えた"])
def test_a_fall_that_happened_and_a_carers_blows_still_raise_the_alarm(text: str) -> None:
    assert screen(text).alarm


@pytest.mark.parametrize("text", [
    "ダウン症の娘がいます。私たち夫婦が亡くなった後、娘はどこで暮らせばいいのか",
    "親亡き後の息子の生活について相談したい",
    "We worry about our autistic son after we're gone. Who can help us plan?",
])
def test_the_time_after_the_parents_are_gone_is_no_one_missing(text: str) -> None:
    assert not screen(text).alarm


def test_a_child_not_back_is_still_missing() -> None:
    assert "missing-child" in screen("小3の娘が公園から帰ってこない、もう暗い").situations


@pytest.mark.parametrize("text", ["あしたは晴れるかな☀", "雨ふりそう☔ 洗濯物どうしよ"])
def test_the_weather_is_no_one_without_food_or_a_roof(text: str) -> None:
    assert "no-food-or-shelter-in-cold" not in screen(text).situations
