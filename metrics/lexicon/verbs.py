"""Verbs of work done, as data: the deed a report counts the object of (开展, 排查, 发放).

A verb names no thing: the metric of ``排查安全隐患126处`` is 安全隐患, not 排查安全隐患, so
``context.words`` strips these verbs from the start of a metric phrase. Each entry is a
verb, the characters that, right before it, make it part of another word (``not_after``),
what, right after it, makes it a noun of its own (``not_before``: 培训班, 覆盖率), and an
example of our own writing whose figure's metric must not keep the verb
(``tests/test_lexicon.py`` runs every one). 引进 is one only before what is not money or
projects (引进项目 keeps it); 发展 is none: 发展党员 (the members taken on in a year) is an
indicator apart from 党员.
"""

from __future__ import annotations

from metrics.lexicon.words import Word, WordClass


def _deed(surface: str, example: str, not_after: str = "", not_before: str = "") -> Word:
    return Word(surface, WordClass.DEED, example, not_after=not_after, not_before=not_before)


# In the order the metric trimmer tries them: a verb that another one begins (达 in 达到,
# 扶持 in 扶持发展) stands after it.
DEED_VERBS: tuple[Word, ...] = (
    _deed("谋划", "全年谋划重点项目42个。"),
    _deed("应完成", "年度应完成造林任务3000亩。"),
    _deed("完成", "全年完成人工造林1.5万亩。"),
    _deed("实现", "全年实现旅游收入12.6亿元。"),
    _deed("达到", "全区达到绿色社区标准的小区36个。"),
    _deed("下达", "上级下达专项债券额度8亿元。"),
    _deed("达", "全县年内达退休年龄职工132人。", not_after="下", not_before="[成标]"),
    _deed("开展", "街道开展安全生产检查216次。"),
    _deed("启动", "全县启动城镇老旧小区改造项目17个。"),
    _deed("组织", "全年组织技能竞赛11场。"),
    _deed("举办", "区文旅局举办群众文化活动86场。"),
    _deed("召开", "镇政府召开防汛调度会议9次。"),
    _deed("举行", "全年举行应急疏散演练24次。"),
    _deed("新增", "全年新增市场主体2860户。"),
    _deed("建成", "全年建成乡村振兴示范村15个。", not_before="区(?![级域])"),  # 建成区面积
    _deed("建设", "全年建设保障性租赁住房1200套。"),
    _deed("建立", "全区建立校外实践基地21个。"),
    _deed("设立", "县司法局设立公共法律服务工作站23个。"),
    _deed("成立", "各社区成立志愿服务队48支。"),
    _deed("组建", "全镇组建应急救援队伍7支。"),
    _deed("创建", "全年创建平安校园32所。"),
    _deed("创成", "全县创成省级卫生村26个。"),
    _deed("建有", "全乡建有村级养老服务站9个。"),
    _deed("打造", "全区打造特色商业街区4条。"),
    _deed("发放", "全年发放创业担保贷款5600万元。"),
    _deed("签订", "全年签订招商合同38份。"),
    _deed("签约", "全年签约落地项目27个。"),
    _deed("培训", "县人社局培训新型职业农民860人。", not_before="班"),
    _deed("接待", "景区全年接待游客312万人次。"),
    _deed("帮助", "街道帮助困难群众申领补贴410人。"),
    _deed("解决", "全年解决群众急难愁盼问题1250件。"),
    _deed("引导", "全县引导返乡人员创业320人。"),
    _deed("办理", "政务大厅办理各类审批事项4.3万件。"),
    _deed("处理", "热线全年处理群众诉求2.6万件。"),
    _deed("指导", "农技站指导种植大户140户。"),
    _deed("推动", "全年推动企业上市挂牌5家。"),
    _deed("推进", "全区推进重点工程项目63个。"),
    _deed("落实", "全年落实耕地地力保护补贴2300万元。"),
    _deed("投入", "全年投入乡村振兴衔接资金1.8亿元。"),
    _deed("争取", "全年争取上级补助资金4.6亿元。"),
    _deed("新建", "全年新建农村公路86公里。"),
    _deed("改造", "全年改造农村危房210户。"),
    _deed("改建", "全区改建公共厕所35座。"),
    # 更新, a renewal done to old works, which the dictionary files as an adverb (更新/d); not
    # a rate of renewal or a change of ideas (更新率, 更新换代, 知识更新)
    _deed("更新", "全年更新老旧供水管网18公里。", not_before="率|换代|周期|速度|观念|理念"),
    _deed("提升", "全年提升改造农贸市场6个。"),
    _deed("扩建", "全县扩建公办幼儿园8所。"),
    _deed("配备", "全区配备专职网格员540名。"),
    _deed("配齐", "各校配齐心理健康教师62名。"),
    _deed("招聘", "全年招聘中小学教师320名。"),
    _deed("录用", "全年录用公务员46名。"),
    _deed("安排", "全年安排公益性岗位680个。"),
    _deed("聘任", "全县聘任法治副校长95名。"),
    _deed("任命", "年内任命基层站所负责人14名。"),
    _deed("选举", "各村选举村民代表1260名。"),
    _deed("确定", "全年确定重点帮扶企业40家。"),
    _deed("调整", "全年调整村级后备干部72名。"),
    _deed("补选", "全县补选人大代表13名。"),
    _deed("划分", "全区划分基础网格860个。"),
    _deed("设置", "全镇设置便民服务点28个。"),
    _deed("立案查处", "全年立案查处环境违法企业23家。"),
    _deed("查处", "全年查处违法建设案件57起。"),
    _deed("排查", "全年排查安全隐患3260处。"),
    _deed("检查", "全年检查食品经营单位1840家。"),
    _deed("出动", "全年出动执法人员5600人次。"),
    _deed("受理", "县信访局受理群众来信来访460件。"),
    _deed("化解", "全年化解矛盾纠纷890件。"),
    _deed("张贴", "各村张贴防诈骗宣传画3000余张。"),
    _deed("悬挂", "主要街道悬挂宣传横幅260条。"),
    _deed("制作", "全年制作普法短视频48部。"),
    _deed("发布", "全年发布气象预警信息112条。"),
    # issuing books, bonds or cards (发行量, 发行额 and 发行收入 are nouns of their own; before
    # a second verb, 发行用于…的债券, the clause of 的 keeps both: ``relative_object``)
    _deed(
        "发行",
        "全年发行地方政府专项债券28亿元。",
        not_before="量|额|收入|规模|机构|网点|人|用于",
    ),
    # putting built works into use (建成投用充电桩; 投用率 and 投用时间 are its measures)
    _deed("投用", "全年投用新能源公交车120辆。", not_before="率|时间|后|以来"),
    # fixing a quota or a list (核定编制, 核定补贴对象); 核定数 and 核定的 are what was fixed,
    # 核定征收 a way of taxing and 核定收入, 核定面积 the amounts so fixed
    _deed(
        "核定",
        "全县核定事业编制6 870名。",
        not_before="数|的|标准|价格|工作|征收|收入|面积|载",
    ),
    _deed("开设", "全县开设夜间托管班36个。"),
    _deed("慰问", "春节期间慰问困难党员180名。"),
    _deed("走访", "全年走访规上企业260家。"),
    _deed("救助", "全年救助流浪乞讨人员96人次。"),
    _deed("资助", "全年资助家庭困难学生2300人次。"),
    _deed("惠及", "助餐服务惠及辖区老人1.2万人次。"),
    _deed("覆盖", "家庭医生签约服务覆盖常住人口18万人。", not_before="率|面"),
    _deed("带动", "龙头企业带动农户增收3400户。"),
    _deed("吸纳", "帮扶车间吸纳脱贫劳动力620人。"),
    _deed("提供", "招聘会提供就业岗位5200个。"),
    _deed("收集", "全年收集社情民意信息730条。"),
    _deed(
        "整改",
        "全年整改消防安全隐患412处。",
        not_before="措施|通知|方案|清单|报告|台账",
    ),
    _deed("拆除", "全年拆除违法建筑3.2万平方米。"),
    _deed("清理", "全年清理河道垃圾860吨。"),
    _deed("治理", "全年治理水土流失面积42平方公里。"),
    _deed("保障", "全年保障重点项目用地3600亩。"),
    _deed("拨付", "全年拨付学生营养餐补助1600万元。"),
    _deed("兑现", "全年兑现惠企政策资金8900万元。"),
    _deed("参加", "全区参加城乡居民医保42万人。"),
    # 联系 the dictionary files as a noun: after a body it is the deed of keeping in touch
    # with people (县委统战部联系党外代表人士, 县侨联联系海外侨胞); 联系点, 联系人 and the ways
    # (联系方式, 联系机制, 联系制度) are nouns of their own, and 联系服务 is one deed of two
    # verbs (全年联系服务企业450家: cut alone, 服务企业 would read as firms that serve)
    _deed(
        "联系",
        "县侨联联系海外侨胞3600余人。",
        not_before="人|点|方式|电话|机制|制度|户|服务",
    ),
    # people named by their taking part (participants_kept): 参与 right before the people
    # is their name, not a deed done to them (活动12场，参与群众3500余人; 参与职工4300人;
    # 参与学生达2.1万人次), as 参赛职工 and 参训人员 are; before what they took part in it
    # goes (参与志愿服务群众 -> 志愿服务群众; 参与群众性文体活动 is an activity); so do
    # people named by a standing right before the figure (参与老同志4800余人次, 参与党员1200
    # 人次, 参与村民: not 参与党员志愿服务活动, where the words after them name an activity)
    _deed(
        "参与",
        "全年参与志愿服务群众1.6万人次。",
        not_before=(
            r"群众(?!性)|职工|人员|学生|师生|(?:老同志|党员|干部|居民|村民)(?!\p{Han})"
            r"|(?:青年)?志愿者(?!\p{Han})"  # 参与青年志愿者1.4万人次, not 参与志愿者服务活动
        ),
    ),
    _deed("获得", "全年获得省级以上荣誉称号23项。"),
    _deed("获评", "全县获评省级示范合作社12家。"),
    _deed("评选", "全年评选身边好人30名。"),
    _deed("评为", "全区评为市级文明单位的企业15家。"),
    _deed("荣获", "学校师生荣获市级以上奖项86项。"),
    _deed("下设", "中心下设业务科室6个。"),
    _deed("开辟", "全区开辟绿色通道窗口12个。"),
    _deed("邀请", "全年邀请专家学者授课24人次。"),
    _deed("上报", "全年上报政务信息560条。"),
    _deed("报送", "全年报送统计报表3100份。"),
    _deed("通报", "全年通报典型案例18起。"),
    _deed("表彰", "全年表彰优秀教师120名。"),
    _deed("推荐", "全年推荐入党积极分子45名。"),
    _deed("申报", "全年申报高新技术企业36家。"),
    _deed("审核", "全年审核低保申请1420户。"),
    _deed("审批", "全年审批建设项目310个。"),
    _deed("核查", "全年核查疑似失业人员260人。"),
    _deed("核实", "全年核实信访事项180件。"),
    _deed("评估", "全年评估养老机构32家。"),
    _deed("监测", "全年监测饮用水水源地14个。"),
    _deed("督查", "全年督查重点工作事项96项。"),
    _deed("督导", "全年督导校外培训机构75家。"),
    _deed("筹集", "全年筹集公租房房源430套。"),
    _deed("到位", "全年到位省外资金21亿元。"),
    _deed("收购", "全年收购小麦3.6万吨。"),
    _deed("调处", "全年调处土地纠纷120起。"),
    _deed("抽检", "全年抽检食品样品2600批次。"),
    _deed("抽查", "全年抽查特种设备410台。"),
    _deed("扶持发展", "全县扶持发展家庭农场85家。"),
    _deed("扶持", "全年扶持创业实体460个。"),
    _deed("招引", "全年招引亿元以上项目28个。"),
    _deed("清收", "全年清收不良贷款2.3亿元。"),
    _deed("追缴", "全年追缴欠缴社保费960万元。"),
    _deed("安装", "全年安装智能烟感报警器4500个。"),
    _deed("使用", "全年使用地方政府专项债券12亿元。"),
    _deed("涉及", "本次征收涉及住户320户。"),
    _deed("培养", "全年培养乡村工匠150名。"),
    _deed("培育", "全年培育专精特新企业18家。"),
    _deed("担任", "选派干部担任驻村第一书记42名。"),
    _deed("配置", "全区配置公共充电桩860个。", not_before="率"),
    _deed("购置", "全年购置消防车辆6台。"),
    _deed("批复", "全年批复农村宅基地申请380宗。"),
    _deed("评出", "全年评出星级文明户1300户。"),
    _deed("打击", "全年打击处理违法犯罪人员210人。"),
    _deed("整治", "全年整治背街小巷64条。"),
    _deed("接受", "全年接受法律援助群众860人次。"),
    _deed("收到", "全年收到群众来信240件。"),
    _deed("制定", "全年制定行业标准7项。"),
    _deed("出台", "全年出台惠企政策文件15个。"),
    _deed("印发", "全年印发规范性文件22件。"),
    _deed("下发", "全年下发整改通知书136份。"),
    _deed("选派", "全年选派科技特派员65名。"),
    _deed("选聘", "全年选聘大学生村官30名。"),
    _deed("选拔", "全年选拔年轻干部48名。"),
    _deed("派驻", "全县派驻驻村工作队112支。"),
    _deed("下沉", "全年下沉社区党员干部1800名。"),
    _deed("铲除", "全年铲除非法种植罂粟5600株。"),
    _deed("关停", "全年关停散乱污企业37家。"),
    _deed("取缔", "全年取缔无证经营摊点210个。"),
    _deed("查封", "全年查封违法用地地块16宗。"),
    _deed("实施", "全年实施民生实事项目20件。"),
    _deed("追回", "全年追回流失集体资金320万元。"),
    _deed("发生", "全年发生森林火灾2起。", not_before="率"),
    _deed("恢复", "全年恢复湿地植被1200亩。", not_before="率|性"),
    _deed("加装", "全年为老旧小区加装电梯46部。"),
    # a register's deed done before the noun (登记在册, entered in it: the people or homes
    # registered are what is counted, 登记在册流动人口 -> 流动人口); before 登记 alone, which
    # it begins
    _deed("登记在册", "全镇登记在册出租房屋1860套。"),
    _deed("登记", "全年登记流动人口3600人。", not_before="失业|率|备案"),  # 登记失业率 is a name
    # 立项 (a topic or project taken on, which the dictionary files as an attribute): not the
    # approved projects as a name of their own, nor a measure of them (立项项目, 立项率)
    _deed("立项", "全年立项市级科研课题36项。", not_before="率|数|项目|资金|审批|批复|金额"),
    # verbs of enforcement, sanitation, stocks and water works (市场监管, 城管, 粮储, 水利):
    # not a measure or a plan of them (查办率, 垃圾清运量, 清运车, 轮换计划), nor a law newly
    # revised (新修订的条例)
    _deed("查办", "全年查办各类违法案件312件。", not_before="率"),
    _deed("清运", "全年清运生活垃圾3.6万吨。", not_before="车|率|站|量|能力|体系"),
    _deed("轮换", "全年轮换省级储备粮2.6万吨。", not_before="率|制|机制|计划|任务"),
    _deed("新修", "全年新修机耕道路46公里。", not_before="订|改|正"),
    # verbs of customs and tax collection (海关, 税务, 口岸): 征收 and 监管 before what is
    # levied or overseen (征收关税及进口环节税, 监管进出口货物); not the office, a measure or
    # the ways of them (征收办, 征收率, 征收补偿; 监管企业 of a 国资委, 监管平台, 监管区域)
    _deed(
        "征收",
        "全年征收水资源税860万元。",
        not_before="率|办|补偿|标准|范围|工作|成本|管理|对象|比例|面积|签约|决定|项目",
    ),
    _deed(
        "监管",
        "全年监管进境冷链食品1.2万吨。",
        not_before="企业|对象|平台|部门|机构|职责|责任|体系|能力|服务|执法|工作|力度|范围"
        "|模式|机制|系统|中心|局|单位|区域|场所|人员|资金|账户|率|覆盖|国有",
    ),
    # digitising records (档案): the deed and its way as one verb (数字化扫描馆藏档案)
    _deed("数字化扫描", "全年数字化扫描馆藏档案46万页。"),
    _deed("数字化加工", "全年数字化加工婚姻登记档案12万页。"),
    # verbs of tax and card work (税务, 人社, 残联): 查补 (found owing and collected), 换发
    _deed("查补", "稽查局全年查补各类税款3600万元。", not_before="率"),
    _deed("换发", "全年换发第三代社会保障卡8.6万张。", not_before="率"),
    _deed("协调", "全年协调解决企业用工2100人。"),
    _deed("开行", "全年新开行城乡公交线路12条。"),
    # (a line or a service opened; 开通率, 开通时间 and 开通运营 name no thing opened)
    _deed("开通", "全年开通城际公交线路6条。", not_before="率|时间|运营|仪式"),
    _deed("交付", "全年交付安置住房3600套。"),
    _deed("查出", "全年审计共查出违规资金2300万元。"),
    _deed("破获", "全年破获盗窃案件312起。"),
    _deed("抓获", "全年抓获网上逃犯27名。"),
    _deed("促进", "全年促进高校毕业生就业1300人。"),
    _deed("讨回", "全年为进城务工人员讨回工资款410万元。"),
    _deed("淘汰", "全年淘汰老旧营运车辆420辆。"),
    # verbs of taking in, issuing and collecting (档案, 信访, 人防, 红十字会, 数据 work)
    # (接收教室 of a remote lesson is a noun)
    _deed("接收", "全年接收军队转业干部14名。", not_before="率|站|点|教室|端"),
    _deed("出具", "全年出具法律意见书420份。"),
    _deed("收缴", "全年收缴非法枪支12支。", not_before="率"),
    _deed("募集", "全年募集慈善捐款320万元。"),
    _deed("归集", "全年归集住房公积金9.6亿元。", not_before="率"),
    _deed("接听", "全年接听群众求助电话5.1万个。", not_before="率"),
    _deed("调解", "全年调解劳动争议案件340件。", not_before="率|成功|员|委|组织|室"),
    _deed("修复", "全年修复水毁道路26公里。", not_before="率"),
    _deed("节约", "全年节约财政资金1300万元。", not_before="率|型"),
    _deed("调剂", "全年调剂使用周转编制45名。"),
    _deed(
        "帮扶",
        "全年帮扶困难职工子女就学210人。",
        not_before="对象|资金|车间|干部|责任|单位|措施|政策|项目|基地|产品|队",  # 帮扶产品
    ),
    _deed("发现", "全年发现各类安全隐患860处。", not_before="率"),
    _deed("督促", "全年督促整改问题隐患410项。"),
    _deed("适配", "全年为残疾人适配助听器320台。", not_before="率"),
    # verbs of planting, heritage and records work (林草, 文物, 史志 reports)
    _deed("栽植", "全年栽植行道树1.2万株。", not_before="率"),
    # (修缮资金 is a fund; 修缮加固, 修缮改造: a pair of verbs names the work as a whole, the
    # second no thing counted)
    _deed("修缮", "全年修缮文物保护单位7处。", not_before="率|费|资金|经费|加固|改造|维修"),
    _deed("编纂", "全年编纂部门志3部。"),
    _deed("整编", "全年整编雨量站资料48站年。", not_before="率"),
    _deed("出版", "全年出版地方文献丛书4套。", not_before="社|物|业|单位"),  # 出版社
    _deed("征集", "全年征集党史资料1600余件。", not_before="率|令"),
    # verbs of port, border and rescue work (港航, 口岸, 消防救援)
    _deed("疏浚", "全年疏浚河道沟渠46公里。", not_before="率|船|费|资金"),
    _deed("查验", "全年查验进境货物1.3万批次。", not_before="率|站|场|点|区|费"),
    _deed("验放", "全年验放出入境车辆8.6万辆次。"),
    _deed("营救", "全年营救遇险群众126人。"),
    _deed("督改", "全年督改消防安全隐患680处。"),
    # verbs of placing people in work (退役军人, 乡村振兴)
    _deed("安置", "全年安置城镇困难人员就业310人。", not_before="房|点|率|区|地|费|住房|补助|工作"),
    _deed("开发", "全年开发城镇公益性岗位420个。", not_before="区|商|性|园|建设|利用"),
    # verbs of assets and sanctions (国资, 医保)
    _deed("盘活", "全年盘活存量建设用地860亩。", not_before="率"),
    _deed("退出", "全年退出落后产能企业14家。", not_before="率|机制"),
    _deed("暂停", "全年暂停违规药店医保结算资格12家。"),
    # verbs of data, review and staffing work (大数据局, 网信办, 编办, 公共资源交易)
    _deed("开放", "全年开放公共数据集320个。", not_before="率|型|日|式|性|度|大学|时间|共享"),
    _deed("接入", "全年接入政务业务系统45个。", not_before="率|点|端|网|层|能力"),
    _deed("处置", "全年处置网络谣言信息860条。", not_before="率|费|中心|场|能力|方案|预案|工作"),
    _deed("约谈", "全年约谈重点企业负责人38人次。"),
    _deed("核减", "全年核减不合理医疗费用860万元。", not_before="率|额"),
    _deed("撤并", "全年撤并村级组织36个。"),
    _deed("减免", "全年减免小微企业房租1300万元。", not_before="率|额|政策"),
    _deed("整顿", "全年整顿软弱涣散村党组织9个。"),
    _deed("清查", "全年清查闲置低效用地86宗。", not_before="率|核实|工作|结果"),
    # verbs of care, courts and wage recovery (民政, 戒毒, 法院, 人社)
    _deed("火化", "全年火化遗体2140具。", not_before="率|炉|场|区|证|间"),
    _deed("收治", "全年收治强制隔离戒毒人员260名。", not_before="率|能力"),
    _deed("审结", "全年审结民商事案件3260件。", not_before="率"),
    _deed("追讨", "全年为农民工追讨欠薪1860万元。"),
    _deed("疏散", "全年疏散受威胁群众1300人。", not_before="通道|场所|路线|点|图|演练"),
    # verbs of what people attained, a verb of one character and 上 (reached): after a count
    # of people they end the people's name, who are what is counted, the deed no part of it
    # (让12万农村群众喝上放心水 -> 农村群众, 3000户困难群众住上新房 -> 困难群众). Not 用上
    # opening 上级 or a half (利用上级资金, 用上半年), nor inside 使用上, 利用上, 运用上.
    _deed("喝上", "全年让5.2万农村人口喝上自来水。"),
    _deed("吃上", "全县1.8万名学生吃上免费午餐。", not_before="顿"),
    _deed("住上", "全年2300户困难家庭住上安全住房。"),
    _deed(
        "用上", "全镇4600户农户用上清洁能源。", not_after="使利运应采占挪", not_before="级|半|年"
    ),
    # verbs of stocks, fisheries and works of art (粮储, 渔业, 文联)
    _deed("收储", "全年收储国有建设用地1200亩。", not_before="率|能力|规模"),
    _deed("增殖放流", "全年增殖放流鱼苗1200万尾。"),
    _deed("创作", "全年创作戏曲小品24部。", not_before="员|者|室|基地|中心"),
    # 发展 alone stays (发展党员, the members taken on, is an indicator), and so do the
    # new stage and ideas (新发展阶段, 新发展理念)
    _deed("新发展", "全年新发展家庭农场74家。", not_before="党员|理念|格局|阶段"),
    # verbs of bringing in and opening (商务, 税务): 引进 stays where what it brings in is money
    # or projects (引进项目, 引进资金, 引进外资 name indicators of their own). 认定 is none:
    # 新认定高新技术企业 (the firms recognised in a year) is an indicator apart from the stock
    # of 高新技术企业, which a trend must not merge with it.
    _deed("引进", "全年新引进商贸企业42家。", not_before="项目|资金|外资|内资|率"),
    _deed("新办", "全年新办涉税市场主体3160户。", not_before="公|事"),
    # 出资, money put into what is set up (县财政出资设立担保基金, 多家企业共同出资组建平台
    # 公司: together_before_deed reads 共同 before it as how); not a sum or a share put in, nor
    # who puts it (出资额, 出资比例, 出资人, 出资方, 出资企业)
    _deed("出资", "年内出资组建产业引导基金2支。", not_before="额|比例|人|方|企业|总额|金额"),
    # 获 alone before what was won (获省级以上奖项42件); after 获得, 获评 and 荣获 above, and
    # not 获奖 (获奖作品), 获批, 获悉 or 获益
    _deed("获", "全年获市级以上奖项46件。", not_before="得|评|奖|批|悉|益|赠|取"),
)

# An open class of verbs of work done: a verb with the result it reached as its second
# character, 回 (got back: 挽回, 收回, 找回, 召回) or 获 (caught: 缴获, 截获, 查获). Any
# character may open it, so it is a pattern rather than a list; the words where 回 or 获
# opens another word (回收, 回访, 获得, 获批) or where the pair is a noun (巡回法庭, 来回)
# are not it.
# (written as any character, then the literal result: the word-at-a-time search looks for
# the literal first, opening.needles)
RESULTATIVE_DEED = (
    r"\p{Han}(?:回(?<!巡回|来回|轮回|往回|返回|迂回)|获)"
    r"(?![收访复迁流款头乡族归应报馈购落升暖填率得奖评批悉益])"
)
RESULTATIVE_EXAMPLES: tuple[str, ...] = (
    "全年为企业挽回经济损失460万元。",
    "全年收回闲置土地320亩。",
    "全年找回走失老人23名。",
    "全年缴获非法捕捞网具410件。",
    "全年截获外来有害生物12种次。",
)
# where the pair is no verb: the name keeps it
RESULTATIVE_COUNTER: tuple[tuple[str, str], ...] = (
    ("全县设立巡回法庭3个。", "巡回法庭"),
    ("全年开展巡回医疗服务46场次。", "巡回医疗服务"),
)

# A second open class: a verb of setting up or laying with 设 as its second character, the
# first saying how (新设, 增设, 铺设, 架设, 敷设, 布设, 埋设). Not where 设 is part of a
# noun after it (设施, 设备, 设计) nor where the pair is a noun of a body's parts (内设机构,
# 附设, 下设 is a listed verb above) or no deed (陈设, 假设, 预设, 常设).
# (written as any character, then the literal 设, then the guards: opening.needles)
LAID_DEED = r"\p{Han}设(?<![内附陈摆假预常下分国]设)(?![施备计想防])"
LAID_EXAMPLES: tuple[str, ...] = (
    "全年新设便民服务点36个。",
    "全年铺设供水管网42公里。",
    "全年增设公共充电桩860个。",
    "全年架设通信光缆120公里。",
)
LAID_COUNTER: tuple[tuple[str, str], ...] = (
    ("全局内设机构12个。", "内设机构"),
    ("全年新建消防设施180处。", "消防设施"),
)

# A third open class: a verb of building made of two or more of the listed 新建, 改建 and
# 扩建 (改扩建, 新改建, 新扩建, 新改扩建; the dictionary files 改扩建 as an abbreviation, j),
# the works built being what is counted. Not before 项目 or 工程: the project named by the
# works it does (改扩建项目, 新改扩建工程) keeps them; nor where the word names the works
# themselves, not a deed done to a thing after it (改扩建后床位, 改扩建的学校, 改扩建面积,
# 改扩建率, 改扩建任务完成率, 改扩建规模).
BUILT_DEED = r"(?:新改扩|新改|新扩|改扩)建(?![项工后的率]|面积|任务|规模|资金|投资|计划|完成)"
BUILT_EXAMPLES: tuple[str, ...] = (
    "全年改扩建公办幼儿园9所。",
    "全县新改建农村公路桥梁12座。",
    "全年新改扩建乡镇卫生院7所。",
)
BUILT_COUNTER: tuple[tuple[str, str], ...] = (
    ("全年完成改扩建项目6个。", "改扩建项目"),
    ("全年实施新改扩建工程14项。", "新改扩建工程"),
    ("全年完成改扩建面积3万平方米。", "改扩建面积"),
    ("改扩建后床位达到500张。", "改扩建后床位"),
    ("改扩建率达到85%。", "改扩建率"),
)
