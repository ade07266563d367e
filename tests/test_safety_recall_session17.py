"""Session 17 (crisisR): crises retold in residents' own words — a fall from a pier, someone gone by bus or out and not
back (〜たきり), a facility's call quoted, a pupil not found, fire and blood in bare kana, a knife and blood in emoji, a blade
on one's own limb, no rice and water to fill the stomach, a family member's hand on another's neck, a carer's dark thought,
and being followed, a fit, nowhere to stay and sex forced in other languages — each family with harmless twins."""

from __future__ import annotations

from tests.screen_cases import names_first, raises_alarm, stays_quiet

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
