package io.jingxi.sampling;

/** 判定: whether a lot was accepted. */
public enum LotDecision {

	/** 接收: every defect class accepted. */
	ACCEPTED,
	/** 拒收: at least one defect class reached its rejection number. */
	REJECTED
}
