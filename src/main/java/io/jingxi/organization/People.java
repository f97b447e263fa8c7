package io.jingxi.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface People extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	Optional<Person> findByEmployeeNo(String employeeNo);

	boolean existsByEmployeeNo(String employeeNo);

	List<Person> findByEmployeeNoIn(Collection<String> employeeNos);

	List<Person> findByIdIn(Collection<Long> ids);

	/** Who still counts in the unit: everyone but those who left. */
	@Query("select count(p) from Person p where p.unitId = :unitId and p.status <> io.jingxi.organization.PersonStatus.LEFT")
	long countInService(Long unitId);

	@Query("""
			select p from Person p where p.unitId = :unitId and p.unitRole = io.jingxi.organization.UnitRole.MANAGER
			and p.status <> io.jingxi.organization.PersonStatus.LEFT order by p.status, p.employeeNo""")
	List<Person> findManagers(Long unitId);

	@Query("""
			select p from Person p where p.unitId = :unitId and p.status <> io.jingxi.organization.PersonStatus.LEFT
			order by p.employeeNo""")
	List<Person> findInService(Long unitId);

	/** Employee number and id of the people with these numbers, for imports. */
	@Query("select new io.jingxi.organization.PersonRef(p.id, p.employeeNo, p.unitId) from Person p where p.employeeNo in :employeeNos")
	List<PersonRef> findRefsByEmployeeNoIn(Collection<String> employeeNos);
}
