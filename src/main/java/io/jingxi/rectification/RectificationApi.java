package io.jingxi.rectification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.jingxi.shared.DataScope;

/**
 * The rectification module's façade for other modules (reporting, incentive), read as the system and
 * not narrowed by the current user: callers that act for a user narrow by their scope.
 */
public interface RectificationApi {

	/**
	 * For each of the given units, its active notices (open or submitted) and how many of them are
	 * overdue; a unit without active notices counts zero. In the order of the given ids.
	 */
	List<UnitRectificationCounts> countsByUnit(Collection<Long> unitIds);

	/**
	 * The active notices of a data scope, narrowed as the notice list narrows them for the scope's
	 * holder (by unit, or only their own as the responsible person for a self scope): the same notices
	 * that the list's {@code active} and {@code overdue} filters find for that reader.
	 */
	RectificationTotals totals(DataScope scope);

	/** A notice by id. */
	Optional<RectificationSummary> notice(long noticeId);

	/** The notice a finding opened, if the policy selected it. */
	Optional<RectificationSummary> noticeOfFinding(long findingId);
}
