"""The noun after a figure: what a count counts (``5个工作组``), a fund after a sum.

Contract: pure functions over the normalised sentence returning spans or None.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache, twins
from metrics.context.clauses import past_of
from metrics.context.metric_trim import period_in
from metrics.context.words import HAVE, VERB_WORD
from metrics.gates import FirstChars
from metrics.lexicon.changes import CHANGE_VERB
from metrics.lexicon.words import MARK_NOUNS, alternation
from metrics.opening import opening_chars

# The end of a noun that names a fund (资金, 补助, 专项债券, 贷款).
FUND_END: Final = (
    regex_cache.compile(r"(?:资金|金|补助|补贴|贴息|奖励|奖补|债券?|贷款|经费|款|费)$")
)

# a short remark in brackets inside the noun stays in it: 4支村（社区）慈善基金
# (a masked name may open it, 26名XX籍人士: a mask that starts the next figure lies past
# the end the caller gives, 脱贫户托管奶牛xxx头)
# (an age may open it: 1.2万余名80岁以上高龄老人, 23名7-9周岁残疾儿童)
# (quoted_name_in_noun: a name in quotes is one piece of the noun whatever it holds, a dash,
# a figure, a plus: 87条“县城—中心镇—重点村”发展轴, 23个“15分钟便民生活圈”, 3个“1+N”服务
# 中心; it may end the noun)
QUOTED_NAME: Final = r"“[^“”\n,，;；。、]{1,20}”"
NOUN_PIECE: Final = rf"[\p{{Han}}“”\"A-Za-z*]|[（(]\p{{Han}}{{1,4}}[）)]|{QUOTED_NAME}"
AFTER_NOUN: Final = regex_cache.compile(
    r"(?:\d{1,3}(?:[-—~至到]\d{1,3})?周?岁(?:及?以上|及?以下)?|[xX*]{2,}(?=\p{Han}))?"
    rf"(?:{QUOTED_NAME}(?:{NOUN_PIECE}){{0,21}}|[\p{{Han}}“”\"](?:{NOUN_PIECE}){{1,21}})"
    r"|《[^《》\n]{1,40}》"  # a title: 印制5.1万份《政策明白纸》
)
# AFTER_NOUN and VERBISH_AFTER as ``noun_at`` asks them: their ``re`` twins (a corpus
# run's calls 0.43 -> 0.20 and 1.82 -> 0.48 ms replayed, ``metrics.twins``)
AFTER_NOUN_ASKED: Final = twins.twin(AFTER_NOUN)
# (what a noun may open with, read from the pattern: after a mark no noun is looked for)
NOUN_OPENS: Final = FirstChars(AFTER_NOUN)
# The second characters that make 共 part of a noun, not 共计 nor a verb after one (共建重点
# 项目, 共产党员, 共享停车场, 共青团员): asked by VERBISH_WORDS and NOT_A_NOUN_WORDS alike.
GONG_OF_NOUN: Final = "建产享青"
VERBISH_WORDS: Final = (
    r"全部|均|已|被|参加|参与|接受|入选|实现|完成|达到|获得|获评|获|通过|进行|开展|分别|"
    r"交付|投入|提供|享受|受益|得到|成功(?!人士)|正在|目前|现已|顺利|纳入|实施|"
    r"(?<!新)开工|建成|达标|存在|出现|发生|率先|"  # (not 新开工项目: a kind of project)
    # (not 公共: 县区一般公共预算收入; nor 共体 of a body formed together: 县域医共体; nor
    # the 共 of a noun: GONG_OF_NOUN)
    rf"(?<!公)共(?![体{GONG_OF_NOUN}])|累计|的|"
    r"进入|列入|入围|待?入库|获批|有望|正?(?:排队|等待)|依法|依规|基础上|用于|所有(?![制权者])|同比|环比|"
    r"积极(?!分子)|主动|踊跃|纷纷|陆续|先后|相继|也|都(?![市会])|"  # 50余家优质企业积极参与
    r"(?:主体)?(?:竣工|完工)|投用|投运|投产|(?:确定|认定|评|命名|列)为|"  # 6所学校确定为试点校
    r"(?<![合兼吞])并(?![购列])|签订|签署|"  # 12家企业…排查并督促整改
    r"分(?=[获赴\d一二两三四五六七八九十])|"  # 17家企业分2期, 3名师生分获
    r"每(?=[天日月年周])|"  # 2台水车每天执行5次
    r"[还仍尚]有|"  # 56人以上大班额还有23个
    # a change or a mark passed right before the next figure: 8个园区规上工业产值突破600亿元
    rf"(?:{CHANGE_VERB}|突破|超过)(?=\s*[\d０-９xX*＊一二两三四五六七八九十百千])|"
    rf"{HAVE}\p{{Han}}{{2,8}}?[\dxX*]"  # 176个行政村有果业村32个: the next count's noun
)
VERB_BEFORE_LE: Final = r"\p{Han}{2}(?=了)"  # 215所中小学(园)安装了一键报警系统
VERBISH_AFTER: Final = regex_cache.compile(
    "(?:" + VERBISH_WORDS.replace("|[还仍尚]有|", f"|{VERB_BEFORE_LE}|[还仍尚]有|") + ")"
)
# A window that holds none of the characters a match of VERBISH_AFTER opens with, nor the
# 了 that the verb of two characters before it needs, holds no match (read from its words:
# it opens with any Han character only before 了)
VERBISH_CHARS: Final = opening_chars(regex_cache.compile(VERBISH_WORDS)) | {"了"}
VERBISH_AFTER_ASKED: Final = twins.twin(VERBISH_AFTER)
# What is not yet done to what a count counts ends its noun (xx户危房未完成改造, 3200万元配套
# 资金尚未到位), two characters in at least: a name may open with 未 (12场次未名文化宣传,
# 1200名未成年人), and 未成年, 未婚, 未来 are words.
NOT_YET: Final = regex_cache.compile(r"[还仍尚]?未(?!成年|婚|来|知|满)|没有")
NOT_YET_FROM: Final = 2
# manner_before_deed: how the things counted did or had a deed done, said between them and
# its verb, ends their noun as the verb would (2860户脱贫户稳定实现“两不愁三保障”, 71.3万监测
# 对象稳定消除返贫风险, 386户低保户按时足额领取, 316户低保户按月领取, 297个自然团寨集中
# 整治, 159项改革任务全面实施), and so does when they did it (14个司法所调解室全年受理,
# 12家企业今年新增: not a year's figure of theirs, 3家企业全年产值超过1亿元 keeps its
# measure for the figure after it), two characters in at least, as 未 (1200人稳定就业 names
# 稳定就业: no noun before it). Not where the word sorts a thing (集中式饮用水水源地, 集中
# 供热面积, 基本养老保险, 全面小康): 基本 and 全面 only before a verb of work done or
# reached; nor after a count of events, whose noun is the deed (12场次未名文化集中宣传).
MANNER: Final = regex_cache.compile(
    r"(?:稳定|持续|按[时期月季年]|如期|及时|足额|全额|有序|集中(?![式供])"
    r"|(?:全年|今年|当年|年内|上半年|下半年)(?!\p{Han}{0,2}[\dxX*])"
    r"|(?:基本|全面)(?=完成|实现|建成|消除|覆盖|达到|达标|落实|实施|解决|整治))(?=\p{Han})"
)
MANNER_CHARS: Final = opening_chars(MANNER)
# (场次, 人次 end in 次: 10件民生实事全面完成 is a thing)
ACTIVITY_UNIT: Final = frozenset("次场期轮")
# A noun after a count that names people ends before a verb (为16名卧床残疾人配备护理床):
# after this many characters, where one of these ends it. Other nouns hold verbs (党组织,
# 污水处理站, 校舍维修改造项目).
NOUN_BEFORE_VERB: Final = 2
PERSON_END: Final = frozenset("人口员户者儿童生师主民工属警士")
# and so do nouns of places and bodies that act (三所学校创建区级优质校, 21个城区社区建设服务点,
# *多户小微企业办理留抵退税)
PLACE_END: Final = frozenset("校园村区企业镇乡")  # (乡镇 too: 14个乡镇落实…项目36个)
PLACE_WORD_END: Final = ("嘎查", "苏木")  # (the word: 查 alone ends verbs, 检查, 排查)
# 群众, 少年, 校长, 干部, and people named by what they receive (优抚对象, 低保对象, 救助
# 对象: 为1.2万名退役军人和其他优抚对象发放优待金 counts the people, not the deed)
# 家庭 too, households as the people a deed reaches (2300户困难家庭住上安全住房, 为126户
# 家庭办理; a court, 人民法庭, that acts is a body and ends before its deed as well)
PERSON_HEAD: Final = PERSON_END | frozenset("众年长部庭")
PERSON_WORD_END: Final = ("对象",)  # (the word, not its 象: 现象, 形象, 气象 name no people)
# 在 and 等 end a noun of those who act or of things (二十多名党员干部在做好本职工作,
# 62个直属单位述职评议会等活动), but not the noun of an event, which tells where and what
# happened before its head (x起网友在微博发布不当言论等事件).
AGENT_NOUN_END: Final = regex_cache.compile(
    r"(?<![所现存实自潜外内驻])在(?![职编岗校读册园建线])|(?<![一二三四五特同均])等(?![奖级次待同])"
    r"|(?<![报收达得做遇感])到(?![位岗期])"  # 117名学生到中职学校学习
    r"|(?<![甚直乃以截\d])至(?![少今此多])"  # 推荐3名候选人至市教体局 (not 80至100岁)
)
AGENT_END_CHARS: Final = opening_chars(AGENT_NOUN_END)  # (a noun without them is not searched)
VERB_CHARS: Final = opening_chars(VERB_WORD)
EVENT_UNIT: Final = frozenset("起件次宗例")
# A noun after a count that names the target, not the thing counted.
TARGET_NOUN: Final = regex_cache.compile(r"(?:目标)?任务|目标|指标|计划")
TARGET_OPENS: Final = FirstChars(TARGET_NOUN)
IN_AFTER_NOUN: Final = regex_cache.compile(r"(?<![初高])中")  # 普通高中 keeps its 中
AND_BEFORE_FIGURE: Final = regex_cache.compile(r"[和及与]\s*[\dxX*]")
# After a figure, words that start no noun: particles, conjunctions, verbs.
MARK_NOUN: Final = alternation(MARK_NOUNS)
NOT_A_NOUN_WORDS: Final = (
    # (共 is 共计, not the 共 of a noun: GONG_OF_NOUN)
    rf"的|等|以|为|用(?![户工])|在(?![职编岗校读册])|和|及|与|并|共(?![{GONG_OF_NOUN}])|均|已|全部|"
    r"左右|以上|以下|次|"
    # 种菜xxx处约xxxx平方米: a second figure; 培训2000人次之多: "as many as"
    r"约|大约|近(?!视)|逾|超过|不足|不到|参与|参加|赴|之多|"
    # 突破3400人大关, 5万亿两个台阶: the mark passed, no thing counted (not 3个台阶式花坛,
    # nor the marks a count of them counts: 跨过两个万亿元大关)
    r"关口|"
    r"累计|合计|总计|共计|其中|分别|同比|比|较|占|达|完成|实现|受益|惠及|覆盖|涉及|"
    r"增加|增长|增至|增到|减少|减至|下降|降低|降至|提高|提升|上升|"  # 从126家增加到148家
    r"压减|削减|缩减|压缩|精简|缩短|缩小|扩大|拓展|扩展"  # 由426辆压减至198辆, 由9个精简为4个
)
# 突破3400人大关, 5万亿两个台阶: the mark passed, no thing counted (not 3个台阶式花坛,
# nor the marks a count of them counts: 跨过两个万亿元大关)
MARK_PASSED: Final = rf"(?<!个)\p{{Han}}{{0,4}}?(?:{MARK_NOUN})(?!(?!的)\p{{Han}})"
NOT_A_NOUN_AFTER: Final = regex_cache.compile(
    "(?:" + NOT_A_NOUN_WORDS.replace("|关口|", f"|{MARK_PASSED}|关口|") + ")"
)
# ...asked in its two parts: the words where the character after the figure opens one,
# the mark passed where a mark noun opens within MARK_REACH characters (``\p{Han}{0,4}?``
# before it)
NOT_A_NOUN_WORD: Final = regex_cache.compile(NOT_A_NOUN_WORDS)
NOT_A_NOUN_OPENS: Final = FirstChars(NOT_A_NOUN_WORD)
MARK_PASSED_AT: Final = regex_cache.compile(MARK_PASSED)
MARK_CHARS: Final = opening_chars(regex_cache.compile(MARK_NOUN))
MARK_REACH: Final = 5


def noun_at(sentence: str, end: int, upto: int | None = None) -> tuple[int, int] | None:
    """The noun that starts at ``end`` (after a count), ending before ``upto``, else None."""
    if not NOUN_OPENS.opens(sentence, end) or _no_noun_at(sentence, end):
        return None
    m = AFTER_NOUN_ASKED.match(sentence, end, len(sentence) if upto is None else upto)
    if not m:
        return None
    noun_end = m.end()
    period = period_in(sentence, end + 2, noun_end)
    if period:  # 17个乡镇水源地前三季度水质达标: a period starts what is said of them
        noun_end = period.start()
    if TARGET_OPENS.opens(sentence, end, noun_end) and TARGET_NOUN.fullmatch(
        sentence, end, noun_end
    ):
        return None  # 完成新增就业30名任务: the work stands before the figure
    # one character on, for the lookaheads (分 before a number: 17家企业分2期)
    verb_to = min(noun_end + 1, len(sentence))
    verb = None
    if not VERBISH_CHARS.isdisjoint(sentence[end:verb_to]):
        verb = VERBISH_AFTER_ASKED.search(sentence, end, verb_to)
    if (
        "未" in sentence[end + NOT_YET_FROM : noun_end]
        or "没有" in sentence[end + NOT_YET_FROM : noun_end]
    ):
        not_yet = NOT_YET.search(sentence, end + NOT_YET_FROM, noun_end)
        if not_yet and (verb is None or not_yet.start() < verb.start()):
            verb = not_yet
    if sentence[end - 1] not in ACTIVITY_UNIT and not MANNER_CHARS.isdisjoint(
        sentence[end + NOT_YET_FROM : noun_end]
    ):
        manner = MANNER.search(sentence, end + NOT_YET_FROM, noun_end)
        if manner and (verb is None or manner.start() < verb.start()):
            verb = manner
    if sentence[end - 1] not in EVENT_UNIT:
        agent_to = verb.start() if verb else noun_end
        if not AGENT_END_CHARS.isdisjoint(sentence[end:agent_to]):
            verb = AGENT_NOUN_END.search(sentence, end, agent_to) or verb
    deed = None
    if not VERB_CHARS.isdisjoint(sentence[end + NOUN_BEFORE_VERB : noun_end]):
        deed = VERB_WORD.search(sentence, end + NOUN_BEFORE_VERB, noun_end)
    if verb:
        noun_end = verb.start()
    elif deed and (
        _names_people(sentence, deed.start())
        or (
            _names_place(sentence, deed.start())
            and (noun_end == upto or sentence.find("项目", deed.end(), noun_end) < 0)
        )
    ):
        # 为326名老人办理优待证, 三所学校创建区级优质校 (but 3个社区党组织, 5个监测对象, and
        # x个新区建设配套项目, where the deed names the project); units_then_deed: where the
        # deed's object runs into a figure of its own, the count before is of the units that
        # did it (86个嘎查落实集体经济发展项目112个, 3个村实施产业项目12个: 嘎查, 村)
        noun_end = deed.start()
    elif sentence[noun_end - 1] in "和及与" and AND_BEFORE_FIGURE.match(sentence, noun_end - 1):
        noun_end -= 1  # 26个主讲教室和94个教学点: the 和 joins the next figure
    if (
        noun_end - end >= 3
        and sentence[noun_end - 1] == "中"
        and IN_AFTER_NOUN.match(sentence, noun_end - 1)
    ):
        noun_end -= 1  # 在21座公厕中实施巡查, 13个科目中: "among", not part of the noun
    return (end, noun_end) if noun_end - end >= 2 else None


def _no_noun_at(sentence: str, end: int) -> bool:
    """Whether ``NOT_A_NOUN_AFTER`` matches at ``end``: its words asked where one can open
    there, the mark passed where a mark noun opens within reach (a match of the whole is
    a match of one of its parts)."""
    if NOT_A_NOUN_OPENS.opens(sentence, end) and NOT_A_NOUN_WORD.match(sentence, end):
        return True
    if MARK_CHARS.isdisjoint(sentence[end : end + MARK_REACH]):
        return False
    return MARK_PASSED_AT.match(sentence, end) is not None


# What a sum sizes, named after it past 的 (争取将3.2亿元的城南教育配套建设项目纳入规划;
# 积极争取5000万元的中央专项资金支持): a fund or a project. A fund word may be followed by
# 支持 or 保障, which say what the fund does, not what it is. (Counter: 实现1.2亿元的突破,
# 达到5亿元的规模 name no fund nor project.)
SIZED_END: Final = regex_cache.compile(
    r"(?:资金|补助|补贴|贴息|奖补|债券?|贷款|经费|项目|工程)(?=(?:支持|保障)?$)"
)


def fund_after(
    sentence: str, end: int, upto: int | None = None, sized: bool = False
) -> tuple[int, int] | None:
    """A fund named right after the figure ending at ``end``, past a 的 (XX万元专项资金,
    4266人次的失业保险金), else None. ``sized``: also the fund or project a sum sizes, named
    after it past 的 (see ``SIZED_END``)."""
    after = noun_at(sentence, past_of(sentence, end), upto)
    if after is None:
        return None
    if FUND_END.search(sentence, *after):
        return after
    if not sized or not sentence.startswith("的", end):
        return None
    m = SIZED_END.search(sentence, *after)
    return (after[0], m.end()) if m else None


def _names_place(sentence: str, end: int) -> bool:
    """Whether the noun that ends at ``end`` names a place or a body that acts
    (``PLACE_END``, and the levels 嘎查 and 苏木, a village and a township)."""
    return sentence[end - 1] in PLACE_END or sentence.endswith(PLACE_WORD_END, 0, end)


def _names_people(sentence: str, end: int) -> bool:
    """Whether the noun that ends at ``end`` names people (``PERSON_HEAD``, …对象)."""
    return sentence[end - 1] in PERSON_HEAD or sentence.endswith(PERSON_WORD_END, 0, end)


# Qualities a count's noun is given before 的 (打造40个吸引力强、带动面广的消费场景, 建成5个设施
# 齐全的养老机构, 选择10个有条件的乡镇试点): the thing counted is the noun after 的. A quality ends
# in a word of how good, strong or complete (QUALITY_WORDS) or is 有 and what is had; a noun
# before 的 owns what follows instead (7条道路的排水管网, 11个地块的土壤污染状况调查: 道路, 地块),
# as do 有关, 有限, 有机, 有色 (12个有关部门的执法人员: 有关部门) and a 规范 (5个行业规范的修订).
QUALITY_WORDS: Final = (
    r"强|广|好|高|优|较大|完善|齐全|健全|鲜明|突出|显著|先进|过硬|便捷|优美|整洁|有序|"
    r"合理|良好|丰富|稳定|可靠|一流|领先|认可|"
    r"(?:管理|运行|服务|经营|操作)规范"  # (a 规范 alone is a norm: 5个行业规范的修订)
)
QUALITY: Final = (
    rf"(?:有(?![关限机色])\p{{Han}}{{1,3}}|[^\d,，;；。、的\s]{{0,6}}?(?:{QUALITY_WORDS}))"
)
QUALITIES_BEFORE_NOUN: Final = regex_cache.compile(rf"(?:{QUALITY}、)*{QUALITY}的")
QUALITY_REACH: Final = 32  # characters from the count to the 的 after its qualities


# head_of_one_char: the places and units a report counts are often nouns of one character
# (4个基础较好的村开展试点, 10个有条件的县先行先试, 3个设施齐全的站): after qualities and 的,
# such a noun is the thing counted where no noun, or one that runs on into a deed, was found
# at it and the next character makes no longer word with it (村级, 村民, 县城, 县域, 园区,
# 站点, 企业: the noun goes on).
ONE_CHAR_HEADS: Final = frozenset("村镇乡县区市户校园站厂店企所")
ONE_CHAR_HEAD_ON: Final = frozenset("级委民区城域籍属业铺房场点长部内外务情貌容")


def past_qualities(sentence: str, start: int, upto: int | None) -> tuple[int, int] | None:
    """The noun after 的 when the words from ``start`` (right after a count) are qualities
    of it (see ``QUALITIES_BEFORE_NOUN``), else None."""
    if "的" not in sentence[start : start + QUALITY_REACH]:
        return None
    m = QUALITIES_BEFORE_NOUN.match(sentence, start, len(sentence) if upto is None else upto)
    if not m:
        return None
    head = m.end()
    noun = noun_at(sentence, head, upto)
    one = sentence[head : head + 1] in ONE_CHAR_HEADS and (
        sentence[head + 1 : head + 2] not in ONE_CHAR_HEAD_ON
    )
    if one and (noun is None or VERB_WORD.match(sentence, head + 1)):
        return head, head + 1  # (a deed right after: 4个基础较好的村建设示范点)
    return noun


def past_modifier(sentence: str, span: tuple[int, int], upto: int | None) -> tuple[int, int]:
    """People are named by the noun after 的, what stands before it describes them
    (60名符合救助要求的孤独症儿童, 4 名业务素质过硬的律师): ``span``, a noun after a count
    of people, taken on to that noun."""
    s, e = span
    if sentence.startswith("的", e) and sentence[e - 1] not in PERSON_END:
        head = noun_at(sentence, e + 1, upto)
        if head and _names_people(sentence, head[1]):
            return s, head[1]
    return span
