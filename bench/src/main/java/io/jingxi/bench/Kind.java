package io.jingxi.bench;

import java.util.List;
import java.util.Random;

/**
 * The kinds of unit the generator builds, with the unit type code Jingxi knows them by, the prefix
 * of their codes, how often they occur among the front-line units, how many people they employ
 * relative to each other, their manager's and members' positions and the teams they have.
 */
enum Kind {

	COMPANY("company", "JX", 0, 20, "总经理", List.of("副总经理", "办公室主任", "质量管理专责", "人力资源专责", "财务专责", "安全专责"),
			List.of()),
	BRANCH("branch", "B", 0, 15, "分公司经理", List.of("副经理", "综合管理员", "质量管理员", "安全员", "人事专员"), List.of()),
	DISTRICT("district", "D", 0, 8, "区域经理", List.of("副经理", "督导员", "质检员", "综合管理员"), List.of()),
	BUSINESS_HALL("business_hall", "YYT", 25, 12, "厅经理", List.of("营业员", "综合柜员", "值班长", "客户经理", "大堂经理", "引导员"),
			List.of("营业一班", "营业二班", "综合班", "引导班")),
	POWER_STATION("power_station", "GDS", 20, 20, "所长", List.of("配电运维员", "抄表员", "营销员", "安全员", "抢修员", "台区经理"),
			List.of("运维班", "抄表班", "抢修班", "营销班")),
	TOLL_STATION("toll_station", "SFZ", 8, 25, "站长", List.of("收费员", "票证员", "稽查员", "监控员", "值班站长"),
			List.of("收费一班", "收费二班", "收费三班", "收费四班", "稽查班")),
	PROPERTY_PROJECT("property_project", "WY", 15, 15, "项目经理", List.of("物业管家", "保洁员", "秩序维护员", "维修工", "绿化工", "客服专员"),
			List.of("保洁班", "秩序维护班", "工程维修班", "客服班")),
	CANTEEN("canteen", "ST", 8, 10, "食堂主管", List.of("厨师", "面点师", "配餐员", "采购员", "洗消员"), List.of("厨房班", "面点班", "配餐班")),
	WAREHOUSE("warehouse", "CK", 6, 6, "仓库主管", List.of("仓管员", "叉车司机", "装卸工", "盘点员"), List.of("收发班", "盘点班")),
	GUARD_POST("guard_post", "GT", 8, 4, "保安队长", List.of("保安员", "巡逻员", "门岗值守员"), List.of("早班", "中班", "夜班")),
	DELIVERY_ROUTE("delivery_route", "PS", 6, 8, "线路主管", List.of("配送员", "司机", "调度员", "押运员"), List.of("配送一组", "配送二组")),
	SERVICE_CENTER("service_center", "KF", 4, 40, "中心主任", List.of("客服代表", "质检员", "培训师", "值班长", "回访专员"),
			List.of("话务一组", "话务二组", "话务三组", "质检组", "回访组")),
	TEAM("team", "BZ", 0, 8, "班长", List.of(), List.of());

	final String typeCode;

	final String codePrefix;

	/** Share among the front-line units (business halls, stations, projects…), in percent. */
	final int frontLineShare;

	/** People relative to the other kinds. */
	final int peopleWeight;

	final String managerPosition;

	final List<String> positions;

	final List<String> teams;

	Kind(String typeCode, String codePrefix, int frontLineShare, int peopleWeight, String managerPosition,
			List<String> positions, List<String> teams) {
		this.typeCode = typeCode;
		this.codePrefix = codePrefix;
		this.frontLineShare = frontLineShare;
		this.peopleWeight = peopleWeight;
		this.managerPosition = managerPosition;
		this.positions = positions;
		this.teams = teams;
	}

	static final List<Kind> FRONT_LINE = List.of(BUSINESS_HALL, POWER_STATION, TOLL_STATION, PROPERTY_PROJECT, CANTEEN,
			WAREHOUSE, GUARD_POST, DELIVERY_ROUTE, SERVICE_CENTER);

	/** A front-line kind, drawn by share. */
	static Kind frontLine(Random random) {
		int total = FRONT_LINE.stream().mapToInt(k -> k.frontLineShare).sum();
		int draw = random.nextInt(total);
		for (Kind kind : FRONT_LINE) {
			draw -= kind.frontLineShare;
			if (draw < 0) {
				return kind;
			}
		}
		throw new IllegalStateException();
	}

	/** A plausible name of a front-line unit of this kind in a city and district. */
	String unitName(Random random, String city, String district) {
		return switch (this) {
			case BUSINESS_HALL -> district + Names.pick(random, Names.STREETS) + "营业厅";
			case POWER_STATION -> Names.pick(random, Names.TOWNS) + "供电所";
			case TOLL_STATION -> random.nextBoolean() ? city + Names.pick(random, List.of("东", "西", "南", "北")) + "收费站"
					: Names.pick(random, Names.TOWNS) + "收费站";
			case PROPERTY_PROJECT -> Names.pick(random, Names.ESTATES) + "物业服务中心";
			case CANTEEN -> Names.pick(random, Names.SITES) + "第" + Names.pick(random, Names.ORDINALS.subList(0, 4)) + "食堂";
			case WAREHOUSE -> district + Names.pick(random, List.of("物资仓库", "备品备件库", "周转仓库", "应急物资库"));
			case GUARD_POST -> Names.pick(random, Names.ESTATES) + Names.pick(random, Names.GATES) + "岗亭";
			case DELIVERY_ROUTE -> district + "配送" + (1 + random.nextInt(12)) + "号线";
			case SERVICE_CENTER -> city + district + "客服中心";
			default -> throw new IllegalStateException("not a front-line kind: " + this);
		};
	}
}
