package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The organisation's kind rules (检查类型规则), versioned: each change a quality manager saves is a
 * new version with a rule for every kind, and every visit records the version it was created
 * under. Version 0 is the built-in default and never stored: self-checks by a unit's own people,
 * supervisor, company and spot checks by inspectors within their scope, cross-checks by inspectors
 * of other units, mystery shoppers only on assignment, external supervisors and third parties by
 * their own accounts; the weights of {@link KindWeights#defaults()}.
 */
@Entity
@Table(name = "insp_kind_policy")
class KindPolicy implements Persistable<Integer> {

	static final String ENTITY = "InspectionKindPolicy";

	@Id
	private int version;

	@Column(name = "created_at")
	private @Nullable Instant createdAt;

	@Column(name = "created_by")
	private @Nullable String createdBy;

	private @Nullable String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_kind_rule", joinColumns = @JoinColumn(name = "policy_version"))
	private List<KindRule> rules = new ArrayList<>();

	/** A version is written once and never updated: a second node saving the same version fails. */
	@Transient
	private boolean fresh = true;

	protected KindPolicy() {
		this.fresh = false;
	}

	private KindPolicy(int version, List<KindRule> rules, @Nullable Instant createdAt, @Nullable String createdBy,
			@Nullable String note) {
		Set<InspectionKind> missing = EnumSet.allOf(InspectionKind.class);
		Set<InspectionKind> seen = EnumSet.noneOf(InspectionKind.class);
		for (KindRule rule : rules) {
			if (!seen.add(rule.kind())) {
				throw DomainException.invalidField("rules", "inspection.policy.kindTwice", rule.kind().name());
			}
			missing.remove(rule.kind());
		}
		if (!missing.isEmpty()) {
			throw DomainException.invalidField("rules", "inspection.policy.rulesIncomplete", missing.toString());
		}
		this.version = version;
		this.rules = new ArrayList<>(rules);
		this.rules.sort(Comparator.comparing(KindRule::kind));
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.note = note;
	}

	/** The built-in rules, version 0. */
	static KindPolicy defaults() {
		KindWeights weights = KindWeights.defaults();
		Map<InspectionKind, KindRule> rules = new EnumMap<>(InspectionKind.class);
		rules.put(InspectionKind.SUPERVISOR, rule(InspectionKind.SUPERVISOR, "inspection:conduct", UnitRule.IN_SCOPE,
				false, weights));
		rules.put(InspectionKind.SELF, rule(InspectionKind.SELF, "inspection:self", UnitRule.OWN_UNIT, false, weights));
		rules.put(InspectionKind.COMPANY, rule(InspectionKind.COMPANY, "inspection:conduct", UnitRule.IN_SCOPE, false,
				weights));
		rules.put(InspectionKind.SPOT_CHECK, rule(InspectionKind.SPOT_CHECK, "inspection:conduct", UnitRule.IN_SCOPE,
				false, weights));
		rules.put(InspectionKind.CROSS, rule(InspectionKind.CROSS, "inspection:conduct", UnitRule.OTHER_UNIT, false,
				weights));
		rules.put(InspectionKind.EXTERNAL_SUPERVISOR, rule(InspectionKind.EXTERNAL_SUPERVISOR, "inspection:external",
				UnitRule.ANY_UNIT, false, weights));
		rules.put(InspectionKind.MYSTERY_SHOPPER, rule(InspectionKind.MYSTERY_SHOPPER, "inspection:mystery",
				UnitRule.ANY_UNIT, true, weights));
		rules.put(InspectionKind.THIRD_PARTY, rule(InspectionKind.THIRD_PARTY, "inspection:third-party",
				UnitRule.ANY_UNIT, false, weights));
		KindPolicy policy = new KindPolicy(0, List.copyOf(rules.values()), null, null, null);
		policy.fresh = false;
		return policy;
	}

	private static KindRule rule(InspectionKind kind, String permission, UnitRule unitRule, boolean assignedOnly,
			KindWeights weights) {
		return new KindRule(kind, permission, unitRule, assignedOnly, weights.of(kind));
	}

	/** The next version with the given rules, one for every kind. */
	KindPolicy next(List<KindRule> changed, String by, @Nullable String why, Instant now) {
		return new KindPolicy(version + 1, changed, now, by, why);
	}

	KindRule rule(InspectionKind kind) {
		return rules.stream()
			.filter(rule -> rule.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Kind policy " + version + " has no rule for " + kind));
	}

	KindWeights weights() {
		Map<InspectionKind, BigDecimal> weights = new EnumMap<>(InspectionKind.class);
		rules.forEach(rule -> weights.put(rule.kind(), rule.weight()));
		return new KindWeights(version, weights);
	}

	int version() {
		return version;
	}

	KindPolicyView view(boolean current) {
		return new KindPolicyView(version, current,
				rules.stream().sorted(Comparator.comparing(KindRule::kind)).map(KindRule::view).toList(), createdAt,
				createdBy, note);
	}

	/** A short summary for the audit log. */
	String summary() {
		StringBuilder text = new StringBuilder("version=").append(version);
		rules.stream().sorted(Comparator.comparing(KindRule::kind)).forEach(rule -> text.append(", ")
			.append(rule.kind())
			.append('=')
			.append(rule.permission())
			.append('/')
			.append(rule.unitRule())
			.append(rule.assignedOnly() ? "/assigned" : "")
			.append('/')
			.append(rule.weight().toPlainString()));
		return text.toString();
	}

	@Override
	public Integer getId() {
		return version;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		fresh = false;
	}
}
