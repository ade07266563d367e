"""The same crises in the other languages residents write, probed family by family in session 16 (crisisQ; issue
#11): smoke filling the house, a cut on one's own wrist again, a child beaten next door, someone gone under in the
sea, blood that will not stop, a child not found, a whole pack of pills taken, speech gone, an end planned for tonight
and a life one is tired of — in Spanish, Portuguese, Tagalog and Indonesian (patterns on the raw sentence, as English),
Vietnamese, Chinese and Korean (phrases on the folded text; Chinese one character to a class, languages._zh)."""

from __future__ import annotations

from .languages import _zh
from .words import Cue

# Smoke of a cigarette, a grill, fireworks or burnt bread: no fire.
_NOT_A_FIRE = (r"^(?!(?s:.*)(cigarr|cigarette|tabaco|fumar|fumo|churrasco|asado|barbacoa|parrilla|sigarilyo|yosi|ihaw|rokok|sate|"
               r"\bpan\b|p[aã]o|tostad|torrad|toast|comida|arroz|cocinando|cozinhando|sinangag|kanin|ulam|nasi|roti|bánh|cơm|[面][包]|[米][饭]|빵|밥|토스트|"
               r"thuốc lá|nướng|[抽吸][烟]|[烟][花草]|[烧][烤]|담배|고기|바베큐|불꽃놀이))")

CUES: tuple[Cue, ...] = (
    Cue("fire",
        phrases=(_zh("都是烟 浓烟 冒烟 起火了 烧起来了"), r"khói (đầy|khắp|bốc lên|mù mịt|nhiều)|(nhà|bếp|phòng)[^.!?]{0,10}(bốc cháy|cháy rồi)",
                 r"연기가 ?(가득|많이|자욱|나(요|고|와))|불이 ?(붙었|났어)"),
        english=(r"\b(hay|sale|mucho) humo\b|\bhumo (en|por) (toda|la|mi)\b", r"\b(tem|sai|saindo|muita) fuma[cç]a\b|\bfuma[cç]a (na|pela|em) (casa|cozinha)\b",
                 r"\b(maraming |makapal na )?usok (sa|ng) (bahay|kusina|kwarto|unit)\b|\bumuusok\b",
                 r"\b(ada )?api di (dapur|rumah|kamar)\b|\basap (di mana-mana|tebal|di rumah|di dapur|di kamar)\b"),
        needs=_NOT_A_FIRE),
    Cue("self-harm",
        phrases=(r"손목을 ?(또 ?|다시 ?)?그(었|어)|칼로 ?(손목|팔)을", r"lại (rạch|cắt) (tay|cổ tay)|tự (rạch|cắt) tay", _zh("又割腕 划手腕 割手腕")),
        english=(r"\b(hiniwa|sinugatan|ginilitan) ko ang (aking )?(pulso|braso|sarili)\b", r"\b(menyayat|mengiris|menyilet) (tangan|lengan|pergelangan)\w*\b",
                 r"\bme (volv[ií] a cortar|cort[eé] (los brazos|el brazo|las piernas))\b", r"\b(burn(ed|t)|cut) myself\b.{0,30}\b(on purpose|again|lighter|razor)\b")),
    Cue("child-abuse",
        english=(r"\b(memukul|menyiksa|menampar|menendang)\b.{0,12}\b(anak|bayi)\w*\b", r"\b(anak|bayi)\w*\b.{0,12}\b(dipukul|disiksa|ditampar)\b"),),
    Cue("drowning",
        phrases=(r"(바다|강|물|수영장|호수|연못|계곡)(에|에서) ?[^.!?]{0,8}(빠졌|빠져|떠내려|안 ?나와)", _zh("有人溺水 掉进海里 被浪卷走"),
                 r"(bị )?(chìm|đuối) (dưới|ở) (biển|sông|hồ)"),
        english=(r"\b(went|gone|pulled) under (the water|the waves)\b",
                 r"\b(under the water|in the water|in the sea|under the waves|went under)\b.{0,40}\b(hasn'?t|has not|didn'?t|did not|not) (come|coming) (back )?up\b",
                 r"\b(alguien|un niño|una niña|mi hij[oa]) se (est[aá] )?ahog(a|ando)\b", r"\b(uma crian[cç]a|algu[eé]m|meu filho|minha filha) (est[aá] )?se afogando\b")),
    Cue("heavy-bleeding",
        phrases=(_zh("血一直流 流了很多血 血流不停 一直在流血 止不住血"), r"피가 ?(계속|많이) ?(나|흘)", r"máu (chảy )?(mãi|không ngừng|rất nhiều)"),
        english=(r"\b(bleeding|bleeds) (so much|really badly|a lot|heavily|everywhere)\b", r"\b(won'?t|will not|doesn'?t|can'?t get it to) stop bleeding\b",
                 r"\bang daming dugo\b", r"\b(darah|darahnya) (terus|mengucur|banyak sekali)\b")),
    Cue("missing-child",
        phrases=(_zh("找不到我的孩子 孩子走丢了 孩子失踪"), r"(아이|아들|딸|애)(가|를)? ?(못 ?찾|없어졌|사라졌|실종)", r"(không tìm thấy|không thấy) (con|bé)"),
        english=(r"\bno (encuentro|encontramos|puedo encontrar|podemos encontrar) a mi (hij[oa]|niñ[oa]|beb[eé])\b",
                 r"\bn[aã]o (acho|encontro|consigo (achar|encontrar)) (o meu filho|a minha filha|meu filho|minha filha)\b",
                 r"\bhindi (ko|namin) (mahanap|makita) ang (aking |anak|bata)", r"\b(tidak|nggak|gak) (bisa )?(menemukan|ketemu) anak\w*\b")),
    Cue("overdose",
        phrases=(r"(수면제|약|진통제|안정제)(를|을)? ?(한 ?통|한 ?병|한 ?봉지|다|전부|잔뜩|한꺼번에)[^.!?]{0,6}먹었", r"uống (hết |cả )+(một )?(lọ|vỉ|hộp|chai)",
                 _zh("吃了一整瓶药 吃了一整盒药 吞了一整瓶药 吃了一整瓶安眠药")),
        english=(r"\btom(ou|ei) (uma|a) (cartela|caixa|caixinha|vidro|frasco) (inteir[oa]|toda|todo) de (rem[eé]dios?|comprimidos?|calmantes?|p[ií]lulas?|medicamentos?|analg[eé]sicos?)\b",
                 r"\btom(é|e|ó|o) (una caja|un frasco|un bote|una tira) (entera|entero|completa|completo) de (pastillas|medicinas|medicamentos|calmantes|p[ií]ldoras|analg[eé]sicos)\b",
                 r"\b(uminom|ininom) (niya |ko )?ang (isang )?(buong|lahat ng) (banig|bote|gamot)\b", r"\bminum (satu|se)(strip|botol|kotak|papan) obat\b",
                 r"\b(took|swallowed|taken) (a |the |my )?(whole|entire|full) (pack|packet|box|bottle|strip|blister) of (\w+ )?(pills|tablets|painkillers|meds|medication|medicine|paracetamol|ibuprofen|sleeping pills|antidepressants)\b")),
    Cue("stroke-signs",
        phrases=(r"말을 ?(잘 ?)?못 ?(하|해)|발음이 ?(이상|어눌)|말이 ?(어눌|안 ?나와)|얼굴이 ?(한쪽|비뚤)", _zh("说话不清楚 突然说不出话 嘴歪了 半边脸")),
        english=(r"\b(face|mouth) (is )?(drooping|droops|droopy|twisted|lopsided)\b", r"\bsuddenly (can'?t|cannot) (talk|speak|move (his|her) (arm|leg))\b",
                 r"\b(se le cay[oó] la cara|cara ca[ií]da|boca torcida)\b")),
    Cue("suicide-plan-or-attempt",
        english=(r"\bmagpapakamatay (na )?(ako|siya)\b", r"\b(mau|akan|ingin) bunuh diri (malam ini|hari ini|sekarang)\b",
                 r"\b(me voy a|voy a) (quitar la vida|acabar con (todo|mi vida))\b", r"\bvou (acabar com (tudo|a minha vida)|tirar (a )?minha vida)\b")),
    Cue("suicide-thoughts",
        phrases=(r"(사는 ?게|살기) ?(너무 )?(힘들어|지쳤)[^.!?]{0,12}(죽|사라지)", r"(mệt|chán) (sống|đời) (quá|rồi)", _zh("活着好累 活着没意思 不想活")),
        english=(r"\bpagod na (ako|akong) (mabuhay|mabuhay pa)\b", r"\b(capek|lelah) hidup\b", r"\bcansad[oa] de (vivir|viver)\b",
                 r"\bya no (quiero|aguanto) (vivir|seguir)\b")),
    # Session 17 (crisisR): someone following the resident, a fit told by its signs (shaking and no answer), nowhere to stay
    # tonight and sex forced — the families the other languages still missed, each said the ways a resident would.
    Cue("stalking-threat",
        phrases=(r"(đi|chạy|đang|cứ) theo (sau )?(tôi|em)", _zh("有人跟着我 一直跟着我 被人跟踪"), r"(누가|남자가|모르는 ?사람이)[^.!?]{0,10}따라(오|와)"),
        english=(r"\bme (est[aá]|viene|ha estado|anda) (siguiendo|persiguiendo)\b", r"\b(est[aá]|t[aá]) me (seguindo|perseguindo)\b",
                 r"\bmay (sumusunod|nagmamanman) sa akin\b", r"\b(membuntuti|menguntit|mengikuti) (saya|aku)\b", r"\b(saya|aku) diikuti\b"),
        needs=r"(sợ|hoảng|[怕]|무서|miedo|asustad|medo|assustad|takot|takut|đàn ông|người lạ|[男]|남자|hombre|desconocid|homem|estranh|lalaki|estranghero|pria|laki-laki|orang asing|ga |駅|station|estaci[oó]n|esta[cç][aã]o)"),
    Cue("seizure",
        phrases=(r"run[^.!?]{0,20}không (trả lời|phản ứng|tỉnh)", _zh("浑身发抖 叫不应 没有反应"), r"떨(면서|고)[^.!?]{0,12}(대답|반응)(을|이)? ?(안|없)"),
        english=(r"\b(nanginginig|nangangatog|nangingisay)\b.{0,40}\bhindi (sumasagot|sumasagot|gumagalaw|makausap)\b",
                 r"\b(tiembla|temblando|sacudi[eé]ndose)\b.{0,40}\bno (responde|contesta|reacciona)\b",
                 r"\b(tremendo|tremendo todo|se debatendo)\b.{0,40}\bn[aã]o (responde|reage)\b",
                 r"\b(gemetar|kejang)\b.{0,40}\btidak (merespon|menjawab|sadar|bereaksi)\b", r"\bkinukumbulsyon\b")),
    Cue("no-food-or-shelter-in-cold",
        phrases=(r"không có (chỗ|nơi) (ở|ngủ|qua đêm|trú)|không có nhà để về", _zh("没地方去 没地方过夜"), r"(갈|잘|있을) ?(곳|데)(이|가)? ?없"),
        english=(r"\bwala (akong|kaming|ako|kami)( ng)? (matutuluyan|matuluyan|tutuluyan|masisilungan)\b", r"\bwalang (matutuluyan|matuluyan|masisilungan)\b",
                 r"\bno tengo (d[oó]nde|a d[oó]nde) (quedarme|ir|pasar la noche)\b", r"\bn[aã]o tenho onde (ficar|passar a noite)\b",
                 r"\b(tidak|nggak|gak) (punya|ada) tempat (menginap|bermalam|berteduh)\b")),
    Cue("sexual-violence",
        phrases=(r"bị (ép|cưỡng ép|bắt ép|ép buộc) (quan hệ|làm tình|ngủ)|cưỡng bức", _zh("强迫我发生关系 被迫发生关系 强迫我上床"), r"강제로 ?(성)?관계"),
        english=(r"\bme (oblig[oó]|forz[oó]) a (tener relaciones|tener sexo|acostarme)\b", r"\bme (obrigou|for[cç]ou) a (ter rela[cç][oõ]es|fazer sexo|transar)\b",
                 r"\bpinilit (niya )?(akong|ako na|ako) (makipagtalik|makipag-sex|sumiping)\b", r"\bdipaksa (berhubungan( seks| badan)?|bersetubuh|tidur dengan)\b")),
    # Someone with dementia or an older relative gone, told in the other languages (se perdió, não voltou, hindi pa bumabalik,
    # belum pulang, bị lạc, 走丢了, 안 돌아와): the search, 110.
    Cue("missing-person-dementia",
        phrases=(r"(bị lạc|đi lạc|chưa về|mất tích|không thấy (về|đâu))", _zh("走丢了 不见了 没回来 找不到"), r"(안 ?돌아|없어졌|길을 ?잃|실종)"),
        english=(r"\bse (perdi[oó]|ha perdido|fue y no)\b|\bno (ha )?(vuelto|vuelve|regresa|regresado)\b|\bno (la|lo) (encontramos|encuentro|encontramos)\b|\bdesapareci[oó]\b",
                 r"\bn[aã]o (voltou|volta|retornou)\b|\bsumiu\b|\bdesapareceu\b|\bse perdeu\b|\bn[aã]o (a|o) (encontramos|acho)\b",
                 r"\bhindi pa (bumabalik|umuuwi|nakakauwi|nakakabalik)\b|\bnawawala\b|\bnawala\b",
                 r"\bbelum (pulang|kembali)\b|\bhilang\b|\btersesat\b|\btidak (kembali|pulang)\b"),
        needs=r"(demencia|alzh|dem[eê]ncia|dementia|ulyanin|pikun|demensia|lẫn|mất trí|[痴][呆]|치매|abuel[oa]|av[oóô]|lol[oa]\b|nenek|kakek|\bbà\b|\bông\b|老人|爷爷|奶奶|할머니|할아버지)"),
    # Shut in, a cut on oneself, a face drooping and no bed tonight, in words the earlier patterns did not have (nakakulong ako,
    # eu me corto, mặt bị méo, walang akong matutulugan).
    Cue("confinement",
        phrases=(r"bị nhốt", _zh("被关在 被锁在")),
        english=(r"\b(nakakulong|ikinulong|kinulong|nakakandado) (ako|kami)\b", r"\bestoy encerrad[ao]\b", r"\bestou (trancad[ao]|pres[ao] em casa)\b",
                 r"\b(saya|aku) (dikurung|dikunci)\b")),
    Cue("self-harm",
        english=(r"\bme (corto|cort[eé]|cortei)\b(?! (el|o) (pelo|cabelo|las u[ñn]as|as unhas|flequillo|franja))", r"\bcortei (muito|fundo|os? bra[cç]os?|o pulso|a perna)\b",
                 r"\bhinihiwa ko ang (aking )?(sarili|braso|pulso)\b")),
    Cue("stroke-signs",
        phrases=(r"(mặt|miệng)[^.!?]{0,6}(bị )?méo|méo (miệng|mặt)|đột nhiên không nói được|nói (ngọng|không rõ)",),),
    Cue("no-food-or-shelter-in-cold",
        english=(r"\bwalang (akong|kaming) (matutulugan|matulugan|matutuluyan|matuluyan|makain)\b",)),
)
