"""The safety screen on the kinds of failure found in session 14 (issue #11, fresh blind set crisisN), by family, in
sentences of our own: the body's emergencies told in Spanish, Portuguese, Tagalog, Chinese, Korean or Vietnamese
(a faint in the heat, blood that will not stop, a smell of gas, someone with dementia gone, a blow now, a disabled
child back from the institution with a broken arm, a carer afraid of hurting, a bridge to jump from); a danger told
after a question put aside (…いや本当に), a fit in progress with no history known, a partner or child who is away
"but still in the house", a game taken away and a bat brought out, burns counted "in several places".
Each family has harmless twins that stay quiet.
"""

from __future__ import annotations

import pytest

from core.safety import screen

# (message, the situation a counsellor would name: it must be among those the screen finds)
CRISES = [
    # other languages
    ("Meu pai desmaiou no calor, está trabalhando no campo", "heatstroke"),
    ("Mi abuela se desmayó por el calor en la playa", "heatstroke"),
    ("Nahimatay ang kasama ko sa init sa construction", "heatstroke"),
    ("Mi hijo se cayó y sangra mucho de la cabeza", "heavy-bleeding"),
    ("Meu marido se cortou e não para de sangrar", "heavy-bleeding"),
    ("我爸爸手上流血不止", "heavy-bleeding"),
    ("Hay olor a gas en la cocina y mi madre está mareada", "gas-or-co"),
    ("Tem cheiro de gás na casa toda", "gas-or-co"),
    ("Amoy gas sa bahay namin, nahihilo si nanay", "gas-or-co"),
    ("Mi abuelo tiene demencia y desapareció esta mañana", "missing-person-dementia"),
    ("Minha mãe tem Alzheimer e sumiu desde ontem", "missing-person-dementia"),
    ("Ang lola ko ay may dementia at nawala kanina", "missing-person-dementia"),
    ("Mi hija de 4 años se perdió en la playa", "missing-child"),
    ("Minha filha de 5 anos sumiu no parque", "missing-child"),
    ("Sinasaktan kami ng tatay namin ngayon", "violence-now-family"),
    ("Mi hermano me está pegando, tengo miedo", "violence-now-family"),
    ("Minha filha tem deficiência e voltou da escola com hematomas", "disabled-abuse-injury"),
    ("Mi hijo con discapacidad volvió del centro con el brazo roto", "disabled-abuse-injury"),
    ("照顾爸爸太累了，我怕我会打他", "caregiver-may-harm"),
    ("Tôi muốn nhảy cầu, không ai hiểu tôi", "suicide-plan-or-attempt"),
    ("Voy a tirarme del puente esta noche", "suicide-plan-or-attempt"),
    # a question put aside, then the danger
    ("落とし物の窓口ってどこですか…いや本当に、5歳の息子が駅の人混みで見つからない", "missing-child"),
    # a fit going on now, whatever history is not known
    ("通勤中の電車で隣の人が倒れてけいれんしています、持病はわかりません", "seizure"),
    # away now but still under the same roof
    ("夫に首を絞められた。今は離れてるけど同じ家にいる", "violence-now-partner"),
    # a game taken away and a weapon brought out
    ("ゲームを取り上げたら弟が包丁を持ち出して父と揉み合ってる", "violence-now-family"),
    # burns counted in several places
    ("施設に面会に行ったら、母の腕にあざが何か所もあって、母は黙って震えていた", "elder-abuse-injury"),
    # everyday words without the usual term (cues/everyday.py)
    ('かじ！へやじゅう けむり', 'fire'),
    ('かじです けむりが すごい にげられない', 'fire'),
    ('台所にけむり、かじかも、たすけて', 'fire'),
    ('じいちゃんが冷たくなっとる、起きん', 'not-breathing-or-unconscious'),
    ('母が布団の中で冷とうなっとる', 'not-breathing-or-unconscious'),
    ('朝起きたら主人が冷たくなってます', 'not-breathing-or-unconscious'),
    ('熱中症の本を読んでたら、いま隣で母がぐったりして返事がおかしい', 'heatstroke'),
    ('真夏の畑で父が頭がガンガンするって、水も飲めないみたい', 'heatstroke'),
    ('エアコン壊れた部屋で祖母が水ものめん言うとる', 'heatstroke'),
    ('熱中症かなと思ってたけど、いま意識がもうろうとしてる', 'heatstroke'),
    ('認知症の母が買い物に出て3時間、まだ帰ってこない', 'missing-person-dementia'),
    ('認知症の祖父が散歩に出たまま4時間たつ', 'missing-person-dementia'),
    ('徘徊のある父が家を出て2時間、どこにもいない', 'missing-person-dementia'),
    ('転んで膝がぱっくり割れて骨が見えてる', 'heavy-bleeding'),
    ('包丁で指をざっくり、傷口がばっくり開いてる', 'heavy-bleeding'),
    ('頭がぱっくり切れてる、どうしよう', 'heavy-bleeding'),
    ('廊下が血だまりになってる', 'heavy-bleeding'),
    ('介護疲れでもう限界。母に何かしてしまいそう', 'caregiver-may-harm'),
    ('育児がしんどい、赤ちゃんに何かしちゃいそうでこわい', 'caregiver-may-harm'),
    ('義父の介護、もう無理。父になにかやってしまいそう', 'caregiver-may-harm'),
    ('かわに むすこが おちた', 'drowning'),
    ('池に子どもが落ちた！', 'drowning'),
    ('うみに ともだちが おちて みえない', 'drowning'),
    ('きゅうに みぎの てあしが しびれて うごかない', 'stroke-signs'),
    ('さっきから ひだりの うでが あがらん', 'stroke-signs'),
    ('いま手が動かんし目が見えにくい', 'stroke-signs'),
    ('預かってる子が、家で頭を水に沈められるって話してる', 'child-abuse'),
    ('隣の子ども、何日もご飯もらってないみたい、あざもある', 'child-abuse'),
    ('近所の子がいつも泣き叫んでて、けがもしてる', 'child-abuse'),
    ('The kids upstairs have been alone for two days, no food', 'child-abuse'),
    ('中2の息子が家出して、昨日から帰ってこない', 'missing-child'),
    ('娘が置き手紙をして家出しました、まだ14歳です', 'missing-child'),
    ('彼女が今からリスカするって、手首の写真送ってきた', 'self-harm'),
    ('友達が「いまから切る」ってカミソリの写真を送ってきた', 'self-harm'),
    ('友だちがインスタに「今までありがとう」って投稿して、電話にも出ない', 'suicide-thoughts'),
    ('彼氏から「さよなら」って送られてきて既読つかない', 'suicide-thoughts'),
    ('「みんな元気でね」って書いて、連絡がつかない', 'suicide-thoughts'),
    ('特別支援学校の生徒の背中にやけどの跡、おびえて「言ったらまたやられる」って', 'disabled-abuse-injury'),
]

HARMLESS = [
    "Hace mucho calor hoy en Kamakura, ¿dónde hay una piscina pública?",
    "¿Dónde puedo donar sangre en Kamakura?",
    "¿Cómo cambio el contrato de gas de mi casa?",
    "Mi abuelo tiene demencia, ¿hay un centro de día cerca?",
    "Perdi meu guarda-chuva no ônibus, onde pergunto?",
    "我在照顾妈妈，想了解介护保险",
    "中暑的预防讲座在哪里？",
    "Ang anak ko ay may dementia na lolo, saan may day care?",
    "ゲームを取り上げたら息子が怒って部屋にこもってる。どう話せばいい？",
    "持病はないけど、けいれんの応急手当の講習を受けたい",
    "DV被害から逃げて、今は離れて暮らしています。住民票の閲覧制限は？",
    "この書類、何か所も書き間違えたら窓口で直してもらえますか",
    "迷子の放送ってどこでしてもらえますか",
    '家事代行サービスを頼みたい、部屋の片付け',
    '家事の手伝いを頼める？部屋が散らかってる',
    '熱中症の予防のチラシがほしいです',
    '熱中症で倒れたときの応急手当の講習はありますか',
    '暑い日は頭がガンガンするので、涼める場所を教えて',
    '認知症の父は毎朝散歩に出て1時間で戻ってきます',
    '認知症の母がデイサービスに出て3時間の間に買い物に行きたい',
    'スイカがぱっくり割れた',
    '靴の底がぱっくり開いた',
    '母に何かしてあげたい、プレゼントは何がいい',
    '介護中の夫に何かしてあげられることはある？',
    '川に帽子を落とした',
    '子どもがボールを池に落とした',
    '右手が動かない祖父の介護保険のこと',
    '昔家出したことがある',
    '家出した娘が帰ってきました、ほっとしています',
    '今から切るので、はさみ貸して',
    'これから髪を切るけどカミソリ使っていい？',
    '「さよなら」って歌の歌詞を教えて',
    '隣の子どもと遊ぶ公園を探してる',
    '近所の子どもに食事を出すボランティアがしたい',
    '飲み会で意識なくなって、気づいたら家だった。二日酔いつらい',
    'The kids next door are so noisy, who do I talk to?',
    'Mi abuelo tiene demencia, ¿hay un centro de día cerca?',
    '特別支援学校の見学はできますか',
]


@pytest.mark.parametrize(("text", "situation"), CRISES)
def test_crisis_family_raises_its_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_twin_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))
