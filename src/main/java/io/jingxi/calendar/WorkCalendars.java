package io.jingxi.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkCalendars extends JpaRepository<WorkCalendar, Long> {

	Optional<WorkCalendar> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select c from WorkCalendar c order by c.defaultCalendar desc, c.code")
	List<WorkCalendar> findAllForList();

	@Query("select c from WorkCalendar c where c.defaultCalendar = true")
	List<WorkCalendar> findDefaults();

	/** The cheap freshness check behind the working-time cache. */
	@Query("select c.version from WorkCalendar c where c.id = :id")
	Optional<Long> findVersionById(long id);
}
