package io.jingxi.standard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandardVersions extends JpaRepository<StandardVersion, Long> {

	Optional<StandardVersion> findByStandardIdAndNumber(long standardId, int number);

	List<StandardVersion> findByStandardIdOrderByNumberDesc(long standardId);

	Optional<StandardVersion> findFirstByStandardIdOrderByNumberDesc(long standardId);

	Optional<StandardVersion> findFirstByStandardIdAndStatusOrderByNumberDesc(long standardId, VersionStatus status);

	/** Sections, items and points of every version of a standard, for its version list. */
	@Query("""
			select new io.jingxi.standard.VersionCounts(s.version.id, count(distinct s.id), count(i.id), sum(i.points))
			from StandardSection s left join s.items i
			where s.version.standardId = :standardId
			group by s.version.id""")
	List<VersionCounts> countsOf(long standardId);
}
