"""Word classes of metric phrases: scope words, verbs and fillers that name no thing.

Contract: patterns only; ``metric_trim`` strips them from a phrase's ends.
"""

from __future__ import annotations

import regex

from metrics import regex_cache
from metrics.context.periods import PERIOD, YEARLY_AVERAGE
from metrics.lexicon.verbs import BUILT_DEED, DEED_VERBS, LAID_DEED, RESULTATIVE_DEED
from metrics.lexicon.words import (
    COMPLETION_VERBS,
    EFFORT_WORDS,
    MARK_VERBS,
    PLEDGES,
    alternation,
)
from metrics.rules.qualifiers import BEAT, BEAT_TASK

MARK_VERB = alternation(MARK_VERBS)
# (LEADING_FILLER: land named by its use) as look-behinds of one width each, which ``re`` reads
# too (the filler's twin: ``metrics.twins``)
_LAND_DEEDS = [w.surface for w in COMPLETION_VERBS] + ["办理"]
DONE_TO_LAND = "".join(
    f"(?<!{'|'.join(w for w in _LAND_DEEDS if len(w) == n)})"
    for n in sorted({len(w) for w in _LAND_DEEDS})
)
# Words stripped from the start of a metric phrase: verbs and fillers that name no thing.
# Scope words (list markers, times, places of the reporter, adverbs, particles) never
# belong to a noun; a verb may (改造率, 慰问金: see NOUN_TAIL). A one-character word is
# kept where it begins a longer one (达成意向, 达标率, 共青团, 对口支援, 了解, 及格率).
# The whole of a unit, or ours: 全州 and 我旗 as 全县 and 我县 (not 全州县, a county); so the
# units below a township and the zones a report may speak for (全苏木, 我嘎查, 全村, 全社区,
# 全园区: not 全村级, a village's level in 全村级集体经济收入, nor 全村民, 全村镇).
WHOLE_UNIT = (
    r"全省|全市|全县|全区|全镇|全乡|全街道|全州(?!县)|全盟|全旗|"
    r"[全我](?:苏木|嘎查|村(?![级民镇])|社区|园区)|"
    r"我(?:[省市县区镇乡局委院校州盟旗]|街道|单位)|辖区内?"
)
# A span of years counted back from the report (连续五年, 近三年, 五年来, 近5年来), maybe
# with 均 (each of them) after it.
SPAN_OF_YEARS = (
    r"(?:(?:连续|近)[\d二三四五六七八九十两]{1,2}年(?:来|间|以来)?|[二三四五六七八九十两]年(?:来|间|以来))"
    r"均?"
)
# …or a bare count of years before the span's average or total (五年累计新增城镇就业28万人),
# not a grade or a term (五年级, 三年制); at a name's end, TRAILING_FILLER's bare 五年
YEARS_BEFORE_TOTAL = r"[二三四五六七八九十两]年(?=年均|累计|合计|共计|平均)"
# Verbs of work done, which name no thing (the lexicon's DEED_VERBS, in their order, then
# its open classes of verbs with a result, 挽回, 缴获, and of setting up, 铺设, 增设).
LEADING_VERB = f"{alternation(DEED_VERBS)}|{RESULTATIVE_DEED}|{LAID_DEED}|{BUILT_DEED}"
LEADING_SCOPE = (
    r"[一二三四五六七八九十]是|\d{1,2}[.、]|"
    # a year, its end or a deadline in it: 2024年底全县常住人口, 2024年末户籍人口, 2027年底前
    # 完成改造, 2028年前建成 (not the months after 前: 2024年前三季度 is a period)
    r"(?:19|20)\d{2}年(?:度|(?:底|末)?之?前(?![一二三四五六七八九十两\dxX*个季月])|底|末)?|"
    # the year a goal is set for: 到2030年, 至2027年底前 (a plan's horizon, no part of a name)
    r"(?:到|至)(?:19|20)\d{2}年(?:底|末)?(?:之?前)?|"
    r"[\u2460-\u249b\u2776-\u2793]|"  # circled and bracketed list markers: ②, ⑶, ❸
    # a span of years is the figure's period (period_kinds.SEVERAL_YEARS), no part of a name:
    # 连续五年稳定在35万吨以上, 近三年均控制在4%以内, 五年来新增城镇就业
    f"{SPAN_OF_YEARS}|{YEARS_BEFORE_TOTAL}|"
    r"(?:从|自)[^,，;；。]{1,8}?(?:开始|起)|"  # 从今年7月开始
    # the office that did the work is no part of what it counted: 县信访局受理群众来信来访,
    # 区人社局职业技能培训, 镇财政所一般公共预算收入 (not 省属公办, 县财政节约所需, 县域,
    # 市局交办: the office that gave the work)
    r"[省市县区镇乡](?![属域级])(?:\p{Han}{1,5}?局|\p{Han}{0,5}?(?:财政所|司法所))(?![长员])"
    r"(?=\p{Han}{2})|"
    # the level alone, as the unit that reports, before a pledge or a scope word (镇计划新建
    # 村级综合服务社, 县全年完成造林, 区累计建成): 全镇, 全县 said short; so are the levels of
    # Inner Mongolia's townships and villages (苏木全年牲畜存栏, 嘎查计划新建牲畜暖棚)
    r"(?:[省市县区镇乡旗]|苏木|嘎查)(?=计划|全年|今年|年内|力争|累计)|"
    # levels spanned, a scope as 全县 is (镇村两级集体经济收入, 县乡两级财政收入, 省市县三级
    # 临床重点专科: the name after them)
    r"[省市县区镇乡村]{2,3}[两三四五]级(?=\p{Han}{2})|"
    # (实际使用外资, 实际利用外资 name an indicator: 实际 is part of it)
    r"其中|另外|此外|同时|目前|截至目前|截止目前|今年以来|全年|年内|(?:年末|年底)(?:之?前)?|当年度|当年|本?年度|今年|明年|去年以来|去年(?:底|末)?(?!同期|以来)|上年(?!度?同期|以来)度?(?:底|末)?|已经|已|实际(?!使用|利用)|"
    r"[需可](?=完成|实现|达到)|(?:[省市县区]|上级)?下达(?:给?我[省市县区镇乡])?的?|"
    r"共计|共(?![青同享]|建(?:经费|资金|单位|共享|活动))|累计|合计|总计|分别|先后|持续|继续|进一步|全面|积极|扎实|深入|"
    # valid_ones: 有效 is an adverb before a deed (有效化解, 有效遏制) but sorts the items of
    # a register it opens (有效灌溉面积, 有效发明专利, 有效注册商标, 有效投诉: the valid ones)
    r"有效(?!灌溉|发明|注册|投诉|期|率|性)|"
    r"常态化|\p{Han}{1,6}?期间|“[^”]{1,8}”期间|"  # 活动期间共收到简历, “十五五”期间
    r"对(?![口外象标接])|向(?![导日上])|将|把|与|及(?![时格])|和(?![谐美平睦解])|的|了(?!解)|由|于|"
    r"(?:并|而)?且|\p{Han}{2}了(?!解)(?=\p{Han})|"  # 包装了农业招商项目: a deed done
    r"为(?![民期人首主]|农服务)(?=\p{Han}{2})|"  # 为监测户189户 (not 为民服务中心, 为农服务站)
    rf"截至|截止|{WHOLE_UNIT}|"
    r"我们|"  # the reporter: 我们推动全市经济总量…
    r"通过|利用|依托|结合|围绕|按照|根据|严格|全力|努力|奋力|着力|力促|加快|加强|强化|不断|大力|认真|切实|主动|"
    r"及时(?!\p{Han}{1,3}率)|"  # 及时处置险情, but 及时受理率, 及时办结率 name a timely rate
    # together_before_deed: 共同 is how a deed was done only before one (共同开展, 共同努力
    # 完成); before a noun it opens a name (共同富裕示范村, 共同缔造示范点, 医共体, 共同账户)
    rf"共同(?=努力|奋力|全力|合力|(?:{LEADING_VERB}))|"
    r"预计|预期|力争|计划|确保|要求|目标|任务|是(?![否非])|"
    r"(?:现|拥|约|还|尚|仍|仅|只)?有(?![机线色害毒关序效益偿奖])"  # 共有家庭农场 → 家庭农场
)
# (the listed verbs only, here and in ENDS_IN_VERB: their first characters are looked up
# before the search, nouns.VERB_CHARS; the open class trims a phrase's start only)
VERB_WORD = regex_cache.compile(f"(?:{alternation(DEED_VERBS)})")
# A verb that ends the noun after a count, maybe after 累计 or 已 (xx个社区累计排查), or
# after when it was done (14个司法所调解室全年受理: nouns.MANNER ends the noun there).
DEED_AFTER = regex_cache.compile(
    f"(?:全年|今年|当年|年内|上半年|下半年)?(?:累计|共计|已经?)?(?:{LEADING_VERB})"
)
ENDS_IN_VERB = regex_cache.compile(f"(?:{alternation(DEED_VERBS)})$")
# effort_before_deed (``metric_trim.effort_opened``): a word of effort (``lexicon.words.
# EFFORT_WORDS``) right before a verb of work done, maybe after 要 or 共 (全镇上下齐心协力要
# 完成, 攻坚克难共办结): the deed follows it, so the word says how the work was done. Before a
# noun it opens a name (攻坚克难先进集体, 共同富裕示范村, 真抓实干督查激励: 先进, 富裕 and
# 督查激励 take no object here; 督查 does, and is read so only where who worked stands before).
EFFORT_BEFORE_DEED = regex_cache.compile(
    rf"(?:{'|'.join(EFFORT_WORDS)})(?=(?:要|共同|共|全力|努力|奋力)?(?:{DEED_AFTER.pattern}))"
)
# ...or an idiom of effort (four characters) before any verb the dictionary reads (全县干部
# 群众众志成城转移受灾群众, 广大职工团结一心抢修水毁工程): an idiom says how, so a verb after
# it is the deed, listed or not (the short 共同 is read only before a listed one: 共同缔造
# 示范村 names a programme)
EFFORT_WORD = regex_cache.compile("|".join(EFFORT_WORDS))
EFFORT_IDIOM = regex_cache.compile("|".join(w for w in EFFORT_WORDS if len(w) == 4))
# ...and who worked, the words before it (``metric_trim.effort_opened`` reads them whole):
# a whole place or body and its people (全县上下, 全体干部职工, 县林业局广大护林员, 各级团
# 组织, 全市税务系统, 我局与各乡镇, 区属国有企业), maybe with 要; or nothing, where the
# effort opens the words left after scope words (全年攻坚克难完成). No verb of work done
# stands among them (the caller reads only words after scope words): an effort after a deed
# is inside its object.
WHO_WORKED = regex_cache.compile(
    r"(?:[^,，;；。、：:\d]{0,12}?(?:上下|系统内?|干部职工|干部群众|党员干部|党员群众|干部|职工"
    r"|群众|人员|员工|党员|同志|师生|官兵|[^,，;；。、：:\d]者"
    r"|\p{Han}(?:局|委|办|中心|站|所|院|队|部门|单位|机关|组织|企业|公司|集团|乡镇|镇街|镇|乡|村|社区|街道"
    r"|县区|县|区|市|州|省|旗)|[两三四五]级|各级))?要?"
)
# area_before_deed (``metric_trim.area_opened``): the area a report's unit or its several
# units worked in, opening the words before a figure (城区, 县域, 各乡镇, 各村); before a deed
# it is the deed's scope, as 全县 is (城区新改建公厕42座, 各街道共建成托育点18个); before a
# noun, or a verb that opens one (城区建设用地, 城区改造面积), it is part of the name.
AREA_OPENING = regex_cache.compile(
    r"城区|镇域|县域|市域|各(?:乡镇|乡（镇）|镇（街道）|镇街|县（市、区）|县（市）|县区|区县"
    r"|县市区|村|社区|街道|镇|乡|县|区|市)"
)
# ...and what may stand between it and the deed, then the deed's verb: scope words and
# pledges (各乡镇共新建, 城区全年新增, 各村要完成, 各社区累计建成, 城区计划改造)
AREA_DEED = regex_cache.compile(
    r"(?:共计|共|均|都|累计|全年|今年|年内|已经|已|要|计划|力争|全部|先后|分别|新)*"
    rf"(?:{LEADING_VERB})"
)
# adverbs only before a verb: 重点走访困难户 → 困难户, 新调整党支部书记 → 党支部书记, while
# 重点对象, 专项资金 and 新村 are nouns; so is a yearly average before a deed (年均新建农村
# 公路 → 农村公路, 平均每年完成造林 → 造林), while 年均气温 and 年均降水量 name a level;
# and a plan's 要, 再 (今年要新增城镇就业 → 城镇就业, 再新建村级服务站 → 村级服务站), while
# 要素保障 and 再生资源 are nouns
LEADING_ADVERB = (
    rf"(?:集中|专项|重点|超额|成功|提前|新|要|再|还要|{'|'.join(YEARLY_AVERAGE)})"
    rf"(?=(?:{LEADING_VERB}))"
)
# for whom a deed is done, before its verb: 为80周岁以上老人发放高龄津贴 → 高龄津贴
FOR_WHOM = rf"为(?![民主期])[^,，;；。、]{{1,10}}?(?=(?:{LEADING_VERB}))"
# an office named with no place before it (信访局, 人防办, 档案馆)
UNPLACED_OFFICE = r"\p{Han}{1,6}?(?:局|馆|办)(?![长员])"
# bodies_act: a body named by the kind of organ it is, with no place word — an organ, a
# school of cadres, a brigade, a committee or an association — reports
# its own work after a scope word of time or of a total (检察机关全年批准逮捕犯罪嫌疑人,
# 党校全年举办主体班次, 消防救援大队全年接处警, 个体劳动者协会累计发展会员). Before a bare
# verb it may be the deed's object (举行业主委员会培训会议, 召开党校校务委员会会议), so only
# the scope word marks it as the subject (ACTOR_BEFORE_DEED); 机关事务, 机关党员 and 协会会员
# name no body acting.
BODY = (
    r"\p{Han}{0,6}?(?:机关|党校|支队|大队|中队|委员会|协会|商会|政法委"
    # (each a word as written: the filler's shortcuts look for its words, ``gates``)
    r"|团委|团省委|团市委|团县委|团区委|省委|市委|县委|区委)"
)
# who did the deed, before its verb, maybe after a scope word: an office or station of a
# place (镇综治中心调处矛盾纠纷, 县林业站查处毁林案件, 镇政府全年完成植树造林), a street
# office (街道办理民生事项), or its staff (街道网格员排查出租房屋); not an owner whose
# deed names a fund or a project (市民服务中心建设资金, 县党群服务中心建设项目)
ACTOR = (
    r"(?:[省市县区镇乡街]\p{Han}{0,5}?(?:中心|站|所|政府|办)|\p{Han}{1,3}站"
    r"|街道(?:办事处)?|社区(?:居委会)?)"
    r"(?:\p{Han}{0,4}?(?:网格员|工作人员|干部))?|\p{Han}{0,4}?(?:网格员|工作人员)"
    # or people who act with no office word (青年志愿者开展服务活动, 党员干部走访困难户,
    # 组织在职党员开展志愿服务, 组织D员参与结对帮扶: party members; D员, 党 masked, is
    # folded to 党员 by normalize before any rule reads it)
    r"|\p{Han}{0,4}?(?:志愿者|党员干部|领导干部|党员)"
    # a people's organisation or a whole system (县妇联组织开展家庭教育讲座, 区总工会走访
    # 困难职工, 全系统实现销售总额); 工会经费, 系统建设资金 do no deed and keep their words,
    # nor do its organisations or their building (工会组织覆盖率, 妇联组织建设完成率)
    r"|[省市县区镇乡]?(?:总?工会|妇联|团委|科协|残联|侨联|文联|红十字会|供销(?:(?:合作)?社|(?=系统)))"
    r"(?:(?:组织|系统)(?!建设))?(?!组织|系统)|全?系统内?(?!建设)"
    # or an office with no place, as the body that reports names itself (信访局全年受理,
    # 人防办审批, 档案馆开展), or a hotline that takes calls (12345热线全年受理群众诉求)
    rf"|{UNPLACED_OFFICE}|[\dA-Za-z\p{{Han}}]{{0,14}}?热线"
    # or a place of work or a body of workers that reports what it handled (港口完成货物
    # 吞吐量, 口岸查验集装箱, 景区接待游客, 救援队伍营救群众); 港口建设资金 does no deed
    r"|\p{Han}{0,4}?(?:港口|口岸|机场|码头|景区|队伍)"
)
# what may stand between the actor and its deed: a scope word, a pledge and its year (供销社
# 系统力争2026年实现), for whom the deed is done (红十字会为困难群众发放, 社区为老人发放)
BEFORE_DEED = (
    # (a pledge, then a scope word: 街道确保全年新增, 中心力争全年完成)
    rf"(?:全年|累计|共|已|{'|'.join(PLEDGES)}){{0,2}}(?:(?:19|20)\d{{2}}年)?"
    rf"(?:{FOR_WHOM})?"
)
ACTOR_BEFORE_DEED = (
    rf"(?:{ACTOR})(?={BEFORE_DEED}(?:{LEADING_VERB})(?!(?:资金|项目|经费|工程|任务|投资)$))"
    # or before the year of what it reports or aims at (供销系统2028年商品销售总额)
    r"|(?:" + ACTOR + r")(?=(?:到|至)?(?:19|20)\d{2}年)"
    # an office that names the year of its report names no thing it counted either
    # (机关事务管理局全年公共机构人均综合能耗, 信访局全年信访总量)
    rf"|{UNPLACED_OFFICE}(?=全年|年内|今年)"
    # a body before a scope word of time or of a total did what follows, a deed no verb
    # list holds included (消防救援队伍共接警出动, 检察机关全年起诉, 协会累计吸纳); not when
    # a number or a word of a result or a change follows the scope word: the body is then
    # what is counted (行业协会共32家, 人才队伍共计3.2万人, 中队今年增至14个, 干部队伍全年增长
    # 3.5%), nor a second scope word (大队全年共扑救: the first reading holds)
    rf"|(?:{BODY}|\p{{Han}}{{0,6}}?队伍)(?=(?:全年|年内|今年|累计|共(?![有青同享建计]))"
    r"(?=\p{Han})(?!达|增|新增|减|下降|提高|降低|突破|节约|节省|共|累计|为|有|是|扩|补充|新成立))"
)
# where a deed is done, before its verb: 在小区建设文明实践广场x个 → 文明实践广场
WHERE_DONE = rf"在(?![岗职校编册线读])\p{{Han}}{{1,6}}?(?=(?:{LEADING_VERB}))"
# 各类补助资金 → 补助资金, but 各类培训 keeps its words: a bare verb names no kind
EACH_KIND = rf"(?:各级)?各(?:类|种|项(?!目))(?!(?:{LEADING_VERB})$)"
# one deed joined to the next by 并 (排查并整改隐患, 检查并督促整改问题)
AND_THEN = rf"(?:并(?=(?:{LEADING_VERB})))?"
# a verb may take 出 as its complement (排查出疑似患者, 评选出), not a verb of its own (出动)
# nor the first character of a noun or verb after it (验放出入境人员, 编纂出版); or 到, the
# result of looking (监测到越冬候鸟, 排查到隐患) before a name of two characters or more (已
# 招聘到位 is a deed done), which the word bounds keep whole where it opens a word (筹集到位
# 资金: ``metric_trim._word_kept``)
LEADING_FILLER = regex_cache.compile(
    rf"(?:{FOR_WHOM}|{ACTOR_BEFORE_DEED}|{LEADING_SCOPE}|{LEADING_ADVERB}|{WHERE_DONE}|{EACH_KIND}|(?:{LEADING_VERB})(?!性|员(?!工)|者|{DONE_TO_LAND}用地)(?:出(?![动台租让售现口入版])|到(?=\p{{Han}}{{2}}))?{AND_THEN})+"
)  # 保障性住房, 督导员 and 参与者 keep their verb; so does land named by its use (建设用地,
# 安置用地: a verb before 用地 says what the land is for, no deed done to it); a verb of result
# or of handling is that deed (完成用地报批, 办理用地预审手续, 实现用地节约集约)
# What is left of a phrase when the word trimmed before it was part of the noun: a
# character that makes a noun of a verb (改造率, 慰问金, 任务数, 监测户, 推进会), or a
# noun that names nothing by itself (培训人数, 到位资金, 监测对象, 培训人员).
NOUN_TAIL = frozenset("率数量额费金款资证户员点站会")
BARE_NOUNS = frozenset(
    {"人数", "人次", "次数", "金额", "资金", "数量", "总数", "总量", "总额", "规模", "面积"}
    | {"户数", "对象", "人员", "强度", "力度", "密度"}  # 投入强度
    | {"程度"}  # 水土流失治理程度, 耕种收综合机械化程度: how far the deed has gone
    | {"活动", "行动"}  # 开展集中走访活动x次 → 走访活动
    | {"项目"}  # 签约项目, 开工项目: the deed says which projects
    # the time a deed takes names it by the deed (审批时限, 办理时间压缩至2天, 检测周期)
    | {"时限", "时间", "时长", "用时", "周期"}
    # bare_object_kept: a job or a success names no thing without the deed that gave it
    # (安排工作218名 counts those placed in jobs, 调处成功1802件 the disputes settled)
    | {"工作", "成功"}
)
# A rate named by a short word after a verb: the verb says what is rated (培训合格率,
# 整改完成率, 检查合格率); verbs that only report a result do not (实现达标率).
SHORT_RATE = regex_cache.compile(r"\p{Han}{1,2}率")
SHORT_RATE_LONGEST = 3  # (the longest text it matches whole: a longer one is not asked)
RESULT_VERB = regex_cache.compile(alternation(COMPLETION_VERBS))
TRAILING_FILLER = regex_cache.compile(
    r"(?:达到|[高多长]达|(?<![雷马抵到通送直])达|可(?=达)|(?<![行作成认因称视])为|是|(?<![签节制公预合条契邀相集简隐])约|共计|共|累计|合计|总计|总数|分别|已|已经|完成|实现|"
    r"目标任务|任务指标|任务总?数|目标值?|控制在|控制|保持在|保持|稳定在|稳定|"
    # a year's plan or task named after the thing it is of (农村危房改造2025年计划210户,
    # 造林2026年度任务1.5万亩): the frame, not the thing
    r"(?:19|20)\d{2}年度?(?:计划|任务|目标)|"
    r"同比|环比|[比较由从](?:上年|去年|(?:19|20)\d{2}年)(?:同期|底|末)?|"  # 排放量较2020年分别削减
    # a level raised to a multiple of a base year's (粮食产量增加到2016年的1.2倍)
    r"(?:增加|增长|提高|提升|扩大)(?:到|至)(?:19|20)\d{2}年的?|"
    r"发展(?=[到至])|"  # a level grown to (茶园面积发展到, 家庭农场发展至): 发展 is no part of it
    rf"增长|增加|提高|提升|上升|下降|减少|降低|递增|递减|突破|{BEAT_TASK}|{BEAT}|新增|[降升增减]至|"
    rf"(?:连续|首次|再次|相继)?(?:{MARK_VERB}|突破)|"  # 经济总量连续迈上4万亿: a mark crossed
    f"{SPAN_OF_YEARS}|"  # 粮食产量连续三年保持在: the figure's period
    # 地区生产总值五年 (年均增长6.5%): its span (not 连续第十二年, 二十年)
    r"(?<![第级\d一二三四五六七八九十两])[二三四五六七八九十两]年|"
    r"每(?:[人户月年天日亩吨]|平方米|千?人|万人)|"  # 标准提高到每人每月
    r"每(?:[担箱斤头只株套台件辆]|公斤|千克)|"  # a price per thing: 收购均价每担, 补贴每头
    r"(?<![全省市县区国州盟旗镇乡])平均|"  # 提前量平均达到42分钟 (全省平均 is a level)
    r"缩小|扩大|缩短|压缩|延长|再?(?:压减|削减|缩减|精简)|拓展|扩展|"  # 用时压缩至, 支出再压减
    # 募集款物折合XX万元: the sum a thing is valued at, and what it is valued in (折合人民币,
    # 储备物资折合资金, 节约能源折合标准煤): the currency or standard is the unit, not the thing
    r"(?:折合|折价|折款)(?:人民币|资金|现金|标准煤)?|"
    r"在[^在,，;；。]{0,14}?基础上|"  # 近视率在2018年基础上每年降低
    r"(?:力争|确保|争取|拟)(?:引进|招引|新建|建成|实施|签约)?|预期|"  # 项目力争引进
    r"预计|将|全部|(?<![平人年])均|都|"  # 收入比缩小到, 力争达到
    r"[荣斩]获得?|(?<![查缴破捕截抓收俘])获得?|夺得|"  # 运动会获3金 (查获 is the deed)
    r"(?<![得积评学总均扣加满高低比部工区处充划细])分|"  # 17家企业分2期 (not 平均分, 扣分)
    r"稳步|持续|不断|大幅|明显|显著|逐步|逐年|翻一番|翻两番|翻番|改善|"  # 面积翻一番，达到…
    # how a change or a mark is said, after what changed: 支出首次超过7000亿元, 居民人均可支配
    # 收入实际增长4.4% (a real growth, prices taken out), 规模再次突破; so is a nominal
    # growth beside its real one (人均可支配收入4.2万元，名义增长5.1%，实际增长3.2%)
    r"首次|再次|实际|名义|"
    # a bound on a share of a whole: 不低于专任教师的3%, 不低于九年总课时 9% (高于全省平均
    # 接种率（96.5%）names the level compared with)
    r"(?:不低于|不少于|不高于|不超过)\p{Han}{1,8}?的?|(?:低于|高于|多于|少于)\p{Han}{1,8}?的|"
    # share_word_kept: 占比 right after a noun is the share's name, as the gold guide's names
    # are (公办幼儿园在园幼儿占比, 产业投资占比保持在, 其中大学生士兵占比达到, 即办件占比68%);
    # alone after a pause (其中出口17.1亿元，占比73.1% is 出口's share) or after a filler word
    # (分别占比, 的占比, 其中占比) it names nothing and goes as before
    r"占全年目标的|(?<![^\P{Han}别均都的中共])占比|"  # (not after a Han character but these)
    r"占(?:到了?|了)?(?:全[省市县区镇]|总数)?|"  # 都占到了全市的20%
    r"[还仍尚]有|的|了|有|在|仅|只|由|从|到|至|和|及|与|等|"  # 由65.2%提高到71.8%
    # 增速位居全市第三, 排名全省前列: a rank names nothing (排名提升4位 is a change of one)
    r"(?:位居|位列|排名|排在|居于)[^,，;；。第前首]{0,8}(?:第[^,，;；。]{1,4}|前列|前茅|首位)|"
    # a status of a register after what is counted: 社区矫正对象在册182人, 科技型中小企业
    # 入库评价86家, 在编教职工 … 在编 (在册 before the noun is a scope: 在册经营主体)
    r"在[册编库]|入库(?:评价)?)+$"
)
# part_before_whole: a share whose whole is said as 在…中 (女性在村"两委"成员中占比达到32.6%,
# 35岁以下党员…在新发展党员中占比61.5%, 民营企业…在企业总数中占比超过九成): the whole is no
# part of the share's name; the part is the subject before 在, or, where the clause elides
# it, what the figure before counts. Only at the end of the share's words: 在X中 before the
# name of a rate is a scope the rate keeps (在校学生中近视率, 在岗职工中女性占比 name 女性).
AMONG_WHOLE = regex_cache.compile(r"在[^在,，;；。:：\d]{2,14}中$")
# Marks that never begin a metric's name: spaces, quotes, the close of a title before it.
OPEN_OR_CLOSE = frozenset(' \t"“”》」』)）')
# (全县有果业村32个, 176个行政村有果业村32个: what is had is what is counted; 有 inside a
# word stays: 国有企业, 现有教师, 有机肥, 有效投诉, 汽车保有量)
HAVE = (
    r"(?<![国公私所拥具享持占现保没特固含专富稀患且并还又也都均一二三四五六七八九十])"
    r"有(?![限机线害毒偿效关力序益利的所色奖])(?=\p{Han})"
)
# (通过腾、挪、借等方式新增阵地资源x处: the means end before the deed; 专项整治行动涉及
# 企业85家, 项目建设带动就业3000人: a verb that governs what is counted ends its subject)
# (签约服务覆盖重点人群18.4万人, 护理保险覆盖参保职工32万人: 覆盖 governs the people
# reached where a word sorts them; 覆盖人口, 覆盖人群, 覆盖职工, 覆盖人数 are names of their
# own, and so is what a share or rate measures: 覆盖户籍人口的, 覆盖家庭比例)
GOVERNING_VERB = (
    r"涉及|带动|惠及"
    r"|覆盖(?=\p{Han}{2,4}(?:人群|职工|群众|农户|居民|人员)(?![^,，;；。]*?(?:的|比|率)))"
)
# 拖欠超过6个月的欠款12笔, 服役满12年的转业士官46人: a span of time that sorts what is
# counted (no figure itself: the qualifying_duration veto) is no part of its name
SORTING_SPAN = (
    r"[\dxX*一二三四五六七八九十两半]+个?(?:年|月|天|日|周|小时|工作日)(?:以上|以下|以内)?的"
)
# 占道经营、违规停车等违法行为, 家政、电商等技能培训班: the kinds listed before 等 sort
# what is counted, the noun after it names it (not 高等, 中等, 同等, 一等奖, 等级, 等于; nor
# where the noun after it names no thing of its own: 安全生产等领域, 瓷砖脱落等问题).
# A generic class noun after 等 (行业, 产业, 领域, 区域) only says that the kinds are
# industries or areas: what is counted follows it (钢铁、水泥等行业产值 → 产值, 纺织、服装等
# 产业增加值 → 增加值, 交通、水利等领域投资 → 投资); where the dictionary joins it to what
# follows, it is part of the name (等行业协会, 等产业园区: ``metric_trim`` cuts between
# words only). 企业 and 单位 are no such class: their people are counted (企业负责人).
KINDS_BEFORE = (
    # (kinds in quotes are listed too, before a noun of three characters at least: 举办“科技
    # 活动周”等科普活动, “移动卫士”等志愿服务队, quoted_kind; “晾晒比促”等活动 keeps them)
    r"(?:(?<=、[^,，;；。、]{1,12})|(?<=”)(?=等\p{Han}{3}))"
    r"(?<![高中初同平对均相特优一二三])等(?![级奖次同于值])"
    r"(?!(?:问题|领域|方面|工作|内容|行业|部门|环节|事项|情况|地区|场所)$)"
)
KIND_CLASS = r"(?<=、[^,，;；。、]{1,12}等)(?:行业|产业|领域|区域)(?=\p{Han}{2})"
# 经济普查共清查单位, 本次专项行动共排查隐患: a subject before 共 and a verb of work done
# did the deed and is no part of what it counted (as before 已 and 累计)
SUBJECT_OF_DEED = rf"(?<=\p{{Han}})共(?=(?:{LEADING_VERB}))"
# found_by: what was found is counted, not the watch that found it (网络舆情监测发现有害信息
# → 有害信息, 日常巡河发现问题 → 问题, 入户走访发现困难家庭 → 困难家庭); 发现率 is a rate of
# its own as are its compounds (隐患发现及时率, 问题发现处置率, 早发现早处置率), a bare 发现
# ends no phrase, what was newly, first or early found is named so (文物普查新发现文物, 首次
# 发现物种, 早期发现病例), and 发现并整改 is one deed of two verbs
FOUND_BY = (
    r"(?<=\p{Han})(?<![新初首早])(?<!首次|早期)发现(?![并及和与])(?!\p{Han}{0,4}?率)(?=\p{Han}{2})"
)
MID_CUT = regex_cache.compile(
    rf"已完成|已经|已|共计|累计|等(?:方式|形式|途径|渠道|措施|手段|举措|办法)|{HAVE}"
    rf"|{GOVERNING_VERB}|{SORTING_SPAN}|{KINDS_BEFORE}|{KIND_CLASS}|{SUBJECT_OF_DEED}"
    rf"|{FOUND_BY}"
)
# What is no content in a sub-clause before a figure: scope words, periods, result verbs.
NOT_CONTENT = regex_cache.compile(
    rf"(?:{LEADING_SCOPE}|{RESULT_VERB.pattern}|{PERIOD.pattern}|\s)", regex.X
)
