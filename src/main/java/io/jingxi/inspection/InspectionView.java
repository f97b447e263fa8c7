package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A visit as a list shows it. For a mystery-shopper visit seen by anyone but the shopper and
 * organisation-wide users, {@code inspectorHidden} is true, {@code inspectorId} is null and
 * {@code inspectorName} is the neutral label (神秘顾客). A hidden visit (mystery shopper or
 * unannounced) reaches the visited unit only once {@code publishedAt} is set, and then without its
 * plan, due date and planned date (the date it took place instead). {@code overdue}: a generated
 * visit still a draft after the end of its due day. {@code kindPolicyVersion}: the kind rules it was
 * created under.
 */
public record InspectionView(long id, long unitId, String unitName, InspectionKind kind, long standardId,
		String standardCode, String standardName, long versionId, int versionNumber, @Nullable Long inspectorId,
		String inspectorName, boolean inspectorHidden, LocalDate plannedDate, VisitStatus status,
		@Nullable BigDecimal total, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt,
		int kindPolicyVersion, @Nullable Long planId, @Nullable LocalDate dueDate, boolean overdue, boolean hidden,
		@Nullable Instant publishedAt) {
}
