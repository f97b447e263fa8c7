package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

import io.jingxi.shared.DomainException;

/** The unit aggregate on its own: placing, moving whole subtrees, deactivating and activating. */
class UnitTests {

	static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	static final Instant LATER = Instant.parse("2026-11-22T08:00:00Z");

	private long nextId = 1;

	/** A saved unit (an id is given as the database would) placed below its parent. */
	Unit unit(String code, @Nullable Unit parent) {
		Unit unit = new Unit(code, code, "business_hall", parent, NOW);
		ReflectionTestUtils.setField(unit, "id", nextId++);
		unit.placeUnder(parent);
		return unit;
	}

	@Test
	void aNewUnitsPathEndsWithItsOwnIdBelowItsParentsPath() {
		Unit root = unit("root", null);
		Unit branch = unit("branch", root);
		Unit hall = unit("hall", branch);

		assertThat(root.getPath()).isEqualTo("/1/");
		assertThat(root.getDepth()).isZero();
		assertThat(hall.getPath()).isEqualTo("/1/2/3/");
		assertThat(hall.getDepth()).isEqualTo(2);
		assertThat(hall.getParentId()).isEqualTo(branch.id());
	}

	@Test
	void movingAUnitRewritesThePathsAndDepthsOfItsWholeSubtree() {
		Unit root = unit("root", null);
		Unit a = unit("a", root);
		Unit a1 = unit("a1", a);
		Unit a11 = unit("a11", a1);
		Unit b = unit("b", root);
		Unit b1 = unit("b1", b);

		a1.moveUnder(b1, List.of(a1, a11), LATER);

		assertThat(a1.getParentId()).isEqualTo(b1.id());
		assertThat(a1.getPath()).isEqualTo("/1/5/6/3/");
		assertThat(a1.getDepth()).isEqualTo(3);
		assertThat(a11.getPath()).isEqualTo("/1/5/6/3/4/");
		assertThat(a11.getDepth()).isEqualTo(4);
		assertThat(a11.getParentId()).isEqualTo(a1.id());
		assertThat(a.getPath()).isEqualTo("/1/2/");
	}

	@Test
	void movingAUnitToTheTopMakesItARoot() {
		Unit root = unit("root", null);
		Unit a = unit("a", root);
		Unit a1 = unit("a1", a);

		a.moveUnder(null, List.of(a, a1), LATER);

		assertThat(a.getParentId()).isNull();
		assertThat(a.getPath()).isEqualTo("/2/");
		assertThat(a.getDepth()).isZero();
		assertThat(a1.getPath()).isEqualTo("/2/3/");
		assertThat(a1.getDepth()).isEqualTo(1);
	}

	@Test
	void aUnitCannotMoveBelowItselfOrOneOfItsDescendants() {
		Unit root = unit("root", null);
		Unit a = unit("a", root);
		Unit a1 = unit("a1", a);
		Unit a11 = unit("a11", a1);

		assertThatThrownBy(() -> a.moveUnder(a11, List.of(a, a1, a11), LATER))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.code()).isEqualTo("organization.unit.moveIntoOwnSubtree");
				assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("parentId");
			});
		assertThatThrownBy(() -> a.moveUnder(a, List.of(a, a1, a11), LATER)).isInstanceOf(DomainException.class);
		assertThat(a11.getPath()).isEqualTo("/1/2/3/4/");
		assertThat(a.getPath()).isEqualTo("/1/2/");
	}

	@Test
	void aSiblingWhosePathMerelyStartsWithTheSameDigitsIsNotADescendant() {
		Unit root = unit("root", null);
		nextId = 5;
		Unit five = unit("five", root);
		nextId = 55;
		Unit fiftyFive = unit("fifty-five", root);

		five.moveUnder(fiftyFive, List.of(five), LATER);

		assertThat(five.getPath()).isEqualTo("/1/55/5/");
	}

	@Test
	void aUnitCannotMoveBelowAnInactiveParent() {
		Unit root = unit("root", null);
		Unit a = unit("a", root);
		Unit b = unit("b", root);
		b.deactivate(0, 0, NOW);

		assertThatThrownBy(() -> a.moveUnder(b, List.of(a), LATER))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.code()).isEqualTo("organization.unit.parentInactive");
			});
	}

	@Test
	void movingToTheCurrentParentChangesNothing() {
		Unit root = unit("root", null);
		Unit a = unit("a", root);

		a.moveUnder(root, List.of(a), LATER);

		assertThat(a.getPath()).isEqualTo("/1/2/");
	}

	@Test
	void aUnitWithActiveSubUnitsCannotBeDeactivated() {
		Unit unit = unit("a", null);

		assertThatThrownBy(() -> unit.deactivate(2, 0, LATER)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(ex.code()).isEqualTo("organization.unit.hasActiveSubUnits");
			assertThat(ex.args()).containsExactly("a", 2L);
		});
		assertThat(unit.isActive()).isTrue();
	}

	@Test
	void aUnitWithPeopleInServiceCannotBeDeactivated() {
		Unit unit = unit("a", null);

		assertThatThrownBy(() -> unit.deactivate(0, 3, LATER)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(ex.code()).isEqualTo("organization.unit.hasActivePeople");
		});
		assertThat(unit.isActive()).isTrue();
	}

	@Test
	void anEmptyUnitIsDeactivatedAndCanBeActivatedAgain() {
		Unit root = unit("root", null);
		Unit unit = unit("a", root);

		unit.deactivate(0, 0, LATER);
		assertThat(unit.isActive()).isFalse();

		unit.activate(root, LATER);
		assertThat(unit.isActive()).isTrue();
	}

	@Test
	void aUnitBelowAnInactiveParentCannotBeActivated() {
		Unit root = unit("root", null);
		Unit unit = unit("a", root);
		unit.deactivate(0, 0, NOW);
		root.deactivate(0, 0, NOW);

		assertThatThrownBy(() -> unit.activate(root, LATER)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("organization.unit.parentInactive"));
		assertThat(unit.isActive()).isFalse();
	}
}
