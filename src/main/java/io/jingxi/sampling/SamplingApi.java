package io.jingxi.sampling;

import org.jspecify.annotations.Nullable;

/**
 * The sampling module's façade for other modules: plans from the standard's tables and items to
 * sample. Lots themselves reach other modules as {@link LotAccepted} and {@link LotRejected} events.
 */
public interface SamplingApi {

	/**
	 * The single sampling plan of GB/T 2828.1 for a lot: code letter from Table 1, plan from Table 2-A,
	 * 2-B or 2-C after the arrows, 100 % inspection when the sample would not be smaller than the lot.
	 * Refuses (400) a lot size below 2, an AQL that is not one of the tables' columns and
	 * {@link Severity#DISCONTINUED}.
	 */
	SamplingPlan plan(int lotSize, InspectionLevel level, String aql, Severity severity);

	/** Creates an item with its sampling settings (seeding, integrations); returns its id. */
	long createItem(NewItem item);

	/** An item to create: at least one defect class must have an AQL. */
	record NewItem(String code, String name, @Nullable String unitOfMeasure, InspectionLevel level,
			@Nullable String aqlCritical, @Nullable String aqlMajor, @Nullable String aqlMinor) {
	}
}
