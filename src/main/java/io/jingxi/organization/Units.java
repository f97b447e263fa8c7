package io.jingxi.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

	Optional<Unit> findByCode(String code);

	boolean existsByCode(String code);

	List<Unit> findByCodeIn(Collection<String> codes);

	@Query("select u from Unit u where u.path like concat(:prefix, '%') order by u.depth, u.sortOrder, u.id")
	List<Unit> findSubtree(String prefix);

	@Query("select u.id from Unit u where u.path like concat(:prefix, '%')")
	List<Long> findSubtreeIds(String prefix);

	List<Unit> findByIdIn(Collection<Long> ids);

	boolean existsByParentId(Long parentId);

	long countByParentIdAndActiveTrue(Long parentId);

	/** The whole tree's shape in one query, for imports that must check many rows against it. */
	@Query("select new io.jingxi.organization.UnitRef(u.id, u.parentId, u.code, u.path, u.active) from Unit u")
	List<UnitRef> findAllRefs();
}
