"""What a figure means: its period, role and metric, from the words around it.

Contract: pure functions over the normalised sentence. ``find_period`` returns the period
a figure belongs to (``截至10月底``, ``1-*月``, ``前三季度``) or None; ``find_role`` the role
(see ``records.Role``) from cue words and the section; ``metric_span`` the shortest phrase,
as written, that names what is counted. Cue words are tables, not code.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from metrics.normalize import FOLD_TABLE, HAN_CHAR, PARTY_D
from metrics.records import Role
from metrics.rules.exclusions import CLAUSE_BREAK, NOT_TOP_BEFORE, clause_before
from metrics.rules.metrics import MetricRuleName
from metrics.rules.qualifiers import BEAT, BEAT_TASK
from metrics.rules.role_cues import (  # noqa: F401 - importable from here as before
    CAPACITY,
    COLUMN_ROLE,
    COMPLETION_CUE,
    GROWTH_CUE,
    SHARE_CUE,
    SHARE_OF_WHOLE,
    TARGET_CUE,
    column_role,
)
from metrics.rules.roles import decide_role, role_input

NUM = r"(?:\d{1,2}|[xX*]{1,2}|[一二三四五六七八九十]{1,3})"
# a year may be masked (20xx年, **年: 截至**年1月底)
PERIOD = regex.compile(
    rf"""
    (?:截至|截止)(?:到|至)?(?:(?:(?:19|20)\d{{2}}|20[xX*]{{2}}|[xX*]{{2,4}})年|今年)?
        (?:{NUM}月(?:底|末|份|{NUM}日)?|目前|年底|年末|当前|现在)
    | {NUM}\s*[-—~至到]\s*{NUM}\s*月(?:份)?
    | 前[一二三]季度 | 第?[一二三四]季度 | (?<![比较])[上下]半年
    | (?<![{NOT_TOP_BEFORE}])前{NUM}个?月
    | 年初(?:以来|至今) | 今年以来 | (?:(?:19|20)\d{{2}}|20[xX*]{{2}})年(?:以来|至今)
    | {NUM}月(?:底|末|份)
    """,
    regex.X,
)


# The end of a noun that names a fund (资金, 补助, 专项债券, 贷款).
FUND_END = regex.compile(r"(?:资金|金|补助|补贴|贴息|奖励|奖补|债券?|贷款|经费|款|费)$")

# Cue words a relative figure's phrase ends with; what they relate to stands before them.
RELATIVE_CUE = regex.compile(f"(?:{COMPLETION_CUE.pattern})|(?:{GROWTH_CUE.pattern})")

# A metric named by one span, or by two joined (城镇 + 居民收入).
Subjects = tuple[tuple[tuple[int, int], ...], ...]
# Characters that end a noun, not a modifier: 党员、入党积极分子 are two subjects, while
# 城镇和农村居民收入 share one noun.
NOUN_END = frozenset("员人者户数率额量金费款生师工")
# What separates the subjects of 分别 (A、B分别…, A和B分别…).
LIST_JOIN = regex.compile(r"、|以及|和|与|及")
SUBCLAUSE_SPLIT = regex.compile(r"[,，;；:：。!?！？、()（）]")

# A list of nouns that one figure counts (中小学、幼儿园*所): at most this many items
# before the figure's own, each a few Han characters, maybe in quotes.
LIST_ITEMS = 4
LIST_ITEM_WIDTH = 10
LIST_ITEM = regex.compile(r"[\p{Han}“”\"]+")

# A label before a colon that names what the figures after it count (地区生产总值：…):
# a few Han characters after the sentence's start, a list marker or a clause break, not a
# heading of a kind of content.
LABEL_BREAK = regex.compile(r"[,，;；。!?！？\n]")
LABEL_WIDTH = 16
PARAGRAPH_REACH = 2000  # how far back a figure's paragraph start is looked for
LABEL = regex.compile(r"[\p{Han}A-Za-z0-9.“”\"（）()]+")
GENERIC_LABEL = regex.compile(
    r"(?:做法|成效|情况|措施|亮点|举措|成绩|经验|问题|不足|思路|打算|安排|要点|重点|目标|任务|"
    r"指标|内容|方面|如下|包括|其中)$"
)

# Words stripped from the start of a metric phrase: verbs and fillers that name no thing.
# Scope words (list markers, times, places of the reporter, adverbs, particles) never
# belong to a noun; a verb may (改造率, 慰问金: see NOUN_TAIL). A one-character word is
# kept where it begins a longer one (达成意向, 达标率, 共青团, 对口支援, 了解, 及格率).
LEADING_SCOPE = (
    r"[一二三四五六七八九十]是|\d{1,2}[.、]|(?:19|20)\d{2}年度?|"
    r"[\u2460-\u249b\u2776-\u2793]|"  # circled and bracketed list markers: ②, ⑶, ❸
    r"(?:从|自)[^,，;；。]{1,8}?(?:开始|起)|"  # 从今年7月开始
    r"其中|另外|此外|同时|目前|截至目前|截止目前|今年以来|全年|年内|当年度|当年|本?年度|今年|已经|已|实际|"
    r"[需可](?=完成|实现|达到)|(?:[省市县区]|上级)?下达(?:给?我[省市县区镇乡])?的?|"
    r"共计|共(?![青同享]|建(?:经费|资金|单位|共享|活动))|累计|合计|总计|分别|先后|持续|继续|进一步|全面|积极|扎实|深入|有效|"
    r"常态化|\p{Han}{1,6}?期间|"  # 活动期间共收到简历
    r"对(?![口外象标接])|向(?![导日上])|将|把|与|及(?![时格])|和(?![谐美平睦解])|的|了(?!解)|由|于|"
    r"(?:并|而)?且|\p{Han}{2}了(?!解)(?=\p{Han})|"  # 包装了农业招商项目: a deed done
    r"为(?![民期人首主])(?=\p{Han}{2})|"  # 为监测户189户 (not 为民服务中心)
    r"截至|截止|全省|全市|全县|全区|全镇|全乡|全街道|我(?:[省市县区镇乡局委院校]|街道|单位)|辖区内?|"
    r"通过|利用|依托|结合|围绕|按照|根据|严格|全力|加快|加强|强化|不断|大力|认真|切实|主动|及时|"
    r"共同|预计|预期|力争|计划|确保|要求|目标|任务|是(?![否非])|"
    r"(?:现|拥|约|还|尚|仍|仅|只)?有(?![机线色害毒关序效益偿奖])"  # 共有家庭农场 → 家庭农场
)
LEADING_VERB = (
    r"谋划|应完成|完成|实现|达到|下达|(?<!下)达(?![成标])|开展|启动|组织|举办|召开|举行|新增|建成|建设|建立|"
    r"设立|成立|组建|创建|创成|建有|打造|发放|签订|签约|培训(?!班)|接待|帮助|解决|引导|办理|处理|指导|推动|推进|落实|投入|争取|新建|"
    r"改造|改建|提升|扩建|配备|配齐|招聘|录用|安排|聘任|任命|选举|确定|调整|补选|划分|设置|查处|排查|检查|"
    r"出动|受理|化解|张贴|悬挂|制作|发布|开设|慰问|走访|救助|资助|惠及|覆盖(?!率|面)|带动|吸纳|"
    r"提供|收集|整改(?!措施|通知|方案|清单|报告|台账)|拆除|清理|治理|保障|拨付|兑现|参加|参与|获得|获评|评选|评为|荣获|下设|开辟|"
    r"邀请|上报|报送|通报|表彰|推荐|申报|审核|审批|核查|核实|评估|监测|督查|督导|筹集|到位|"
    r"安装|使用|涉及|培养|培育|担任|配置(?!率)|购置|批复|评出|打击|整治|接受|收到|制定|出台|印发|下发|选派|选聘|选拔|派驻|下沉|铲除|关停|取缔|查封|实施"
)
VERB_WORD = regex.compile(f"(?:{LEADING_VERB})")
# A verb that ends the noun after a count, maybe after 累计 or 已 (xx个社区累计排查).
DEED_AFTER = regex.compile(f"(?:累计|共计|已经?)?(?:{LEADING_VERB})")
ENDS_IN_VERB = regex.compile(f"(?:{LEADING_VERB})$")
# adverbs only before a verb: 重点走访困难户 → 困难户, 新调整党支部书记 → 党支部书记, while
# 重点对象, 专项资金 and 新村 are nouns
LEADING_ADVERB = rf"(?:集中|专项|重点|超额|成功|提前|新)(?=(?:{LEADING_VERB}))"
# where a deed is done, before its verb: 在小区建设文明实践广场x个 → 文明实践广场
WHERE_DONE = rf"在(?![岗职校编册线读])\p{{Han}}{{1,6}}?(?=(?:{LEADING_VERB}))"
# for whom a deed is done, before its verb: 为80周岁以上老人发放高龄津贴 → 高龄津贴
FOR_WHOM = rf"为(?![民主期])[^,，;；。、]{{1,10}}?(?=(?:{LEADING_VERB}))"
# 各类补助资金 → 补助资金, but 各类培训 keeps its words: a bare verb names no kind
EACH_KIND = rf"(?:各级)?各(?:类|种|项(?!目))(?!(?:{LEADING_VERB})$)"
# a verb may take 出 as its complement (排查出疑似患者, 评选出), not a verb of its own (出动)
LEADING_FILLER = regex.compile(
    f"(?:{FOR_WHOM}|{LEADING_SCOPE}|{LEADING_ADVERB}|{WHERE_DONE}|{EACH_KIND}|(?:{LEADING_VERB})(?!性|员(?!工)|者)(?:出(?![动台租让售现口]))?)+"
)  # 保障性住房, 督导员 and 参与者 keep their verb
# What is left of a phrase when the word trimmed before it was part of the noun: a
# character that makes a noun of a verb (改造率, 慰问金, 任务数, 监测户, 推进会), or a
# noun that names nothing by itself (培训人数, 到位资金, 监测对象, 培训人员).
NOUN_TAIL = frozenset("率数量额费金款资证户员点站会")
BARE_NOUNS = frozenset(
    {"人数", "人次", "次数", "金额", "资金", "数量", "总数", "总量", "总额", "规模", "面积"}
    | {"户数", "对象", "人员", "强度", "力度", "密度"}  # 投入强度
    | {"活动", "行动"}  # 开展集中走访活动x次 → 走访活动
)
# A rate named by a short word after a verb: the verb says what is rated (培训合格率,
# 整改完成率, 检查合格率); verbs that only report a result do not (实现达标率).
SHORT_RATE = regex.compile(r"\p{Han}{1,2}率")
RESULT_VERB = regex.compile(r"完成|实现|达到|达|获得|保持|提高|提升|到位")
TRAILING_FILLER = regex.compile(
    r"(?:达到|达|可(?=达)|(?<![行作成认因称视])为|是|(?<![签节制公预合条契邀相集简隐])约|共计|共|累计|合计|总计|总数|分别|已|已经|完成|实现|"
    r"目标任务|任务指标|任务总?数|目标值?|控制在|控制|保持在|保持|稳定在|稳定|"
    r"同比|环比|[比较由从](?:上年|去年|(?:19|20)\d{2}年)(?:同期|底|末)?|"  # 排放量较2020年分别削减
    rf"增长|增加|提高|提升|上升|下降|减少|降低|突破|{BEAT_TASK}|{BEAT}|新增|[降升增减]至|"
    r"每(?:[人户月年天日亩吨]|平方米|千?人|万人)|"  # 标准提高到每人每月
    r"缩小|扩大|缩短|压缩|延长|"  # 用时压缩至
    r"在[^在,，;；。]{0,14}?基础上|"  # 近视率在2018年基础上每年降低
    r"(?:力争|确保|争取|拟)(?:引进|招引|新建|建成|实施|签约)?|预期|"  # 项目力争引进
    r"预计|将|全部|(?<![平人年])均|都|"  # 收入比缩小到, 力争达到
    r"[荣斩]获得?|(?<![查缴破捕截抓收俘])获得?|夺得|"  # 运动会获3金 (查获 is the deed)
    r"(?<![得积评学总均扣加满高低比部工区处充划细])分|"  # 17家企业分2期 (not 平均分, 扣分)
    r"稳步|持续|不断|大幅|明显|显著|逐步|翻一番|翻两番|翻番|改善|"  # 面积翻一番，达到…
    # a bound on a share of a whole: 不低于专任教师的3%, 不低于九年总课时 9% (高于全省平均
    # 接种率（96.5%）names the level compared with)
    r"(?:不低于|不少于|不高于|不超过)\p{Han}{1,8}?的?|(?:低于|高于|多于|少于)\p{Han}{1,8}?的|"
    r"占全年目标的|占比|占(?:到了?|了)?(?:全[省市县区镇]|总数)?|"  # 都占到了全市的20%
    r"[还仍尚]有|的|了|有|在|仅|只|由|从|到|至|和|及|与|等)+$"  # 由65.2%提高到71.8%
)
# Marks that never begin a metric's name: spaces, quotes, the close of a title before it.
OPEN_OR_CLOSE = frozenset(' \t"“”》」』)）')
# (全县有果业村32个, 176个行政村有果业村32个: what is had is what is counted; 有 inside a
# word stays: 国有企业, 现有教师, 有机肥, 有效投诉)
HAVE = (
    r"(?<![国公私所拥具享持占现没特固含专富稀患且并还又也都均一二三四五六七八九十])"
    r"有(?![限机线害毒偿效关力序益利的所色奖])(?=\p{Han})"
)
# (通过腾、挪、借等方式新增阵地资源x处: the means end before the deed)
MID_CUT = regex.compile(
    rf"已完成|已经|已|共计|累计|等(?:方式|形式|途径|渠道|措施|手段|举措|办法)|{HAVE}"
)
# a short remark in brackets inside the noun stays in it: 4支村（社区）慈善基金
# (a masked name may open it, 26名XX籍人士: a mask that starts the next figure lies past
# the end the caller gives, 脱贫户托管奶牛xxx头)
# (an age may open it: 1.2万余名80岁以上高龄老人, 23名7-9周岁残疾儿童)
AFTER_NOUN = regex.compile(
    r"(?:\d{1,3}(?:[-—~至到]\d{1,3})?周?岁(?:及?以上|及?以下)?|[xX*]{2,}(?=\p{Han}))?"
    r"[\p{Han}“”\"](?:[\p{Han}“”\"A-Za-z*]|[（(]\p{Han}{1,4}[）)]){1,21}"
    r"|《[^《》\n]{1,40}》"  # a title: 印制5.1万份《政策明白纸》
)
VERBISH_AFTER = regex.compile(
    r"(?:全部|均|已|被|参加|参与|接受|入选|实现|完成|达到|获得|获评|获|通过|进行|开展|分别|"
    r"交付|投入|提供|享受|受益|得到|成功(?!人士)|正在|目前|现已|顺利|纳入|实施|开工|建成|达标|存在|出现|发生|共|累计|的|"
    r"进入|列入|入围|待?入库|获批|有望|正?(?:排队|等待)|依法|依规|基础上|用于|所有(?![制权者])|同比|环比|"
    r"积极(?!分子)|主动|踊跃|纷纷|陆续|先后|相继|也|都(?![市会])|"  # 50余家优质企业积极参与
    r"(?:主体)?(?:竣工|完工)|投用|投运|投产|(?:确定|认定|评|命名|列)为|"  # 6所学校确定为试点校
    r"(?<![合兼吞])并(?![购列])|签订|签署|"  # 12家企业…排查并督促整改
    r"分(?=[获赴\d一二两三四五六七八九十])|"  # 17家企业分2期, 3名师生分获
    r"每(?=[天日月年周])|"  # 2台水车每天执行5次
    r"\p{Han}{2}(?=了)|"  # 215所中小学(园)安装了一键报警系统
    r"[还仍尚]有|"  # 56人以上大班额还有23个
    rf"{HAVE}\p{{Han}}{{2,8}}?[\dxX*])"  # 176个行政村有果业村32个: the next count's noun
)
# A noun after a count that names people ends before a verb (为16名卧床残疾人配备护理床):
# after this many characters, where one of these ends it. Other nouns hold verbs (党组织,
# 污水处理站, 校舍维修改造项目).
NOUN_BEFORE_VERB = 2
PERSON_END = frozenset("人口员户者儿童生师主民工属警士")
# and so do nouns of places and bodies that act (三所学校创建区级优质校, 21个城区社区建设服务点)
PLACE_END = frozenset("校园村区企")
PERSON_HEAD = PERSON_END | frozenset("众年长部")  # 群众, 少年, 校长, 干部
# 在 and 等 end a noun of those who act or of things (二十多名党员干部在做好本职工作,
# 62个直属单位述职评议会等活动), but not the noun of an event, which tells where and what
# happened before its head (x起网友在微博发布不当言论等事件).
AGENT_NOUN_END = regex.compile(
    r"(?<![所现存实自潜外内驻])在(?![职编岗校读册园建线])|(?<![一二三四五特同均])等(?![奖级次待同])"
    r"|(?<![报收达得做遇感])到(?![位岗期])"  # 117名学生到中职学校学习
    r"|(?<![甚直乃以截\d])至(?![少今此多])"  # 推荐3名候选人至市教体局 (not 80至100岁)
)
EVENT_UNIT = frozenset("起件次宗例")
# A noun after a count that names the target, not the thing counted.
TARGET_NOUN = regex.compile(r"(?:目标)?任务|目标|指标|计划")
IN_AFTER_NOUN = regex.compile(r"(?<![初高])中")  # 普通高中 keeps its 中
AND_BEFORE_FIGURE = regex.compile(r"[和及与]\s*[\dxX*]")
# After a figure, words that start no noun: particles, conjunctions, verbs.
NOT_A_NOUN_AFTER = regex.compile(
    r"(?:的|等|以|为|用(?![户工])|在(?![职编岗校读册])|和|及|与|并|共|均|已|全部|左右|以上|以下|次|"
    r"约|大约|近(?!视)|逾|超过|不足|不到|参与|参加|赴|"  # 种菜xxx处约xxxx平方米: a second figure
    r"大关|关口|"  # 突破3400人大关: the mark passed
    r"累计|合计|总计|共计|其中|分别|同比|比|较|占|达|完成|实现|受益|惠及|覆盖|涉及|"
    r"增加|增长|增至|增到|减少|减至|下降|降低|降至|提高|提升|上升)"  # 从126家增加到148家
)


# How far back context is read: cues further away than this do not reach a figure, and
# the bound keeps a sentence of thousands of figures linear.
REACH = 300
# How far back the clause of the figure before is read for a verb repeated after it.
VERB_REACH = 40


def find_periods(sentence: str) -> list[tuple[int, str]]:
    """Every period expression in ``sentence`` with its end offset, in order."""
    return [(m.end(), m.group()) for m in PERIOD.finditer(sentence)]


def find_period(periods: list[tuple[int, str]], upto: int) -> str | None:
    """The last of ``periods`` (from ``find_periods``) that ends by ``upto``."""
    k = bisect_right(periods, (upto, "\uffff")) - 1
    return periods[k][1] if k >= 0 else None


def find_role(
    sentence: str, start: int, unit: str, section: str, doc_kind: str, end: int | None = None
) -> tuple[Role, int | None]:
    """(role, direction) of the figure at ``sentence[start:]``; direction only for growth
    (the rules are ``metrics.rules.roles.ROLE_RULES``)."""
    role, direction, _ = decide_role(role_input(sentence, start, unit, section, doc_kind, end))
    return role, direction


def _last(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


# A clause that names nothing but a total or a base year speaks of the figure before it:
# 新认定高新技术企业86家，总数达到412家; 成交额18.7亿元，是上年的1.6倍.
REFERS_BACK = regex.compile(
    r"\s*(?:(?:总数|总量|累计|共计|合计|总计|已)+(?:达到|达|为|是|增至|增加到|突破)?"
    r"|(?:是|为|相当于)(?:上年|去年|(?:19|20)\d{2}年)(?:同期)?的?"
    # …a clause that only says what whole the figure before is a part of: 其中企业814户，
    # 占新增总量的35.1%; 税收收入完成12亿元，占一般公共预算收入的78%
    rf"|{SHARE_OF_WHOLE})\s*"
)
REFERS_BACK_LAST = frozenset("到达为是至破数量计已的年期 \t")
# What is no content in a sub-clause before a figure: scope words, periods, result verbs.
NOT_CONTENT = regex.compile(
    rf"(?:{LEADING_SCOPE}|{RESULT_VERB.pattern}|{PERIOD.pattern}|\s)", regex.X
)


def adds_nothing(
    sentence: str, start: int, prev_end: int, prev_metric: str, end: int | None = None
) -> bool:
    """Whether the sub-clause before ``start`` names no thing of its own, so that the
    figure counts ``prev_metric``: only fillers and result words (…任务5000人，已完成4800人),
    or a verb that the previous metric or the previous figure's clause holds (职业技能培训
    8000人次，已培训7650人次; 计划招聘教师180名，已招聘到位177人), unless the figure at
    ``[start, end)`` qualifies a noun after it (发放XX人次的失业补助金) or a fund is named
    right after it (安排xxx万元专项资金). A verb of its own is kept (走访困难群众120户，
    慰问85户 counts 慰问)."""
    lo = _subclause_start(sentence, start, prev_end)
    s, e = _trim(sentence, lo, start)
    if e > s or not sentence[lo:start].strip():
        return False  # it names a thing, or nothing stands before the figure (1人获奖)
    rest = NOT_CONTENT.sub("", sentence[lo:start])
    if not rest:
        return True
    if end is not None and (sentence.startswith("的", end) or _fund_after(sentence, end)):
        return False  # it names a thing after it: 的失业补助金, xxx万元专项资金
    if rest in prev_metric:
        return True
    floor = max(0, prev_end - VERB_REACH)
    return rest in sentence[_after_last(CLAUSE_BREAK, sentence, floor, prev_end) : prev_end]


def subject_elsewhere(
    sentence: str, start: int, end: int, prev_end: int, next_start: int | None = None
) -> tuple[int, int] | None:
    """What the figure at ``[start, end)`` counts when the words before it in its
    sub-clause are only result words: a noun right after it (完成5000万元招商额度), else
    the thing named by the sub-clause before, if no figure stands there (油茶种植面积翻一番，
    达到5000亩 counts 油茶种植面积); else None. When they are verbs that name no thing
    (发放XX万元学费补助), only a fund named right after it: what follows 投入 XX万元 is
    mostly what the money is for (投入XX万元完善标志牌)."""
    lo = _subclause_start(sentence, start, prev_end)
    if not sentence[lo:start].strip():
        return None  # the figure opens its clause
    if NOT_CONTENT.sub("", sentence[lo:start]):
        s, e = _trim(sentence, lo, start)
        return _fund_after(sentence, end, next_start) if e <= s else None
    after = _noun_after(sentence, end, next_start)
    if after:
        return after
    if lo <= max(prev_end, 0) or sentence[lo - 1] not in ",，":
        return None
    before = _subclause_start(sentence, lo - 1, prev_end)
    if prev_end and before <= prev_end:
        return None  # the figure before stands in that clause: it is counted instead
    s, e = _trim(sentence, before, lo - 1)
    return (s, e) if e - s >= 2 else None


def label_before_colon(sentence: str, start: int) -> tuple[int, int] | None:
    """What a figure counts when its own words name nothing, in a sentence that opens
    with a label and a colon (``2.地区生产总值：目标增长6.5%``, ``城镇新增就业：全年目标
    3000人``): the label, if it is a short name and not a heading of a kind of content
    (主要做法：, 完成情况：)."""
    colon = max(sentence.rfind("：", 0, start), sentence.rfind(":", 0, start))
    if colon <= 0:
        return None
    lo = _after_last(LABEL_BREAK, sentence, max(0, colon - LABEL_WIDTH - 4), colon)
    return _short_name(sentence, lo, colon)


def run_in_heading(text: str, at: int) -> tuple[int, int] | None:
    """The run-in heading of the paragraph that holds ``at``, as a span of ``text``: a
    first sentence that is only a short name (``无障碍改造进家庭。2024年任务数为40户，计划
    完成50户。``). It names what a figure of the paragraph counts when the figure's own
    words name nothing. Headings of a kind of content (主要做法。) name nothing."""
    # a paragraph's start is looked for within bounded reach, so that a file of one huge
    # line costs no more per figure than any other
    nl = text.rfind("\n", max(0, at - PARAGRAPH_REACH), at)
    if nl < 0 and at > PARAGRAPH_REACH:
        return None
    lo = nl + 1
    stop = text.find("。", lo, min(at, lo + LABEL_WIDTH + 4))
    return _short_name(text, lo, stop) if stop >= 0 else None


def _short_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of ``text[lo:hi]``, trimmed, if it is a short name and not a heading of a
    kind of content (主要做法, 完成情况)."""
    s, e = _trim(text, lo, hi)
    if not 2 <= e - s <= LABEL_WIDTH or not LABEL.fullmatch(text, s, e):
        return None
    return None if GENERIC_LABEL.search(text, s, e) else (s, e)


def refers_back(sentence: str, start: int) -> bool:
    """Whether the clause before ``start`` names nothing but a total or a base year, so
    that the figure counts what the figure before it counts (see ``REFERS_BACK``)."""
    # such a clause is a few words long and ends in one of a few characters: most
    # figures are told apart by the one before them, the rest by a short look back
    if start == 0 or sentence[start - 1] not in REFERS_BACK_LAST:
        return False
    return REFERS_BACK.fullmatch(clause_before(sentence, start, 20)) is not None


def metric_span(
    sentence: str,
    start: int,
    end: int,
    prev_end: int = 0,
    noun_after: bool = False,
    next_start: int | None = None,
    measure: bool = False,
    people: bool = False,
    money: bool = False,
    relative: bool = True,
    noun_from: int | None = None,
) -> tuple[tuple[int, int], MetricRuleName] | None:
    """The span in ``sentence`` of the phrase naming what the figure at ``[start, end)`` counts,
    and the rule (``MetricRuleName``) that found it.

    A classifier followed by a noun counts that noun (``5个工作组``, ``3 所新校交付使用``):
    with ``noun_after`` (the caller's unit is a count) the noun after the figure is taken,
    up to ``next_start``, where the next figure begins (*多家企业近万名员工 → 企业), and
    with ``people`` (a count of people) on past a modifier and 的 (5名符合条件的学生).
    Otherwise the words before the figure in its sub-clause (back to a comma, 、 or the
    previous figure), with verbs and fillers trimmed. With ``measure`` (a size: area,
    length, mass, volume, energy), where the words before it end in a verb, the thing
    named after it (建成1000平米室内全民健身中心, 2000平方米的全民健身广场); with ``money``
    (a sum), where they end in a verb, a fund named after it (统筹安排xxxx万元专项资金).
    A figure that is not ``relative`` (its role is no completion, growth or share) reads
    past the cue words of one (完成固定资产投资目标任务5000万元 counts 固定资产投资).
    ``noun_from`` is where the noun after a count begins when the caller has seen a size
    stand between them (1家36.5蒸吨燃煤锅炉, 3座500立方米蓄水池); ``next_start`` then is
    where the figure after the size begins.
    A span, so that the caller can take the phrase as written in the original file.
    """
    if noun_after:
        start_at = end if noun_from is None else _past_of(sentence, noun_from)
        if sentence.startswith(("以上的", "以下的"), start_at - 2):
            start_at += 1  # a size that sorts what follows: 300人以上的农村小学
        span = _noun_after(sentence, start_at, next_start)
        if span:
            span = _past_modifier(sentence, span, next_start) if people else span
            return span, MetricRuleName.COUNTED_NOUN_AFTER
    lo = _subclause_start(sentence, start, prev_end)
    cue = RELATIVE_CUE.search(sentence, lo, start) if relative else None
    # 公办教师工资同比增长 7%: what the figure relates to stands before the cue
    hi = cue.start() if cue else start
    s, e = _trim(sentence, lo, hi)
    left = sentence[s:e]
    if CAPACITY.fullmatch(left) or (measure and (e <= s or ENDS_IN_VERB.search(left))):
        made = _noun_after(sentence, _past_of(sentence, end), next_start)  # 年产 6 万吨铁系颜料
        if made:
            return made, MetricRuleName.MADE_AFTER_CAPACITY
    if money and ENDS_IN_VERB.search(left):
        fund = _fund_after(sentence, end, next_start)
        if fund:
            return fund, MetricRuleName.FUND_AFTER_VERB
    if left.endswith("价值"):
        past = _past_of(sentence, end)
        worth = _noun_after(sentence, past, next_start) if sentence[past - 1] == "的" else None
        if worth:
            # 购置价值1.5万元的爱心商品: what is worth the sum
            return worth, MetricRuleName.WORTH_OF
    rate = SHORT_RATE.fullmatch(left)
    if (len(left) == 1 and left in NOUN_TAIL) or left in BARE_NOUNS or rate:
        # the last word trimmed was part of the noun: 改造率为 → 改造率, 培训人数, and a
        # short rate says which work it rates (培训合格率), unless the verb only reports
        # it (实现达标率)
        s = next(
            (
                k
                for k in range(s - 1, max(lo, s - 6) - 1, -1)
                if VERB_WORD.fullmatch(sentence, k, s)
                and not (rate and RESULT_VERB.fullmatch(sentence, k, s))
            ),
            s,
        )
    if e - s >= 2:
        first = _list_start(sentence, lo, prev_end) if s == lo else s
        rule = MetricRuleName.LIST_OF_NOUNS if first < s else MetricRuleName.WORDS_BEFORE
        return (first, e), rule
    if lo > prev_end and not sentence[lo:start].strip():
        if sentence[lo - 1] == "、":
            after = _noun_after(sentence, end, next_start)  # 1800个测温枪、44吨消毒液
            return (after, MetricRuleName.ENUMERATED_NOUN_AFTER) if after else None
        if sentence[lo - 1] in "(（":
            # 超全省本科计划率（x.x%）: a figure that opens brackets is the figure of the
            # words before them
            s, e = _trim(sentence, _subclause_start(sentence, lo - 1, prev_end), lo - 1)
            if e - s >= 2:
                return (s, e), MetricRuleName.BEFORE_BRACKETS
    return None


def _list_start(sentence: str, lo: int, prev_end: int) -> int:
    """Where the list of nouns ending at ``lo`` begins, when the figure's own words open its
    sub-clause with a noun after 、 and the items before hold no figure: 新建中小学、幼儿园
    *所 counts both (→ 中小学、幼儿园). An item that opens with a verb ends the list, the
    verb trimmed (开展法治教育进校园、校园欺凌排查600余次); one with a verb inside is a
    deed of its own (隐患排查、台账12本), and so are the words of a figure that open with
    a verb (完善制度、建立台账12本: the caller gives no list then)."""
    for _ in range(LIST_ITEMS):
        if lo <= prev_end or sentence[lo - 1] != "、":
            return lo
        item = _after_last(SUBCLAUSE_SPLIT, sentence, max(prev_end, 0, lo - 1 - REACH), lo - 1)
        if item <= prev_end and prev_end > 0:
            return lo  # the item holds the figure before, or is what it counts
        s, e = _trim(sentence, item, lo - 1)
        if (
            e != lo - 1
            or not 2 <= e - s <= LIST_ITEM_WIDTH
            or not LIST_ITEM.fullmatch(sentence, s, e)
        ):
            return lo
        if VERB_WORD.search(sentence, s, e):
            return lo  # a deed of its own (隐患排查), or a clause
        if s != item:
            return s  # a verb or a scope word opens the list
        lo = s
    return lo


def verb_before(sentence: str, start: int, prev_end: int = 0) -> tuple[int, int] | None:
    """The bare words before a figure (``慰问xxx户`` → 慰问), a last resort for its metric."""
    lo = _subclause_start(sentence, start, prev_end)
    rest = NOT_CONTENT.sub("", TRAILING_FILLER.sub("", sentence[lo:start]))
    if start - lo < 2 or not rest:
        # 其中2个已通过审核, 已完成xx万元, 2024年任务数为40户: scope, result and target
        # words name nothing
        return None
    return lo, start


# Words that open what follows a figure without naming anything (5人获一等奖, 25篇在…发布).
AFTER_OPENER = regex.compile(r"(?:在|于|获|被|均|已|都|也|又|还)+")


def phrase_after(
    sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None
) -> tuple[int, int] | None:
    """What a figure that opens its sub-clause counts when no noun follows it at once and
    nothing before it names a thing: the words after it to the end of the clause or the
    next figure (``25篇在省级以上媒体发布``, ``5人获先进个人``, ``2人二等奖``), a last
    resort for its metric."""
    lo = _subclause_start(sentence, start, prev_end)
    if NOT_CONTENT.sub("", sentence[lo:start]):
        return None  # words of its own stand before it
    hi = len(sentence) if next_start is None else min(next_start, len(sentence))
    stop = CLAUSE_BREAK.search(sentence, end, hi)
    m = AFTER_OPENER.match(sentence, end, hi)
    s, e = _trim_ends(sentence, m.end() if m else end, stop.start() if stop else hi)
    return (s, e) if e - s >= 2 else None


def respective_subjects(sentence: str, start: int, prev_end: int = 0) -> Subjects | None:
    """The subjects listed before 分别 in the clause of the figure at ``start`` when the
    figure is the first after 分别 (``事故起数、死亡人数分别下降20%和25%`` → 事故起数,
    死亡人数); else ``()``. Each is a span, or two when it shares the head noun of the last
    (``城镇和农村居民收入`` → 城镇 + 居民收入, 农村居民收入) or the measure of the first
    (``报销比例职工、居民`` → 报销比例职工, 报销比例 + 居民). None when the clause names
    no subject before its 分别 (…，分别增长5%和7%): the caller looks further back. The n-th
    of the figures joined after 分别 counts the n-th subject: the caller pairs them when
    the counts agree."""
    lo = _after_last(CLAUSE_BREAK, sentence, max(prev_end, 0, start - REACH), start)
    word = sentence.rfind("分别", lo, start)
    if word < 0:
        return ()
    parts = []
    pos = lo
    for join in LIST_JOIN.finditer(sentence, lo, word):
        parts.append(_trim_ends(sentence, pos, join.start()))
        pos = join.end()
    parts.append(_trim_ends(sentence, pos, word))
    while pos < word and sentence[pos] in OPEN_OR_CLOSE:
        pos += 1
    if len(parts) == 1 and parts[0][1] <= parts[0][0]:
        return None
    if len(parts) < 2:
        return ()
    *heads, (_, last_e) = parts
    width = heads[0][1] - heads[0][0]
    # the heads modify the noun the last names (城镇, 2021), or end as its first word does
    modifiers = all(sentence[e - 1] not in NOUN_END for _, e in heads) and (
        width <= 3 or all(sentence[s:e].isdigit() for s, e in heads)
    )
    last_word_end = sentence[pos + width - 2 : pos + width]
    ending_alike = width >= 4 and all(sentence[e - 2 : e] == last_word_end for _, e in heads)
    if (
        all(e - s == width for s, e in heads)
        and (modifiers or ending_alike)
        and last_e - pos > width + 1
    ):
        # 城镇和农村居民人均可支配收入, 男、女职工, 2021、2022年度补贴, 机构养育孤儿和社会散居
        # 孤儿养育标准: the last names the noun for all, after a word as wide as the others
        # (short, or ending alike; read before it is trimmed)
        tail = (pos + width, last_e)
        return (*((h, tail) for h in heads), ((pos, last_e),))
    (first_s, first_e), *rest = parts
    width = rest[0][1] - rest[0][0]
    if 2 <= width <= 3 and all(e - s == width for s, e in rest) and first_e - first_s >= width + 4:
        # 报销比例职工、居民: the first names the measure for all
        head = (first_s, first_e - width)
        return (((first_s, first_e),), *((head, r) for r in rest))
    if any(e - s < 2 for s, e in parts):
        return ()
    return tuple((p,) for p in parts)


def _subclause_start(sentence: str, start: int, prev_end: int) -> int:
    """Where the sub-clause holding ``start`` begins: after the last , 、 ; or figure. A
    remark in brackets right before the figure is looked through (脱贫户（监测户）11027人次
    counts 脱贫户), and so is a short one inside a word (执业（助理）医师3.2人)."""
    floor = max(prev_end, 0, start - REACH)
    upto = start
    while True:
        lo = _after_last(SUBCLAUSE_SPLIT, sentence, floor, upto)
        if lo <= floor or sentence[lo - 1] not in ")）":
            return lo
        opening = _opening(sentence, floor, lo)
        if opening < 0 or not (lo == upto or _inside_word(sentence, opening, lo)):
            return lo
        upto = opening


def _after_last(pattern: regex.Pattern[str], sentence: str, lo: int, hi: int) -> int:
    """Where ``sentence[lo:hi]`` continues after the last match of ``pattern`` (``lo``
    when there is none)."""
    for cut in pattern.finditer(sentence, lo, hi):
        lo = cut.end()
    return lo


def _inside_word(sentence: str, opening: int, closing_end: int) -> bool:
    """Whether the brackets at ``[opening, closing_end)`` stand inside a word: a short
    remark with Han characters on both sides (执业（助理）医师)."""
    return (
        closing_end - opening <= 8
        and opening > 0
        and HAN_CHAR.match(sentence, opening - 1) is not None
        and HAN_CHAR.match(sentence, closing_end) is not None
    )


def in_brackets(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands inside brackets opened in the ``REACH`` characters before
    it (bounded, so that a sentence of thousands of figures stays linear)."""
    lo = max(0, pos - REACH)
    return _opening(sentence, lo, pos) > max(
        sentence.rfind(")", lo, pos), sentence.rfind("）", lo, pos)
    )


def _opening(sentence: str, lo: int, hi: int) -> int:
    """Where the last opening bracket in ``sentence[lo:hi]`` stands, or -1."""
    return max(sentence.rfind("(", lo, hi), sentence.rfind("（", lo, hi))


def _past_of(sentence: str, end: int) -> int:
    """Where the noun a size measures begins: past spaces and a 的 (2000 平方米的广场)."""
    while end < len(sentence) and sentence[end] in " \t":
        end += 1
    return end + 1 if sentence.startswith("的", end) else end


def _noun_after(sentence: str, end: int, upto: int | None = None) -> tuple[int, int] | None:
    if end >= len(sentence) or NOT_A_NOUN_AFTER.match(sentence, end):
        return None
    m = AFTER_NOUN.match(sentence, end, len(sentence) if upto is None else upto)
    if not m:
        return None
    noun_end = m.end()
    period = PERIOD.search(sentence, end + 2, noun_end)
    if period:  # 17个乡镇水源地前三季度水质达标: a period starts what is said of them
        noun_end = period.start()
    if TARGET_NOUN.fullmatch(sentence, end, noun_end):
        return None  # 完成新增就业30名任务: the work stands before the figure
    # one character on, for the lookaheads (分 before a number: 17家企业分2期)
    verb = VERBISH_AFTER.search(sentence, end, min(noun_end + 1, len(sentence)))
    if sentence[end - 1] not in EVENT_UNIT:
        verb = AGENT_NOUN_END.search(sentence, end, verb.start() if verb else noun_end) or verb
    deed = VERB_WORD.search(sentence, end + NOUN_BEFORE_VERB, noun_end)
    if verb:
        noun_end = verb.start()
    elif deed and (
        sentence[deed.start() - 1] in PERSON_HEAD
        or (
            sentence[deed.start() - 1] in PLACE_END
            and sentence.find("项目", deed.end(), noun_end) < 0
        )
    ):
        # 为326名老人办理优待证, 三所学校创建区级优质校 (but 3个社区党组织, 5个监测对象, and
        # x个新区建设配套项目, where the deed names the project)
        noun_end = deed.start()
    elif AND_BEFORE_FIGURE.match(sentence, noun_end - 1):
        noun_end -= 1  # 26个主讲教室和94个教学点: the 和 joins the next figure
    if noun_end - end >= 3 and IN_AFTER_NOUN.match(sentence, noun_end - 1):
        noun_end -= 1  # 在21座公厕中实施巡查, 13个科目中: "among", not part of the noun
    return (end, noun_end) if noun_end - end >= 2 else None


def _fund_after(sentence: str, end: int, upto: int | None = None) -> tuple[int, int] | None:
    """A fund named right after the figure ending at ``end``, past a 的 (XX万元专项资金,
    4266人次的失业保险金), else None."""
    after = _noun_after(sentence, _past_of(sentence, end), upto)
    return after if after and FUND_END.search(sentence, *after) else None


def _past_modifier(sentence: str, span: tuple[int, int], upto: int | None) -> tuple[int, int]:
    """People are named by the noun after 的, what stands before it describes them
    (60名符合救助要求的孤独症儿童, 4 名业务素质过硬的律师): ``span``, a noun after a count
    of people, taken on to that noun."""
    s, e = span
    if sentence.startswith("的", e) and sentence[e - 1] not in PERSON_END:
        head = _noun_after(sentence, e + 1, upto)
        if head and sentence[head[1] - 1] in PERSON_HEAD:
            return s, head[1]
    return span


def _trim(sentence: str, s: int, e: int) -> tuple[int, int]:
    """Trim fillers and periods from both ends of ``sentence[s:e]``; a subject before
    已/累计 goes too (街道已完成财政税收 → 财政税收), unless nothing but verbs follows it
    (养育标准已分别提高到 → 养育标准)."""
    # a period after a short subject names no thing: 高新区*-*月规上工业主营收入 →
    # 规上工业主营收入; after a long one it splits a name (…水源地前三季度水质达标率)
    m = PERIOD.search(sentence, s, min(e, s + 24))
    if m and m.start() - s <= 4 and e - m.end() >= 2:
        s = m.end()
    cut = None
    for m in MID_CUT.finditer(sentence, s, e):
        if e - m.end() >= 2:
            cut = m
    if cut is not None:
        after = _trim_ends(sentence, cut.end(), e)
        if after[1] > after[0]:
            return after
        e = cut.start()
    return _trim_ends(sentence, s, e)


def _trim_ends(sentence: str, s: int, e: int) -> tuple[int, int]:
    while True:
        before = (s, e)
        while s < e and sentence[s] in OPEN_OR_CLOSE:
            if sentence[s] == "“" and sentence.find("”", s + 1, e) > 0:
                break  # a quote that closes inside the name opens it: “四上”企业
            s += 1
        m = PERIOD.match(sentence, s, e)
        if m:
            s = m.end()
        m = LEADING_FILLER.match(sentence, s, e)
        if m and m.end() > s:
            s = m.end()
        m = TRAILING_FILLER.search(sentence, s, e)
        if m and m.start() < e:
            e = m.start()
        while e > s and sentence[e - 1] in ' \t"“':
            if sentence[e - 1] == '"' and sentence.count('"', s, e) % 2 == 0:
                break  # the close of a name quoted in ASCII marks: 新一轮"平安校园"
            e -= 1
        if s < e and sentence[s] in "(（":  # so does one that opens it: （初审）渣土线路
            close = max(sentence.find(")", s, e), sentence.find("）", s, e))
            s = close + 1 if close > 0 else s + 1
        if e > s and sentence[e - 1] == "”" and "“" not in sentence[s:e]:
            e -= 1  # the close of a quote whose opening was trimmed: “三会一课”
        if e - s > 2 and sentence[s] == "“" and sentence.find("”", s + 1, e) == e - 1:
            s, e = s + 1, e - 1  # a name quoted whole: “僵尸车”
        if e > s and sentence[e - 1] in ")）":  # a remark in brackets names nothing more
            opening = _opening(sentence, s, e)
            e = opening if opening > s else e - 1
        if (s, e) == before:
            return s, e


METRIC_KEY_DROP = regex.compile(r"[\s“”\"'‘’《》〈〉「」()（）]+")
METRIC_KEY_TAIL = regex.compile(r"(?:数量|总数|总量|总额|数|量)$")


def metric_key(metric: str | None) -> str | None:
    """A form of ``metric`` for grouping across reports: width and spaces folded, quotes
    dropped, D read as 党, and a trailing 数/量/总数 removed (参保人数 and 参保人 group)."""
    if not metric:
        return None
    key = METRIC_KEY_DROP.sub("", metric.translate(FOLD_TABLE))
    key = PARTY_D.sub("党", key)
    key = METRIC_KEY_TAIL.sub("", key) or key
    return key or None
