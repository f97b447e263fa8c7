package io.jingxi.standard;

/** What a failed critical item (关键项) does to a visit's total. */
public enum CriticalEffect {

	/** One failed critical item and the visit scores 0 (一票否决). */
	ZERO,

	/** One failed critical item caps the visit's total at the version's cap. */
	CAP
}
