package io.jingxi.sampling;

/** 检验严格度: how strictly a stream of lots is inspected, as the switching rules decide. */
public enum Severity {

	/** 正常检验: normal inspection (Table 2-A), where every stream starts. */
	NORMAL,
	/** 加严检验: tightened inspection (Table 2-B). */
	TIGHTENED,
	/** 放宽检验: reduced inspection (Table 2-C). */
	REDUCED,
	/** 暂停检验: acceptance by sampling stopped until corrective action is recorded. */
	DISCONTINUED
}
