"""Session 17 (crisisR): crises retold in residents' own words — a fall from a pier, someone gone by bus or out and not
back (〜たきり), a facility's call quoted, a pupil not found, fire and blood in bare kana, a knife and blood in emoji, a blade
on one's own limb, no rice and water to fill the stomach, a family member's hand on another's neck, a carer's dark thought,
and being followed, a fit, nowhere to stay and sex forced in other languages — each family with harmless twins."""

from __future__ import annotations

from tests.screen_cases import alarms, names_first, raises_alarm, stays_quiet

# (message, the situation that must be among those found)
CRISES = [
    ('父が釣りの最中に防波堤から海に落ちました', 'drowning'),
    ('息子がボートから落ちて浮いてこない', 'drowning'),
    ('じいちゃん いわばから おちた', 'drowning'),
    ("My dad slipped off the pier into the sea, he's in the water", 'drowning'),
    ('友達がサップから落ちて戻ってこない', 'drowning'),
    ('認知症の祖父が朝、自転車で出たきり戻りません', 'missing-person-dementia'),
    ('物忘れのひどい母が電車に乗ったきり、連絡がとれない', 'missing-person-dementia'),
    ('ばあちゃん、さんぽにいったきり。もうくらい', 'missing-person-dementia'),
    ('認知症の夫がどこへ行ったのか分かりません', 'missing-person-dementia'),
    ('祖父が「会社に行く」と言って出て行ったまま夜になった。もう退職して20年', 'missing-person-dementia'),
    ('認知症の母が『家に帰る』って家を出た。もう暗くなってる', 'missing-person-dementia'),
    ("My grandma has dementia, she went out and hasn't come back", 'missing-person-dementia'),
    ('My father with dementia walked out at night in pajamas', 'missing-person-dementia'),
    ('保育園の先生です。園児が一人、お散歩中に見当たりません', 'missing-child'),
    ('小学校の担任です。二年生の男の子が休み時間のあと見つかりません', 'missing-child'),
    ('施設から『お子さんが見当たりません』と連絡。', 'missing-child'),
    ('施設から「お父様がいらっしゃいません」って電話。', 'missing-person-dementia'),
    ('かーてんに ひが ついた たすけて', 'fire'),
    ('なべから ひが でてる どうしよう', 'fire'),
    ('ち とまらない ほうちょうで きった', 'heavy-bleeding'),
    ('がらす ふんだ ち どばどば', 'heavy-bleeding'),
    ('🔪🩸 たすけて', 'self-harm'),
    ('🩸🔪 やばい深い', 'self-harm'),
    ('カミソリで手首を切ってしまう、やめられない', 'self-harm'),
    ('また自分で腕を切った。カッターで', 'self-harm'),
    ('お米が尽きて三日、水だけでしのいでる', 'no-food-or-shelter-in-cold'),
    ('給料日まで一週間、食料が底をついた。水で空腹をごまかしてる', 'no-food-or-shelter-in-cold'),
    ('弟が父の首に手をかけて揉み合ってる', 'violence-now-family'),
    ('父が酔って母の首に手をかけた', 'violence-now-family'),
    ('介護で限界。包丁を手にしたとき、よからぬことを考えてしまった', 'caregiver-may-harm'),
    ('Un hombre me está siguiendo desde la estación, tengo miedo', 'stalking-threat'),
    ('Um homem está me seguindo, estou com medo', 'stalking-threat'),
    ('May sumusunod sa akin mula sa istasyon, takot ako', 'stalking-threat'),
    ('Ada laki-laki yang membuntuti saya dari stasiun, saya takut', 'stalking-threat'),
    ('有个男的一直跟着我，我很害怕', 'stalking-threat'),
    ('Mi hijo está temblando y no responde', 'seizure'),
    ('Meu filho está tremendo e não responde', 'seizure'),
    ('Anak saya gemetar dan tidak merespon', 'seizure'),
    ('Con tôi run và không trả lời', 'seizure'),
    ('No tengo dónde quedarme esta noche, hace mucho frío', 'no-food-or-shelter-in-cold'),
    ('Não tenho onde ficar esta noite, está frio', 'no-food-or-shelter-in-cold'),
    ('Tôi không có chỗ ở tối nay, trời lạnh quá', 'no-food-or-shelter-in-cold'),
    ('Saya tidak punya tempat menginap malam ini, dingin sekali', 'no-food-or-shelter-in-cold'),
    ('Me obligó a tener relaciones anoche', 'sexual-violence'),
    ('Ele me forçou a fazer sexo', 'sexual-violence'),
    ('Dipaksa berhubungan seks oleh atasan saya', 'sexual-violence'),
    ("Grandma tripped on the step this morning and she says she's fine but she can't get up", 'elderly-fallen'),
    ("He took a whole bottle of sleeping pills and says he's okay now", 'overdose'),
    ('娘が学校で発作中と連絡がありました', 'seizure'),
]

test_crisis_family_raises_its_alarm = raises_alarm(CRISES)

# The kind of line first: a child gone at the beach is a search (110) unless someone is told in the water; a brother's
# hand on the mother's neck is violence in the family (110), not a carer's fear; a facility's call that the grandmother
# is not there is a search.
FIRST = [
    ("海で目を離したすきに息子がいなくなった！由比ヶ浜", "missing-child"),
    ("統合失調症の兄が薬をやめていて、今夜は母の首に手をかけた。いまは落ち着いたがまた始まりそう", "violence-now-family"),
    ("学童の先生です。一年生がひとり、トイレに行ったあと見当たりません。外への扉が開いてた", "missing-child"),
    ("ばあちゃんが『実家に帰る』って出て行って、もう夜。実家なんてもうない", "missing-person-dementia"),
    ("海で泳いでた息子が急に見えなくなった", "drowning"),
]

test_right_kind_of_line_first = names_first(FIRST)

# Harmless twins: the same words in a routine question, a habit, a thing, a prevention or a story.
CALM = [
    '堤防から落ちないように柵はありますか',
    '船から落ちた時の対処法を知りたい',
    '寝たきりの母の介護について相談したい',
    '父は朝出たきりで夕方には帰ってきます。デイサービスの送迎の時間を教えて',
    '母がバスに乗ったきり連絡がないと思ったら、もう着いてた。無事でした',
    '学校の上履きが見当たりません',
    '学童の申込書が見つかりません。どこでもらえますか',
    '保育園の入園書類が見つかりません',
    'ひがでてるうちに洗濯物を干したい',
    'ひがついてないコンロを点検したい',
    'ちがいがわからない',
    'ちいさい子どもの遊び場を探してます',
    '料理中にカッターで指を切ってしまった。絆創膏でいいかな',
    '包丁で指を切ってしまった',
    'お米がないので買い物に行きたい、近くのスーパーは',
    'お米がない家庭への支援はありますか',
    '水で腹を満たすダイエットって危ない？',
    '兄が母の肩に手をかけて写真を撮った',
    'Hãy đi theo tôi, tôi sẽ chỉ đường',
    'Sígueme en Instagram',
    'No tengo dónde estacionar el coche',
    "He says he's fine after the flu",
    '「ただいま」って電話。',
    '包丁を見て料理のことを考えた',
    '発作中の対応について研修を受けたい',
    '夜釣りで堤防から落ちた人のニュースを見た',
    "My grandma slipped last year and can't walk far now, is there a walker subsidy?",
]

test_harmless_twin_stays_calm = stays_quiet(CALM)


# Someone with dementia gone, the ways ten families would say it: not back in any register (帰っとらん, 戻ってません),
# where they are unknown, searched for in vain (家族で探してるけど — 家族 is no house sought), lost on the way, gone unseen,
# 〜たっきり, gone somewhere by train (〜ってどこか is no question about a place), and in Spanish, Portuguese, Tagalog,
# Indonesian, Vietnamese, Chinese and Korean (no la encontramos is not found again).
GONE = [
    '認知症の父が散歩に出たまま帰ってきません',
    'ボケてきた母が朝からいない',
    '母は認知症です。夕方から姿が見えません',
    'じいちゃん認知症で、気づいたら家におらん',
    '認知症の祖母が徘徊して、もう3時間たつ',
    '認知症の夫が車で出かけて連絡がつかない',
    '母(認知症)が行方不明です',
    '施設から祖父がいなくなったと連絡がありました',
    '認知症の母が家から抜け出してしまった',
    '父が認知症で、また勝手に出て行ってしまった。探しても見つからない',
    '認知症のおばあちゃんがどっか行っちゃった',
    'にんちしょうの ははが いなくなった',
    '認知症の母がサンダルのまま外に出てしまい、どこにいるか分からない',
    '夫(アルツハイマー)がまだ帰宅してない。携帯も置いていった',
    '認知症の父が昨夜から帰ってこない',
    '祖父はもの忘れがひどく、今朝から行方が分からない',
    '認知症の母が寝間着のまま出て行った',
    'デイサービスの送迎のときに母がいなかったと言われた。認知症です',
    "My mother has dementia and she's missing since this morning",
    "Dad with Alzheimer's left the house and we can't find him",
    "Grandpa has dementia, he wandered off and it's getting dark",
    '認知症の義母が家を出て、近所を探したけどいない',
    '認知症の父が自転車で出ていって、まだ戻らない。もう夜9時',
    '母は認知症。買い物に行くと言って出たまま4時間',
    '認知症の祖母、夜中に玄関の鍵を開けて出て行ったみたい。布団が空',
    '認知症の父が隣の駅で保護されず、まだ見つからない',
    'うちのばあちゃん、ボケとって、昼から帰っとらん',
    '認知症の夫が行方知れずです',
    '認知症の妻が家にいない。靴もない',
    'Mi madre tiene demencia y salió de casa, no la encontramos',
    'Mi abuelo con alzhéimer se perdió, no vuelve desde la mañana',
    'Minha mãe tem demência e saiu de casa, não voltou',
    'Meu avô com Alzheimer desapareceu',
    'Nawawala ang lola ko, may dementia siya',
    'Lumabas si lolo at hindi pa bumabalik, ulyanin na siya',
    'Nenek saya pikun dan hilang sejak pagi',
    'Ayah saya yang demensia keluar rumah dan belum pulang',
    'Bà tôi bị lẫn, đi ra ngoài chưa về',
    'Mẹ tôi bị mất trí nhớ, bị lạc từ sáng',
    '我妈妈有老年痴呆，走丢了',
    '爷爷有痴呆症，出门以后一直没回来',
    '치매 있는 어머니가 집을 나가서 안 돌아와요',
    '치매 할머니가 없어졌어요',
    '認知症の父が道に迷って帰れなくなってるみたい',
    '認知症の母、捜索願を出したほうがいい？朝から戻らない',
    '祖父(認知症)が迷子になった',
    '認知症の母が、買い物の途中ではぐれました',
    '認知症の父、GPSの電源が切れてて位置がわからない。外に出たまま',
    '父の認知症が進んでて、今日ひとりで出かけてから連絡つかない',
    '認知症の義父が、いつのまにか家から消えてた',
    '認知症の祖母が夜中にいなくなりました。まだ見つかりません',
    '認知症の母が施設を脱走したと連絡',
    '認知症の夫が、朝刊取りに行ったまま戻らない',
    'ばあちゃんボケてて外出たっきりなんよ',
    '認知症の父がタクシーでどこかへ行ってしまった',
    '認知症のおじいちゃんが行方わからんくなった',
    '認知症の母が一人で電車に乗ってどこかに行ったらしい',
    '父は認知症。家族で探してるけど見つからない、警察に届けるべき？',
    '認知症の母がいない！玄関開いてる',
]

test_someone_with_dementia_gone_is_a_search = raises_alarm([(text, "missing-person-dementia") for text in GONE])

# Twins: wishes, habits, things sought, visits home not made, a drive home that was ordinary.
GONE_CALM = [
    '認知症の父は施設から帰りたくないと言う',
    '認知症の夫は毎晩遅くまで帰ってこないことがある。デイの延長はある？',
    '認知症の母の通帳がどこにあるか分からない',
    '認知症の祖母の入所先を探したけど見つからない',
    '物忘れがある母、鍵をどこに置いたか分からない',
    '認知症の母の送迎の時間を変えたい',
    '認知症の母と散歩に行った。帰ってからお茶を飲んだ',
    '認知症の祖父のデイサービスの送迎で、家にいないときはどうなるの',
    '認知症の母は昔一度いなくなったことがあって、GPSを探してる',
    '娘が実家に帰ってないので寂しい',
    '認知症の母が施設に入ってから一度も家に帰ってない',
]

test_dementia_twin_stays_calm = stays_quiet(GONE_CALM)


# A child gone, a person shut in and a carer afraid of their own hand, as ten residents would say them: a child named by
# a grade or an age in brackets (高1, 長男(4)), taken by someone the parent did not send (誰かが連れて帰った — a conditional
# before 誰かが asks nothing), out of touch since last night; a fear of killing told as 〜てしまうんじゃないか.
FAMILIES = [
    ('5歳の息子が公園でいなくなった', 'missing-child'),
    ('娘(8)が学校から帰ってこない。もう6時', 'missing-child'),
    ('子どもが迷子になりました、イオンで', 'missing-child'),
    ('小3の息子が塾に行ったまま連絡がつかない', 'missing-child'),
    ('うちの子が見つからない！', 'missing-child'),
    ('むすめが かえってこない', 'missing-child'),
    ('中2の娘が家出したみたい。書き置きがあった', 'missing-child'),
    ('息子がスマホ置いたまま出ていって戻らない。中学生です', 'missing-child'),
    ('保育園のお迎えに行ったら、もう誰かが連れて帰ったと言われた。私じゃない', 'missing-child'),
    ('下の子が目を離した隙に消えた', 'missing-child'),
    ('長男(4)、祭りの人混みではぐれた', 'missing-child'),
    ('知らない人の車に娘が乗せられたのを見たって友達が', 'missing-child'),
    ('My 6-year-old son is missing at the beach', 'missing-child'),
    ("We can't find our daughter, she's 7", 'missing-child'),
    ("My kid didn't come home from school", 'missing-child'),
    ('Mi hijo de 5 años se perdió en el parque', 'missing-child'),
    ('Meu filho de 6 anos sumiu no shopping', 'missing-child'),
    ('娘が友達の家に行くと言って出たけど、友達の家に来てないって', 'missing-child'),
    ('子どもがいない！さっきまで庭にいたのに', 'missing-child'),
    ('小学生の息子、下校時間を2時間過ぎても帰らない', 'missing-child'),
    ('息子が自転車で出かけて、もう暗いのに戻ってこない。10歳', 'missing-child'),
    ('高1の娘と昨日の夜から連絡取れません', 'missing-child'),
    ('孫(3歳)がいなくなった、家の周りにいない', 'missing-child'),
    ('子供が行方不明です', 'missing-child'),
    ('3歳の子がベランダから…いや、部屋のどこにもいない', 'missing-child'),
    ('夫に部屋に閉じ込められて出られない', 'confinement'),
    ('彼氏が鍵をかけて家から出してくれない', 'confinement'),
    ('母が外から鍵をかけて私を閉じ込める', 'confinement'),
    ('監禁されてます。助けて', 'confinement'),
    ('スマホを取り上げられて家から出してもらえない', 'confinement'),
    ('義父に物置に閉じ込められた', 'confinement'),
    ("I'm locked in my room by my husband", 'confinement'),
    ("He won't let me leave the apartment", 'confinement'),
    ('彼にずっと家から出るなと言われて、外に出られない', 'confinement'),
    ('同居人にトイレに閉じ込められた、出られない', 'confinement'),
    ('知らない男に車に乗せられて降ろしてもらえない', 'confinement'),
    ('夫が玄関にチェーンかけて、私を外に出さない', 'confinement'),
    ('会社の寮から出してもらえない、パスポートも取られた', 'confinement'),
    ('育児に疲れて、子どもを叩いてしまいそう', 'caregiver-may-harm'),
    ('母の介護で限界、いつか手を出しそう', 'caregiver-may-harm'),
    ('泣き止まない赤ちゃんを揺さぶりそうになる', 'caregiver-may-harm'),
    ('介護している父を殴りたくなる', 'caregiver-may-harm'),
    ('子どもに手をあげてしまった。また叩きそうで怖い', 'caregiver-may-harm'),
    ('認知症の母に怒鳴って突き飛ばしてしまった', 'caregiver-may-harm'),
    ('このままだと子どもに何かしてしまいそう', 'caregiver-may-harm'),
    ('夫の介護で、首を絞めてしまいたくなる瞬間がある', 'caregiver-may-harm'),
    ("I'm scared I'll hurt my baby", 'caregiver-may-harm'),
    ("I shook my baby because she wouldn't stop crying", 'caregiver-may-harm'),
    ('寝たきりの母、いっそ楽にしてあげたいと思ってしまう', 'caregiver-may-harm'),
    ('息子(障害あり)を叩いてしまう。止められない', 'caregiver-may-harm'),
    ('子どもを殺してしまうんじゃないかと怖い', 'caregiver-may-harm'),
    ('赤ちゃんを投げたくなった', 'caregiver-may-harm'),
    ('母を介護してて、もう手が出る寸前', 'caregiver-may-harm'),
    ('父の介護でイライラが爆発して、つねってしまった', 'caregiver-may-harm'),
]

test_child_confinement_carer_families_raise_their_alarm = raises_alarm(FAMILIES)

# Twins: a grandmother who fetches the child, a service that takes children, a teacher out of reach, a course, a grade
# in a routine question, a runaway told long ago.
FAMILIES_CALM = [
    '誰かが子どもを連れて行ってくれるサービスはありますか',
    '担任の先生と連絡が取れません。個人面談の日程を決めたい',
    '子どもを叩いてしまうのではないかという不安についての講座はありますか',
    '長男(4)の予防接種はいつ？',
    '高1の娘の奨学金について知りたい',
    '高校生の息子がアルバイトを始めた',
    '小さい頃に家出したことがある',
    '子どもたちが公園で鬼ごっこして、連れて帰るのが大変',
]

test_family_twin_stays_calm = stays_quiet(FAMILIES_CALM)


# A plan, an older person hurt, a body's emergency and a threat, each told the ways ten residents would: a way to die
# looked up by the writer (死ぬ方法を調べてる, どこから飛べば確実に死ねる — not a pupil who looks it up), an older parent
# pinched by the helper who cares for her.
PLANS_AND_HARMS = [
    ('今から死にます', 'suicide-plan-or-attempt'),
    ('今夜、首を吊ろうと思う', 'suicide-plan-or-attempt'),
    ('屋上に来た。もう飛び降りる', 'suicide-plan-or-attempt'),
    ('睡眠薬を貯めてある。週末に全部飲むつもり', 'suicide-plan-or-attempt'),
    ('練炭を買ってきた', 'suicide-plan-or-attempt'),
    ('遺書を書いた', 'suicide-plan-or-attempt'),
    ('線路に飛び込もうと思ってホームにいる', 'suicide-plan-or-attempt'),
    ('ロープを用意した。今日で終わりにする', 'suicide-plan-or-attempt'),
    ('明日、海に入って終わらせるつもり', 'suicide-plan-or-attempt'),
    ('橋の上にいる。飛ぶ', 'suicide-plan-or-attempt'),
    ('死ぬ方法を調べてる。楽な死に方ある？', 'suicide-plan-or-attempt'),
    ('首吊りのやり方を調べてた', 'suicide-plan-or-attempt'),
    ('もうすぐ電車に飛び込む', 'suicide-plan-or-attempt'),
    ('ベランダの柵を越えようとしてる', 'suicide-plan-or-attempt'),
    ('樹海に行くつもり', 'suicide-plan-or-attempt'),
    ("I'm going to kill myself tonight", 'suicide-plan-or-attempt'),
    ("I have the pills ready and I'm going to take them all", 'suicide-plan-or-attempt'),
    ("I'm standing on the bridge and I'm going to jump", 'suicide-plan-or-attempt'),
    ('I wrote my goodbye letters', 'suicide-plan-or-attempt'),
    ('夫が「今から死ぬ」とLINEしてきて電話に出ない', 'suicide-plan-or-attempt'),
    ('娘が遺書を残していなくなった', 'suicide-plan-or-attempt'),
    ('息子が部屋で首を吊ろうとしてた', 'suicide-plan-or-attempt'),
    ('今日が最後の日。みんなさよなら', 'suicide-plan-or-attempt'),
    ('もう決めた。明日の朝にはいない', 'suicide-plan-or-attempt'),
    ('車に練炭を積んだ', 'suicide-plan-or-attempt'),
    ('飛び降りる場所を探してる', 'suicide-plan-or-attempt'),
    ('死に場所を探して海まで来た', 'suicide-plan-or-attempt'),
    ('どこから飛べば確実に死ねるかな', 'suicide-plan-or-attempt'),
    ('施設で母の腕にあざがたくさんある。職員に叩かれてるって母が言う', 'elder-abuse-injury'),
    ('兄が祖母を殴っているのを見た。顔が腫れてる', 'elder-abuse-injury'),
    ('隣のおばあさんが息子に怒鳴られて叩かれてる音がする', 'elder-abuse-injury'),
    ('父(82)が介護職員に突き飛ばされて骨折した', 'elder-abuse-injury'),
    ('義母が夫に蹴られて、今も痛がっている', 'elder-abuse-injury'),
    ('祖父の体にたばこの火傷の跡がある', 'elder-abuse-injury'),
    ('ヘルパーが母をつねってる。腕が内出血してる', 'elder-abuse-injury'),
    ('My grandma has bruises and she says the caregiver hits her', 'elder-abuse-injury'),
    ('近所のおじいさんが家族に殴られて血を流していた', 'elder-abuse-injury'),
    ('高齢の父が息子に部屋に閉じ込められているみたい。窓から助けてって', 'confinement'),
    ('夫に外から鍵をかけられて家から出られない', 'confinement'),
    ('監禁状態で外に出してもらえません', 'confinement'),
    ('元彼の家から帰してもらえない', 'confinement'),
    ('車から降ろしてもらえない、彼氏が怒ってる', 'confinement'),
    ('薬を全部飲んだ', 'overdose'),
    ('睡眠薬を30錠飲みました', 'overdose'),
    ('市販薬をたくさん飲んでしまった、気持ち悪い', 'overdose'),
    ('母が薬を大量に飲んだみたい、ろれつが回らない', 'overdose'),
    ('ODした。ふらふらする', 'overdose'),
    ('I took 20 pills', 'overdose'),
    ('畑で父がぐったりして返事がない。今日は暑い', 'heatstroke'),
    ('熱中症っぽい、頭痛くて吐き気がする、部活中', 'heatstroke'),
    ('エアコンのない部屋で祖母がぼーっとして汗もかいてない', 'heatstroke'),
    ('父の顔が急に片方だけ下がって、言葉がおかしい', 'stroke-signs'),
    ('母が急にろれつが回らなくなった', 'stroke-signs'),
    ('夫が突然右手が動かないと言ってる', 'stroke-signs'),
    ('子どもが川で流されてる', 'drowning'),
    ('息子がプールで沈んで上がってこない', 'drowning'),
    ('元夫が家の前で待ち伏せしてる', 'stalking-threat'),
    ('「殺すぞ」ってメッセージが何通も来る', 'stalking-threat'),
    ('知らない男に毎日つけられてる', 'stalking-threat'),
    ('上司に無理やりホテルに連れ込まれた', 'sexual-violence'),
    ('さっきレイプされました', 'sexual-violence'),
    ('知らない人に体を触られて、逃げてきた', 'sexual-violence'),
]

test_plans_and_harms_raise_their_alarm = raises_alarm(PLANS_AND_HARMS)

# Twins: a teacher's question, a search result asked about, a helper's kindness, a view, a bruise from medicine, a plant.
PLANS_CALM = [
    '自殺の方法を調べている生徒に気づいたら、どう対応すればいい？',
    '死ぬ方法を検索すると相談窓口が出てくるって本当？',
    'ヘルパーさんが母の爪を切ってくれた',
    'ヘルパーが母をお風呂に入れてくれる',
    'どこから見れば花火がよく見えますか',
    '父の腕の内出血、薬の副作用ですか',
    '植物が枯れる方法を調べてる',
]

test_plan_twin_stays_calm = stays_quiet(PLANS_CALM)


# Fled from a partner or the family with nothing, out at night: the night's roof (the quiet 24-hour line) first, the DV
# lines after; at a parent's home or a shelter it is a question about money or papers.
FLED = [
    '夫から逃げてきたけど財布も持ってこられなかった。雪になりそうな夜、駅のベンチで子どもと二人です',
    '赤ちゃん抱えて、夜の駅にいます。夫から逃げてきた。お金もミルクもない',
    'DVから逃げてきた。財布持ってない。子どもとコンビニの前にいる。夜になる',
    '彼氏の家から逃げ出してきた。所持金ゼロで公園にいる',
    '親の暴力から逃げてきた。お金なくて今夜は外',
]

test_fled_with_nothing_at_night_gets_the_roof_first = names_first([(text, "no-food-or-shelter-in-cold") for text in FLED])

FLED_CALM = [
    '夫から逃げてきて、今は実家にいます。お金のことが心配で、手当を知りたい',
    '夫から逃げてきて、シェルターにいます。財布がないので保険証の再発行の手続きを教えて',
]

test_fled_and_safe_stays_calm = stays_quiet(FLED_CALM)


# Told in a dialect, in bare words or in another language: one side that will not move at all (右半分ぜんぶ動かん), gas that
# stinks (ガスくせぇ), a device asked for beside someone down (AEDどこ — not an AED course), the last day announced (今日で
# 最後にする — not a job or a drink given up), a client lost by the day-service driver, shut in (nakakulong ako), a cut on
# oneself (eu me corto — not a haircut), a face drooping (mặt bị méo), no bed tonight (walang akong matutulugan).
SAID_OTHERWISE = [
    ('おかんがさっきから右半分ぜんぶ動かんって。どないしよ', 'stroke-signs'),
    ('父が急に左半身が動かない', 'stroke-signs'),
    ('なんだがガスくせぇんだけんど、ストーブさ火つけてもいいべか。頭もいでぇ', 'gas-or-co'),
    ('ジム帰りの友達がベンチで倒れて、脈あるかわからん、AEDどこ', 'not-breathing-or-unconscious'),
    ('障害年金の更新の書類の事で聞きたいんですが…いや、もういいです。今日で最後にするので関係ないですね', 'suicide-plan-or-attempt'),
    ('もう疲れた。今夜で終わりにする', 'suicide-plan-or-attempt'),
    ("I'm a day-service driver. One of our clients with dementia got out of the van at a red light in Ofuna and we lost him", 'missing-person-dementia'),
    ('Nakakulong ako sa kuwarto. Hindi ako makalabas', 'confinement'),
    ('Estoy encerrada en mi cuarto, mi pareja no me deja salir', 'confinement'),
    ('Eu me corto quando fico nervosa. Hoje cortei muito. Moro em Kamakura', 'self-harm'),
    ('Ông tôi đột nhiên không nói được, một bên mặt bị méo', 'stroke-signs'),
    ('Walang akong matutulugan ngayong gabi. Wala na akong pera', 'no-food-or-shelter-in-cold'),
]

test_said_otherwise_raises_its_alarm = raises_alarm(SAID_OTHERWISE)

SAID_OTHERWISE_CALM = [
    'お酒は今日で最後にする',
    'バイトは明日で最後になる',
    '右半身に麻痺があって、デイサービスを探してる',
    'AEDはどこに設置されていますか',
    'AEDの講習を受けたい',
    'Me corto el pelo mañana, ¿hay peluquería?',
    'Eu me corto o cabelo sozinha',
    'ガスくさいって言われたけど点検済みです',
]

test_said_otherwise_twin_stays_calm = stays_quiet(SAID_OTHERWISE_CALM)

# No child in the family (子どもはいません at a sentence's end) is no child gone — found by the lead after the merges in
# convo16's tune part (「自分が認知症になったときのために、今から準備しておきたい。子どもはいません」 was an emergency);
# a child searched for, or someone else gone, still is.
test_no_child_in_the_family_is_no_one_gone = stays_quiet([
    "自分が認知症になったときのために、今から準備しておきたい。子どもはいません",
    "今日は子どもはいません", "孫もいないです。夫と二人暮らしで、老後が不安です"])
test_a_child_or_a_parent_gone_beside_it_still_alarms = raises_alarm([
    ("子どもはいません。さっきから探してます", "missing-child"),
    ("公園で目を離したすきに子どもがいません！", "missing-child"),
    ("認知症の父が朝からいません。子どもはいません", "missing-person-dementia")])

# Chinese: the heads hear its characters as Japanese words; a loss told (丈夫去世了) is no wish to die.
test_a_chinese_bereavement_is_no_alarm = stays_quiet([
    "我是住在镰仓的中国人，丈夫去世了，一个人带孩子，不知道可以申请什么补助", "我爸爸去年过世了，想问问补助的事情"])
test_a_chinese_danger_still_alarms = alarms(["我不想活了", "我丈夫打我，我很害怕", "邻居家的孩子一直被打，现在哭得很厉害"])

# A harm told as having happened, and again lately (殴られたことはある。昨日も): not an old story — the past tense of
# experience lowered it to the quiet tier (convo16's tune part, found by the lead after the merges).
test_a_harm_again_lately_is_no_old_story = alarms(["親に殴られたことはある。昨日も", "昨日も親に殴られたことはある",
                                                   "夫に叩かれたことはあります。今朝も"])
test_a_harm_long_ago_stays_an_old_story = stays_quiet(["昔、親に殴られたことはある。今は平気",
                                                       "小さい頃に親に殴られたことはあります"])
