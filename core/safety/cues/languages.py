"""Crises told in the other languages residents write (issue #11, session 13): Spanish, Portuguese, Tagalog and
Indonesian (read as the English patterns are, on the raw sentence), Chinese, Korean and Vietnamese (read as phrases
on the folded text). The few things a counsellor must hear in any language: a wish to die or a plan, no breath, a
fire, a blow or a threat to kill, a child gone, and a cry for help (distress only). Chinese characters are written
one to a class (`_zh`), so no Japanese kana reading is added to them (想死 is no そうし)."""

from __future__ import annotations

from .words import Cue


def _zh(words: str) -> str:
    """Chinese words, each character in its own class: literal, with no Japanese reading."""
    return "|".join("".join(f"[{c}]" for c in w) for w in words.split())


CUES: tuple[Cue, ...] = (
    Cue("suicide-thoughts",
        phrases=(_zh("想死 不想活 活不下去 自杀 轻生 死了算了"), r"죽고 ?싶|자살|살고 ?싶지 ?않|사라지고 ?싶",
                 r"muốn chết|tự tử|không muốn sống"),
        english=(r"\bwant (it all|everything|my life) to (stop|end)\b", r"\b(quiero|quisiera) (morir|morirme|matarme|desaparecer|dejar de vivir)\b", r"\bme quiero (morir|matar)\b",
                 r"\bno quiero (vivir|seguir viviendo)\b", r"\bganas de morir(me)?\b",
                 r"\bquero (morrer|me matar|sumir|desaparecer)\b", r"\bn[aã]o quero mais viver\b", r"\bvontade de morrer\b",
                 r"\bgusto (ko )?(nang )?mamatay\b", r"\bayoko nang mabuhay\b", r"\bmagpakamatay\b",
                 r"\b(ingin|mau|pengen) mati\b", r"\bbunuh diri\b")),
    Cue("suicide-plan-or-attempt",
        phrases=(_zh("要自杀 去死 跳楼"), r"자살할|뛰어내리", r"sẽ tự tử"),
        english=(r"\bme voy a (matar|suicidar)\b", r"\bvoy a (suicidarme|matarme|tirarme)\b", r"\bvou me matar\b",
                 r"\b(matarme|morirme|suicidarme|me matar|morrer|me quiero (matar|morir)) (esta noche|hoy|ahora|hoje|agora|esta noite)\b")),
    Cue("not-breathing-or-unconscious",
        phrases=(_zh("没有呼吸 没呼吸 不呼吸 没气了"), r"숨을 ?(안|못) ?쉬|숨을 ?쉬지 ?않", r"không thở"),
        english=(r"\bno (est[aá] )?respira(ndo)?\b", r"\bn[aã]o (est[aá] )?respira(ndo)?\b", r"\bhindi (na )?humihinga\b",
                 r"\btidak (bisa )?bernapas\b")),
    Cue("fire",
        phrases=(_zh("着火了 失火 火灾"), r"불이 ?났|불났|화재", r"cháy nhà|đang cháy|bị cháy"),
        english=(r"\bhay (un )?(fuego|incendio)\b", r"\bse (est[aá] )?quemando (la|mi) casa\b", r"\binc[eê]ndio (en|na|no|em) (mi|la|minha|casa)\b",
                 r"\bpegando fogo\b", r"\bmay sunog\b", r"\bkebakaran\b")),
    Cue("violence-now",
        phrases=(_zh("要杀我 打我"), r"때려(요)?|때리고 ?있|맞고 ?있", r"đánh (tôi|em)"),
        english=(r"\bme (quiere|va a) matar\b", r"\btiene un cuchillo\b", r"\b(quer|vai) me matar\b", r"\best[aá] com (uma )?faca\b")),
    Cue("missing-child",
        phrases=(_zh("孩子不见了 孩子丢了 找不到孩子"), r"아이가 ?없어|아이를 ?잃어|애가 ?없어", r"con tôi (bị lạc|mất tích|biến mất)"),
        english=(r"\b(mi hij[oa]|mi niñ[oa]|mi beb[eé]) (se perdi[oó]|desapareci[oó]|no aparece)\b",
                 r"\b(meu filho|minha filha|meu beb[eê]) (sumiu|desapareceu|n[aã]o aparece|se perdeu)\b", r"\bnawawala ang anak ko\b")),
    # Session 14 (crisisN): the body's emergencies and a person gone, told in the same languages — a faint in the
    # heat, blood that will not stop, a smell of gas, someone with dementia gone, a blow now, a disabled child back
    # hurt from the institution, a carer afraid of hurting the one cared for, a bridge to jump from.
    Cue("not-breathing-or-unconscious",
        phrases=(_zh("昏倒了 晕倒了 昏迷 不省人事 叫不醒"), r"의식이 ?없|기절했|쓰러졌", r"bất tỉnh|ngất xỉu"),
        english=(r"\b(se )?desmay[oó]\b", r"\bdesmai(ou|ada|ado)\b", r"\b(est[aá]|qued[oó]|ficou) inconscient[ea]\b",
                 r"\bnahimatay\b", r"\bwalang malay\b", r"\bpingsan\b", r"\btidak sadar(kan diri)?\b")),
    Cue("heatstroke",
        phrases=(_zh("中暑了 中暑晕倒 中暑昏倒"), r"열사병(에 ?걸|인 ?것 ?같|같아)|더위를 ?먹었", r"bị (say nắng|sốc nhiệt)"),
        english=(r"\b(desmai\w*|desmay\w*|mareado|mareada|tont[oa]|confus[oa]|vomit\w*|nahimatay|pingsan)\b.{0,40}\b(calor|sol|init|panas)\b",
                 r"\b(calor|sol|init|panas)\b.{0,40}\b(desmai\w*|desmay\w*|mareado|mareada|tont[oa]|confus[oa]|vomit\w*|nahimatay|pingsan)\b",
                 r"\bgolpe de calor\b", r"\binsola[cç][aã]o\b")),
    Cue("heavy-bleeding",
        phrases=(_zh("流血不止 血流不止 大出血 血止不住"), r"피가 ?(안 ?멈|멈추지 ?않|많이)", r"chảy (rất )?nhiều máu|máu chảy không (ngừng|cầm)"),
        english=(r"\bsangr(a|ando) (much[ií]simo|mucho|muito|sin parar|sem parar)\b", r"\bno (para|deja) de sangrar\b",
                 r"\bn[aã]o para de sangrar\b", r"\b(mucha|muita) sangre?\b", r"\bdumudugo nang? (husto|marami)\b",
                 r"\bmaraming dugo\b", r"\bdarah(nya)? (banyak|tidak berhenti)\b")),
    Cue("gas-or-co",
        phrases=(_zh("煤气泄漏 燃气泄漏 煤气味 天然气味"), r"가스 ?(냄새|가 ?새)", r"(rò rỉ|mùi) (khí )?ga"),
        english=(r"\b(cheiro|olor|fuga|vazamento|escape) (forte )?(a|de) g[aá]s\b", r"\bhuele a gas\b", r"\bamoy (ng )?gas\b",
                 r"\btagas ng gas\b", r"\bbau gas\b")),
    Cue("missing-person",
        phrases=(_zh("不见了 走失 找不到"), r"없어졌|실종|안 ?돌아", r"mất tích|đi lạc|không về"),
        english=(r"\b(nawawala|nawala)\b", r"\bdesapareci[oó]\b", r"\bse (ha )?perdi[oó]\b", r"\bno (ha )?vuelto\b",
                 r"\b(desapareceu|sumiu|se perdeu)\b", r"\bn[aã]o voltou\b", r"\b(hilang|belum pulang)\b"),
        needs=r"(dementia|demencia|dem[eê]ncia|alzheimer|[认][知][症]|[失][智]|[痴][呆]|치매|sa sút trí tuệ|lú lẫn|pikun|ulyanin)"),
    Cue("missing-child",
        english=(r"\b(mi hij[oa]|mi niñ[oa]|mi beb[eé]) de \d+ (años|meses) (se perdi[oó]|desapareci[oó]|no aparece)\b",
                 r"\b(meu filho|minha filha|meu beb[eê]) de \d+ (anos|meses) (sumiu|desapareceu|n[aã]o aparece|se perdeu)\b",
                 r"\b(anak ko|ang anak ko)\b.{0,30}\b(nawawala|nawala)\b")),
    Cue("violence-now",
        english=(r"\b(nananakit|nanakit|sinasaktan|binubugbog|sinuntok|sinasampal)\b", r"\bme est[aá] (pegando|golpeando)\b",
                 r"\best[aá] me (batendo|agredindo)\b", r"\bme bateu agora\b", r"\bsedang memukul\b")),
    Cue("disabled-abuse-injury",
        english=(r"\b(bra[cç]o|perna|brazo|pierna|costela|costilla) (quebrad[oa]|rot[oa]|partid[oa]|fraturad[oa]|fracturad[oa])\b",
                 r"\b(hematomas?|moret[oó]n(es)?|roxos|queimaduras?|quemaduras?)\b"),
        needs=r"(defici[eê]ncia|discapacidad|autis|s[ií]ndrome de down|disab)"),
    Cue("caregiver-may-harm",
        phrases=(_zh("伤害她 伤害他 伤害妈妈 伤害爸爸 伤害孩子 打她 打他 掐死 掐她"),),
        needs=_zh("照顾 照护 护理 看护 带孩子 崩溃 受不了")),
    Cue("suicide-plan-or-attempt",
        phrases=(r"(muốn|sẽ) nhảy (xuống|cầu|lầu)|nhảy cầu|nhảy lầu", _zh("想跳楼 想跳河 要跳下去")),
        english=(r"\b(quiero|voy a) (saltar|tirarme) (del|desde el) (puente|edificio|techo)\b", r"\bvou pular d[aoe] (ponte|pr[eé]dio)\b")),
    # Nepali and Hindi (Devanagari, read as phrases): a fall with shaking, no consciousness or breath, a fire, a wish to die.
    Cue("seizure", phrases=(r"(काँप|कांप|थरथर)[^।.]{0,20}(लड|ढल|गिर)|(लड|ढल|गिर)[^।.]{0,20}(काँप|कांप|थरथर)",),),
    Cue("not-breathing-or-unconscious", phrases=(r"बेहोस|बेहोश|होश नहीं|होस छैन", r"सास (फेर्दैन|छैन)|साँस नहीं|सांस नहीं"),),
    Cue("fire", phrases=(r"आगो लाग्यो|आग लगी|आग लग गई",),),
    Cue("suicide-thoughts", phrases=(r"मर्न मन|मर्न चाहन्छु|मरना चाहत|आत्महत्या",),),
    Cue("distress", weak=True,
        phrases=(_zh("救命 帮帮我"), r"살려|도와주세요", r"cứu (tôi|với|em)"),
        english=(r"\bayuda\b", r"\bsocorro\b", r"\bme ajud(a|e)\b", r"\btulong\b", r"\btulungan\b", r"\btolong\b")),
)
