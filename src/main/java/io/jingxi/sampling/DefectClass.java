package io.jingxi.sampling;

/** 不合格分类: a class of nonconformity; each class has its own AQL, plan and switching state. */
public enum DefectClass {

	/** A类 严重不合格: critical. */
	CRITICAL,
	/** B类 主要不合格: major. */
	MAJOR,
	/** C类 次要不合格: minor. */
	MINOR
}
