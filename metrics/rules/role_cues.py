"""Cue words of roles, as patterns: the words before (or after) a figure that say whether
it is a result, a target, a completion, a growth, a share or a forecast.

Each pattern is used by one or more named rules of ``metrics.rules.roles``, which carry the
examples that prove them; ``COLUMN_ROLE`` names the role of a table's column.
"""

from __future__ import annotations

from metrics import regex_cache
from metrics.lexicon.changes import CHANGE_VERB
from metrics.lexicon.verbs import DEED_VERBS
from metrics.lexicon.words import (
    GOAL_IN_NAME,
    PLAN_IN_NAME,
    PLEDGE_VERBS,
    TARGET_WORDS,
    alternation,
)
from metrics.records import Role
from metrics.rules.qualifiers import (
    BEAT,
    BEAT_TASK,
    COMPARED_LEVEL,
    CONTROL_LINE,
    WHOSE_TARGET,
)

# Cue tables: (pattern that ends right before the figure, role). The figure's own clause
# is searched; the nearest cue wins.
# (A budget report measures income against the budget as the congress adjusted it: 为调整预算
# 的100.6%, 为调整后预算的98.2%, 为变动预算的101%, as against 为预算的, 为年度计划的.)
# the target's amount, which may stand before 的 (完成年度目标任务80亿元的108.1%, 为年度目标
# 1.08万个的104.1%)
TARGET_AMOUNT = r"(?:[\d.,xX*]+[^\d,，;；。]{0,4}?)?"
COMPLETION_CUE = regex_cache.compile(
    r"(?:完成率|完成进度|进度|完成了?(?:全年|年度|市下达|上级下达)?[^,，;；。]{0,8}?(?:任务|目标|计划|预算)数?"
    rf"{TARGET_AMOUNT}的?"
    r"|占(?:全年|年度)?[^,，;；。]{0,6}?(?:目标|任务|计划)[^,，;；。]{0,4}?的"
    # …or with no 的 when the target word stands right before the figure (占全年任务98.5%,
    # 占年度计划投资91%; 占全年60% names no target: ``PART_OF_YEAR``'s), or with it after the
    # year's budget (占全年预算的28.5%, 占年度预算的九成; not 占全年一般公共预算支出的, a whole)
    r"|占(?:全年|年度)[^,，;；。\d]{0,4}?(?:目标|任务|计划|预算)(?:任务|投资|(?<=预算)的)?"
    rf"|[为是](?:全年|年度|年初|调整后?的?|变动)?(?:目标|计划|任务|预算)+{TARGET_AMOUNT}的"
    r"|(?:超额)?完成了?)"
    r"(?:达到|达|为|是)?$"
)
GROWTH_CUE = regex_cache.compile(
    # the base or the span of a change belongs to the cue, not to what changed: 市场主体
    # 与上年相比净增, 地区生产总值年均增长, 同上年相比多出 (a metric ends before them)
    r"(?:同比|环比|年均|平均|再|[与同][^,，;；。]{1,8}?相比较?|比上年|比去年|较上年|较去年"
    r"|(?<!可)[比较][^,，;；。]{0,8}?)?"  # (可比: comparable, 按可比价格计算增长, no base)
    # the size of a fall named as such (…压减至198辆，压减比例53.5%; 降幅29.2%)
    r"(?P<dir>降幅|减幅|跌幅|(?:下降|减少|压减|削减)(?:比例|幅度)"
    r"|负增长|增长|增加|增多|提高|提升|上升|增速|增幅|净增|下降|减少|降低|回落|下滑|缩减|净减"
    r"|递增|递减"  # 年均递增14.8%, 比上年递增9.5%: a rise or fall each year (older reports)
    r"|压减|削减|减"  # 一般性支出再压减5%: the whole verb is the cue
    r"|缩短|延长"  # 办理时间比上年缩短3天, 开放时间延长2小时: a span changed
    # 通关时间比2017年压缩62.3%, 审批时限压缩40%, 涉企检查事项精简26.8% (压缩至3天, 由9个精简
    # 为4个: the level reached)
    r"|(?:压缩|精简)(?!为)"
    # after a base: 比上年多3个, 同比少2起, 较去年同期多结41件, 较上年多争取3000万元, 较常年
    # 偏高0.6℃ (not 至少, 较多)
    r"|(?<=[比较][^,，;；。]{0,8}|同比|环比)"
    # 比上年增收2.1亿元, 较上年增产1200吨, 同比减产6% (增收, 增产 alone are a gain made:
    # 带动农户增收xx万元, 推广良种增产粮食300吨)
    # 同上年相比多出5家, 比上年高出1.2个百分点, 较上年低0.3个百分点 (not 比较多, 较高)
    r"(?:(?<![至最提]|(?<![同环相])[较比])[多少高低快慢](?!达)(?:(?![的于])\p{Han}){0,2}"
    r"|偏[高低多少]|[增减][收产]"
    r")"
    # 较去年新增4900余个, 比上年新增12家: after a base, 新增 is the change (新增就业1200人
    # alone is an addition made, no change; nor 比例, 较为, 比选, 比赛 before it)
    # (or a period of its own before it: 较上个采暖季新增, 比上一学年新增, 较上季度新增)
    r"|(?<=(?:[比较](?:上年|去年|年初|上年末|去年底|上年同期|去年同期|同期|\d{4}年[末底]?"
    r"|上一?个?\p{Han}{0,3}?(?:季度?|期|年度|学年|月|轮|届))"
    r"|同比|环比)\s?)新增"
    rf"|{COMPARED_LEVEL})了?"
    # a rate of growth and where it moved to (增速回落至4.3%, 增幅提高到9.1%): the figure is
    # the rate, a growth, whichever way it moved
    r"(?:(?<=增速|增幅)(?:放缓|减缓|回落|回升|加快|提高|提升|上升|下降|收窄|扩大)(?:至|到))?"
    r"(?:达到|达|为|是)?$"
)
# 占 of a whole, not 占 in a word that takes none (占地, 占用, 占领, 占据, 占补平衡, 占道, 占压);
# and a whole's year, which may stand in it (占2023年末全县在职干部总数比例)
SHARE_OF = r"占(?!地(?!区)|用|领|据|补|道|压)"
WHOLE_YEAR = r"\d{4}年[度末底]?"
SHARE_OF_WHOLE = r"(?<![抢挤侵])占(?!地(?!区)|用|领|据)(?:到了?|了)?[^,，;；。:：\d]{1,14}?的"
# A share cue that ends right before the figure, for the name of a share figure: the whole
# and 的, 比重 or 比例 after the part (入社农户占全镇农户的, 民间投资占固定资产投资比重为)
SHARE_WHOLE_CUE = regex_cache.compile(
    # (the whole may hold its year: 占2023年末全县在职干部总数比例为36.8%)
    rf"(?:{SHARE_OF_WHOLE}|(?<![抢挤侵]){SHARE_OF}"
    rf"(?:{WHOLE_YEAR}|[^,，;；。:：\d]){{1,14}}?(?:比重|比例|份额)"
    # (or a whole named by its scope, the figure right after it: 占全部企业超两成, 占全县总
    # 人口30%, as SHARE_CUE reads it)
    rf"|(?<![抢挤侵]){SHARE_OF}(?:到了?|了)?[全总本该我][^,，;；。:：\d]{{0,10}}?)"
    # (or a verb of the level it reached or kept: 占规上工业比重提高到24.3%, 占全市比重稳定在
    # 三成以上, as 达到 is; or where it moved from: 占全国份额从14%提升到15.5%)
    r"(?:达到|达|为|是|(?:提高|提升|上升|增加|增长)[到至]|[升增]至|(?:保持|稳定)在|从|由)?$"
)
SHARE_CUE = regex_cache.compile(
    rf"(?:占比|占(?:到了?|了)?[全总本该我]|{SHARE_OF}[^,，;；。]{{0,10}}?"
    r"(?:比例|比重|总数|总量)|所占比例|比重)"
    r"[^,，;；。]{0,10}?"
    r"(?:达到|达|为|是)?$|占$"
    # the whole a part is of, then 的, right before the figure: 占一般公共预算收入的78%,
    # 占规上工业增加值的四成 (not 占地, 占用; 占全年目标的 is a completion, read first)
    rf"|{SHARE_OF_WHOLE}$"
)
# A share whose whole is named at length, a year or a scope in it (占2023年末全县在职干部总数
# 比例为36.8%, 占全市新引进专业技术人才总数比例达到12.4%): its 占 stands further back than
# the 14 characters the share cue reads, so the clause's end is read for it. 比例 alone names
# no share (住院费用报销比例达到70% is a level); 占地, 占用, 占补平衡, 占道 take no whole,
# nor does a 占 whose figure or 的 comes first (占全县总人口两成的…救助比例).
SHARE_OF_LONG_WHOLE = regex_cache.compile(
    rf"(?<![抢挤侵]){SHARE_OF}(?:{WHOLE_YEAR}|[^,，;；。\d的]){{4,20}}?"
    r"(?:比例|比重|总数|总量)"
    r"[^,，;；。]{0,4}?(?:达到|达|为|是)?$"
)
WHOLE_ENDS = ("比例", "比重", "总数", "总量")
# A level elsewhere that a figure is compared with, not the thing's own past: an average
# (全省平均水平, 全国平均值, 同类地区平均), or a place-wide level or standard (全市水平,
# 国家标准), or the place itself (高于全省1.2个百分点).
PLACE_WIDE = r"全国|全省|全市|全州|全盟|全区|全县|国家|行业"
# An average may be of a rate (全县农村居民平均增速, 同行业平均增幅); a level may be a line
# set as a bound (警戒线, 预警线, 控制线: 资产负债率低于警戒线11.6个百分点).
BENCHMARK = (
    r"[^,，;；。:：\d]{0,10}?(?:平均水平|平均值|平均数|平均(?:增速|增幅|涨幅|降幅)?|均值)"
    rf"|(?:{PLACE_WIDE})[^,，;；。:：\d]{{0,6}}?(?:水平|标准)|(?:{PLACE_WIDE})"
    r"|[^,，;；。:：\d]{0,6}?(?:警戒线|预警线|控制线|红线)"
    # or a bound set from above (低于省控目标0.9个百分点, 低于市控指标7微克): a line, like
    # 控制线, not a task beaten (超过年度目标任务 stays BEAT)
    rf"|[^,，;；。:：\d]{{0,4}}?(?:{CONTROL_LINE})"
    # or the other half of a pair the report sets apart (other_group: 农村居民收入增长7.2%，
    # 高于城镇居民1.9个百分点; 快于城镇2.1个百分点): the figure is the gap between their rates
    r"|(?:城镇|农村|城市|乡村)(?:(?:常住)?居民)?"
)
# 高于全市平均水平2个百分点, 低于全省平均1.3个百分点, 比全国平均高出1.6岁, 较全市平均水平
# 高3.2个百分点: the figure is the difference from the benchmark; the word says which way.
BENCHMARK_CUE = regex_cache.compile(
    rf"(?:(?P<dir>[高低快慢]于|超出|超过|优于|好于|落后于?)(?:{BENCHMARK})"
    rf"|[比较](?:{BENCHMARK})(?:相比)?(?P<dir>[高低多少快慢]出?|超出|落后))了?(?:达到|达|为|是)?$"
)
# A multiple of a base: 是, 为 or 相当于, the base, 的, right before N倍. Of the thing's own
# past (是2015年的2.1倍, 是“十二五”时期的2.6倍, 相当于上年的1.5倍) it is a growth, as 增长1.1倍
# is; of a level elsewhere (是全省平均水平的1.2倍, 为全国平均的1.4倍) a comparison, as 高于
# 全省平均 is. (Another thing's level, 亩产是普通品种的1.5倍, names neither.)
PAST_BASE = (
    r"\d{4}年(?:末|底|同期)?|上一?年(?:同期)?|去年(?:同期)?|同期|上一个五年|前五年"
    r"|[“\"]?(?:九|十[一二三四]?)五[”\"]?(?:时期|期间|期末|末)?"
)
MULTIPLE_OF_BASE = regex_cache.compile(
    rf"(?:是|为|相当于)(?:(?P<past>{PAST_BASE})|(?P<elsewhere>{BENCHMARK}))的$"
)
# every match holds its comparison word: [高低快慢]于, 超出, 超过, 优于, 好于, 落后, or 比/较
# (快于, 慢于: a rate's pace, 增速快于全省平均水平1.2个百分点)
BENCHMARK_CHARS = frozenset("高低快慢超优好落比较")
# 完成校舍维修改造目标任务的九成, 完成秋粮收购计划的八成: what is completed stands inside
# the cue, between 完成 and the target word (not 全年, 省定 or 下达, which say whose target).
COMPLETED_OBJECT = regex_cache.compile(
    rf"完成了?(?:{WHOSE_TARGET})?"
    rf"(?P<object>(?!{WHOSE_TARGET})[^,，;；。\d]{{2,8}}?)(?:目标任务|任务目标|目标|任务|计划|预算)"
)
# The whole year a part of it is measured against (上半年…占全年60%): ``roles.PART_OF_YEAR``.
YEAR_AS_WHOLE = regex_cache.compile(r"占(?:全年|年度)的?(?:达到|达|为|是)?$")
# Cue words a relative figure's phrase ends with (completion, comparison, growth): what
# they relate to stands before them.
RELATIVE_CUE = regex_cache.compile(
    f"(?:{COMPLETION_CUE.pattern})|(?:{BENCHMARK_CUE.pattern})|(?:{GROWTH_CUE.pattern})"
    f"|(?:{MULTIPLE_OF_BASE.pattern})|(?:{YEAR_AS_WHOLE.pattern})"
)
# (not a forecast named as a figure, a base of its own: 占全年预计数的75.1%, 为预测值的98%)
FORECAST_CUE = regex_cache.compile(r"预[计测](?![数值])|有望")
# A doubling figure (翻一番, 翻了两番, 翻番): the figure itself says it grew from a base.
DOUBLED = regex_cache.compile(r"翻了?\p{Han}?番")
# plan_before_deed: 计划 before any verb of work done the lexicon knows is a pledge of that
# work, not only before the verbs of building and spending (计划惠及农村学生2.6万人, 计划举办
# 科普讲座60场, 计划制作新闻节目300条), as 拟 is; 计划生育, 计划单列 and 计划项目 are no
# verb after it.
PLAN_VERB = (
    r"(?:新建|新增|完成|实施|投资|建设|招聘|招生|开工|改造|培训|发放|安排|引进|达到|实现|组织|"
    rf"开展|打造|修建|建成|争取|推进|筹集|申报|投入|{alternation(DEED_VERBS)})"
)
# 计划 as no pledge: a plan followed (按计划完成, 按照计划, 超计划完成, 依据计划): the work was
# done to it; or the programme itself, named by a demonstrative or its quoted name (该计划
# 惠及, “营养改善计划”覆盖) or said to reach so far now (目前，计划惠及322所学校: ``NOW_BEFORE``,
# read before the clause by ``roles``): what the programme does is a result.
NOW_WORD = r"(?:目前|当前|至今|迄今|现阶段)[，,]?\s?"
NOW_BEFORE = regex_cache.compile(rf"{NOW_WORD}$")
PLEDGED_PLAN = rf"(?<![按照超依据该此这本项”\"])(?<!{NOW_WORD})计划"
# 计划 before a figure names a plan (招生计划3000人), except a plan made or studied
# (制定学习计划) and a programme that people are enrolled in or rewarded by
# (教师培养计划50人, 青年教师培育奖励计划*人): its count is a result.
NOT_A_PLAN = "制定|编制|印发|出台|学习|培养|培育|奖励|资助|扶持|支持|人才|行动"
# the lexicon's target words that make a goal alone (力争, 目标, 确保, 规划…)
GOAL_WORD = alternation(tuple(w for w in TARGET_WORDS if w.alone))
# ---------------------------------------------------------------------------------------
# pledge: one description of a pledge by its shape — the words that say the work after them
# is still to come, how far each reaches, and what ends its reach. The rules of roles that
# read a pledge read it from here: target_cue (TARGET_CUE), pledged_rate (PLEDGE_VERB,
# PLEDGE_OPENS), deadline_after (DEADLINE_AFTER) and time_ahead (AHEAD_OPENS).
#
# The words are of two kinds:
# - a verb of pledge, which pledges by itself (``lexicon.words.PLEDGE_VERBS``: 力争, 确保,
#   力求, 务必, 务求: 确保粮食播种面积52万亩, 务必完成造林1.2万亩); not a pledge kept (确保了)
#   nor the idiom 力争上游;
# - a word of intent (将, 计划, 拟, 打算), which pledges only a verb of work done or a
#   change to a level after it, maybe after a time still ahead and words of manner (下步将新培
#   育, 四季度计划再新开工, 打算新建, 将提高到, 将把…增加到); not 将 that marks an
#   object (将12个村纳入) or a thing made (将争取到的资金), 即将, 必将; not 计划 that follows a
#   plan (按计划, 原计划) or names one (该计划, 目前计划); not 准备, a noun as often (前期准备).
# Its reach, where it makes a figure a goal:
# - before the figure, in its clause (TARGET_CUE; PLEDGE_VERB for a rate of completion);
# - opening the sentence with a time alone (PLEDGE_OPENS: 力争到2028年，全县…), or a time
#   still ahead opening a review's sentence (AHEAD_OPENS: 明年，…; 下一步，…; 今后两年，…);
# - after the figure, with a deadline (DEADLINE_AFTER: 48个…计划于12月底前全部完成, 32处隐患
#   点要在汛期前全部销号), across the figure's clause's end when that clause is only the
#   things counted (剩余的4.2公里管网改造工程，力求在明年汛期前全部完工).
# What ends it:
# - words after the pledge that say the thing is done (了, 已, 实际: DONE_AFTER_TARGET);
# - a pledge of means or purpose, with an object of its own, speaks for its own clause only
#   (在确保安全生产的前提下, 为确保…按期完成, 确保年度任务全面完成，…);
# - things described as there already — a clause and 的 right before the count (摸排发现的
#   42处, 今年拆除的36处, 群众反映的128件) — are no goal, unless that clause says they are
#   still to do (剩余的, 未开工的, 尚未办结的, 待验收的, 需改造的: STILL_TO_DO);
# - a name that holds 目标 or 规划 pledges nothing (``lexicon.words.PLAN_IN_NAME``: 国土空间
#   规划编制, 村庄规划覆盖率, 乡村振兴目标责任书): the plan is a thing made or measured.
PLEDGE_VERB = rf"(?:{'|'.join(PLEDGE_VERBS)})(?!了|上游)"
PLEDGE_MANNER = (
    r"(?:再|还|又|新|继续|加快|全面|持续|进一步|重点|全力|着力|努力|奋力|积极|逐步|集中|统筹)"
)
PLEDGE_TIME = r"(?:年底前|年内|明年|下半年|四季度|[一二三四]季度|\d{1,2}月底?前)"
# a change to a level (提高到, 增加到, 降至): what a pledge of intent may bring, as a verb of work
CHANGED_TO = rf"(?:{CHANGE_VERB}(?:到|至)|[增升降减]至)"
# the words of intent (争取 is left out: 全年争取新增政府债券资金8.2亿元 is funds won, 新增
# naming the bonds; 准备 as a noun has no verb after it)
INTENT = rf"(?:(?<![即必])将|{PLEDGED_PLAN}|拟|打算)"
PLEDGE_INTENT = (
    # 将 before a verb, not 将 marking a thing made (将建成的学校, 将争取到的资金)
    rf"(?<![即必])将(?:{PLEDGE_TIME})?(?:{PLEDGE_MANNER})*{PLAN_VERB}(?![了的到])"
    rf"|将(?:达到|实现|完成|新增|建成)"
    rf"|(?:{PLEDGED_PLAN}|拟|打算)(?:{PLEDGE_TIME})?(?:{PLEDGE_MANNER})*{PLAN_VERB}"
    # …or before a change to a level, maybe after 把 and what it changes (将提高到, 将把城区
    # 公共停车泊位增加到, 计划把…再降低)
    rf"|{INTENT}(?:{PLEDGE_MANNER})*(?:把[^，,；;。！？\d]{{1,16}}?)?(?:{PLEDGE_MANNER})*"
    rf"(?:{CHANGED_TO}|{CHANGE_VERB})"
)
# deadline_after's reach: a pledge after the figure, with a deadline and the work to be done
# by it. The deadline by its shape: a time and 前 (12月底前, 汛期前, 春节前, 明年一季度前), the
# end or the inside of a year, a month or a quarter (年底, 年内, 月底, 三季度末), a span and 内
# (三个月内, 15个工作日内), a half of the year; then any verb (完成, 销号, 办结, 化解, 通水).
DEADLINE = (
    r"(?:[^，,；;。！？\n已]{0,10}?(?<![提目当之以此先])前(?![期列沿置])"
    r"|[^，,；;。！？\n已]{0,6}?(?:年|月|季度)(?:底|末|内)"
    r"|[\d一二两三四五六七八九十]{1,3}个?(?:月|天|日|周|工作日)内|[上下]半年)"
)
# the words that pledge after a figure: a verb of pledge, a word of intent, or of effort or
# need (争取, 要, 必须)
PLEDGE_AFTER_WORDS = (*PLEDGE_VERBS, "计划", "拟", "将", "打算", "争取", "要", "必须")
# (each with the guards of its kind: not 按计划, 按要求, 该计划 — a plan or a rule followed —
# nor 即将, 必将)
PLEDGE_AFTER = (
    rf"(?:{PLEDGE_VERB}|(?<!原){PLEDGED_PLAN}|(?<![即必])将|(?<![按照依据主])要|拟|打算|争取|必须)"
)
DEADLINE_AFTER = regex_cache.compile(
    r"[^，,；;。！？\n]{0,16}?(?P<comma>[，,])?"
    rf"(?<!已)(?:{PLEDGE_AFTER})(?:在|于)?{DEADLINE}"
    r"(?:全部|基本|全面|如期|按期)?(?![的了])\p{Han}"
)
# A character each pledge word of DEADLINE_AFTER holds (its last), and how far after the
# figure that word ends at most (16 characters, a comma, two of its own): a figure with none
# of them there makes no call.
PLEDGE_CHARS = frozenset(w[-1] for w in PLEDGE_AFTER_WORDS)
PLEDGE_REACH = 19
# …what the 的-clause before a count says is still to do: a remainder, a deed not done, one
# waited for or needed (剩余的23户, 未开工的3个, 尚未办结的19件, 待验收的8个, 需改造的216户)
STILL_TO_DO = regex_cache.compile(
    r"(?:剩余|剩下|余下|未\p{Han}{1,4}|待\p{Han}{1,4}|[需应]\p{Han}{1,4})的$"
)
TARGET_CUE = regex_cache.compile(
    rf"{GOAL_WORD}|任务总?数|任务量|目标任务(?!{GOAL_IN_NAME})|任务目标|(?:全年|年度)任务(?!的)|"
    rf"意向(?:投资|金额|签约|资金)|"
    rf"考核指标|下达[^,，;；。]{{0,16}}?(?:目标|任务|指标)|[应需]完成|"
    rf"(?<![按照据的总和及求])要求(?![的,，:：上])|"  # 要求通知率100%, not 按要求完成
    rf"{PLEDGE_INTENT}|(?<!{NOT_A_PLAN})计划$"
)
# time_ahead's reach: a time still ahead that opens a review's sentence (明年，…; 下一步，…;
# 来年…; 今后两年，…; 新的一年，…) makes the sentence's part a plan; not a time that names
# something (明年是…, 今后的…, 下一步工作的重点是…: what the work is, not a plan's figure).
# The time stands alone as the sentence's adverbial: a comma after it (maybe after a part of
# that year, 明年一季度，); not a scope after it, which opens an attribute as often (明年全面施行
# 的…); a time ahead that an attribute makes part of a thing prepared now opens nothing
# (下一年度部门预算编制工作全面启动, 来年春耕备耕扎实推进, 明年1月1日起施行的办法).
AHEAD_OPENS = regex_cache.compile(
    r"\s*(?:明年|来年|下一?步|下一?年度|新的一年|今后(?:[一二两三四五]年|一个?时期|一段时期)?)"
    r"(?:[一二三四]季度|[上下]半年|年[底内]前?)?[，,]"
)
# What a column of a table of indicators holds, by its name (年度目标, 完成情况, 完成率,
# 同比增长): the first that matches; a column that matches none holds results. A budget's
# column is its target as a plan's is (预算数, 年初预算, 2026年预算数 beside 执行数/完成数,
# results: a budget table of 项目 / 预算数 / 执行数); not the budget carried out (预算执行数,
# 预算完成数: results).
# A column that names a ratio to the budget or plan is none of its targets (``RATIO_COLUMN``):
# what was done as a share of it is a completion (完成预算%, 为调整预算%, 为年初计划%), a
# part's share of a whole is a share (占预算比重, 占支出比例%). A head that holds %, 率 or
# 比重 names no target (Counter: 预算数, 调整预算, 2026年目标 hold none and stay targets).
COLUMN_ROLE = (
    (
        regex_cache.compile(
            r"完成率|完成进度|进度|完成比例|占目标|(?:完成|为)[^\t%％]{0,8}?(?:预算|计划|目标)[^\t]*?[%％]"
        ),
        Role.COMPLETION,
    ),
    (regex_cache.compile(r"增长|增速|增幅|同比|增减|比上年|比去年"), Role.GROWTH),
    (regex_cache.compile(r"占[^\t]*?(?:比重|比例|[%％])|比重"), Role.SHARE),
    (regex_cache.compile(r"预计"), Role.FORECAST),
    (
        regex_cache.compile(
            r"^(?![^\t]*(?:[%％率]|比重))[^\t]*?(?:目标|计划|任务|预期|规划|预算(?!执行|完成))"
        ),
        Role.TARGET,
    ),
)


def column_role(column: str) -> Role:
    """The role of the figures in a table's column named ``column`` (see COLUMN_ROLE)."""
    return next((role for cue, role in COLUMN_ROLE if cue.search(column)), Role.ACTUAL)


# A sentence that opens a plan: its later figures are plans too (2023年拟实施…, 概算总投资…).
# What a project can do once built is a plan too (项目建成后，年可加工10万头), unlike what
# it has done since (自建成后) or what it did once built (建成后投入使用).
PROJECT_PLAN_CUE = regex_cache.compile(
    rf"概算|规划(?!{PLAN_IN_NAME})|意向投资|计划投资|总投资|(?:拟|{PLEDGED_PLAN}){PLAN_VERB}"
    r"|(?<![自以]\p{Han}{0,8})(?:建成|投产|达产|投用|完工)(?:运营|投产|投用)?后[,，]?\p{Han}{0,4}?[可将能]"
)
# Words that open a plan by sizing projects, not by planning them (…总投资156亿元): the
# projects were signed or started, so a count of them after it is no plan.
SIZE_ONLY_PLAN = regex_cache.compile(r"总投资")
# …and a review's tally of the year's projects (新引进项目72个，总投资达到410亿元; 签约项目45个、
# 协议总投资230亿元): the total investment right after a count of projects sizes that count
# of projects brought in or signed, a result; one project's budget (项目总投资12亿元) has no
# count before it and stays a plan.
PROJECTS_COUNTED = regex_cache.compile(
    r"(?:项目\s*(?:\d[\d.]*|[xX*]+|[一二三四五六七八九十百]+)\s*(?:余|多)?\s*[个项]"
    r"|(?:\d[\d.]*|[xX*]+|[一二三四五六七八九十百]+)\s*(?:余|多)?\s*[个项]\p{Han}{0,8}项目)"
    r"[，,、]?\s*(?:协议|合同|签约|累计)?$"
)
# …unless the projects counted are a pipeline, not the year's deals (推介项目325个、总投资近
# 2400亿元; 储备项目86个，总投资520亿元): their investment is still planned.
PIPELINE_PROJECTS = regex_cache.compile(r"推介|储备|谋划|策划|包装|申报")
PROJECT_NOUN = regex_cache.compile(r"项目")
# A goal word right before a change (目标增长6.5%, 力争提高2个百分点): the change is aimed at.
# 原定 too, the target as it was set, which a review recalls beside the result (原定增长7%，
# 实际增长4.1%): no plan's word, so not among the lexicon's target words.
GOAL_BEFORE = regex_cache.compile(
    rf"(?:{alternation(tuple(w for w in TARGET_WORDS if w.before_change))}|原定)(?:为|是)?$"
)
# A plan named as what the work followed: 按照…规划, 根据…计划.
FOLLOWED_PLAN = regex_cache.compile(r"(?:按照|根据|依据|依照|对照)[^,，;；。]{0,16}$")
# After a target cue, words that say the thing is done all the same (规划、包装了项目5个)…
DONE_AFTER_TARGET = regex_cache.compile(r"了(?!解)|已|实际")
# 超出任务数10个: the figure is by how much the result beat its target, a difference from
# a base like 比上年增加 (growth), of what the figure before counts.
EXCEEDED = regex_cache.compile(rf"(?:{BEAT})(?:完成)?\s*$")
BEAT_TASK_BEFORE = regex_cache.compile(rf"{BEAT_TASK}\s*$")  # 超额完成任务0.5万亩
BEAT_TASK_CHARS = frozenset("任目")  # every match names the task or target it beat
# …and after a plan opened earlier in the sentence, 完成 and 到位 too (已招聘到位177人);
# not after a target cue, where 完成 states the goal (目标：完成投资50亿元).
DONE_CUE = regex_cache.compile(
    rf"{DONE_AFTER_TARGET.pattern}|到位|(?<![计划拟需应将争保])完成(?!率)"
)
# 九年义务教育完成率 96.75%: a level named 完成率, not a completion of the figure before.
NAMED_RATE = regex_cache.compile(r"[\p{Han}]{2,}(?<!任务|目标|计划|年度|全年|总体|整体)完成率$")
# A capacity (年产 6 万吨铁系颜料项目): what is made follows the figure. A project sized by
# its capacity or its investment (投资 8.5 亿元的…项目) is planned, unless the sentence says
# it was built (建成年产…, …项目已建设完成).
CAPACITY = regex_cache.compile(
    r"(?:[年日月]|每[年日天月])(?:可|均)?(?:产|生产|产出|处理|加工|屠宰|屠宰加工|出栏|供应|吞吐)(?:能力)?"
)
SIZE_BEFORE = regex_cache.compile(
    rf"(?<!建成|投产|竣工|运营|完成|已)(?:{CAPACITY.pattern}|投资)\s*$"
)
SIZE_CHARS = frozenset("产处加屠出供吞投")  # every match holds its verb's or 投资's
PROJECT_AFTER = regex_cache.compile(r"的?[^\d,，;；:：。]{1,30}?项\s*目")
BUILT_AFTER = regex_cache.compile(r"已(?:经)?(?:建成|完成|竣工|投用|投产)|建设完成|竣工|建成投用")
# A figure followed by these words states a requirement: 超过市上规定的 85%要求.
TARGET_AFTER = regex_cache.compile(r"的?(?:要求|目标|任务)(?!完成|数)")
TARGET_AFTER_OPENERS = ("的", "要求", "目标", "任务")  # what a match of it opens with
# 在2023年推出12个公益性岗位基础上: a figure inside the base a plan builds on is done.
BASE_AFTER = regex_cache.compile(r"[^,，;；。:：!?！？\n]{0,24}?基础上")
# 新开工项目由去年的22个增加到30个, 城镇化率从58.2%提高到61%: the figure after 由/从 and
# before a change to another level is the level it starts from (its clause opens the span).
# (the start may name its year: 城镇化率由2025年的54.6%提高到62%, 从2020年末的12个增加到20个)
FROM_BEFORE = regex_cache.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}年[末底初]?)?[^,，;；。:：!?！？\n\d]{0,8}$"
)
TO_AFTER = regex_cache.compile(
    rf"\s*(?:左右|以上)?\s*{CHANGED_TO}"
)  # (the verbs of change are ``lexicon.changes``': one list for every reader)
# A change to a new level between a stock word and the figure (由现有的18个增加到25个, 从目前已建成
# 的12个提升至20个): the stock is where the change starts; the figure after it is aimed at.
CHANGED_TO_BEFORE = regex_cache.compile(CHANGED_TO)
DOWN = regex_cache.compile(
    r"下降|减少|降低|回落|下滑|缩减|缩短|压缩|精简|减|少|低|慢|落后|负|[降跌]幅"
)
