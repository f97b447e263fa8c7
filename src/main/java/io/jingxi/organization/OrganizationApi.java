package io.jingxi.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The organization module's façade for other modules: units, the tree's shape, people, vendors.
 * It is not scoped by the current user: callers that act for a user narrow by their scope.
 */
public interface OrganizationApi {

	Optional<UnitSummary> unit(long unitId);

	Optional<UnitSummary> unitByCode(String code);

	List<UnitSummary> units(Collection<Long> unitIds);

	/** The given units and every unit below them. */
	Set<Long> subtreeIds(Collection<Long> rootUnitIds);

	/** The unit's ancestors, nearest first, excluding the unit itself. */
	List<Long> ancestorIds(long unitId);

	Optional<PersonSummary> person(long personId);

	List<PersonSummary> people(Collection<Long> personIds);

	Optional<PersonSummary> personByEmployeeNo(String employeeNo);

	/** The people of a unit who have not left (active or on leave), by employee number. */
	List<PersonSummary> peopleInService(long unitId);

	/**
	 * The unit's manager (负责人): the person in service with the role MANAGER in that unit, an
	 * active one before one on leave. Empty when the unit has none; callers that escalate walk up
	 * {@link #ancestorIds}.
	 */
	Optional<PersonSummary> unitManagerOf(long unitId);

	/** The person's re-encoded photo (JPEG, at most 800 px), for the public staff wall. */
	Optional<byte[]> personPhoto(long personId);

	Optional<VendorSummary> vendor(long vendorId);

	/**
	 * Active vendors whose code or name contains {@code query} (all when blank), by code, at most
	 * {@code limit}: for other modules' pickers (a supplier of goods is a vendor of the organisation).
	 */
	List<VendorSummary> activeVendors(@Nullable String query, int limit);

	/**
	 * Creates a unit below {@code parentId} (or at the top) within the current actor's scope; seeding
	 * and integrations run it as the system ({@code io.jingxi.shared.AsSystem}). Returns its id.
	 */
	long createUnit(NewUnit unit);

	/** Creates a person within the current actor's scope; returns their id. */
	long createPerson(NewPerson person);

	/** Creates a vendor; returns its id. */
	long createVendor(NewVendor vendor);

	/** Adds a contract to a vendor, serving the given units; returns its id. */
	long createContract(long vendorId, NewContract contract);

	/** A unit to create. */
	record NewUnit(@Nullable Long parentId, String code, String name, String typeCode, @Nullable String address,
			@Nullable String phone, int sortOrder) {
	}

	/** A person to create. */
	record NewPerson(String employeeNo, String name, @Nullable String phone, long unitId, List<String> positions,
			UnitRole unitRole, PersonStatus status, @Nullable LocalDate hireDate) {
	}

	/** A vendor to create. */
	record NewVendor(String code, String name, @Nullable String contact, @Nullable String phone) {
	}

	/** A vendor contract to create. */
	record NewContract(String number, String scope, LocalDate startDate, LocalDate endDate, List<Long> unitIds) {
	}
}
