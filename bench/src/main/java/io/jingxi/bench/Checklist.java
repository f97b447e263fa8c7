package io.jingxi.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark's standard: a 60-item business-hall checklist in six weighted sections (weights 10,
 * 20, 25, 15, 20, 10), written after the built-in mystery-shopper template (seed 000) with eighteen
 * more items of the same kind. It has yes/no, 0–N points and measured items, items that allow N/A,
 * three critical items (a failed one caps the visit at 60) and twenty items that need a photo when
 * they fail. {@link #draft()} is the body of {@code PUT /api/v1/standards/{id}/versions/1};
 * {@link Version#of} reads the published version back with its ids.
 *
 * <p>Each item also carries how the benchmark answers it: its difficulty (how much more or less often
 * than the visit's failure rate it fails) and, for measured items, the ranges of a good and a bad
 * reading. The history generator (SQL) and the simulations (Java, {@link Answers}) both use them.
 */
final class Checklist {

	static final String CODE = "BENCH-HALL-%d";

	static final String NAME = "营业厅服务质量检查表（%d 项）";

	static final String RULE_NAME = "关键项不合格，本次检查总分封顶 60 分";

	static final BigDecimal CAP = BigDecimal.valueOf(60);

	/** One item as the benchmark writes it, with how it is answered. */
	record Item(String clause, String text, String answerType, boolean naAllowed, BigDecimal points,
			BigDecimal deduction, String unit, BigDecimal lowerLimit, BigDecimal upperLimit, boolean critical,
			boolean photoRequired, double difficulty, double[] good, double[] bad) {
	}

	record Section(String name, int weight, List<Item> items) {
	}

	static final List<Section> SECTIONS = List.of(
			new Section("外部环境", 10, List.of(
					yesNo("000-3.1-01", "营业厅外部墙面整洁，无办假证等电话号码、小广告和乱涂乱画", 3, false, true, 0.8),
					yesNo("000-3.1-02", "宣传条幅整洁、干净地悬挂在营业厅上方，无破损", 3, false, true, 0.9),
					yesNo("000-3.1-03", "营业厅门前无小商小贩", 2, true, true, 0.6),
					yesNo("BH-1.04", "门头招牌完好、字体无缺损，夜间灯箱正常亮灯", 2, false, true, 0.7),
					yesNo("BH-1.05", "无障碍通道畅通，无杂物堆放", 2, false, true, 1.0),
					yesNo("BH-1.06", "营业时间、服务项目和资费标准在门口公示", 2, false, false, 0.8))),
			new Section("内部环境", 20, List.of(
					yesNo("000-3.1-04", "照明充足，灯具无坏损", 2, false, true, 0.7),
					yesNo("000-3.1-05", "地面、天花板、台席、楼梯等干净明亮", 3, false, true, 1.3),
					measured("000-3.1-06", "营业厅内温度适宜，空调正常使用（测量厅内温度）", 3, "℃", 18, 28, 0.9,
							new double[] { 20, 27 }, new double[] { 28.5, 32 }),
					yesNo("000-3.1-07", "禁止吸烟标志、移动小课堂等各类标识牌齐全、清晰可见", 2, false, true, 0.8),
					yesNo("000-3.1-08", "影像设备开启，播放业务宣传片", 2, false, false, 1.4),
					yesNo("000-3.1-09", "宣传资料摆放整齐，种类齐全、数量充足，无过期资料", 3, false, true, 1.5),
					yesNo("000-3.1-10", "上月服务明星照片及其信息、奖励情况张贴在明显处", 1, false, false, 1.6),
					yesNo("000-3.1-11", "设有金点子箱，并公示已采纳建议的客户信息和获奖情况", 2, false, false, 1.5),
					yesNo("000-3.1-12", "自助设备能正常使用；出现故障的机器上有温馨提示", 2, true, true, 1.2),
					yesNo("000-4.1", "设有等候区供客户等候休息，布置舒适", 2, false, false, 0.6),
					yesNo("BH-2.11", "排队叫号系统正常运行，显示屏信息清晰", 2, false, false, 0.8),
					critical("BH-2.12", "消防通道畅通，灭火器在有效期内", 4, true),
					yesNo("BH-2.13", "便民设施（饮水机、老花镜、雨伞、充电设备）齐全可用", 2, true, false, 1.2),
					measured("BH-2.14", "厅内噪声不超过 60 分贝（测量等候区噪声）", 2, "dB", null, 60, 0.8,
							new double[] { 42, 59 }, new double[] { 61, 72 }))),
			new Section("员工行为规范", 25, List.of(
					yesNo("000-3.2-01", "营业员仪表整洁：不留过长刘海，不佩戴夸张饰物", 2, false, true, 1.0),
					yesNo("000-3.2-02", "营业员统一着装、佩挂工牌", 3, false, true, 1.1),
					points("000-3.2-03", "站立姿势标准，精神饱满（0–2 分）", 2, 1.3),
					yesNo("000-3.2-04", "五声服务·迎声：顾客进入营业厅有营业员招呼", 2, false, false, 1.4),
					yesNo("000-3.2-05", "五声服务·答声：顾客有需要时营业员主动帮忙，有问必答", 2, false, false, 0.9),
					yesNo("000-3.2-06", "五声服务·歉声：让顾客等候或给顾客带来不便时表示歉意", 2, false, false, 1.3),
					yesNo("000-3.2-07", "五声服务·谢声：业务办理完毕向顾客致谢", 2, false, false, 1.0),
					yesNo("000-3.2-08", "五声服务·送声：顾客离别时有营业员送别", 2, false, false, 1.5),
					yesNo("000-3.2-09", "无特殊情况不让顾客长时间等待", 2, false, false, 1.2),
					yesNo("000-3.2-10", "无成群交谈、看书报、吃零食、玩手机等现象", 3, false, true, 1.1),
					critical("000-3.2-11", "不与客户争执", 5, false),
					yesNo("BH-3.12", "首问负责：客户咨询的第一位员工负责解答或引导到位", 3, false, false, 1.0),
					points("BH-3.13", "使用普通话，用语文明规范（0–3 分）", 3, 0.9),
					critical("BH-3.14", "不泄露客户信息，屏幕和单据不外露", 4, true))),
			new Section("收银服务", 15, List.of(
					yesNo("000-3.3-01", "为客户办理业务时唱收唱付", 3, false, false, 1.2),
					yesNo("000-3.3-02", "双手递接钱物", 2, false, false, 1.0),
					yesNo("000-3.3-03", "提醒客户办理该项业务应注意的事项", 2, false, false, 1.1),
					yesNo("000-3.3-04", "台席停止服务时及时摆放暂停台牌", 2, true, true, 0.9),
					measured("BH-4.05", "单笔缴费业务办理时长不超过 5 分钟", 3, "分钟", null, 5, 1.0,
							new double[] { 1.5, 4.9 }, new double[] { 5.5, 9 }),
					yesNo("BH-4.06", "发票、收据当场开具，金额准确", 3, false, false, 0.6),
					yesNo("BH-4.07", "零钱、POS 机、扫码设备齐备可用", 2, false, true, 0.7))),
			new Section("接待服务", 20, List.of(
					yesNo("000-3.4-01", "台席前客户较多时，引导可在自助设备上办理的客户到自助设备办理，分流客流", 3, true, false, 1.2),
					yesNo("000-3.4-02", "初次使用自助设备的客户有营业员指导", 2, true, false, 1.0),
					yesNo("000-3.4-03", "把客户引导至移动超市并介绍适合的资费或套餐", 2, false, false, 1.4),
					yesNo("000-3.4-04", "给等待较长时间的客户送上一杯水", 2, true, false, 1.5),
					yesNo("000-3.4-05", "对要离网的客户问清离网原因，并挽留", 3, true, false, 1.3),
					yesNo("000-3.4-06", "客户投诉记录电子工单，安抚客户情绪，对带来的不便表示理解和歉意，不对客户讲大道理", 4, true, false, 0.9),
					yesNo("000-3.4-07", "确实多收客户费用的，承诺双倍返还", 2, true, false, 0.7),
					yesNo("000-3.4-08", "VIP 台席有专人值班，对 VIP 客户细致服务", 3, true, true, 1.0),
					points("000-3.4-09", "客户询问资费套餐时介绍完整准确，常用资费不需询问他人（0–5 分）", 5, 1.4),
					yesNo("000-4.6", "办理缴费的客户较多时设立专门的缴费柜台分流客流", 2, true, false, 1.1),
					measured("BH-5.11", "客户取号至叫号的等候时间不超过 15 分钟", 3, "分钟", null, 15, 1.3,
							new double[] { 2, 14.5 }, new double[] { 16, 35 }),
					yesNo("BH-5.12", "业务办理后主动邀请客户评价", 2, false, false, 1.2))),
			new Section("其他", 10, List.of(
					yesNo("000-3.5-01", "客户咨询资费后不打算购买，营业员仍热情介绍，并尊重不购买的客户", 3, false, false, 1.0),
					yesNo("000-3.5-02", "非工作人员一律不进入台席", 3, false, true, 0.8),
					yesNo("000-3.5-03", "设有“诚信服务，放心消费”咨询台", 2, true, false, 0.9),
					yesNo("000-3.5-04", "中心营业厅设立总经理接待日台席", 2, true, false, 1.0),
					yesNo("BH-6.05", "意见簿放置在显眼位置，客户意见 3 个工作日内回复", 2, false, false, 1.2),
					yesNo("BH-6.06", "员工服务承诺、监督电话公示", 2, false, true, 0.9),
					points("BH-6.07", "下班前整理台席、关闭设备、做好交接记录（0–2 分）", 2, 1.1))));

	/** Notes an inspector writes on a failed item (most failures have one). */
	static final List<String> NOTES = List.of("现场检查发现，已拍照留存", "已当场指出，要求立即整改", "与上次检查相同问题，屡查屡犯",
			"当班负责人已签字确认", "客户高峰时段发现", "整改期限三个工作日", "员工解释为设备故障，未见报修记录", "抽查两个台席均存在此问题");

	private Checklist() {
	}

	private static Item yesNo(String clause, String text, int points, boolean na, boolean photo, double difficulty) {
		return new Item(clause, text, "YES_NO", na, BigDecimal.valueOf(points), BigDecimal.valueOf(points), null, null,
				null, false, photo, difficulty, null, null);
	}

	private static Item critical(String clause, String text, int points, boolean photo) {
		return new Item(clause, text, "YES_NO", false, BigDecimal.valueOf(points), BigDecimal.valueOf(points), null,
				null, null, true, photo, 1.0, null, null);
	}

	private static Item points(String clause, String text, int points, double difficulty) {
		return new Item(clause, text, "POINTS", false, BigDecimal.valueOf(points), null, null, null, null, false, false,
				difficulty, null, null);
	}

	private static Item measured(String clause, String text, int points, String unit, Integer lower, Integer upper,
			double difficulty, double[] good, double[] bad) {
		return new Item(clause, text, "MEASURED", false, BigDecimal.valueOf(points), BigDecimal.valueOf(points), unit,
				lower == null ? null : BigDecimal.valueOf(lower), upper == null ? null : BigDecimal.valueOf(upper), false,
				false, difficulty, good, bad);
	}

	static List<Item> items() {
		return SECTIONS.stream().flatMap(section -> section.items().stream()).toList();
	}

	/**
	 * The checklist cut to {@code count} items (6 to 60): each section keeps its first items in
	 * proportion to its size, at least one.
	 */
	static List<Section> sections(int count) {
		int all = items().size();
		if (count < SECTIONS.size() || count > all) {
			throw new IllegalArgumentException("ITEMS must be from " + SECTIONS.size() + " to " + all + " (is " + count + ")");
		}
		int[] keep = new int[SECTIONS.size()];
		double[] rest = new double[SECTIONS.size()];
		int kept = 0;
		for (int s = 0; s < SECTIONS.size(); s++) {
			double share = (double) SECTIONS.get(s).items().size() * count / all;
			keep[s] = Math.max(1, (int) Math.floor(share));
			rest[s] = share - Math.floor(share);
			kept += keep[s];
		}
		while (kept < count) {
			int best = -1;
			for (int s = 0; s < keep.length; s++) {
				if (keep[s] < SECTIONS.get(s).items().size() && (best < 0 || rest[s] > rest[best])) {
					best = s;
				}
			}
			keep[best]++;
			rest[best] = -1;
			kept++;
		}
		while (kept > count) {
			int largest = 0;
			for (int s = 1; s < keep.length; s++) {
				largest = keep[s] > keep[largest] ? s : largest;
			}
			keep[largest]--;
			kept--;
		}
		List<Section> result = new ArrayList<>();
		for (int s = 0; s < SECTIONS.size(); s++) {
			Section section = SECTIONS.get(s);
			result.add(new Section(section.name(), section.weight(), section.items().subList(0, keep[s])));
		}
		return result;
	}

	/** The body of PUT /api/v1/standards/{id}/versions/{n}: the whole draft, with {@code count} items. */
	static Map<String, Object> draft(int count) {
		List<Object> sections = new ArrayList<>();
		for (Section section : sections(count)) {
			List<Object> items = new ArrayList<>();
			for (Item item : section.items()) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("clause", item.clause());
				body.put("text", item.text());
				body.put("answerType", item.answerType());
				body.put("naAllowed", item.naAllowed());
				body.put("points", item.points());
				body.put("deduction", item.deduction());
				body.put("unit", item.unit());
				body.put("lowerLimit", item.lowerLimit());
				body.put("upperLimit", item.upperLimit());
				body.put("critical", item.critical());
				body.put("photoRequired", item.photoRequired());
				items.add(body);
			}
			sections.add(Map.of("name", section.name(), "weight", section.weight(), "items", items));
		}
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("criticalEffect", "CAP");
		draft.put("criticalCap", CAP);
		draft.put("ruleName", RULE_NAME);
		draft.put("note", "基准测试用检查表：依据营业厅神秘顾客暗访检查表（种子 000）扩充至 60 项");
		draft.put("sections", sections);
		return draft;
	}

	/** An item of the published version: its id and section, and how the benchmark answers it. */
	record VersionItem(long id, long sectionId, int position, Item spec) {
	}

	/** The published version as the API answers it, with the ids the answers and photos need. */
	record Version(long standardId, long versionId, List<VersionItem> items) {

		static Version of(JsonNode version) {
			Map<String, Item> specs = new LinkedHashMap<>();
			Checklist.items().forEach(item -> specs.put(item.clause(), item));
			List<VersionItem> items = new ArrayList<>();
			for (JsonNode section : version.path("sections")) {
				for (JsonNode item : section.path("items")) {
					Item spec = specs.get(item.path("clause").asText());
					if (spec == null) {
						throw new IllegalStateException("the version has an item the checklist does not know: " + item);
					}
					items.add(new VersionItem(item.path("id").asLong(), section.path("id").asLong(), items.size(), spec));
				}
			}
			return new Version(version.path("standardId").asLong(), version.path("id").asLong(), List.copyOf(items));
		}
	}
}
