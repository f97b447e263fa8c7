package io.jingxi.inspection;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 检查类型规则: for one kind of inspection, the permission a person needs to conduct it, the units
 * they may visit, whether they may start it themselves or only take it on assignment (a plan's
 * generated visit), and the weight its score carries when a unit's visits are combined.
 */
@Embeddable
record KindRule(@Enumerated(EnumType.STRING) @Column(name = "kind") InspectionKind kind,
		@Column(name = "permission") String permission,
		@Enumerated(EnumType.STRING) @Column(name = "unit_rule") UnitRule unitRule,
		@Column(name = "assigned_only") boolean assignedOnly, @Column(name = "weight") BigDecimal weight) {

	/** The permissions a kind may require: the inspection module's conduct permissions. */
	static final Set<String> PERMISSIONS = Set.of("inspection:conduct", "inspection:self", "inspection:mystery",
			"inspection:external", "inspection:third-party", "inspection:manage");

	static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

	KindRule {
		// 1.00 read from the database is the same weight as 1: kept in its shortest form
		weight = weight.stripTrailingZeros();
		if (weight.scale() < 0) {
			weight = weight.setScale(0);
		}
		if (!PERMISSIONS.contains(permission)) {
			throw DomainException.invalidField("permission", "inspection.policy.permissionUnknown", permission);
		}
		if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 2) {
			throw DomainException.invalidField("weight", "inspection.policy.weightOutOfRange", weight.toPlainString());
		}
	}

	/** Why a rule refuses someone a visit; each names its message key. */
	enum Refusal {

		/** They lack the kind's permission. */
		NOT_PERMITTED("inspection.kind.notPermitted"),
		/** The kind is done only on assignment. */
		ASSIGNED_ONLY("inspection.kind.assignedOnly"),
		/** The unit is outside their data scope. */
		OUTSIDE_SCOPE("inspection.kind.outsideScope"),
		/** The unit is not their own (nor below it). */
		NOT_OWN_UNIT("inspection.kind.ownUnitOnly"),
		/** The unit is their own, below it or above it. */
		NOT_OTHER_UNIT("inspection.kind.otherUnitOnly");

		final String key;

		Refusal(String key) {
			this.key = key;
		}
	}

	/**
	 * Whether the rule refuses {@code who} a visit of {@code unit}: their permission first, then how
	 * the visit comes about, then the unit. {@code ownUnit} is the unit of who's account (null when
	 * they belong to none, which a rule about their own unit refuses).
	 */
	Optional<Refusal> refusal(Actor who, UnitSummary unit, @Nullable UnitSummary ownUnit, boolean onAssignment) {
		if (!who.can(permission)) {
			return Optional.of(Refusal.NOT_PERMITTED);
		}
		if (assignedOnly && !onAssignment) {
			return Optional.of(Refusal.ASSIGNED_ONLY);
		}
		return switch (unitRule) {
			case IN_SCOPE -> who.scope().coversUnit(unit.id()) ? Optional.empty() : Optional.of(Refusal.OUTSIDE_SCOPE);
			case OWN_UNIT -> ownUnit != null && contains(ownUnit, unit) ? Optional.empty()
					: Optional.of(Refusal.NOT_OWN_UNIT);
			case OTHER_UNIT -> ownUnit != null && !contains(ownUnit, unit) && !contains(unit, ownUnit)
					? Optional.empty() : Optional.of(Refusal.NOT_OTHER_UNIT);
			case ANY_UNIT -> Optional.empty();
		};
	}

	/** Whether {@code inner} is {@code outer} or lies below it: its path runs through outer's id. */
	static boolean contains(UnitSummary outer, UnitSummary inner) {
		return inner.id() == outer.id() || inner.path().contains("/" + outer.id() + "/");
	}

	KindRuleView view() {
		return new KindRuleView(kind, permission, unitRule, assignedOnly, weight);
	}
}
