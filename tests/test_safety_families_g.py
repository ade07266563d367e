"""Safety families of set G (issue #11, session 8): a crisis told by an object, a dialect verb or a report of
someone else. The sentences are the helpers' own, written for each family, not the blind set's."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import answered, stays_quiet

FAMILIES = [
    # an object that means a method, with a vague verb
    ("カーテンレールに紐を結んだ。椅子も用意した", "suicide-plan-or-attempt"),
    ("クローゼットのパイプに延長コードかけてみたんです。今夜ちゃんとやります", "suicide-plan-or-attempt"),
    ("カミソリで今日もやってしまいました。ずっと我慢してたのに", "self-harm"),
    ("リスカ深めにいった、ばんそうこう足りない", "self-harm"),
    ("ためてた睡眠薬ぜんぶいった。ねむい", "overdose"),
    ("痛み止めを箱ごと全部いった、いつもより多い", "overdose"),
    # a wish to be gone, in dialect; walking into the water with a farewell
    ("わしなんかおらんほうが家族は楽やろな。消える方法ばかり調べとる", "suicide-thoughts"),
    ("あたしがいないほうが子どもたちは幸せ。どうやって消えるか考えてる", "suicide-thoughts"),
    ("川の前にいます。歩いて入っていきます。さようなら", "suicide-plan-or-attempt"),
    # a cry from a locked house; a fall told in kana
    ("向かいのおじいさんの家から、いたいーって声がずっとしてる。玄関は鍵がかかってる", "elderly-fallen"),
    ("ふろばで　すべって　たてない　さむい", "elderly-fallen"),
    # fire, gas, blows in dialect
    ("ストーブから火ぃ出た！じいちゃん寝たきりで動かれん！", "fire"),
    ("There is a strong gas smell in the stairwell and nobody answers next door.", "gas-or-co"),
    ("コンロの元栓あけっぱなしで火がついてない。部屋がくさい", "gas-or-co"),
    ("親父がおかんをどついてる、今も", "violence-now-family"),
    ("彼氏に灰皿投げられて口切れた。台所で包丁持ってる", "violence-now-partner"),
    # a barred door, pulled in somewhere, a child gone
    ("夫が出かけると部屋の外から南京錠をかけられて、外に出られません", "confinement"),
    ("娘が公園のトイレに引きずり込まれたって泣いてる", "sexual-violence"),
    ("小4の息子が『さがさないで』って手紙を置いて出て行った。夜になっても戻らない", "missing-child"),
    ("下の子が消えた。3歳。ショッピングモール", "missing-child"),
    ("ばっちゃ、どこさ行っただか、昼から見えね。ボケでっから", "missing-person-dementia"),
    # marks on someone who cannot tell; a carer's hand on the mouth; a baby shaken
    ("話せない息子の腕に、つねった跡と爪の跡がたくさん。作業所でなにかされてる", "disabled-abuse-injury"),
    ("泣き止まない、この子の口をふさいでしまいそう", "caregiver-may-harm"),
    ("介護でねてない、このままじゃ父をころしてしまう", "caregiver-may-harm"),
    ("隣の母親が赤ん坊をゆさぶっとる。ぐったりしとる", "child-abuse"),
    ("The little girl upstairs is locked out on the balcony in the snow again, crying.", "child-abuse"),
    # a wish not to wake, a wish for relief alone; water swallowed and limp; a stalker at the house
    ("毎晩、このまま目が覚めなければいいのにって思って寝てる", "suicide-thoughts"),
    ("ホームで電車見てると引き込まれそうになる。怖い", "suicide-thoughts"),
    ("いっそ楽になりたい", "suicide-thoughts"),
    ("お風呂で孫が水をのんで、今は静か、動かない", "drowning"),
    ("知らない人が毎日ポストに手紙を入れていく。昨日はベランダの下にいた", "stalking-threat"),
    # sudden shaking in a northern voicing; staff evasive about an injury; a confiner who always does it
    ("ばあちゃがいきなりばたっと倒れで、がくがくふるえで泡ふいてら", "seizure"),
    ("面会したら祖父の目の上が腫れてた。スタッフは知らないって。祖父はおびえてる", "elder-abuse-injury"),
    ("彼が仕事に行く時はいつも玄関に外から南京錠をかけられて出られない", "confinement"),
    ("父は怒ったときは必ず僕を物置に閉じ込める", "confinement"),
    ("主人は留守にするときはいつもつっかえ棒をしていく。トイレにも行けない", "confinement"),
    ("もう、楽になりたい…", "suicide-thoughts"),
    ("自閉症の弟、グループホームから帰るたびに頭にたんこぶ。本人は言えない", "disabled-abuse-injury"),
    # round 2: a cord threaded and tried, a needle, a blade without で, the self gone and others relieved,
    # walking towards the waves, 『だれか来て』 from a shut house, gas that stinks, a stranger at the postbox
    ("押し入れの中段にベルトを通してみた。明日は最後までやる", "suicide-plan-or-attempt"),
    ("コンパスの針でまた腕をやってしまった", "self-harm"),
    ("きょうもカッターいった。やめられん", "self-harm"),
    ("わたしが消えたら、みんな肩の荷がおりるよね", "suicide-thoughts"),
    ("七里ヶ浜にいる。波のほうに歩いていく。ありがとうって伝えて", "suicide-plan-or-attempt"),
    ("隣の家から『だれか来て』って声がずっと聞こえる。おじいさん一人暮らしで、戸は閉まってる", "elderly-fallen"),
    ("My apartment stinks of gas and my kid is sleeping", "gas-or-co"),
    ("知らない人がうちのポストに毎日写真を入れていく。昨日は玄関の前にいた", "stalking-threat"),
    # round 3: a cord on a drying pole with a chair, a wish not to wake told as 'need not', a leap planned where
    # one stands, shoes set side by side, a stove on with no flame, a hand over a baby's mouth, quiet after shaking
    ("物干し竿に延長コード巻いてみた。椅子も持ってきた", "suicide-plan-or-attempt"),
    ("もう目ぇ覚めんでいい。朝なんか来んでいい", "suicide-thoughts"),
    ("江ノ島の橋の上。このまま飛ぼうと思う。ごめんね", "suicide-plan-or-attempt"),
    ("稲村ヶ崎で靴そろえた。もういいよね", "suicide-plan-or-attempt"),
    ("The stove knob was left on with no flame and the room smells weird, my grandpa is dizzy.", "gas-or-co"),
    ("夜泣きが止まらん。この子の口に手をあてて黙らせたくなった", "caregiver-may-harm"),
    ("隣の若い父親が赤ちゃんを激しくゆすっとった。いま泣き声がせん", "child-abuse"),
    ("もうはよ楽になりたい", "suicide-thoughts"),
]


@pytest.mark.parametrize(("text", "situation"), FAMILIES)
def test_a_family_of_set_g_raises_its_alarm(text: str, situation: str) -> None:
    result = screen(text)
    assert result.alarm, text
    assert situation in result.situations, (text, result.situations)


QUIET = [
    "ドアノブにタオルをかけて乾かしてます。カビが心配",
    "彫刻刀で版画をやってしまいました。図工の宿題です",
    "常備薬をためこんでいて、期限切れのを全部捨てたいです。出し方は？",
    "いなくなる方法ばかり考える手品師の映画を見た",
    "海水浴で子どもと海に入っていきます。監視員は何時まで？",
    "隣のおばあちゃんちからカラオケの声がずっとしてる。苦情はどこに？",
    "ころんだけど　たてた　だいじょうぶ",
    "キャンプファイヤーの火が見える場所を探してます",
    "部活で先輩にしばかれるって言うけど冗談だよ",
    "台風前に窓に板を打ちつけたい。補助はありますか",
    "押入れに布団を押さえつけて入れた",
    "娘が友達の家に行くってメモを残して出かけた",
    "ぼけ防止の体操教室はどこ？",
    "話せない子のためのコミュニケーション支援の講座ありますか",
    "マスクで口をふさいでしまうと息苦しい",
    "ゆりかごでゆさぶっとる、よう寝る",
    "The kid next door plays outside in the snow every day, so cute.",
    # a what-if worry, hearsay of what can happen, a near-miss that keeps coming
    "川遊びで孫が流されたら、と心配です。ライフジャケットの貸し出しは？",
    "母が倒れたときのために、今のうちに見守りサービスを調べたい",
    "熱中症で死ぬこともあるって聞いて、エアコンの補助を探してる",
    # healed, a rescue watched, a late application
    "去年、娘が階段から落ちて血だらけになった。もうすっかり良くなった。医療費の還付は今からでも？",
    "先週、海で溺れた子が救助されるのを見て、救命講習を受けたくなりました",
    # a child's words quoted as examples; a drum struck
    "息子が『死ね』とか『殺すぞ』とかゲーム中に言ってて言葉づかいが心配。中学生の相談窓口は？",
    "夏祭りで子どもと一緒に太鼓たたきたい、練習日は？",
    "腰痛が楽になりたい。整体の補助は？",
    # a flame lit by design or one that will not light, a thing cut, the ground shaking, a mundane wish
    "どんど焼きの火が上がるのは何時から？",
    "ガスコンロの火が出ないんですが修理は？",
    "カッターでまた段ボールを切りすぎた",
    "地震でいきなりがたがた揺れた、白目むくほど驚いた",
    "朝が来なければ宿題しなくていいのにな",
    "目が覚めなければいいのにと思うくらい眠い朝",
    # a cord used to store or hang a thing, medicine run out, a person at day care, a thing for sale
    "クローゼットのパイプにベルトをかけて収納しています。整理の講座ってありますか",
    "カーテンレールに紐を結んでてるてる坊主を下げました",
    "風邪薬が全部なくなったので買いに行きたい",
    "ネズミがいなくなる方法ばかり調べてる。業者って市で紹介してる？",
    "認知症の母がデイサービスに行ってて家にいないので、その間に相談したい",
    "外から鍵をかけられるタイプの物置を探してます",
    # round 2: medicine used up, children at play, candles on a cake, clothes shut in a shed
    "ロキソニン一箱ぜんぶ使い切ったので病院で処方してほしい",
    "隣の家から子どもの『だれか来て』って遊ぶ声がする",
    "ろうそくの火が消えない、誕生日ケーキの火を子どもが吹き消せない",
    "物置に季節の服を閉じ込めておいたらカビた",
    "物干し竿に延長コードを巻いて片付けました",
    "江ノ島の橋の上から見る夕日の時間を知りたい",
    "赤ちゃんをゆすって寝かしつけるゆりかご、レンタルある？",
    "腰痛、もうはよ楽になりたい。整骨院の保険は？",
]


test_everyday_lines_near_the_families_of_set_g_raise_no_alarm = stays_quiet(QUIET)


@pytest.mark.parametrize("text", [
    "一人暮らしで誰とも話さない日が続いてる。話し相手がほしい",
    "ただ誰かに聞いてほしいだけなんです",
    "夫が亡くなってから心にぽっかり穴があいたまま",
    "子育てで毎日自分がすり減っていく。弱音を吐ける場所がない",
])
def test_loneliness_and_a_wish_to_be_heard_get_the_quiet_line(text: str) -> None:
    assert screen(text).urgency == "soft", (text, screen(text))


test_a_volunteer_or_the_season_gets_no_quiet_line = answered("none", ["話し相手ボランティアに登録したい", "秋は夜が長い季節ですね。読書会はありますか"])


@pytest.mark.parametrize("text", [
    "熱中症で死ぬこともあるって聞いて、エアコンの補助を探してる",
    "もし夫に殴られたらどこに相談すればいいですか",
    "ベランダの朝顔が全部枯れて死んじゃった。園芸講座ある？",
    "釣った魚をさばく教室で血抜きを習いたい",
])
def test_a_what_if_asked_with_a_service_or_a_plant_that_died_gets_no_line(text: str) -> None:
    assert screen(text).urgency == "none", (text, screen(text))


def test_a_child_not_back_beside_a_what_if_question_is_still_an_emergency() -> None:
    result = screen("息子が夜になっても戻らない。もしものとき警察に届けるのはどうやるの？")
    assert result.urgency == "emergency" and "missing-child" in result.situations
