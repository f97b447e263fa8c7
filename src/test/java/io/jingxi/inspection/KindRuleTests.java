package io.jingxi.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.jingxi.inspection.KindRule.Refusal;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;

/**
 * The built-in kind rules, each allowed and refused: a small organisation (company → centre A with a
 * team, centre B) and the people the seeds name — a unit manager, an inspector of a centre, a
 * company quality manager, a mystery shopper, an external supervisor (行风监督员) and a third-party
 * assessor.
 */
class KindRuleTests {

	static final UnitSummary COMPANY = unit(1, null, "/1/");

	static final UnitSummary CENTRE_A = unit(11, 1L, "/1/11/");

	static final UnitSummary TEAM_A = unit(111, 11L, "/1/11/111/");

	static final UnitSummary CENTRE_B = unit(12, 1L, "/1/12/");

	static final Actor MANAGER_A = actor(1, 11L, DataScope.units(Set.of(11L, 111L)), "inspection:read",
			"inspection:self");

	static final Actor INSPECTOR_A = actor(2, 11L, DataScope.units(Set.of(11L, 111L)), "inspection:read",
			"inspection:conduct");

	static final Actor INSPECTOR_B = actor(3, 12L, DataScope.units(Set.of(12L)), "inspection:read",
			"inspection:conduct");

	static final Actor QUALITY = actor(4, null, DataScope.everything(), "inspection:read", "inspection:conduct",
			"inspection:manage");

	static final Actor SHOPPER = actor(5, 1L, DataScope.self(55, 1L), "inspection:read", "inspection:mystery");

	static final Actor SUPERVISOR = actor(6, null, DataScope.nothing(), "inspection:read", "inspection:external");

	static final Actor ASSESSOR = actor(7, null, DataScope.nothing(), "inspection:read", "inspection:third-party");

	final KindPolicy policy = KindPolicy.defaults();

	Optional<Refusal> check(InspectionKind kind, Actor who, UnitSummary unit, boolean onAssignment) {
		Long own = who.unitId();
		UnitSummary ownUnit = own == null ? null
				: List.of(COMPANY, CENTRE_A, TEAM_A, CENTRE_B).stream().filter(u -> u.id() == own).findFirst().orElseThrow();
		return policy.rule(kind).refusal(who, unit, ownUnit, onAssignment);
	}

	@Test
	void aSelfInspectionIsDoneByTheUnitsOwnPeopleOnTheirUnitAndItsTeams() {
		assertThat(check(InspectionKind.SELF, MANAGER_A, CENTRE_A, false)).isEmpty();
		assertThat(check(InspectionKind.SELF, MANAGER_A, TEAM_A, false)).isEmpty();
		assertThat(check(InspectionKind.SELF, MANAGER_A, CENTRE_B, false)).contains(Refusal.NOT_OWN_UNIT);
		assertThat(check(InspectionKind.SELF, MANAGER_A, COMPANY, false)).contains(Refusal.NOT_OWN_UNIT);
		// an inspector does not self-inspect, nor does the shopper
		assertThat(check(InspectionKind.SELF, INSPECTOR_A, CENTRE_A, false)).contains(Refusal.NOT_PERMITTED);
		assertThat(check(InspectionKind.SELF, SHOPPER, COMPANY, true)).contains(Refusal.NOT_PERMITTED);
	}

	@Test
	void supervisorCompanyAndSpotChecksAreDoneByInspectorsAndQualityManagersWithinTheirScope() {
		for (InspectionKind kind : List.of(InspectionKind.SUPERVISOR, InspectionKind.COMPANY,
				InspectionKind.SPOT_CHECK)) {
			assertThat(check(kind, INSPECTOR_A, CENTRE_A, false)).as(kind.name()).isEmpty();
			assertThat(check(kind, INSPECTOR_A, TEAM_A, false)).as(kind.name()).isEmpty();
			assertThat(check(kind, INSPECTOR_A, CENTRE_B, false)).as(kind.name()).contains(Refusal.OUTSIDE_SCOPE);
			assertThat(check(kind, QUALITY, CENTRE_B, false)).as(kind.name()).isEmpty();
			assertThat(check(kind, MANAGER_A, CENTRE_A, false)).as(kind.name()).contains(Refusal.NOT_PERMITTED);
			assertThat(check(kind, SHOPPER, CENTRE_A, true)).as(kind.name()).contains(Refusal.NOT_PERMITTED);
		}
	}

	@Test
	void aCrossInspectionIsDoneByAnInspectorOfAnotherUnitNeverTheirOwnItsTeamsOrItsParents() {
		assertThat(check(InspectionKind.CROSS, INSPECTOR_A, CENTRE_B, false)).isEmpty();
		assertThat(check(InspectionKind.CROSS, INSPECTOR_B, CENTRE_A, false)).isEmpty();
		assertThat(check(InspectionKind.CROSS, INSPECTOR_B, TEAM_A, false)).isEmpty();
		assertThat(check(InspectionKind.CROSS, INSPECTOR_A, CENTRE_A, false)).contains(Refusal.NOT_OTHER_UNIT);
		assertThat(check(InspectionKind.CROSS, INSPECTOR_A, TEAM_A, false)).contains(Refusal.NOT_OTHER_UNIT);
		assertThat(check(InspectionKind.CROSS, INSPECTOR_A, COMPANY, false)).contains(Refusal.NOT_OTHER_UNIT);
		// a quality manager belongs to no unit, so is nobody's "other unit"
		assertThat(check(InspectionKind.CROSS, QUALITY, CENTRE_A, false)).contains(Refusal.NOT_OTHER_UNIT);
		assertThat(check(InspectionKind.CROSS, MANAGER_A, CENTRE_B, false)).contains(Refusal.NOT_PERMITTED);
	}

	@Test
	void aMysteryShopperVisitIsDoneOnlyByShoppersAndOnlyOnAssignment() {
		assertThat(check(InspectionKind.MYSTERY_SHOPPER, SHOPPER, CENTRE_A, true)).isEmpty();
		assertThat(check(InspectionKind.MYSTERY_SHOPPER, SHOPPER, CENTRE_B, true)).isEmpty();
		assertThat(check(InspectionKind.MYSTERY_SHOPPER, SHOPPER, CENTRE_A, false)).contains(Refusal.ASSIGNED_ONLY);
		assertThat(check(InspectionKind.MYSTERY_SHOPPER, QUALITY, CENTRE_A, true)).contains(Refusal.NOT_PERMITTED);
		assertThat(check(InspectionKind.MYSTERY_SHOPPER, INSPECTOR_A, CENTRE_A, true))
			.contains(Refusal.NOT_PERMITTED);
	}

	@Test
	void externalSupervisorsAndThirdPartiesInspectAsTheirOwnRolesOnAnyUnit() {
		assertThat(check(InspectionKind.EXTERNAL_SUPERVISOR, SUPERVISOR, CENTRE_A, false)).isEmpty();
		assertThat(check(InspectionKind.EXTERNAL_SUPERVISOR, SUPERVISOR, TEAM_A, true)).isEmpty();
		assertThat(check(InspectionKind.EXTERNAL_SUPERVISOR, ASSESSOR, CENTRE_A, false))
			.contains(Refusal.NOT_PERMITTED);
		assertThat(check(InspectionKind.EXTERNAL_SUPERVISOR, INSPECTOR_A, CENTRE_A, false))
			.contains(Refusal.NOT_PERMITTED);
		assertThat(check(InspectionKind.THIRD_PARTY, ASSESSOR, CENTRE_B, false)).isEmpty();
		assertThat(check(InspectionKind.THIRD_PARTY, SUPERVISOR, CENTRE_B, false)).contains(Refusal.NOT_PERMITTED);
		assertThat(check(InspectionKind.THIRD_PARTY, QUALITY, CENTRE_B, false)).contains(Refusal.NOT_PERMITTED);
	}

	@Test
	void theDefaultWeightsAreTheBuiltInKindWeightsAtVersionZero() {
		assertThat(policy.version()).isZero();
		assertThat(policy.weights()).isEqualTo(KindWeights.defaults());
		assertThat(policy.weights().of(InspectionKind.THIRD_PARTY)).isEqualByComparingTo("0.2");
		assertThat(policy.weights().of(InspectionKind.SELF)).isEqualByComparingTo("0.5");
		assertThat(policy.weights().of(InspectionKind.CROSS)).isEqualByComparingTo("1");
	}

	@Test
	void aChangeIsTheNextVersionWithARuleForEveryKindAndTheDefaultsStayAsTheyWere() {
		List<KindRule> rules = new ArrayList<>();
		for (InspectionKind kind : InspectionKind.values()) {
			KindRule rule = policy.rule(kind);
			rules.add(kind == InspectionKind.THIRD_PARTY
					? new KindRule(kind, rule.permission(), rule.unitRule(), true, new BigDecimal("0.1"))
					: rule);
		}
		KindPolicy first = policy.next(rules, "qm", "third parties count less", Instant.EPOCH);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.weights().version()).isEqualTo(1);
		assertThat(first.weights().of(InspectionKind.THIRD_PARTY)).isEqualByComparingTo("0.1");
		assertThat(first.rule(InspectionKind.THIRD_PARTY).assignedOnly()).isTrue();
		assertThat(first.next(rules, "qm", null, Instant.EPOCH).version()).isEqualTo(2);
		assertThat(KindPolicy.defaults().weights()).isEqualTo(KindWeights.defaults());

		assertThatThrownBy(() -> policy.next(rules.subList(1, rules.size()), "qm", null, Instant.EPOCH))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("inspection.policy.rulesIncomplete"));
		List<KindRule> twice = new ArrayList<>(rules);
		twice.add(rules.get(0));
		assertThatThrownBy(() -> policy.next(twice, "qm", null, Instant.EPOCH))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("inspection.policy.kindTwice"));
	}

	@Test
	void aRuleNeedsAConductPermissionAndAWeightBetweenZeroAndTen() {
		assertThatThrownBy(() -> new KindRule(InspectionKind.SELF, "org:unit:write", UnitRule.OWN_UNIT, false,
				BigDecimal.ONE))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems().get(0).field())
				.isEqualTo("permission"));
		for (String weight : List.of("-0.1", "10.01", "0.125")) {
			assertThatThrownBy(() -> new KindRule(InspectionKind.SELF, "inspection:self", UnitRule.OWN_UNIT, false,
					new BigDecimal(weight)))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems().get(0).field())
					.isEqualTo("weight"));
		}
		assertThat(new KindRule(InspectionKind.SELF, "inspection:self", UnitRule.OWN_UNIT, false, BigDecimal.TEN)
			.weight()).isEqualByComparingTo("10");
	}

	static UnitSummary unit(long id, @Nullable Long parent, String path) {
		return new UnitSummary(id, parent, "U" + id, "单位" + id, "business_hall", path, path.split("/").length - 2,
				true);
	}

	static Actor actor(long userId, @Nullable Long unitId, DataScope scope, String... permissions) {
		return new Actor(userId, "user" + userId, null, unitId, Set.of(permissions), scope);
	}
}
