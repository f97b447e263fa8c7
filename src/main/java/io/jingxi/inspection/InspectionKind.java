package io.jingxi.inspection;

/** Who checks a unit and how: the kinds of inspection visit (检查类型). */
public enum InspectionKind {

	/** 上级检查. */
	SUPERVISOR,
	/** 自查. */
	SELF,
	/** 公司检查. */
	COMPANY,
	/** 随机抽查. */
	SPOT_CHECK,
	/** 交叉检查. */
	CROSS,
	/** 外部监督. */
	EXTERNAL_SUPERVISOR,
	/** 神秘顾客暗访: the visited unit never learns who the shopper was. */
	MYSTERY_SHOPPER,
	/** 第三方检查. */
	THIRD_PARTY
}
