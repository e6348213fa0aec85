"""The derived tables on compilations the rules were not written from: tests/data/tables_blind
to tables_blind6 (scored by benchmarks/tables_blind.py; the labels, links.jsonl,
were written before the tool was run on the files).

tables_blind. First batch (seven compilations, 121 rows to hold, 31 figures never to meet),
on main 62a1024: pairs precision 0.933 recall 0.933, plan_vs_outcome 0.971 / 1.000 with one
never-meet joined, trends 0.982 / 0.964, targets 1.000 / 1.000. Second batch (four more,
written after the first was scored: 58 rows, 9 never to meet); on main, all eleven: pairs
0.900 / 0.857, plan_vs_outcome 0.980 / 0.961, trends 0.987 / 0.963, targets 1.000 / 1.000.
Fixed since, by class: a completion rate after 分别 (or naming its metric) is of the actual
of its metric, not the nearest (``within._actual_for``); a growth named with a closing word
of change (居民消费价格涨幅 / 上涨) links (``plans.CHANGE_TAIL``); a target for a later year
its clause names (``到2027年累计建成…15条`` in a plan for 2025) carries ``mentions.aim_year``
and links to nothing (tests/test_aim_year.py). Now: pairs 0.950 / 0.905, plan_vs_outcome
1.000 / 0.980 with no never-meet joined, trends 0.987 / 0.963, targets 1.000 / 1.000.

Not the tables' (left to the meaning rules, with their examples here): ``占年度计划投资1.5亿元
的106.7%`` (since fixed, below) and the second rate after 分别 read as targets, not
completions; ``占年度计划投资``
and ``总产量`` after 、 (of 粮食) named apart from the plan's 投资 and 粮食总产量; ``稳定粮食播种
面积`` keeping the verb 稳定. The trend of the 2024 target of 02 (招聘教师250名, stated in the
plan, then again in the next review) takes the first statement, the plan's, as every trend of
one key and year does; the labels take the review's for 2023 → 2024 and the plan's for
2024 → 2025, which no one figure per year can both meet.

tables_blind2 (six compilations of other departments, levels and years: a city's and its
district's environment bureaus, a plan naming 2027 and 2028, a township's government work
reports with 比上年 and 比2020年, a district's human resources bureau restating a target, a
city's and its county's tourism, a county's finance with 比预算 beside 比上年; 127 rows to
hold, 38 figures never to meet), on main b8339c4: pairs 0.765 / 0.812 with one never-meet
joined, plan_vs_outcome 0.909 / 0.882 with two (targets for 2027 and 2028 met 2026's running
totals), trends 0.984 / 0.925, targets 1.000 / 1.000. Fixed since, by class: ``aim_year``
(above); a change since a named year (比2020年增长27.6%) makes no trend; a completion rate is
of the base its own frame names (完成省下达任务36个的105.6%: ``within.RATE_BASE_JOIN``); a
share or rate stated in a review is an outcome (税收占比75.6%: ``plans.OUTCOME``); a target a
plan restates links once (``plans.restated``); a pollutant's name and symbol are one metric
(细颗粒物（PM2.5） ≈ PM2.5: ``plans.PLAN_SYNONYMS``). Then: pairs 0.938 / 0.938 with one
never-meet joined, plan_vs_outcome 1.000 / 0.941, trends 1.000 / 0.955, targets 1.000 / 1.000.
Second batch (three more, written after those fixes: a province's 农业农村厅 with a target
for 2027 and one restated, a city's commission with a district's plan-only report, a
county's health bureau; 36 rows, 11 never to meet), on be70a4d: pairs 1.000 / 0.800,
plan_vs_outcome 1.000 / 0.571, trends 1.000 / 0.529 — a province's 厅 was no organisation,
so its report had no unit; fixed (``segment.titles.ORG_SUFFIX``): 1.000 / 0.800, 1.000 /
0.929, 1.000 / 0.882. All nine now: pairs 0.950 / 0.905 with one never-meet joined,
plan_vs_outcome 1.000 / 0.938, trends 1.000 / 0.940, targets 1.000 / 1.000.
Fixed since, by class (``rules.roles``): a figure stated against a target, under it
(``低于省定目标3微克/立方米``, 比年度目标低…), is a comparison, not the target (``under_target``);
a figure followed by 的 and the target it is named (``低于3.5%的控制目标``, …的预期目标, …的省
下达任务) is that target (``target_named_after``): pairs 1.000 / 0.905 with no never-meet joined
(the pair 2.9% / 3.5% of 04 is labelled at ``3.5%``, the figure's span opens at 低于). A
percentage of a base stated with its figure after 占 is a completion when the base is a
target, task, plan or budget (``占年度计划投资2.2亿元的106.8%``, in the first set too:
``rate_of_stated_target``), else a share (占户籍人口301.5万人的96.3%: ``share_of_stated_whole``):
pairs of both sets 1.000 / 0.952.
Left, the meaning layer's: ``12个国控断面水质优良比例达到91.7%`` named 水环境 (the heading)
and ``完成省下达任务36个`` named 居民 (the clause before); ``创业担保贷款发放额增长10%`` against
``发放创业担保贷款…增长20.6%`` and
``一般公共预算支出安排32.5亿元`` against ``一般公共预算支出32.2亿元``, ``老年人健康管理率达到73%
以上`` against ``65岁及以上老年人健康管理率74.1%``, metrics named apart;
``国家下达任务400万亩`` named by its frame (国家下达任务) rather than what it is of
(高标准农田, its pair's actual), so it follows no target.

tables_blind3 (eight compilations of departments, levels and years the first two lack: a
province's 水利厅 with two of its cities' bureaus, a county's 发改局 whose targets are ranges
and bounds (6%—6.5%, 8%至10%, 55亿—60亿元, 以上, 以内), a city's 医保局 stating rates with
their numerators and denominators (占户籍人口301.5万人的96.3%), a city's 市场监管局 review beside
a district's plan (never to link), a county's government work reports of 2022 and 2023 with
masks in targets and outcomes, a 林业局 stating one metric as a growth, an amount and a
share, a 应急管理局's 累计 beside the year's figures, and a 工信局's 同比 beside 比2020年; 133
rows to hold, 52 figures never to meet; labels committed before the first run), on main
31e87a7: pairs 1.000 / 1.000, plan_vs_outcome 0.973 / 0.837 with one never-meet joined,
trends 0.984 / 0.884, targets 1.000 / 1.000. The misses: a year's addition and the total
after it (跨省联网定点医疗机构新增58家，总数达到273家; 新增规模以上工业企业118家，总数达到
1372家) share one key, and the first, the addition, takes the plan's total (260家) and the
trend from last year's total; a rate a review names short after the clause that names its
subject (森林火灾2起，受害率0.05‰; 其中接入…1291家，接入率99.2%) against the plan's full name
(森林火灾受害率, 定点医药机构医保信息平台接入率); a share stated as 占户籍人口…的96.3% read as
a level of 户籍人口, not the 参保率; 死亡7人 against 事故死亡人数; a coefficient with no unit
(农田灌溉水有效利用系数0.578) read as no figure; counts stated before their noun (全市1260家
定点医药机构中有1184家接入) named by the words after them.
Fixed since, by class: a year's addition and the total it adds to are two series
(``pairs.plans.ADDITION``: the phrase each metric was taken from keeps 新增; tests/
test_additions.py): trends 1.000 / 0.899. Left: 跨省联网定点医疗机构新增58家 (the verb after
the noun, outside its phrase) still the total's series; the rest above, the meaning layer's.
Second batch (three more, written after those fixes and labelled before their first run: a
county's 商务局 with additions beside totals, 低于年度目标0.8个百分点 and 占年度目标5亿元的104%, a
city's 体育局 beside a district's plan with 突破5000场次的年度目标, a county's government work
reports of 2023 and 2024 with 新增 beside 总数 and 累计; 51 rows, 14 never to meet), first run
on 9292f41: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.929, trends 1.000 / 0.913,
targets 1.000 / 1.000, none joined (on 31e87a7: 1.000 / 0.800, 0.929 / 0.929 with one
never-meet joined, 1.000 / 0.870, 1.000 / 1.000). Its misses: 外贸备案企业总量达到290家 against
the review's 备案企业总量 (the short name after the clause that names 外贸备案企业), a target
stated in a completion (占年度目标5亿元的104%) named by its frame, and 经常参加体育锻炼人数占总
人口的比例 (a share) against …人数比例39.2% (a rate). All eleven: pairs 1.000 / 1.000,
plan_vs_outcome 0.980 / 0.860 with one never-meet joined (跨省联网定点医疗机构新增58家),
trends 1.000 / 0.902, targets 1.000 / 1.000.

tables_blind4 (seven compilations of departments, levels and years the first three lack: a
province's 统计局 with “十四五” figures for 2025 beside the year's and price indices with no
unit, a city's 人社局 whose review names rates short after the clause that names their
subject (高校毕业生2.84万人，就业率达到92.3%) beside a plan for 2026, a county's 农业农村局
with targets set by a higher level (国家下达任务62.5万亩以上, 省下达高标准农田建设任务8万亩)
and a coefficient with no unit, a city's 民政局 beside its district's, a banner's (旗)
government work reports of 2025 and 2026 with completions and masks, a city's 税务局 with a
completion rate beside each amount, a city's 城管局 with masks; 120 rows to hold, 44 figures
never to meet; labels committed before the first run), on main cf64e8e: pairs 0.923 / 1.000
with one never-meet joined (超过国家下达任务0.6万亩, a margin over the task, read as the
task), plan_vs_outcome 1.000 / 0.784, trends 1.000 / 0.883, targets 1.000 / 1.000.
Fixed since, by class: a task the state hands down (超过国家下达任务0.6万亩: a margin, like
超过省定目标; ``rules.qualifiers.WHOSE_TARGET``); a target named with a task's frame
(粮食播种面积稳定在国家下达任务62.5万亩以上, 完成省下达高标准农田建设任务8万亩 ≈ 粮食播种面积,
高标准农田: ``pairs.plans.task_named``; tests/test_task_frames.py); a coefficient or an index
with no unit (农田灌溉水有效利用系数0.583, 工业生产者出厂价格指数98.5, 系数提高到0.58:
``rules.figures`` index_value, never money though 消费 names it); a rate named short after the
clause that names its subject (全市高校毕业生2.84万人，就业率92.3% ≈ 高校毕业生就业率; also
森林火灾2起，受害率0.05‰ and 新增外贸备案企业31家，备案企业总量… of the third set:
``pairs.plans.short_named``, tests/test_short_names.py); a verb of aim opening a target's
name (稳定粮食播种面积52万亩以上 ≈ 粮食播种面积 of the first set: ``pairs.plans.AIM_VERB``); a
target a review names by its frame
alone (占年度目标5亿元的104%, 完成国家下达任务400万亩的105%, 完成省下达任务36个的105.6%) takes the
name of the actual it is paired with (``pairs.within.frame_named``, metric rule
frame_of_actual), and follows the next plan's target. Then: pairs 1.000 / 1.000, plan links
1.000 / 0.946, trends 1.000 / 0.967, targets 1.000 / 1.000, none joined; the first three
sets: pairs 1.000 / 0.952, 1.000 / 0.952, 1.000 / 1.000; plan links 1.000 / 1.000, 1.000 /
0.938, 1.000 / 0.930 (none joined: 跨省联网定点医疗机构新增58家 no more); trends 0.988 / 0.975,
1.000 / 0.976, 1.000 / 0.935.
Left: 劳动人事争议仲裁结案率 against 受理劳动人事争议案件3120件，结案2996件，结案率96% (仲裁 is
not named before the short name: the rule asks the whole of the words left off);
纳税人满意度达到93分以上 read as no figure (``lexicon.units`` vetoes 分 before 以上: 600分以上
describes students); 养老机构护理型床位占比 against 护理型床位占比 (a scope named in one only);
a growth after a completion rate named by its frame (完成年度收入计划190亿元的102.2%，同比增长
4.2% names 收入计划, the year before's 收入) — the meaning layer's.
Second batch (three more, written after those fixes and labelled before their first run: a
city's 科技局 with an index with no unit and a rate named short after a subject spread over
three clauses, a province's 自然资源厅 with targets the state sets (不低于国家下达目标8600万亩,
超出国家下达目标68万亩, 完成国家下达国土绿化任务350万亩), a district's 卫健局 naming rates short
beside a plan for 2026; 43 rows, 15 never to meet), first run on 3f684b7: pairs 1.000 /
1.000, plan_vs_outcome 1.000 / 0.600, trends 1.000 / 0.913, none joined (on cf64e8e: pairs
0.833 / 1.000 with 超出国家下达目标68万亩 joined, plan_vs_outcome 1.000 / 0.533, trends 1.000 /
0.826). Its misses: 全社会研发经费投入强度 against
研发经费投入强度 (fixed since: 全社会 is a scope word, ``plans.PLAN_STOP``); an index's target
(提升到73以上) a level, its outcome (72.6) a rate (fixed since: 提升到 is a copula of a named
rate, ``passages`` named_rate); 有效期内高新技术企业 named 期内高新技术企业; the
short name whose subject is spread (组织科技成果对接活动…签约项目…落地转化…，转化率66.6%) or
partly named (重点人群签约18.2万人，签约率82.3% for 家庭医生签约服务重点人群签约率); 国土绿化任务
against 国土绿化面积 (the outcome longer than the target). All ten: pairs 1.000 / 1.000,
plan_vs_outcome 1.000 / 0.885, trends 1.000 / 0.952, targets 1.000 / 1.000, none joined.

tables_blind5 (seven compilations of departments, levels and years the first four lack: a
city's 住建局 whose plans and outcomes count in 套 and in 户 (棚改征收 households beside
resettlement flats, 惠及居民…万户), a county's 交通运输局 whose plan gives 公里 and whose review
gives only a completion rate for one of them, a city's 医保局 stating 参保率 and 覆盖率 of one
population (never to meet) beside 长期护理保险's, a district's 市场监管局 counting market
entities in 户 one year and 家 the next, a county's 司法局 plan of 2024 with reviews of 2024
and 2025 (only the first links), a city's 审计局 half-year review between the year's plan
and its review, a county's and its town's government work reports of two years with ranges
(5.5%—6%, 8%-10%), bounds (不低于, 以上, 以内) and masks (XXX.X, 1X.X%); 139 rows to hold, 70
figures never to meet; labels committed before the first run), on main 7946804: pairs
1.000 / 1.000, plan_vs_outcome 0.946 / 0.854 with two never-meet joined (the half-year's
41个 and 87.5% taken as the year's outcome), trends 1.000 / 0.956, targets 1.000 / 1.000.
Fixed since, by class (what a link and a trend compare beyond the name, ``pairs.plans``;
tests/test_plan_key_folds.py): a figure of part of a year (上半年, ``period_label`` short of
twelve months) is no outcome of the year's target (``part_of_year``); a trading unit counted
by 户 and by 家 is one count (新登记市场主体1.2万户以上 … 1.26万家: ``SAME_COUNT``); a count
named by its own classifier (建筑施工安全事故起数控制在3起以内 ≈ 建筑施工安全事故2起, 城镇新增
就业人数 ≈ 城镇新增就业: ``counted_metric``); a percentage named as a rate is a rate whatever
verb stands before it (建制村通客车率保持100% ≈ 通客车率100%: ``key_measure``). Then: pairs
1.000 / 1.000, plan_vs_outcome 1.000 / 0.976, trends 1.000 / 1.000, targets 1.000 / 1.000,
none joined; the first four sets and the lead's as they were.
Left: 年末实有企业达到2.5万家 against 年末实有市场主体9.05万家，其中企业2.57万家 (the part after
其中 is named 企业, an annual figure, where the whole is 年末实有: the meaning layer's).
Second batch (three more, written after those fixes and labelled before their first run: a
city's 水务局 with 亿立方米 against 万立方米 and completions of 公里 and 处, a 乡's government
work reports of two years with a range, 不低于 and a mask 13**万元, a city's 退役军人事务局
with 规范化 stations beside all of them and a rate held at 100%; 51 rows, 21 never to meet),
first run on 451ea7a: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.867, trends 1.000 /
0.913, targets 1.000 / 1.000, none joined (on 7946804: plan_vs_outcome 1.000 / 0.800, 安置率
保持100% not linked, the rest alike). Its misses: 城市公共供水管网漏损率 against 公共供水管网漏损率
(a scope named in one only; 城市 is no word to drop: 城市污水处理率 and 县城污水处理率 are two
rates), and 一般公共预算收入13**万元 read as no figure (a mask of two stars after digits), so
its growth takes the amount into its name — the meaning and rules layers'. All ten: pairs
1.000 / 1.000, plan_vs_outcome 1.000 / 0.946, trends 1.000 / 0.978, targets 1.000 / 1.000.
Fixed since (of the fourth set's Left): a subject named in part before the short name
(受理劳动人事争议案件…，结案率96% ≈ 劳动人事争议仲裁结案率, 重点人群签约18.2万人，签约率82.3% ≈
家庭医生签约服务重点人群签约率: ``pairs.plans.subject_named``, a run of four characters of the
words left off; tests/test_short_names.py): plan links of the fourth set 1.000 / 0.942, of the
third 1.000 / 0.947, the others as they were. A growth after a completion rate, named from
the rate's frame (完成年度收入计划190亿元的102.2%，同比增长4.2% named 收入计划; 占年度目标5亿元的
104%，同比增长12.1% named 占年度), is the growth of the actual the rate is paired with
(``pairs.within.frame_named``; tests/test_task_frames.py): trends of the fourth set 1.000 /
0.964. A share named by its part alone (林下经济产值…，占林业总产值比重27.4%) meets one named
with its whole (林下经济产值占林业总产值的比重提高到27%: ``pairs.plans.counted_metric``,
``SHARE_OF``): plan links of the third set 1.000 / 0.965. A verb of budgeting closing a
target's name (一般公共预算支出安排32.5亿元 ≈ 一般公共预算支出32.2亿元: ``pairs.plans.BUDGET_VERB``;
tests/test_task_frames.py): plan links of the second set 1.000 / 0.958. A short name
compared as counted (事故死亡人数控制在8人以内 ≈ 发生生产安全事故11起、死亡7人: the classifier
left off, ``pairs.plans.counted_key``, then the subject 事故 before 死亡): plan links of the
third set 1.000 / 0.982.
tables_blind6 (seven compilations of departments, levels and years the first five lack: a
city's 教育局 counting schools in 个 in its plan and 所 in its reviews, places in 万个 and 个,
classrooms in 间; a 文旅局 with 人次 against 万人次 and 亿元 against 万元 of one indicator, and
群众1.5万人 against 4.2万人次 (never to meet); a county's 应急管理局 with ceilings (控制在10人
以内, 1起以内 of the larger accidents, never all of them), a fall of a count as target
(事故起数同比下降10%以上) against counts and their falls after 分别; a city's 水务局 naming
城市公共供水管网漏损率 in its plans and 公共供水管网漏损率 in its review beside 城市 and 县城
污水处理率 (never crossed); a city's 市场监管局 review with 其中 parts under 年末实有 beside the
city's 统计局 reviews (never cross-linked); a district's three-year plan (2024—2026) with
yearly steps and two reviews; a county's government work reports of two years with
93分以上 and masks (X%, 2**.*亿元); 163 labels, 116 rows to hold, 47 never to meet; labels
committed before the first run), on main 71aaa06: pairs 0.909 / 0.909, plan_vs_outcome
0.966 / 0.718, trends 1.000 / 0.870, targets 1.000 / 0.833, none joined.
Fixed since, by class (``pairs.plans``): one key function for a run in memory and on disk
(``link_fields``; test_every_set_on_disk_as_in_memory below); a change of a count named by
its classifier meets the count's change (事故起数同比下降10%以上 ≈ 发生生产安全事故23起，
同比…下降17.9%; 接待游客人次增长8%: ``COUNTED_CHANGE``, tests/test_plan_key_folds.py); a
short name leaving off the urban scope of the report's own level (城市公共供水管网漏损率 ≈
全市公共供水管网漏损率8.7% in a 市's review, 县城… in a 县's: ``OWN_SCOPE``, tests/
test_short_names.py; the fifth set's 08 too: its plan links 1.000 / 0.982). Then: pairs
0.909 / 0.909, plan_vs_outcome 0.968 / 0.769, trends 1.000 / 0.870, targets 1.000 / 0.833.
Left, not the tables': the three-year plan is no document (``segment.titles`` reads no
行动方案 as a plan; its yearly steps would then need each its year): 6 links, 6 trends;
93分以上 read as no figure (``lexicon.units``); 为年度目标1.08万个的104.1% read as a target,
not a completion (``rules.roles`` reads 占…的, not 为…的); 年末实有企业 against 其中：企业 (the
part takes neither 实有 nor the year's end of its total: ``context``); 新建改扩建中小学12个
against 13所 (个 is not folded: ``SAME_COUNT`` keeps it apart, as 专精特新企业28家 / 32个).
Second batch (three more, written after those fixes and labelled before their first run: a
county's 公安局 with falls of counts named by their classifiers and a ceiling in 起, a
county's 住建局 naming 县城 rates in its plans and bare ones in its review beside 农村 ones, a
city's 人社局 with 其中 parts of two years and a short name after its subject; 53 labels, 37
rows, 16 never to meet), first run on c4e839b: pairs 1.000 / 1.000, plan_vs_outcome 1.000 /
1.000, trends 1.000 / 0.941, none joined (on 71aaa06: plan_vs_outcome 1.000 / 0.706, the
rest alike). Its miss: a trend of 劳动人事争议仲裁结案率96.2% to 受理…案件4210件，结案率96.8%
(trends take no short name). All ten: pairs 0.929 / 0.929, plan_vs_outcome 0.979 / 0.839,
trends 1.000 / 0.887, targets 1.000 / 0.833, none joined.
The lead then took the three-year plan (segment.titles: a 行动方案/实施方案/工作方案 is a
plan, a title names its department before its topic, a span of years in brackets is no
organisation; context.mentions: a section of no one year gives each figure the year its
clause opens with) and 93分以上 (lexicon.units: a score's own bound ending its clause): all
ten, plan_vs_outcome 0.982 / 0.964, trends 1.000 / 0.986, targets 1.000 / 1.000 (93分以上);
为年度目标1.08万个的104.1% a completion (role_cues.COMPLETION_CUE: the target's amount
before 的 after 为/是, as after 完成): pairs 1.000 / 1.000.

tables_blind7 (seven compilations of departments, levels and years the first six lack: a
city's 卫健委 with counts per thousand people (每千人口…6.5张, 3.3人) and rates in ‰ (婴儿死亡率
控制在4‰以内) of two kinds never crossed, a 商务局 with 亿元 beside 亿美元 (折合61.7亿美元, 按人民币
计19.5亿元: never linked across currencies), a 交通运输局 with 公里, 千米 and 万公里 and reviews of
2023 and 2024 beside plans of 2024 and 2025, a 林业局 with 万亩, 亩 and 公顷, a county's plan
and review beside a town's plan of the same indicators, a county's government work reports
of two years with ranges, bounds, masks (3XX.X亿元, 2.X万元) and 城镇新增就业完成年度目标的105%
alone, a 住房公积金管理中心 with completions after 完成…的 and 占…的; 182 labels, 121 rows to
hold, 61 never to meet; labels committed before the first run), on main bc05301: pairs
1.000 / 1.000, plan_vs_outcome 0.977 / 0.977 with one never-meet joined (退化林修复0.8万亩
against 560公顷), trends 0.980 / 0.961 with one (0.8万亩 then 600公顷), targets 0.933 /
0.933 with one (the 105% taken as the outcome of 城镇新增就业5000人以上).
Fixed since, by class: an area in 亩 converts to 公顷 by no exact factor (666.67平方米), so a
link and a trend compare it as written, without its multiplier (``pairs.plans.key_unit``,
``EXACT_DIGITS``; 3万亩 ≈ 31500亩 and 120公顷 ≈ 1.35平方公里 still meet; tests/
test_plan_key_folds.py): plan_vs_outcome 1.000 / 0.977, trends 1.000 / 0.961, none joined.
Left: 2.X万元 (a mask after a decimal point's digit) read as no figure, so its growth is
named 农村居民人均可支配收入2.X万元 and neither the amount nor the growth follows 2024's
(``rules.numbers`` MASKED, not the tables'); the targets table takes a completion rate as
the outcome of the target it completes (``targets``, govdocs18's).
Then (of the sixth set's Left): a school counted by 个 in a plan and by 所 in its review is
one count (新建改扩建中小学12个 ≈ 13所: ``pairs.plans.SAME_COUNT`` folds 所, the classifier
of institutions only, into 个; tests/test_plan_key_folds.py): plan links of the sixth set
0.982 / 0.964 -> 1.000 / 0.982 (the 12个 took the completion rate 108.3% before).
Second batch (three more, written after those fixes and labelled before their first run: a
city's 能源局 with 万千瓦 against 兆瓦, a 街道办事处's two reviews and its plan with 户 against
家, a province's 粮食和物资储备局 with 亿斤 against 万吨; 56 labels, 36 rows, 20 never to
meet), first run on 93b3d39 (and on bc05301 alike): pairs 1.000 / 1.000, plan_vs_outcome
1.000 / 0.938, trends 1.000 / 1.000, none joined. Its miss: 粮食产后服务中心新建12个 against
新建粮食产后服务中心14个, fixed since (a verb of making closing a name, as the meaning layer
drops it opening one: ``pairs.plans.MAKING_TAIL``; tests/test_plan_key_folds.py): 1.000 /
1.000. All ten: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.983, trends 1.000 / 0.971,
targets 0.933 / 0.933 with one never-meet joined (the 105%, above).
Then a statistic under its abbreviation or with a word that changes nothing it counts is one
metric (GDP ≈ 地区生产总值, CPI ≈ 居民消费价格, 研发 ≈ 研究与试验发展, 常住居民 ≈ 居民, 实际利用
外资 ≈ 实际使用外资…: ``pairs.plans.PLAN_SYNONYMS``, found by probing with our own sentences).
Third batch (three more, written after it and labelled before their first run: a city's 发改委
naming GDP, CPI and R&D by abbreviation in its review and in full in its plans, a county's
气象局 with 次, 分 and new stations beside all of them, a county's 文旅局 with 人次 against
万人次; 51 labels, 33 rows, 18 never to meet), first run on f1f9277: every table 1.000 /
1.000, none joined (on bc05301: plan_vs_outcome 1.000 / 0.588, the abbreviations). All
thirteen (bc05301 -> f1f9277): pairs 1.000 / 1.000 both; plan_vs_outcome 0.986 / 0.883 with
one never-meet joined -> 1.000 / 0.987 with none; trends 0.988 / 0.976 with one -> 1.000 /
0.976 with none; targets 0.933 / 0.933 with one, as it was (targets/).

tables_blind8 (seven compilations of departments, levels and years the first seven lack: a
city's 统计局 whose review states completions (完成年度目标的105%, 超额完成年度任务，完成率108%)
and an excess (超额完成年度目标16篇: neither the outcome nor the target), a city's 水务局 naming
城市公共供水管网漏损率 in full one year and short the next, in its plans and in its reviews,
beside 城市 and 县城 rates never crossed, a county's 人社局 plan beside the county
government's reports naming the same indicators (two departments: never linked), a city's
商务局 plan giving targets for its district (其中东湖区增长7%) beside the district's review
(never linked across places), a county's 文旅局 with targets in 万元 and 万人次 and outcomes
in 亿元 and 人次, a county's government work reports of 2020 and 2021 across the epidemic
(下降4.4% the outcome of 增长8%) with a masked target (增长xx%), a 市场监管局 with 其中 parts
under 年末实有; 138 labels, 92 rows to hold, 46 never to meet; labels committed before the
first run), on main 98e6046: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.971, trends
1.000 / 0.950, targets 1.000 / 1.000, none joined. (The first labels also gave the targets
table the department plans' targets; it holds government work reports' only, so those 45
were dropped after the first run, no other label changed.) Its misses, one class: a plan
naming 公共供水管网漏损率 short where its review names 城市公共供水管网漏损率 (the short name
in the plan, not the review), and the trends of a series named in full one year and short
the next. Fixed since (``pairs.plans.scope_named``: the review's name is the plan's with the
urban scope of the report's own level, 城市 in a 市's, 县城 in a 县's; ``trends.
_own_scopes_joined``: such a series joins the short one where no year holds both; tests/
test_short_names.py): every table 1.000 / 1.000, the first seven sets as they were.
Second batch (three more, written after that fix and labelled before their first run: a
city's 人社局 with completions (完成年度目标任务的102%, 为年度目标的107.5%) and an excess
(超额完成年度目标1.6亿元), a county's government work reports of 2024 and 2025 with 为预算的
101.4% and 41260元 then 4.33万元, a district's 卫健局 with 其中 parts in 万人次 and 人次 and a
rate named short one year; 69 labels, 51 rows, 18 never to meet), first run on f904266 (and
on 98e6046 alike): pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.933, trends 1.000 /
0.947, targets 1.000 / 1.000, none joined. Its misses: 重点人群签约率达到80% (the plan's short
name, no subject before it) against the review's 家庭医生重点人群签约率81.4%, and the trend of
其中重点人群签约率76.2% (after 家庭医生签约服务签约居民28.6万人) to the full name's 81.4%.
Fixed since (the sixth set's Left too: trends take a short name): a rate named short after
the clause that names its subject, making no trend under its short name, joins the series
of its full name in the year before or after (``trends._short_names_joined``, by
``pairs.short_named``; a run on disk reads the words before such rates: ``derived._Series``;
tests/test_short_names.py): trends of the batch 1.000 / 1.000, of the sixth set 1.000 /
0.986 -> 1.000 / 1.000. All ten: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.980, trends
1.000 / 1.000, targets 1.000 / 1.000, none joined.
Left: a plan's short name with no subject before it against a review's full name
(重点人群签约率 ≈ 家庭医生重点人群签约率: the plan names the service nowhere, so nothing tells
it from another 签约率 of another service); the 县人社局's targets are linked to no outcome of
the county government's review (labelled so: one department's plan, another's review).
The seventh set's targets label of 城镇新增就业5000人以上 corrected: the label wanted no
outcome and never the 105% of 城镇新增就业完成年度目标的105%, where docs/schema.md has the
targets table derive an outcome from a completion rate of a level target when the review
states no result (outcome_source derived, value × rate ÷ 100, as plan_vs_outcome does: the
same file's plan_vs_outcome label links this very pair). A stated result still comes first
(the eighth set's 09: 城镇新增就业3350人，完成年度目标的104.7% gives 3200人 the 3350人, the
104.7% labelled never). Targets of the seventh set 0.933 / 0.933 with one joined -> 1.000 /
1.000, no code changed.

tables_blind9 (seven compilations of departments, levels and years the first eight lack: a
town's (镇) government work reports of 2024 and 2025 naming 人均可支配收入（农村居民） in their
reviews and 农村居民人均可支配收入 in their targets, with a range (增长6%—6.5%, met by 6.2%) and
a ceiling (居民消费价格涨幅控制在3%以内, met by 上涨2.8%); a city's 发改委 with a total in 万吨
标准煤 against a fall (never linked), an amount's target against 同比增长 alone (never), masks
(增长xx%, 增长x%) and 年度目标120个，实际开工131个; a county's 十二五 plan of 2011 closed by its
“十二五” review of 2015 (five-year targets for 2015); a 卫健委 with targets for 全市 against
results of 本系统 (never linked); a district's 人社局 with target and actual in one sentence
(目标5000人，实际完成5230人) and targets restated in its review (never the outcome); a county's
住建局 restating each target before its result (年度任务800套，已建成824套); a county's reports
of 2016 and 2017 with 十三五 targets for 2020 beside the year's; 136 labels, 97 rows to hold,
39 never to meet; labels committed before the first run), on main 5cf1114: pairs 0.900 /
0.900, plan_vs_outcome 0.960 / 0.667, trends 1.000 / 1.000, targets 0.950 / 0.864, none
joined. Fixed since, by class: an area named by what stands in it (建成区新增绿地面积…，完成
年度目标12万平方米的106.7%; 核心区) is no place that vetoes a pair (``pairs.comparable.
COMMON_AREA``; tests/test_pairs_audit.py); the word plan closing a target's name (补贴性职业技能
培训计划3000人次, 普通高中招生计划3000人) is compared without it, not in a programme's name
(人才计划: ``pairs.plans.PLAN_WORD``; tests/test_plan_key_folds.py); an actual named by its
deed alone after 实际 or 已 (实际开工131个, 已建成824套) counts what the target it is paired
with names (metric rule deed_of_target, ``pairs.within.frame_named``). Then: pairs 1.000 /
1.000, plan_vs_outcome 1.000 / 0.750, trends 1.000 / 1.000, targets 0.950 / 0.864, none
joined; the first eight sets and the lead's as they were.
Left, not the tables': the 十二五 compilation is read as one document (``segment.titles``
reads neither 国民经济和社会发展第十二个五年规划纲要（2011年） nor “十二五”时期…情况总结（2015年）
as a title; a government's plan has no department): 8 links; 改造农村危房150户 (named 农村危房,
the opening verb dropped, as 排查农村危房 and 鉴定农村危房 are) against 农村危房改造目标150户，实际
改造162户 (a closing 改造 cannot be folded while the plan's verbs are lost: the meaning layer's);
the targets table's outcome of 农村居民人均可支配收入增长6.5%左右 (the indicator lexicon does
not read 人均可支配收入（农村居民）) and its 十三五 targets for 2020 (targets/, govdocs').
Second batch (three more, written after those fixes and labelled before their first run: a
district's 教育体育局 with 新增公办学位计划1500个 and 改扩建中小学年度任务8所，已竣工9所, a town's
reports of 2023 and 2024 with an amount's target against 同比增长 alone, masks (增长X%, 增长
X.X%) and 能耗下降2% as a target, a city's 生态环境局 with 化学需氧量重点工程减排年度目标1200吨，
实际减排1315吨 and ceilings; 59 labels, 44 rows, 15 never to meet), first run on cce0b0d's
parent (2f98c81): pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.933, trends 1.000 / 1.000,
targets 1.000 / 1.000, none joined (on 5cf1114: plan_vs_outcome 1.000 / 0.800, 学位计划 and
已竣工 not linked, the rest alike). Its miss: 减排量1200吨 against 实际减排1315吨, fixed since (a
closing 量 is compared without it: ``pairs.plans.AMOUNT_TAIL``; tests/test_plan_key_folds.py).
All ten: pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.824, trends 1.000 / 1.000, targets
0.967 / 0.906, none joined.
Then, what a reader of the links trips on (``benchmarks/table_audit.py``, which now also
finds a status its own row contradicts): a growth's values are signed in pairs and
plan_vs_outcome as in trends (a link of 增长8% to 下降4.4% showed 8 and 4.4), a target to
fall is met downwards; 居民消费价格涨幅2%左右 against 上涨0.8% is lower-is-better as in the
targets table (it was met there and not_met here). Left, the meaning layer's (each an
xfail in tests/): a department plan's fall outside a passage of targets has no direction
(刑事案件立案起数同比下降5% read as a rise: the sixth set's three such links not_met), and a
population in brackets (人均可支配收入（农村居民）) is left out of the metric, so two series
share one trend key.

tables_blind10 (seven compilations of departments, levels and years the first nine lack: a
county's 交通运输局 with its “十三五” plan of 累计 targets for 2020, its plan and review of
2020 (the review's 累计 sums of five years beside the year's figures: never a year's
target's outcome) and its plan for 2021; a city's 机关事务管理局 with intensities to fall
(下降3% against 下降2.1%) and a share 达到95%以上 against 94.8%; a county's government work
reports of 2018 and 2019 with 提高1个百分点 against 同比提高1.2个百分点 and 居民收入 in the
targets against 城乡居民人均可支配收入 in the reviews (never 城镇居民's or 农村居民's); a
county's 农业农村局 plan and review beside a town's review (never linked across places); a
city's 商务局 review whose targets and results stand in table lines (指标｜年度目标｜完成情况);
a county's 医保局 with masked completions (完成年度目标的1XX%, 完成率xx%) beside stated
results; a district's 残联 of 2013 and 2014; 154 labels, 96 rows to hold, 58 never to meet;
labels committed before the first run), on main 6e47194: pairs 1.000 / 0.818,
plan_vs_outcome 1.000 / 0.850, trends 1.000 / 1.000, targets 1.000 / 1.000, none joined.
Fixed since, by class: a growth named after the whole name, keyed as the meaning layer keys
the name (a table row's 社会消费品零售总额增速 ≈ the plan's 社会消费品零售总额增长, 煤炭消费总量
增幅 ≈ 煤炭消费总量增长: ``pairs.plans.plan_words``, ``METRIC_KEY_TAIL``); 居民收入 is the
short form of 城乡居民人均可支配收入, and 城乡居民 all residents (``PLAN_SYNONYMS``; tests/
test_plan_key_folds.py); a growth stated against a growth target in one sentence of a
review is its actual (a table row 增速｜6%｜5.6%, 年度目标增长6%，实际增长5.6%:
``pairs.within._growths_of``; tests/test_pairs.py). Then: pairs 1.000 / 1.000,
plan_vs_outcome 1.000 / 0.900, trends and targets 1.000 / 1.000; the first nine sets and
the lead's as they were.
Left, not the tables': the “十三五” plan (2016—2020年) is a plan of no one year, and its
figures after the first clause (到2020年，…；累计新改建农村公路500公里；…) take no year
(``context``), so its four targets link to nothing; the status of a department plan's
fall (单位建筑面积能耗下降3% against 下降2.1%: met, where a fall short of the target is
not) is the xfail of tests/test_plan_links.py (``context.figure`` gives no direction
outside a target passage).
Second batch (three more, written after those fixes and labelled before their first run: a
city's 邮政管理局 with 目标…，完成… in one line and a masked completion with no result, a
county's 生态环境局 beside a 乡's review with 降低4% against 下降3.6% and 累计 since 2021, a
county's reports of 2015 and 2016 with 城镇居民收入 in the targets, 个百分点 and ‰; 72
labels, 48 rows, 24 never to meet), first run on be2e774: pairs 0.750 / 0.750,
plan_vs_outcome 1.000 / 0.857, trends 1.000 / 1.000, targets 0.900 / 0.900, none joined (on
6e47194: plan_vs_outcome 1.000 / 0.786, 城镇居民收入增长9% not linked, the rest alike). Its
misses, the meaning layer's: 快递业务量增速：目标10%，完成12.6% reads the 12.6% as a
completion rate (and the 10% as a level), so it is neither the pair's actual nor the
plan's outcome; 新增智能快件箱：目标600组，完成648组 takes the label before the colon
without 新增 into its phrase, so the 648组 is no year's addition (``ADDITION``) and meets
no plan's 新增智能快件箱600组; the targets table reads no 城镇居民收入 (``lexicon.
indicators``: 城镇居民 before 人均可支配收入 only). All ten: pairs 0.933 / 0.933,
plan_vs_outcome 1.000 / 0.889, trends 1.000 / 1.000, targets 0.952 / 0.952, none joined.

tables_blind11 (four compilations, written for round 22 and labelled before any run: a
city's 人社局 plan and review beside a district's review (never linked), 新增技能人才：目标…，
完成… and a plan for the next year; a county's government work reports of 2023 and 2024
with 城镇居民收入 and 农村居民收入 in the targets against 城镇常住居民人均可支配收入 in the
review, a fall against a growth target, a masked 下降X.X%; a city's 生态环境局 three-year
plan (2024—2026年: its 到2026年 and 三年累计 targets never a year's outcome) beside its plans
of 2024 and 2025, falls as targets (下降2%, 减少1.5%, 削减1.8%); a county's plan beside its
city's plan and review (never linked), 增速：目标5%，完成6.4%, 新增：城乡公交线路13条, a lone
masked completion and the county's figures in the city's review; 107 labels, 67 rows to
hold, 40 never to meet), first run on main 6639208: pairs 0.833 / 0.714, plan_vs_outcome
0.950 / 0.826 with one joined, trends 1.000 / 0.958, targets 0.923 / 0.923. Fixed since, by
class: 城镇居民收入 and the short names of a group's income (``lexicon.indicators``,
``pairs.plans.PLAN_SYNONYMS``); a growth row's 完成 (``roles.GROWTH_ROW``,
``passages.ROW_GOAL``); an addition labelled before a colon (``context.metric_span.
phrase_span``); and the fall of a department's plan outside a target passage, directed now
as ``passages.as_target`` directs one inside (``context.figure``: the sixth and tenth sets'
statuses of 下降3% against 下降2.1%; rows unchanged, so no score moves).
Then: pairs 1.000 / 0.857, plan_vs_outcome 0.957 / 0.957 with one joined,
trends 1.000 / 0.958, targets 1.000 / 1.000. Left: a completion alone (新改建农村公路完成年度
任务的1XX%) is no pair by design (``pairs.within``: nothing to check) though labelled one,
and the plan's 600公里 takes the county's 163公里 stated in the city's review (青石县完成…，
新改建农村公路163公里: a figure's place is read for pairs within a sentence, not for plan
links, whose unit is the report's) before the rate could imply its outcome: the one joined;
削减1.8% is no word of change (the meaning layer's), so its trend after 下降2% is missed.

tables_blind12 (three compilations, written after those fixes and labelled before their
first run: a district's 教育局 beside its city's plan, 新增…：年度目标…，实际完成…, 增幅：目标
8%，完成9.1%, 新增： as a label, a masked completion; a town's government work reports of
2024 and 2025 with 农民人均收入 and 城镇常住居民人均收入 in the targets; a city's 应急管理局
three-year plan (2024—2026年), plans whose falls stand outside a target passage, a county's
review in the file; 74 labels, 47 rows, 27 never to meet), first run on c36c505: pairs
1.000 / 1.000, plan_vs_outcome 1.000 / 0.786, trends 1.000 / 1.000, targets 1.000 /
1.000, none joined (on main 6639208: pairs 0.667 / 0.667, plan_vs_outcome 1.000 / 0.643,
targets 0.800 / 0.800). Its misses: 农民人均收入 and 城镇常住居民人均收入 in the plan against
the review's full names, fixed since (``PLAN_SYNONYMS``: plan_vs_outcome 1.000 / 0.929);
left: 生产安全事故死亡人数降低3% against 死亡人数同比下降2.4% (a short name after 生产安全事故
41起 in the clause before: ``pairs.plans.short_named`` does not take it).

tables_blind13 (round 23, two compilations labelled before any run: a city's 住建局 with a
three-year plan (2022—2024年) and the review of its last year, a county's, a district's and a
masked county's figures opening the city's review, a county's plan and review; a city's and
a county's government work reports, the county's growth opening the city's review and its
subject carried to the next clause; 71 labels, 48 rows, 23 never to meet), first run on main
d792f12: plan_vs_outcome 0.917 / 0.688 with one joined, trends 0.950 / 0.950 with one,
targets 0.750 / 0.750 with three, pairs (none labelled) 1.000 / 1.000. Fixed, by class: a
figure's own place (``mentions.figure_place``, ``pairs.figure_places``: the place its clause
names as its subject, or carries from the clause before across ，) and another place's figure
left out of plan links, trends and targets; targets of a plan of several years linked in the
review of its last year by kind of period (``mentions.plan_period``, ``pairs.SPAN_TARGET``).
Now: plan_vs_outcome 1.000 / 0.938, trends 1.000 / 1.000, targets 1.000 / 1.000, none joined.
Left: the span's 惠及居民4.2万户 (a level, annual) against 三年来…惠及居民4.5万户 (several_years:
the kinds differ, so no link, as decided).

tables_blind14 (written and labelled before the fixes were run on it: a province's 农业农村厅
with a two-year plan (2023—2024年), cities' and a masked city's figures opening the province's
review, a city's plan and review; a province's and a city's government work reports with
临川市、南丰市…分别增长, 两市…, a masked city's part; 51 labels, 31 rows, 20 never to meet), first
run after the fixes: plan_vs_outcome 1.000 / 0.727, trends 1.000 / 1.000, targets 0.875 /
0.875 with one joined (on main d792f12: the same plan links and trends, targets 0.750 / 0.750
with two joined). Left: the plan of two years is not read as a document at all (its title,
江南省农业农村厅高标准农田建设两年攻坚行动方案（2023—2024年）, opens none: the segmentation's;
the same title under 住房和城乡建设厅 does), so its three span links are missed; 两市一般公共
预算收入增长5.2% (two cities named by a count: no place, ``figure_place`` missing by design)
is taken as the province's and meets its 4% target before 3.8%. Its figure places were
printed once while the fixes were being tested (the column only, before any score).
Round 24 (tables24) fixed both: a province's office named with 厅 (``lexicon.departments``)
opens the plan's document, and several places as one subject (两市, ``figure_places.
several_places``) are never the report's own: every table 1.000 / 1.000, none joined.

tables_blind15 (round 24, three compilations labelled before any run: a city's 财政局 with a
plan's budget table of 2023年执行数 / 2024年预算数 and a review's of 年初预算数 / 上年执行数 /
本年执行数 / 完成预算（%） / 增长（%）, all counties' and a masked county's growth; a city's
商务局 with a plan of two years in its title (2024—2025年工作计划), two counties' plans and
reviews, 分别, 两县, 各县区…合计, **县; a county's three government work reports whose review
of 2023 is a table of 指标 / 2022年 / 2023年, 北岗县地区生产总值 in its own report, 三镇…合计;
76 labels, 46 rows, 30 never to meet), first run on main 6db9ccb: pairs 0.000 / 0.000 with
three joined, plan_vs_outcome 0.455 / 0.333 with five, trends 0.727 / 0.421 with one,
targets 0.556 / 0.556 with four. Fixed, by class: a column's year (``cells.column_year``),
a two-year title's span (``titles.PLAN_SPAN_BEFORE_WORDS``), several places, the report's
own place left off the key (``figure_places.own_place_key``), a completion column in
percent (``cells.DONE_OF_PLAN``): every table 1.000 / 1.000, none joined.

tables_blind16 (round 24, two compilations, other wording: a province's 财政厅 with a budget
table pasted one cell a line (主要指标 / 单位 / 2023年决算数 / 2024年执行数), 两个设区市,
各设区市…合计, xx市; a city's government work reports with a review table of 2023年实绩 /
2024年实绩, 各县（市、区）, 三个县, and a county-level city's own report; 55 labels, 28 rows,
27 never to meet; written before any run, first run after the fixes above): plan_vs_outcome
1.000 / 0.500, trends and targets 1.000 / 1.000, none joined (main 6db9ccb: plan_vs_outcome
0.000 / 0.000 with three joined, trends 0.538 / 0.500 with two, targets 0.625 / 0.625 with
three). Its misses, the province's 税收收入预算2390亿元 against 税收收入2371亿元 (the word
budget closing a sum's name: ``pairs.plans.BUDGET_WORD``), fixed since: 1.000 / 1.000.

tables_blind17 (round 25, two compilations labelled before any run: a prefecture-level city's
发改委 whose review of 2024 is a main-indicators table pasted one cell a line under relative
heads (指标 / 单位 / 上年 / 本年 / 增减（%）), 人均可支配收入（城镇居民） rows against the review
of 2023's 城镇居民人均可支配收入, 个百分点 against %, 两个区, a named and a masked district and
a masked cell, beside its district's 发改局 plans and reviews of two years with a town's figure;
a district's two government work reports with a tab table of 上年 / 本年, 东城区地区生产总值 in
its own report, a town's, three towns' and a masked sub-district's figures; 110 labels, 66 rows,
44 never to meet), first run on main 4d6dac4: pairs 1.000 / 1.000, plan_vs_outcome 1.000 /
0.643, trends 1.000 / 0.615, targets 0.900 / 0.900, none joined. Fixed, by class: a head
pasted one cell a line named against the report's year (``normalize.LINE_COLUMN``), a group of
residents in brackets kept in the metric (``metric_trim.GROUP_IN_BRACKETS``,
``grid.RESIDENT_GROUP``), a district named as an urban area in its own report
(``figure_places`` own_name): every table 1.000 / 1.000, none joined.

tables_blind18 (round 25, other wording, labelled before any run, first run after those
fixes: a province's 商务厅 whose review is a table pasted one cell a line under 项目名称 /
计量单位 / 上年实绩 / 本年实绩 / 增速（%）, 万亿元 beside 亿元, a share's rise in 个百分点, 四个
设区市, a named and a masked city; a county-level city's two government work reports with a tab
table of 上年完成 / 本年完成 / 增减（%）, 人均可支配收入（农村常住居民）, its own place, 两个镇,
and a plan pasted one cell a line, 上年实绩 / 本年目标; 75 labels, 46 rows, 29 never to meet):
main 4d6dac4 pairs 1.000 / 1.000, plan_vs_outcome 1.000 / 0.500, trends 0.786 / 0.440,
targets 0.800 / 0.444; first run on the branch (the fixes above): plan_vs_outcome 1.000 /
0.900, trends 0.926 / 1.000, targets 0.778 / 0.778 (two labels of the plan's 5 pointed at the
5 of 5.2 before it: corrected, the words now hold the 5 first). Fixed since, by class: a
share's rise in points named by its part (``plans.SHARE_UNITS``), the bracketed group read
first by the targets' lexicon (``targets.indicators.GROUP_AFTER``), last year's column in a
plan's table no target of the passage leading it in (``figure._earlier_column``), a count of
governments in words before their indicator's change no figure (``exclusions``
places_counted: 三个 -> 四个 made a trend, 两个镇's 超过10% took 江口镇 as its place): every
table 1.000 / 1.000, none joined.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import metrics
from benchmarks.tables_blind import DATA, read_labels, score, table_rows
from metrics.cli import main

from .conftest import disk_as_memory

SECOND = DATA.parent / "tables_blind2"
THIRD = DATA.parent / "tables_blind3"
FOURTH = DATA.parent / "tables_blind4"
FIFTH = DATA.parent / "tables_blind5"
SIXTH = DATA.parent / "tables_blind6"
SEVENTH = DATA.parent / "tables_blind7"
# the lead's set of the eleventh session: a county 交通运输局's two years (completions, a
# bound 不少于, new roads against the network's length), a county's two government work
# reports (a range, a fall against a growth target, towns' and villages' incomes after
# 分别), a city's review beside its district's plan and its own next plan (never to link),
# and a city's half-year review beside its year's (never to link); labels written before
# any run. On cf64e8e every table 1.000 / 1.000 with none joined: a guard, not a target.
LEAD11 = DATA.parent / "tables_blind_lead11"
EIGHTH = DATA.parent / "tables_blind8"
NINTH = DATA.parent / "tables_blind9"
TENTH = DATA.parent / "tables_blind10"
# the sets of round 22 (four and three compilations: fewer files than the label test asks)
ELEVENTH = DATA.parent / "tables_blind11"
TWELFTH = DATA.parent / "tables_blind12"
THIRTEENTH = DATA.parent / "tables_blind13"
FOURTEENTH = DATA.parent / "tables_blind14"
# the sets of round 24
FIFTEENTH = DATA.parent / "tables_blind15"
SIXTEENTH = DATA.parent / "tables_blind16"
# the sets of round 25
SEVENTEENTH = DATA.parent / "tables_blind17"
EIGHTEENTH = DATA.parent / "tables_blind18"
# measured on each set (see the module docstring): (precision, recall) floors
FLOORS = {
    DATA: {
        "pairs": (1.0, 0.95),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (0.98, 0.97),
        "targets": (1.0, 1.0),
    },
    SECOND: {
        "pairs": (1.0, 0.95),
        "plan_vs_outcome": (1.0, 0.95),
        "trends": (1.0, 0.97),
        "targets": (1.0, 1.0),
    },
    THIRD: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.98),
        "trends": (1.0, 0.93),
        "targets": (1.0, 1.0),
    },
    FOURTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.94),
        "trends": (1.0, 0.96),
        "targets": (1.0, 1.0),
    },
    FIFTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.98),
        "trends": (1.0, 0.97),
        "targets": (1.0, 1.0),
    },
    SIXTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.98),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    SEVENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.98),
        "trends": (1.0, 0.97),
        "targets": (1.0, 1.0),
    },
    LEAD11: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    EIGHTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.98),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    NINTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.82),
        "trends": (1.0, 1.0),
        "targets": (0.96, 0.9),
    },
    TENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.92),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    ELEVENTH: {
        "pairs": (1.0, 0.85),
        "plan_vs_outcome": (0.95, 0.95),
        "trends": (1.0, 0.95),
        "targets": (1.0, 1.0),
    },
    TWELFTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.92),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    THIRTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 0.93),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    FOURTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    FIFTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    SIXTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    SEVENTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
    EIGHTEENTH: {
        "pairs": (1.0, 1.0),
        "plan_vs_outcome": (1.0, 1.0),
        "trends": (1.0, 1.0),
        "targets": (1.0, 1.0),
    },
}
NEVER_MET = {
    DATA: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    SECOND: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    THIRD: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    FOURTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    FIFTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    SIXTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    SEVENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    LEAD11: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    EIGHTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    NINTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    TENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    # the county's 163公里 in the city's review (see the module docstring)
    ELEVENTH: {"pairs": 0, "plan_vs_outcome": 1, "trends": 0, "targets": 0},
    TWELFTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    THIRTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    FOURTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    FIFTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    SIXTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    SEVENTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
    EIGHTEENTH: {"pairs": 0, "plan_vs_outcome": 0, "trends": 0, "targets": 0},
}
SETS = [
    pytest.param(DATA, id="tables_blind"),
    pytest.param(SECOND, id="tables_blind2"),
    pytest.param(THIRD, id="tables_blind3"),
    pytest.param(FOURTH, id="tables_blind4"),
    pytest.param(FIFTH, id="tables_blind5"),
    pytest.param(SIXTH, id="tables_blind6"),
    pytest.param(SEVENTH, id="tables_blind7"),
    pytest.param(EIGHTH, id="tables_blind8"),
    pytest.param(NINTH, id="tables_blind9"),
    pytest.param(TENTH, id="tables_blind10"),
]


@pytest.fixture(
    scope="module",
    params=[
        DATA,
        SECOND,
        THIRD,
        FOURTH,
        FIFTH,
        SIXTH,
        SEVENTH,
        LEAD11,
        EIGHTH,
        NINTH,
        TENTH,
        ELEVENTH,
        TWELFTH,
        THIRTEENTH,
        FOURTEENTH,
        FIFTEENTH,
        SIXTEENTH,
        SEVENTEENTH,
        EIGHTEENTH,
    ],
    ids=[
        "tables_blind",
        "tables_blind2",
        "tables_blind3",
        "tables_blind4",
        "tables_blind5",
        "tables_blind6",
        "tables_blind7",
        "tables_blind_lead11",
        "tables_blind8",
        "tables_blind9",
        "tables_blind10",
        "tables_blind11",
        "tables_blind12",
        "tables_blind13",
        "tables_blind14",
        "tables_blind15",
        "tables_blind16",
        "tables_blind17",
        "tables_blind18",
    ],
)
def scored(request: pytest.FixtureRequest) -> tuple[Path, dict]:
    folder = request.param
    return folder, score(read_labels(folder), folder)


@pytest.mark.parametrize("folder", SETS)
def test_labels_are_many_and_of_every_table(folder: Path) -> None:
    labels = read_labels(folder)
    assert len({lb["file"] for lb in labels}) >= 6
    for table in FLOORS[folder]:
        assert sum(lb["meet"] for lb in labels if lb["table"] == table) >= 10
    assert sum(not lb["meet"] for lb in labels) >= 20


@pytest.mark.parametrize("table", list(FLOORS[DATA]))
def test_floors(scored: tuple[Path, dict], table: str) -> None:
    folder, scores = scored
    s = scores[table]
    print(f"{folder.name} {table}: precision {s.precision:.3f}, recall {s.recall:.3f}")
    precision, recall = FLOORS[folder][table]
    assert s.precision >= precision and s.recall >= recall, s.misses
    assert s.never_met <= NEVER_MET[folder][table], s.misses


def test_the_fifth_set_on_disk_as_in_memory(tmp_path: Path) -> None:
    # what a plan link and a trend compare beyond the name (the months a figure covers, its
    # unit and measure as compared) is read from fields a run writes: a half-year's
    # figures stay apart from the year's plan on disk as in memory
    folder = tmp_path / "in"
    shutil.copytree(FIFTH, folder, ignore=shutil.ignore_patterns("*.jsonl"))
    _, disk = disk_as_memory(folder, tmp_path / "out")
    per_file = [
        table_rows(f.read_text(encoding="utf-8"), f.name)["plan_vs_outcome"]
        for f in sorted(FIFTH.glob("*.txt"))
    ]
    assert len(disk.plan_vs_outcome) == sum(map(len, per_file))


def test_the_second_set_on_disk_as_in_memory(tmp_path: Path) -> None:
    # the plan links and trends a run writes read no sentence: what they read instead
    # (aim_year, the text of a restated target) gives the rows a run in memory gives
    folder = tmp_path / "in"
    shutil.copytree(SECOND, folder, ignore=shutil.ignore_patterns("*.jsonl"))
    memory = metrics.extract(folder)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    disk = metrics.load(tmp_path / "out")
    for table in ("pairs", "plan_vs_outcome", "trends"):
        pd.testing.assert_frame_equal(
            getattr(memory, table).reset_index(drop=True),
            getattr(disk, table).reset_index(drop=True),
        )


@pytest.mark.parametrize(
    "folder",
    [*(p.values[0] for p in SETS), LEAD11, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH],
)
def test_every_set_on_disk_as_in_memory(folder: Path, tmp_path: Path) -> None:
    # a run in memory and one read back from disk key a figure by one function
    # (``pairs.link_fields``): their plan links and trends are the same on every set
    copy = tmp_path / "in"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.jsonl"))
    memory, disk = disk_as_memory(copy, tmp_path / "out")
    assert len(memory.plan_vs_outcome) == len(disk.plan_vs_outcome) > 0


def test_a_group_of_city_residents_is_no_urban_scope() -> None:
    # OWN_SCOPE reads 城市 before a city's short name of an urban area (公共供水管网漏损率),
    # not before a group of people: 城市居民 are the city's urban residents, 居民 all of them
    text = (
        "东湖市发展和改革委员会2025年工作计划\n一、2025年主要目标\n"
        "城市居民人均可支配收入增长6%，城市公共供水管网漏损率控制在9%以内。\n"
        "东湖市发展和改革委员会2025年工作总结\n一、2025年工作完成情况\n"
        "全市居民人均可支配收入增长5.8%，公共供水管网漏损率8.7%。\n"
    )
    links = metrics.extract_text(text).plan_vs_outcome
    assert list(links.metric) == ["公共供水管网漏损率"]
