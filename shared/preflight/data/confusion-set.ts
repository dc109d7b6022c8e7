/**
 * Confusion set of similar characters (形近字 / 音近字) for the typo rule, kept as data.
 *
 * Source: compiled for ReportWorks by its developers from the character pairs that recur in lists
 * of common misspellings in Chinese official writing (常见错别字) and in converted reports (OCR and
 * input-method slips: 杜会 for 社会, 管利 for 管理). Each line is one group; every character of a
 * group may stand for every other. Groups stay small on purpose: the rule proposes a character
 * only when the result is a common dictionary word and the typed pair is no word at all, and a
 * large group mostly adds chances of a false alarm.
 * Licence: part of ReportWorks, under the project's licence (see package.json); no third-party text.
 *
 * Format: one group per line, characters without separators; `#` starts a comment.
 */
export const CONFUSION_SET_SOURCE = `
# 形近字 (look-alike)
社杜 礼札 祝视 神种 祖组阻 福幅副富 裨稗碑
末未 己已巳 戊戌戍 候侯 拨拔跋 赢嬴羸 券卷 祟崇 汩汨 治冶 即既
象像 辨辩辫瓣 历厉励沥 籍藉 坚竖 贷货 浙淅 徽微 鉴签 爪瓜 折拆析
杨扬场 峰锋蜂 练炼 阀阁 赛塞寒 持待特侍 粟栗 撤撒 暑署 陪倍赔培
暮幕慕墓募 淌躺 综棕踪 慎填 菅管 晴睛情请清 园圆 编遍偏篇骗 织职识帜
谋媒 蓝篮 挣睁峥 栽裁载 杆秆竿 援缓暖 揭竭渴喝 状壮 科料 极级 校较效
钢刚纲岗 技枝 洁沽 侯猴 衷哀衰 刺剌 拆坼 冒昌 茶荼 戎戒 免兔 王玉主
大太犬 土士 千干 人入 日曰 田由甲申 贝见 天夭夫 午牛 办为 未末
析柝 眯咪 凋调 峻竣俊 缴激 贯惯 墙樯 绩债 积枳 稳隐 输偷 愉偷 谕喻
卸御 炙灸 逝誓 幢撞 尝偿 徒徙 汨泪 疆僵 恒垣 籁赖 崖涯 盲肓 沾粘
荫阴 嘹瞭 迄讫 刮括 祗祇 燥躁澡噪 蓝兰 扭钮纽 陈阵 账帐 峦恋
协胁 访仿 姿资咨 镶壤嚷 健键建 嘱瞩 钓钩 拼饼 跻挤济剂 辉挥 湖糊蝴
侍恃 怡治 枢抠 捕铺哺 授援 拟似 昼画 姆拇 纷份 贫贪 货贷 扶抚
# 音近字 (sound-alike)
做作 坐座 须需 型形 制质致治 展战 部布 在再 以已 竟竞境 副付 功工攻公
成城诚程承 及即急集 优忧 绩迹 计记纪际继 志智 才材财裁 名明铭 权全
研严 育预 导到 师施 务物误 供共 业叶 课科 训讯 评平 项向 示式视事
精经 坚艰 稳问 度渡 峰丰 风锋 合和 核合 策测 营赢 赖籁 遵尊
练联 署数 确却 继及 维围 划化 规归 范泛 施实 实时 识实 察查 查察
激积 截节 结截 辅副 符副 幅辅 率律 录路 侯候 劳牢 聘骋 档挡 荣融
质致 构购 构够 需须 汇会 会绘 协携 携协 缘原 源原 元原 圆员 园员
绍召 招召 标表 表俵 报抱 备被 彩采 奖将 讲奖
决绝 觉绝 均军 骏俊 坚兼 肩坚 监坚 检简 检兼 简减 渐建
`;

/** Two forms of a classic misused idiom or phrase (the form typed, the right one). */
export const MISUSED_PHRASES_SOURCE = `
再接再励 再接再厉
谈笑风声 谈笑风生
一愁莫展 一筹莫展
迫不急待 迫不及待
默守成规 墨守成规
按步就班 按部就班
走头无路 走投无路
谈何容意 谈何容易
变本加利 变本加厉
重蹈复辙 重蹈覆辙
不径而走 不胫而走
出奇不意 出其不意
一股作气 一鼓作气
原形必露 原形毕露
穿流不息 川流不息
世外桃园 世外桃源
金榜提名 金榜题名
鼎立相助 鼎力相助
莫不关心 漠不关心
滥芋充数 滥竽充数
言简意骇 言简意赅
委屈求全 委曲求全
美仑美奂 美轮美奂
锋芒必露 锋芒毕露
声名雀起 声名鹊起
再所不惜 在所不惜
众志成诚 众志成城
全立以赴 全力以赴
精益求经 精益求精
脚踏实际 脚踏实地
与时具进 与时俱进
坚苦奋斗 艰苦奋斗
齐头并近 齐头并进
有条不絮 有条不紊
循序渐近 循序渐进
事必恭亲 事必躬亲
源源不段 源源不断
不容质疑 不容置疑
无可质疑 无可置疑
一如继往 一如既往
既往开来 继往开来
`;
